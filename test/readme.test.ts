// The README's examples, run as written.
import { expect, it } from "vitest";
import { gradcheck } from "../src/autodiff/gradcheck.ts";
import { compile } from "../src/compile.ts";
import lenet5 from "../graphs/lenet5.ts";
import mlp from "../graphs/mnist_mlp.ts";

it("lenet5's gradient is right (the README's gradcheck example)", () => {
  const r = gradcheck(lenet5.build({ bindings: { N: 2 } }), { maxPerTensor: 20 });
  expect(r.ok, r.message).toBe(true);
  expect(r.message).toMatch(/worst \S+\[\d+\]: analytic .* vs numeric .* \(relative error .*\)/);
});

it("compiles and runs the MLP (the README's compile example)", async () => {
  const program = await compile(mlp.build({ bindings: { N: 1 } }));
  program.initParams(42);
  const { probs } = program.run("mnist_mlp", { x: new Float32Array(784).fill(0.5), labels: new Int32Array(1) });
  expect(probs!.shape).toEqual([1, 10]);
  expect([...probs!.data].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 5);
});
