// The model API against oracles: predict equals the inference program's logits on the same weights;
// fit equals the trainer's losses bit for bit; the partial-batch rule uses every example once per
// epoch; weights round-trip; callbacks fire in order; metrics equal a plain computation on logits.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compile } from "../src/compile.ts";
import { defineGraph } from "../src/dsl/builder.ts";
import type { Tensor } from "../src/dsl/tensor.ts";
import type { Dataset } from "../src/data/batches.ts";
import { Rng } from "../src/data/rng.ts";
import { inputsOf } from "../src/ir/types.ts";
import type { Callback } from "../src/train/callbacks.ts";
import { buildPredictGraph } from "../src/model/graphs.ts";
import { model } from "../src/model/model.ts";
import { loadCheckpoint } from "../src/train/checkpoint.ts";
import { InterpretedProgram } from "../src/train/interpreted_program.ts";
import { train } from "../src/train/trainer.ts";
import lenet5 from "../graphs/lenet5.ts";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gradfuse-model-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function softmaxCrossEntropy(logits: Tensor, labels: Tensor, classes: number): Tensor {
  const shifted = logits.sub(logits.max(-1, true).stopGradient());
  const logProbs = shifted.sub(shifted.exp().sum(-1, true).log());
  const oneHot = labels.reshape([labels.shape[0]!, 1]).eq(logits.builder.constant([...Array(classes).keys()], [1, classes], "i32"));
  return logProbs.mul(oneHot).sum(-1).mean().neg();
}

const classifier = defineGraph("tiny", { N: 8 }, (g) => {
  const x = g.input("x", ["N", 4]);
  const labels = g.input("labels", ["N"], "i32");
  const h = x.matmul(g.param("W1", [4, 6], { kind: "xavierUniform" })).add(g.param("b1", [6], { kind: "zeros" })).tanh();
  const logits = h.matmul(g.param("W2", [6, 3], { kind: "xavierUniform" })).add(g.param("b2", [3], { kind: "zeros" }));
  g.output("logits", logits);
  g.loss(softmaxCrossEntropy(logits, labels, 3));
});

function blobs(n: number, seed: number): Dataset {
  const rng = new Rng(seed);
  const x = new Float32Array(n * 4);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = i % 3;
    for (let k = 0; k < 4; k++) x[i * 4 + k] = (k === y[i] ? 2 : 0) + rng.normal() * 0.7;
  }
  return { x: { dtype: "f32", shape: [n, 4], data: x }, y: { dtype: "i32", shape: [n], data: y } };
}

describe("predict", () => {
  it("takes only the model's inputs: the predict graph has no labels and no loss", () => {
    const g = buildPredictGraph(lenet5, 3);
    expect(inputsOf(g).map((n) => n.attrs.name)).toEqual(["x"]);
    expect(g.outputs.map((o) => o.name)).toEqual(["logits", "probs"]);
    expect(g.loss).toBeUndefined();
    expect(g.nodes.some((n) => n.op === "log")).toBe(false); // the cross-entropy is gone
  });

  it("equals the inference program's logits on the same weights, for any number of rows (wasm)", async () => {
    const m = await model(lenet5, { seed: 3 });
    const rows = 7;
    const x = { dtype: "f32" as const, shape: [rows, 28, 28, 1], data: new Float32Array(rows * 784).map((_, i) => Math.sin(i) * 0.5 + 0.5) };
    const { logits } = await m.predict(x, { batchSize: 4 }); // 4 + a remainder entry of 3
    expect(m.compiledEntries).toEqual(["predict_4", "predict_3"]);
    const oracle = await compile(lenet5.build({ mode: "infer", bindings: { N: rows } }));
    oracle.setParams(m.getWeights());
    const want = oracle.run("lenet5", { x, labels: new Int32Array(rows) }).logits!;
    expect(logits!.shape).toEqual([rows, 10]);
    expect(Array.from(logits!.data)).toEqual(Array.from(want.data));
  });

  it("refuses labels and wrong row shapes with a message naming the input", async () => {
    const m = await model(classifier, { backend: "interp" });
    const x = { dtype: "f32" as const, shape: [2, 4], data: new Float32Array(8) };
    await expect(m.predict({ x, labels: { dtype: "i32", shape: [2], data: new Int32Array(2) } })).rejects.toThrow(/unknown input labels; the model's inputs are x/);
    await expect(m.predict({ dtype: "f32", shape: [2, 5], data: new Float32Array(10) })).rejects.toThrow(/rows of shape \[5\].*'x' is f32\[1,4\]: rows of \[4\]/);
  });
});

describe("fit", () => {
  it.each(["interp", "wasm"] as const)("equals the trainer's losses bit for bit on the same seed, the last partial batch included (%s)", async (backend) => {
    const data = blobs(45, 1); // batch 8: five full batches and one of 5
    const common = { epochs: 3, batchSize: 8, optimizer: { kind: "adam" } as const, seed: 7 };
    const m = await model(classifier, { backend, seed: 7 });
    const history = await m.fit(data, { ...common, schedule: 0.05, progress: false });
    const r = await train({ def: classifier, train: data, ...common, schedule: { kind: "constant", lr: 0.05 }, program: backend === "interp" ? async (e) => new InterpretedProgram(e) : async (e) => compile(e) });
    expect(history.losses).toHaveLength(3 * 6);
    expect(history.losses).toEqual(r.steps.map((s) => s.loss));
    expect(history.epochs.map((e) => e.loss)).toEqual(r.epochs.map((e) => e.trainLoss));
    expect(m.getWeights()).toEqual(Object.fromEntries(Object.entries(r.program.getParams()).filter(([k]) => !k.startsWith("opt/"))));
  });

  it("on 2 threads gives the same losses, weights and predictions bit for bit, and dispose() stops the workers", async () => {
    // Wide enough (a 128-256-3 MLP at batch 32) that the training step has a threaded form.
    const wide = defineGraph("wide", { N: 8 }, (g) => {
      const x = g.input("x", ["N", 128]);
      const h = x.matmul(g.param("W1", [128, 256], { kind: "xavierUniform" })).maximum(0);
      const logits = h.matmul(g.param("W2", [256, 3], { kind: "xavierUniform" }));
      g.output("logits", logits);
      g.loss(softmaxCrossEntropy(logits, g.input("labels", ["N"], "i32"), 3));
    });
    const rng = new Rng(3);
    const rows = 80;
    const data: Dataset = {
      x: { dtype: "f32", shape: [rows, 128], data: Float32Array.from({ length: rows * 128 }, () => rng.normal()) },
      y: { dtype: "i32", shape: [rows], data: Int32Array.from({ length: rows }, (_, i) => i % 3) },
    };
    const opts = { epochs: 2, batchSize: 32, optimizer: { kind: "adam" } as const, schedule: 0.01, progress: false };
    const [one, two] = [await model(wide, { seed: 7 }), await model(wide, { seed: 7, threads: 2 })];
    const [h1, h2] = [await one.fit(data, opts), await two.fit(data, opts)];
    expect(h2.losses).toEqual(h1.losses);
    expect(two.getWeights()).toEqual(one.getWeights());
    const trainStep = await (two as unknown as { programs: Map<string, Promise<{ program: { threads?: number } }>> }).programs.values().next().value!;
    expect(trainStep.program.threads).toBe(2);
    expect(await two.predict(data.x)).toEqual(await one.predict(data.x));
    await two.dispose();
    expect(two.compiledEntries).toEqual([]);
    expect(await two.predict(data.x)).toEqual(await one.predict(data.x)); // compiled again after dispose
    await Promise.all([one.dispose(), two.dispose()]);
  });

  it("refuses threads on a backend that runs on one thread, and a bad count", async () => {
    await expect(model(classifier, { backend: "ts", threads: 2 })).rejects.toThrow(/model: threads: 2 needs the wasm backend/);
    await expect(model(classifier, { threads: 0 })).rejects.toThrow(/model: threads: expected a whole number of threads from 1 to 256, or "auto", got 0/);
  });

  it("uses every example exactly once per epoch (160 examples at batch 48: 48 + 48 + 48 + 16)", async () => {
    // x is the one-hot of the example's index, the loss is Σ x·w: SGD with lr 1 subtracts, from w[i],
    // the number of times example i was in a batch.
    const n = 160;
    const counter = defineGraph("counter", { N: 1 }, (g) => {
      const x = g.input("x", ["N", n]);
      g.input("labels", ["N"], "i32");
      const w = g.param("w", [n, 1], { kind: "zeros" });
      const score = x.matmul(w);
      g.output("score", score);
      g.loss(score.sum());
    });
    const x = new Float32Array(n * n);
    for (let i = 0; i < n; i++) x[i * n + i] = 1;
    const data: Dataset = { x: { dtype: "f32", shape: [n, n], data: x }, y: { dtype: "i32", shape: [n], data: new Int32Array(n) } };
    const m = await model(counter, { backend: "interp", inputs: ["x"] });
    const sizes: number[] = [];
    await m.fit(data, { epochs: 2, batchSize: 48, optimizer: { kind: "sgd" }, schedule: 1, progress: false, callbacks: [{ onBatchEnd: (_b, logs) => void sizes.push(logs.size) }] });
    expect(sizes).toEqual([48, 48, 48, 16, 48, 48, 48, 16]);
    expect(Array.from(m.getWeights().w!.data)).toEqual(new Array(n).fill(-2));
  });

  it("fires callbacks in order: train, epoch and batch begin/end", async () => {
    const events: string[] = [];
    const recorder: Callback = {
      onTrainBegin: () => void events.push("trainBegin"),
      onEpochBegin: (e) => void events.push(`epochBegin ${e}`),
      onBatchBegin: (b) => void events.push(`batchBegin ${b}`),
      onBatchEnd: (b) => void events.push(`batchEnd ${b}`),
      onEpochEnd: (e) => void events.push(`epochEnd ${e}`),
      onTrainEnd: () => void events.push("trainEnd"),
    };
    const m = await model(classifier, { backend: "interp" });
    await m.fit(blobs(12, 1), { epochs: 2, batchSize: 8, progress: false, callbacks: [recorder] });
    expect(events).toEqual([
      "trainBegin",
      "epochBegin 0", "batchBegin 0", "batchEnd 0", "batchBegin 1", "batchEnd 1", "epochEnd 0",
      "epochBegin 1", "batchBegin 0", "batchEnd 0", "batchBegin 1", "batchEnd 1", "epochEnd 1",
      "trainEnd",
    ]);
  });

  it("says which dtype the labels should have when given one-hot rows", async () => {
    const m = await model(classifier, { backend: "interp" });
    const data = blobs(8, 1);
    const oneHot = new Float32Array(8 * 3).map((_, i) => (i % 3 === data.y.data[Math.floor(i / 3)] ? 1 : 0));
    await expect(m.fit({ x: data.x, y: { dtype: "f32", shape: [8, 3], data: oneHot } }, { progress: false, batchSize: 8 })).rejects.toThrow(
      /expected dtype i32 class indices, rows \[\] for 'labels' i32\[1\], given f32 rows \[3\] \(one-hot\?\)/,
    );
  });
});

describe("evaluate and metrics", () => {
  it("accuracy, top-2 accuracy and the loss equal a plain computation on predict's logits (remainder batch included)", async () => {
    const m = await model(classifier, { backend: "interp", seed: 2 });
    const data = blobs(50, 4);
    await m.fit(blobs(48, 1), { epochs: 2, batchSize: 8, schedule: 0.05, progress: false });
    const r = await m.evaluate(data, { batchSize: 16, metrics: ["accuracy", { topK: 2 }] });
    const { logits } = await m.predict(data.x);
    let correct = 0, top2 = 0, loss = 0;
    for (let i = 0; i < 50; i++) {
      const row = Array.from(logits!.data.subarray(i * 3, i * 3 + 3));
      const label = data.y.data[i]!;
      const above = row.filter((v) => v > row[label]!).length;
      if (above === 0) correct++;
      if (above < 2) top2++;
      const max = Math.max(...row);
      loss += Math.log(row.reduce((s, v) => s + Math.exp(v - max), 0)) - (row[label]! - max);
    }
    expect(r.accuracy).toBe(correct / 50);
    expect(r.top2Accuracy).toBe(top2 / 50);
    expect(r.loss).toBeCloseTo(loss / 50, 5);
  });
});

describe("weights", () => {
  it("getWeights holds no optimizer state; save/load round-trips under the same names", async () => {
    const m = await model(classifier, { backend: "interp", seed: 1 });
    await m.fit(blobs(16, 1), { epochs: 1, batchSize: 8, progress: false });
    expect(Object.keys(m.getWeights()).sort()).toEqual(["W1", "W2", "b1", "b2"]);
    const file = path.join(tmp, "tiny.safetensors");
    m.save(file);
    expect(Object.keys(loadCheckpoint(file).tensors).sort()).toEqual(["W1", "W2", "b1", "b2"]);
    const other = await model(classifier, { backend: "interp", seed: 99 });
    other.load(file);
    expect(other.getWeights()).toEqual(m.getWeights());
    const x = blobs(5, 3).x;
    expect(await other.predict(x)).toEqual(await m.predict(x));
  });

  it("a training checkpoint keeps weights, optimizer state and counters under separate prefixes", async () => {
    const m = await model(classifier, { backend: "interp" });
    await m.fit(blobs(16, 1), { epochs: 1, batchSize: 8, progress: false });
    const file = path.join(tmp, "tiny-ckpt.safetensors");
    m.saveCheckpoint(file, { epoch: 1, step: 2 });
    const names = Object.keys(loadCheckpoint(file).tensors).sort();
    expect(names.filter((n) => n.startsWith("weights/"))).toEqual(["weights/W1", "weights/W2", "weights/b1", "weights/b2"]);
    expect(names).toContain("counters/step");
    expect(names).toContain("optimizer/m/W1");
    expect(names.every((n) => /^(weights|optimizer|counters|rng)\//.test(n))).toBe(true);
  });

  it("setWeights refuses a transposed or non-finite array, naming the weight", async () => {
    const m = await model(classifier, { backend: "interp" });
    expect(() => m.setWeights({ W1: { dtype: "f32", shape: [6, 4], data: new Float32Array(24) } })).toThrow(/'W1' has shape \[6,4\], expected \[4,6\]/);
    expect(() => m.setWeights({ b1: { dtype: "f32", shape: [6], data: new Float32Array(6).fill(NaN) } })).toThrow(/'b1' holds NaN at index 0/);
    expect(() => m.setWeights({ opt: { dtype: "f32", shape: [1], data: new Float32Array(1) } })).toThrow(/'opt' is not a weight of 'tiny'/);
  });
});

describe("summary", () => {
  it("lists lenet5's layers with output shapes and parameter counts", async () => {
    const m = await model(lenet5, { backend: "interp" });
    const text = m.summary();
    expect(text).toMatch(/conv1 \(conv2d\)\s+\(N, 28, 28, 6\)\s+156\s+graphs\/lenet5\.ts:14/);
    expect(text).toMatch(/- \(maxPool2d\)\s+\(N, 14, 14, 6\)\s+0/);
    expect(text).toMatch(/- \(flatten\)\s+\(N, 400\)\s+0/);
    expect(text).toMatch(/fc3 \(dense\)\s+\(N, 10\)\s+850/);
    expect(text).toContain("Total params: 61,706 (trainable 61,706, non-trainable 0)");
  });
});

describe("feeds", () => {
  it("a number feeds a scalar (lr: 0.01); dtype mistakes say what was expected and what was given", async () => {
    const { checkFeeds } = await import("../src/runtime/feeds.ts");
    const slots = [
      { name: "lr", dtype: "f32" as const, shape: [] },
      { name: "labels", dtype: "i32" as const, shape: [4] },
    ];
    expect(checkFeeds("step", slots, { lr: 0.01, labels: new Int32Array(4) })[0]).toEqual([0.01]);
    expect(() => checkFeeds("step", slots, { lr: 0.01, labels: 3 })).toThrow(/'labels' is labels: i32\[4\]; a single number feeds only a scalar, pass 4 values/);
    expect(() => checkFeeds("step", slots, { lr: 0.01, labels: { dtype: "f32", shape: [4, 3], data: new Float32Array(12) } })).toThrow(
      /'labels' expected dtype i32 labels: i32\[4\], given f32\[4,3\] \(class indices are i32; convert one-hot rows with their argmax/,
    );
    expect(() => checkFeeds("step", slots, { lr: 0.01, labels: new Float32Array(12) })).toThrow(/'labels' expected dtype i32 \(an Int32Array\), given a Float32Array of 12 values/);
  });
});

describe("built-in callbacks", () => {
  it("modelCheckpoint + restoreCheckpoint continue a fit bit for bit; csvLogger writes every epoch; an existing checkpoint is not overwritten", async () => {
    const { csvLogger, modelCheckpoint, runLog } = await import("../src/train/callbacks.ts");
    const data = blobs(21, 1);
    const opts = { batchSize: 8, schedule: 0.05, progress: false } as const;
    const straight = await model(classifier, { backend: "interp", seed: 4 });
    await straight.fit(data, { ...opts, epochs: 2 });

    const file = path.join(tmp, "resume.safetensors");
    const csv = path.join(tmp, "epochs.csv");
    const first = await model(classifier, { backend: "interp", seed: 4 });
    const runDir = path.join(tmp, "run-log");
    await first.fit(data, { ...opts, epochs: 1, validation: blobs(9, 2), callbacks: [modelCheckpoint(file), csvLogger(csv), runLog(runDir, "tiny")] });
    expect(fs.readFileSync(path.join(runDir, "steps.csv"), "utf8").trim().split("\n")).toHaveLength(1 + 3);
    expect(fs.readFileSync(path.join(runDir, "plot.svg"), "utf8")).toContain("tiny: accuracy");
    expect(fs.readFileSync(csv, "utf8").split("\n")[0]).toBe("epoch,step,loss,accuracy,valLoss,valAccuracy,lr,seconds");
    await expect(first.fit(data, { ...opts, epochs: 1, callbacks: [modelCheckpoint(file)] })).rejects.toThrow(/already exists .* overwrite: true/);

    const resumed = await model(classifier, { backend: "interp", seed: 99 });
    expect(resumed.restoreCheckpoint(file)).toEqual({ epoch: 1, step: 3 });
    await resumed.fit(data, { ...opts, epochs: 2, initialEpoch: 1 });
    expect(resumed.getWeights()).toEqual(straight.getWeights());
  });

  it("a checkpoint without the optimizer state a fit needs stops that fit instead of starting from zeros", async () => {
    const m = await model(classifier, { backend: "interp" });
    const file = path.join(tmp, "weights-only-ckpt.safetensors");
    m.saveCheckpoint(file, { epoch: 0, step: 0 }); // before any fit: weights only
    const again = await model(classifier, { backend: "interp" });
    again.restoreCheckpoint(file);
    await expect(again.fit(blobs(8, 1), { batchSize: 8, progress: false })).rejects.toThrow(/has no .*optimizer\/m\/W1.*which this train_8_\w+ entry needs/);
  });

  it("earlyStopping stops after `patience` epochs without a better valLoss and restores the best weights", async () => {
    const { earlyStopping } = await import("../src/train/callbacks.ts");
    const m = await model(classifier, { backend: "interp", seed: 1 });
    const stopper = earlyStopping({ patience: 2 });
    const seen: { epoch: number; valLoss: number; weights: ReturnType<typeof m.getWeights> }[] = [];
    const h = await m.fit(blobs(48, 1), {
      epochs: 30, batchSize: 8, schedule: 2, validation: blobs(24, 9), progress: false,
      callbacks: [stopper, { onEpochEnd: (e, logs) => void seen.push({ epoch: e, valLoss: logs.valLoss!, weights: m.getWeights() }) }],
    });
    expect(h.epochs.length).toBeLessThan(30);
    const best = seen.reduce((a, b) => (b.valLoss < a.valLoss ? b : a));
    expect(stopper.bestEpoch()).toBe(best.epoch);
    expect(h.epochs.length).toBe(best.epoch + 3);
    expect(m.getWeights()).toEqual(best.weights);
  });
});

describe("model options", () => {
  it("refuses a graph whose input has a fixed batch, saying how to declare it", async () => {
    const fixed = defineGraph("fixed", {}, (g) => {
      const x = g.input("x", [4, 2]);
      g.output("y", x.matmul(g.param("w", [2, 1], { kind: "xavierUniform" })));
    });
    await expect(model(fixed, { backend: "interp" })).rejects.toThrow(/input 'x' is f32\[4,2\] for N = 1; .*g\.input\("x", \["N", …\]\)/);
  });

  it("train() without a program factory compiles with the default backend", async () => {
    const r = await train({ def: classifier, train: blobs(16, 1), epochs: 1, batchSize: 8, optimizer: { kind: "sgd" }, schedule: { kind: "constant", lr: 0.1 } });
    expect(r.steps).toHaveLength(2);
    expect((r.program as unknown as { entries: string[] }).entries).toEqual(["trainStep"]); // a compiled Program
  });
});

describe("backends", () => {
  it("the TypeScript backend's fit, evaluate and predict agree with the interpreter's", async () => {
    const data = blobs(20, 1);
    const results = [];
    for (const backend of ["ts", "interp"] as const) {
      const m = await model(classifier, { backend, seed: 3 });
      const h = await m.fit(data, { epochs: 1, batchSize: 8, schedule: 0.05, progress: false });
      results.push({ losses: h.losses, eval: await m.evaluate(data, { batchSize: 16, metrics: ["accuracy", { topK: 2 }] }), logits: (await m.predict(data.x, { batchSize: 6 })).logits! });
    }
    const [ts, interp] = results;
    ts!.losses.forEach((l, i) => expect(l).toBeCloseTo(interp!.losses[i]!, 5));
    expect(ts!.eval.accuracy).toBe(interp!.eval.accuracy);
    expect(ts!.eval.top2Accuracy).toBe(interp!.eval.top2Accuracy);
    Array.from(ts!.logits.data).forEach((v, i) => expect(v).toBeCloseTo(interp!.logits.data[i]!, 4));
  }, 120_000);
});

describe("diverging fits", () => {
  it("stop at the step where the loss grows past the factor, naming the last good checkpoint, which stays as it was", async () => {
    const { modelCheckpoint } = await import("../src/train/callbacks.ts");
    const file = path.join(tmp, "diverge.safetensors");
    const m = await model(classifier, { backend: "interp", seed: 1 });
    let afterEpoch1: Buffer | undefined;
    const error = await m
      .fit(blobs(48, 1), {
        epochs: 5, batchSize: 8, divergenceFactor: 100, progress: false,
        schedule: { kind: "multistep", lr: 0.01, factor: 1e6, milestones: [1] }, // fine for an epoch, then far too large
        callbacks: [modelCheckpoint(file), { onEpochEnd: (e) => void (e === 0 && (afterEpoch1 = fs.readFileSync(file))) }],
      })
      .then(() => undefined, (e: unknown) => e as Error);
    expect(error?.message).toMatch(/training stopped: the loss reached .*, more than 100× its first value .* at step \d+ \(epoch 2\); the last good checkpoint, .*diverge\.safetensors \(after epoch 1, step 6\), was kept/);
    expect(fs.readFileSync(file).equals(afterEpoch1!)).toBe(true);
  });

  it("a NaN in the validation data is an error naming the input and index, not a NaN loss that is logged", async () => {
    const m = await model(classifier, { backend: "interp", seed: 1 });
    const nanValidation = blobs(9, 2);
    nanValidation.x.data[0] = NaN;
    await expect(m.fit(blobs(16, 1), { epochs: 2, batchSize: 8, validation: nanValidation, progress: false })).rejects.toThrow(/'x' has NaN at index 0 \[0,0\]; inputs must be finite/);
  });
});
