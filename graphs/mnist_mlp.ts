// A 784-256-128-10 ReLU multilayer perceptron for MNIST, trained with softmax cross-entropy.
// x is [N, 28, 28, 1] — the NHWC images src/data/mnist.ts yields, the same feed as lenet5 — and the
// graph flattens it to [N, 784] (row-major, so pixel (r, c) is feature 28r + c).
import { defineGraph, nn } from "gradfuse";

const { dense, flatten, init, softmax, softmaxCrossEntropy } = nn;

export default defineGraph("mnist_mlp", { N: 64 }, (g) => {
  const x = g.input("x", ["N", 28, 28, 1]);
  const labels = g.input("labels", ["N"], "i32");
  let h = flatten(x);
  h = dense(h, 256, { activation: "relu", kernelInit: init.heUniform(), name: "fc1" });
  h = dense(h, 128, { activation: "relu", kernelInit: init.heUniform(), name: "fc2" });
  const logits = dense(h, 10, { name: "fc3" });
  g.output("logits", logits);
  g.output("probs", softmax(logits));
  g.loss(softmaxCrossEntropy(logits, labels));
});
