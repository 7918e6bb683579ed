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

it("the model API example: fit with callbacks, predict without labels, evaluate, save and load", async () => {
  const fs = await import("node:fs");
  const os = await import("node:os");
  const path = await import("node:path");
  const { model, mnistSplit, modelCheckpoint, csvLogger, earlyStopping } = await import("../src/index.ts");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gradfuse-readme-"));
  const { train, test } = mnistSplit({ train: 960, test: 200 });
  const m = await model(lenet5, { seed: 0 });
  expect(m.summary()).toContain("Total params: 61,706");
  const history = await m.fit(train, {
    epochs: 2, batchSize: 48, optimizer: { kind: "adam" }, schedule: 0.001,
    validation: test, metrics: ["accuracy", { topK: 3 }], progress: false,
    callbacks: [modelCheckpoint(path.join(dir, "lenet5.ckpt.safetensors")), csvLogger(path.join(dir, "lenet5.csv")), earlyStopping({ patience: 2 })],
  });
  expect(history.epochs[1]!.valAccuracy).toBeGreaterThan(0.6);
  expect(history.epochs[1]!.valTop3Accuracy).toBeGreaterThanOrEqual(history.epochs[1]!.valAccuracy!);
  const { logits, probs } = await m.predict(test.x);
  expect(logits!.shape).toEqual([200, 10]);
  expect(probs!.shape).toEqual([200, 10]);
  const r = await m.evaluate(test);
  expect(Object.keys(r).sort()).toEqual(["accuracy", "loss"]);
  m.save(path.join(dir, "lenet5.safetensors"));
  const again = await model(lenet5, { seed: 5 });
  again.load(path.join(dir, "lenet5.safetensors"));
  expect((await again.predict(test.x)).logits).toEqual(logits);
  fs.rmSync(dir, { recursive: true, force: true });
}, 120_000);
