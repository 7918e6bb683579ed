// LeNet-5 (LeCun et al., 1998) in its modern form, for 28×28×1 MNIST digits:
//   conv 5×5×6 SAME + ReLU → 28×28×6, max pool 2×2/2 → 14×14×6,
//   conv 5×5×16 VALID + ReLU → 10×10×16, max pool 2×2/2 → 5×5×16,
//   flatten 400 → dense 120 ReLU → dense 84 ReLU → dense 10 (logits).
// The SAME first convolution stands in for the original's 32×32 zero-padded input.
import { defineGraph, nn } from "gradfuse";

const { conv2d, dense, flatten, init, maxPool2d, softmax, softmaxCrossEntropy } = nn;

export default defineGraph("lenet5", { N: 64 }, (g) => {
  const x = g.input("x", ["N", 28, 28, 1]);
  const labels = g.input("labels", ["N"], "i32");
  const he = init.heUniform();
  let h = conv2d(x, 6, 5, { padding: "SAME", activation: "relu", kernelInit: he, name: "conv1" });
  h = maxPool2d(h, { poolSize: 2, strides: 2 });
  h = conv2d(h, 16, 5, { padding: "VALID", activation: "relu", kernelInit: he, name: "conv2" });
  h = maxPool2d(h, { poolSize: 2, strides: 2 });
  h = flatten(h);
  h = dense(h, 120, { activation: "relu", kernelInit: he, name: "fc1" });
  h = dense(h, 84, { activation: "relu", kernelInit: he, name: "fc2" });
  const logits = dense(h, 10, { name: "fc3" });
  g.output("logits", logits);
  g.output("probs", softmax(logits));
  g.loss(softmaxCrossEntropy(logits, labels));
});
