// XOR with a 2-2-1 sigmoid network, the classic problem a single perceptron cannot solve.
// Trained with binary cross-entropy on the output logit (the stable form); `probs` is sigmoid(logit).
import { defineGraph, nn } from "gradfuse";

const { binaryCrossEntropyWithLogits, dense, init, sigmoid } = nn;

export default defineGraph("xor", { N: 4 }, (g) => {
  const x = g.input("x", ["N", 2]);
  const target = g.input("target", ["N", 1]); // 0 or 1
  // Unit-variance weights break the symmetry strongly enough for two hidden units to separate XOR.
  const hidden = dense(x, 2, { activation: "sigmoid", kernelInit: init.normal(1), name: "hidden" });
  const logits = dense(hidden, 1, { kernelInit: init.normal(1), name: "out" });
  g.output("logits", logits);
  g.output("probs", sigmoid(logits));
  g.loss(binaryCrossEntropyWithLogits(logits, target));
});
