// Rosenblatt's perceptron: 2 inputs → 1 threshold unit, y = step(w·x + b).
//
// The loss is the perceptron criterion written so that plain gradient descent on it IS the
// perceptron learning rule: L = mean((y − t)·z) with z = w·x + b and the prediction y held constant
// (stopGradient). Then ∂L/∂w = mean((y − t)·x), so w ← w − η·∂L/∂w = w + η·mean((t − y)·x): the rule,
// averaged over the batch. L ≥ 0, and L = 0 exactly when every example is classified correctly
// (a wrong 1 has z > 0, a wrong 0 has z ≤ 0). With N = 1 it is the classic online rule.
import { defineGraph, nn } from "gradfuse";

const { dense, init, step } = nn;

export default defineGraph("perceptron", { N: 4 }, (g) => {
  const x = g.input("x", ["N", 2]);
  const target = g.input("target", ["N", 1]); // 0 or 1
  const z = dense(x, 1, { name: "unit", kernelInit: init.uniform(-0.5, 0.5) });
  const y = step(z);
  g.output("logits", z);
  g.output("y", y);
  g.loss(y.stopGradient().sub(target).mul(z).mean());
});
