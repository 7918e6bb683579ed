// AlexNet (Krizhevsky, Sutskever & Hinton, 2012) on 227×227×3 images, 1000 classes, as one tower:
// no grouped convolutions (the paper split layers 2, 4 and 5 over two GPUs) and no local response
// normalization. Feature maps: 55 → pool 27 → 27 → pool 13 → 13 → 13 → 13 → pool 6; then
// dropout 0.5 before each of the two 4096-unit layers. 62,378,344 parameters (about 60 million).
import { defineGraph, nn } from "gradfuse";

const { conv2d, dense, dropout, flatten, init, maxPool2d, softmax, softmaxCrossEntropy } = nn;

export default defineGraph("alexnet", { N: 2 }, (g) => {
  const x = g.input("x", ["N", 227, 227, 3]);
  const labels = g.input("labels", ["N"], "i32");
  const he = init.heNormal();
  const pool = { poolSize: 3, strides: 2 } as const; // overlapping pooling, as in the paper
  let h = conv2d(x, 96, 11, { strides: 4, padding: "VALID", activation: "relu", kernelInit: he, name: "conv1" });
  h = maxPool2d(h, pool);
  h = conv2d(h, 256, 5, { padding: "SAME", activation: "relu", kernelInit: he, name: "conv2" });
  h = maxPool2d(h, pool);
  h = conv2d(h, 384, 3, { padding: "SAME", activation: "relu", kernelInit: he, name: "conv3" });
  h = conv2d(h, 384, 3, { padding: "SAME", activation: "relu", kernelInit: he, name: "conv4" });
  h = conv2d(h, 256, 3, { padding: "SAME", activation: "relu", kernelInit: he, name: "conv5" });
  h = maxPool2d(h, pool);
  h = flatten(h);
  h = dense(dropout(h, 0.5, { name: "drop6" }), 4096, { activation: "relu", kernelInit: he, name: "fc6" });
  h = dense(dropout(h, 0.5, { name: "drop7" }), 4096, { activation: "relu", kernelInit: he, name: "fc7" });
  const logits = dense(h, 1000, { name: "fc8" });
  g.output("logits", logits);
  g.output("probs", softmax(logits));
  g.loss(softmaxCrossEntropy(logits, labels));
});
