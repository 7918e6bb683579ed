// The training loop on tiny problems, run on the interpreter: bit-exact resume, the stop on a
// non-finite loss (keeping the last good checkpoint untouched), early stopping, evaluation batching
// and the run files.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { defineGraph } from "../src/dsl/builder.ts";
import type { Tensor } from "../src/dsl/tensor.ts";
import type { Dataset } from "../src/data/batches.ts";
import { shift } from "../src/data/augment.ts";
import { Rng } from "../src/data/rng.ts";
import { loadCheckpoint, saveCheckpoint } from "../src/train/checkpoint.ts";
import { chooseEvalBatching } from "../src/train/evaluate.ts";
import { compiledPrograms } from "../src/train/compiled.ts";
import { InterpretedProgram } from "../src/train/interpreted_program.ts";
import type { TrainerOptions } from "../src/train/trainer.ts";
import { train, TrainingDivergedError } from "../src/train/trainer.ts";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gradfuse-train-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const interpreted: TrainerOptions["program"] = async (entries) => new InterpretedProgram(entries);

// Written with primitives here (not src/nn) so the test depends only on the core.
function softmaxCrossEntropy(logits: Tensor, labels: Tensor, classes: number): Tensor {
  const shifted = logits.sub(logits.max(-1, true).stopGradient());
  const logProbs = shifted.sub(shifted.exp().sum(-1, true).log());
  const oneHot = labels.reshape([labels.shape[0]!, 1]).eq(logits.builder.constant([...Array(classes).keys()], [1, classes], "i32"));
  return logProbs.mul(oneHot).sum(-1).mean().neg();
}

/** A 4-feature, 3-class linear classifier with a hidden tanh layer. */
const classifier = defineGraph("tiny", { N: 8 }, (g) => {
  const x = g.input("x", ["N", 4]);
  const labels = g.input("labels", ["N"], "i32");
  const h = x.matmul(g.param("W1", [4, 6], { kind: "xavierUniform" })).add(g.param("b1", [6], { kind: "zeros" })).tanh();
  const logits = h.matmul(g.param("W2", [6, 3], { kind: "xavierUniform" })).add(g.param("b2", [3], { kind: "zeros" }));
  g.output("logits", logits);
  g.loss(softmaxCrossEntropy(logits, labels, 3));
});

/** Three Gaussian blobs in 4-D; the class is the nearest centre. */
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

const base = (dir: string): TrainerOptions => ({
  def: classifier,
  train: blobs(48, 1),
  test: blobs(30, 2),
  epochs: 2,
  batchSize: 8,
  optimizer: { kind: "adam" },
  schedule: { kind: "constant", lr: 0.05 },
  seed: 7,
  program: interpreted,
  runDir: dir,
  checkpoint: path.join(dir, "ckpt.safetensors"),
});

describe("trainer", () => {
  it("learns the blobs and writes steps.csv, epochs.csv, plot.svg and a checkpoint", async () => {
    const dir = path.join(tmp, "learn");
    const r = await train({ ...base(dir), epochs: 6 });
    expect(r.steps).toHaveLength(6 * 6);
    expect(r.epochs[5]!.trainLoss).toBeLessThan(r.epochs[0]!.trainLoss * 0.7);
    expect(r.test!.accuracy).toBeGreaterThan(0.8);
    expect(fs.readFileSync(path.join(dir, "steps.csv"), "utf8").trim().split("\n")).toHaveLength(1 + 36);
    expect(fs.readFileSync(path.join(dir, "epochs.csv"), "utf8").split("\n")[0]).toBe(
      "epoch,step,train_loss,test_loss,test_accuracy,validation_loss,lr,seconds,train_accuracy",
    );
    expect(fs.readFileSync(path.join(dir, "plot.svg"), "utf8")).toContain("<polyline");
    const ckpt = loadCheckpoint(path.join(dir, "ckpt.safetensors"));
    expect(ckpt.metadata.epoch).toBe("6");
    expect(ckpt.metadata.step).toBe("36");
    expect(Object.keys(ckpt.tensors).sort()).toEqual(
      // Weights, optimizer state, counters and RNG state under separate prefixes.
      ["optimizer/m/W1", "optimizer/m/W2", "optimizer/m/b1", "optimizer/m/b2", "counters/step", "optimizer/v/W1", "optimizer/v/W2", "optimizer/v/b1", "optimizer/v/b2", "weights/W1", "weights/W2", "weights/b1", "weights/b2", "rng/shuffle"].sort(),
    );
    // The test loss of the last epoch is the mean over all 30 examples (evaluated in one batch of 30).
    expect(r.test!.loss).toBe(r.epochs[5]!.testLoss);
  });

  it.each(["interp", "ts"] as const)("resumes bit for bit on %s: 2 epochs straight = 1 epoch + resume + 1 epoch", async (backend) => {
    // One compilation serves the three runs (the graphs are the same); initParams/setParams reset all
    // of its state at the start of each run, as a fresh process would.
    const compile = compiledPrograms(backend);
    let cached: ReturnType<typeof compile> | undefined;
    const program: TrainerOptions["program"] = (entries) => (cached ??= compile(entries));
    const straight = await train({ ...base(path.join(tmp, `straight-${backend}`)), program });
    const a = straight.program.getParams();
    const dir = path.join(tmp, `resumed-${backend}`);
    await train({ ...base(dir), epochs: 1, program });
    const resumed = await train({ ...base(dir), epochs: 2, resume: true, program });
    expect(resumed.steps.map((s) => s.loss)).toEqual(straight.steps.map((s) => s.loss));
    expect(resumed.epochs).toHaveLength(2);
    const b = resumed.program.getParams();
    for (const name of Object.keys(a)) expect([...b[name]!.data]).toEqual([...a[name]!.data]);
    expect(resumed.epochs[1]!.testLoss).toBe(straight.epochs[1]!.testLoss);
  });

  it("refuses to resume with different settings, naming them", async () => {
    const dir = path.join(tmp, "resumed-interp");
    await expect(train({ ...base(dir), batchSize: 6, resume: true })).rejects.toThrow(/batchSize: checkpoint 8, now 6/);
    await expect(train({ ...base(path.join(tmp, "none")), resume: true })).rejects.toThrow(/no checkpoint at .*run once without --resume/);
  });

  it("picks evaluation batches that divide the data, or a tail entry", () => {
    expect(chooseEvalBatching(2000)).toEqual({ batch: 500, tail: 0 });
    expect(chooseEvalBatching(30)).toEqual({ batch: 30, tail: 0 });
    expect(chooseEvalBatching(1009)).toEqual({ batch: 500, tail: 9 });
  });

  it("evaluates with a tail entry exactly: the loss over 31 examples in batches of 10 + 1", async () => {
    const test = blobs(31, 3);
    const single = await train({ ...base(path.join(tmp, "ev1")), epochs: 1, test, checkpoint: undefined });
    const tailed = await train({ ...base(path.join(tmp, "ev2")), epochs: 1, test, checkpoint: undefined, evalBatch: 10 });
    expect(tailed.test!.loss).toBeCloseTo(single.test!.loss!, 6);
    expect(tailed.test!.accuracy).toBe(single.test!.accuracy);
  });
});

/** 6×6 images of a bright bar, horizontal (class 0) or vertical (class 1), at a random position. */
function bars(n: number, seed: number): Dataset {
  const rng = new Rng(seed);
  const x = new Float32Array(n * 36);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    y[i] = i % 2;
    const at = 1 + rng.int(4);
    for (let k = 0; k < 6; k++) x[i * 36 + (y[i] ? k * 6 + at : at * 6 + k)] = 1;
  }
  return { x: { dtype: "f32", shape: [n, 6, 6, 1], data: x }, y: { dtype: "i32", shape: [n], data: y } };
}

const barsClassifier = defineGraph("bars", { N: 8 }, (g) => {
  const x = g.input("x", ["N", 6, 6, 1]);
  const labels = g.input("labels", ["N"], "i32");
  const logits = x.reshape([x.shape[0]!, 36]).matmul(g.param("W", [36, 2], { kind: "xavierUniform" }));
  g.output("logits", logits);
  g.loss(softmaxCrossEntropy(logits, labels, 2));
});

describe("augmentation", () => {
  it("shifts training images with a stream that a resumed run reproduces exactly", async () => {
    const opts = (dir: string, augment: boolean): TrainerOptions => ({
      ...base(dir),
      def: barsClassifier,
      train: bars(32, 1),
      test: bars(16, 2),
      ...(augment ? { augment: shift(1) } : {}),
    });
    const plain = await train({ ...opts(path.join(tmp, "aug-plain"), false), checkpoint: undefined });
    const straight = await train(opts(path.join(tmp, "aug-straight"), true));
    const dir = path.join(tmp, "aug-resumed");
    await train({ ...opts(dir, true), epochs: 1 });
    const resumed = await train({ ...opts(dir, true), resume: true });
    expect(resumed.steps.map((s) => s.loss)).toEqual(straight.steps.map((s) => s.loss));
    // The first step sees the same parameters either way; only the (shifted) images differ.
    expect(straight.steps[0]!.loss).not.toBe(plain.steps[0]!.loss);
    expect(loadCheckpoint(path.join(dir, "ckpt.safetensors")).tensors["rng/augment"]).toBeDefined();
  });
});

/** Linear regression y = x·w with MSE: plain SGD diverges geometrically once lr > 2/λmax. */
const regression = defineGraph("reg", { N: 4 }, (g) => {
  const x = g.input("x", ["N", 3]);
  const y = g.input("labels", ["N", 1]);
  const w = g.param("w", [3, 1], { kind: "xavierUniform" });
  g.loss(x.matmul(w).sub(y).square().mean());
});

function regressionData(n: number): Dataset {
  const rng = new Rng(5);
  const x = Float32Array.from({ length: n * 3 }, () => rng.normal());
  const y = Float32Array.from({ length: n }, (_, i) => x[i * 3]! - 2 * x[i * 3 + 1]! + 0.5 * x[i * 3 + 2]!);
  return { x: { dtype: "f32", shape: [n, 3], data: x }, y: { dtype: "f32", shape: [n, 1], data: y } };
}

describe("non-finite loss", () => {
  it("stops with the step and the last good checkpoint, which it leaves untouched", async () => {
    const dir = path.join(tmp, "nan");
    const checkpoint = path.join(dir, "ckpt.safetensors");
    let afterEpoch1: Buffer | undefined;
    const run = train({
      def: regression,
      train: regressionData(16),
      epochs: 5,
      batchSize: 4,
      optimizer: { kind: "sgd" },
      // Fine for the first epoch, then ×1e10: the weights blow up to ±∞ within a few steps.
      schedule: { kind: "multistep", lr: 0.05, factor: 1e10, milestones: [1] },
      program: interpreted,
      runDir: dir,
      checkpoint,
      divergenceFactor: 0, // only the non-finite check: this test is about NaN and ±∞
      onEpoch: (r) => {
        if (r.epoch === 0) afterEpoch1 = fs.readFileSync(checkpoint);
      },
    });
    const error = await run.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TrainingDivergedError);
    const e = error as TrainingDivergedError;
    expect(e.epoch).toBe(1);
    expect(e.step).toBeGreaterThanOrEqual(4);
    expect(e.message).toMatch(new RegExp(`loss became (NaN|Infinity) at step ${e.step + 1} \\(epoch 2\\)`));
    expect(e.message).toContain(`${checkpoint} (after epoch 1, step 4), was kept and not overwritten`);
    expect(fs.readFileSync(checkpoint).equals(afterEpoch1!)).toBe(true);
    // The steps up to the bad one are on record.
    const csv = fs.readFileSync(path.join(dir, "steps.csv"), "utf8").trim().split("\n");
    expect(csv).toHaveLength(1 + e.step + 1);
  });

  it("says no checkpoint was saved when the first epoch already diverges", async () => {
    await expect(
      train({
        def: regression,
        train: regressionData(16),
        epochs: 1,
        batchSize: 4,
        optimizer: { kind: "sgd" },
        schedule: { kind: "constant", lr: 1e9 },
        program: interpreted,
        divergenceFactor: 0,
      }),
    ).rejects.toThrow(/loss became .* no checkpoint had been saved yet/);
  });

  it("stops a run whose loss grows past the divergence factor (Adam at lr 1000), naming the step and the factor", async () => {
    const dir = path.join(tmp, "adam1000");
    const error = await train({ ...base(dir), epochs: 20, schedule: { kind: "constant", lr: 1000 }, divergenceFactor: 100 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TrainingDivergedError);
    expect((error as Error).message).toMatch(/the loss reached [\d.e+]+, more than 100× its first value [\d.]+ .* at step \d+ \(epoch \d+\)/);
  });

  it("a NaN in the test data is an error naming the input and index (it never becomes a loss printed as null)", async () => {
    const dir = path.join(tmp, "nan-test");
    const test = blobs(30, 2);
    test.x.data[5] = NaN;
    const error = await train({ ...base(dir), test }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((error as Error).message).toMatch(/'x' has NaN at index 5 \[1,1\]; inputs must be finite/);
  });
});

describe("checkpoint safety", () => {
  it("refuses a fresh run onto an existing checkpoint unless overwrite is given", async () => {
    const dir = path.join(tmp, "overwrite");
    await train({ ...base(dir), epochs: 1 });
    const before = fs.readFileSync(path.join(dir, "ckpt.safetensors"));
    await expect(train({ ...base(dir), epochs: 1, seed: 8 })).rejects.toThrow(/checkpoint .*ckpt\.safetensors already exists \(an earlier run's\); continue it with --resume, replace it with --overwrite/);
    expect(fs.readFileSync(path.join(dir, "ckpt.safetensors")).equals(before)).toBe(true);
    await train({ ...base(dir), epochs: 1, seed: 8, overwrite: true });
    expect(fs.readFileSync(path.join(dir, "ckpt.safetensors")).equals(before)).toBe(false);
  });

  it("a checkpoint path under a file fails before any training step", async () => {
    const file = path.join(tmp, "plain-file");
    fs.writeFileSync(file, "x");
    let steps = 0;
    const program: TrainerOptions["program"] = async (e) => {
      const p = new InterpretedProgram(e);
      return { run: (n, f) => (steps++, p.run(n, f)), getParams: () => p.getParams(), setParams: (v) => p.setParams(v), initParams: (s) => p.initParams(s) };
    };
    await expect(train({ ...base(path.join(tmp, "nowhere")), checkpoint: path.join(file, "ck"), program })).rejects.toThrow(
      /checkpoint .*plain-file\/ck: cannot be written \(a part of .*plain-file is a file, not a directory\)/,
    );
    expect(steps).toBe(0);
  });

  it("--resume names every missing tensor and a misshapen one, and changes nothing", async () => {
    const dir = path.join(tmp, "resume-exact");
    await train({ ...base(dir), epochs: 1 });
    const file = path.join(dir, "ckpt.safetensors");
    const { tensors, metadata } = loadCheckpoint(file);
    const { ["optimizer/m/W1"]: _m, ["weights/b2"]: _b, ...partial } = tensors;
    saveCheckpoint(file, partial, metadata);
    await expect(train({ ...base(dir), resume: true })).rejects.toThrow(/lacks 2 of the run's \d+ tensors \(.*optimizer\/m\/W1.*weights\/b2|weights\/b2.*optimizer\/m\/W1/);
    saveCheckpoint(file, { ...tensors, "weights/W1": { dtype: "f32", shape: [6, 4], data: tensors["weights/W1"]!.data } }, metadata);
    await expect(train({ ...base(dir), resume: true })).rejects.toThrow(/'weights\/W1' is f32\[6,4\] but the run needs f32\[4,6\]; nothing was changed/);
  });
});

describe("early stopping", () => {
  it("stops after `patience` epochs without improvement and restores the best parameters", async () => {
    // lr so large that Adam oscillates: validation loss stops improving early.
    const validation = blobs(24, 9);
    const seen: number[] = [];
    const r = await train({
      ...base(path.join(tmp, "early")),
      checkpoint: undefined,
      epochs: 30,
      validation,
      schedule: { kind: "constant", lr: 0.5 },
      earlyStopping: { patience: 2 },
      onEpoch: (e) => seen.push(e.validationLoss!),
    });
    expect(r.stoppedEarly).toBeDefined();
    const best = Math.min(...seen);
    expect(r.stoppedEarly!.bestValidationLoss).toBe(best);
    expect(seen.indexOf(best)).toBe(r.stoppedEarly!.bestEpoch);
    expect(seen.length).toBeLessThan(30);
    // Stopped exactly `patience` epochs after the best one (or ran out of epochs).
    expect(seen.length - 1 - r.stoppedEarly!.bestEpoch).toBe(2);
    // The restored params reproduce the best validation loss (24 examples: one batch of the validate entry).
    const out = await r.program.run("validate", { x: validation.x.data, labels: validation.y.data });
    expect(out.loss!.data[0]).toBe(best);
  });
});

describe("data against the graph", () => {
  it("one-hot f32 labels for an i32 label input are refused by dtype before compiling, not by length", async () => {
    const data = blobs(16, 1);
    const oneHot = new Float32Array(16 * 3).map((_, i) => (i % 3 === data.y.data[Math.floor(i / 3)] ? 1 : 0));
    let compiled = false;
    await expect(
      train({ ...base(path.join(tmp, "onehot")), checkpoint: undefined, train: { x: data.x, y: { dtype: "f32", shape: [16, 3], data: oneHot } }, program: async (e) => ((compiled = true), new InterpretedProgram(e)) }),
    ).rejects.toThrow(/the training data's y expected dtype i32 class indices, .*given f32 rows \[3\] \(one-hot\?\)/);
    expect(compiled).toBe(false);
  });
});

describe("callbacks in train()", () => {
  it("fire in order with the model API's logs, and the same callbacks work (csvLogger, a stop, an lr override)", async () => {
    const { csvLogger } = await import("../src/train/callbacks.ts");
    const events: string[] = [];
    const lrs: number[] = [];
    const csv = path.join(tmp, "cb-epochs.csv");
    const r = await train({
      ...base(path.join(tmp, "callbacks")),
      checkpoint: undefined,
      train: blobs(12, 1),
      epochs: 5,
      callbacks: [
        {
          onTrainBegin: () => void events.push("trainBegin"),
          onEpochBegin: (e) => void events.push(`epochBegin ${e}`),
          onBatchBegin: (b, ctx) => void (events.push(`batchBegin ${b}`), (ctx.lr = 0.5 * ctx.lr)),
          onBatchEnd: (b, logs) => void (events.push(`batchEnd ${b}`), lrs.push(logs.lr)),
          onEpochEnd: (e, logs, ctx) => void (events.push(`epochEnd ${e} ${Object.keys(logs).join(",")}`), e === 1 && (ctx.stopTraining = true)),
          onTrainEnd: () => void events.push("trainEnd"),
        },
        csvLogger(csv),
      ],
    });
    expect(events).toEqual([
      "trainBegin",
      "epochBegin 0", "batchBegin 0", "batchEnd 0", "batchBegin 1", "batchEnd 1", "epochEnd 0 epoch,step,loss,accuracy,testLoss,testAccuracy,lr,seconds",
      "epochBegin 1", "batchBegin 0", "batchEnd 0", "batchBegin 1", "batchEnd 1", "epochEnd 1 epoch,step,loss,accuracy,testLoss,testAccuracy,lr,seconds",
      "trainEnd",
    ]);
    expect(r.epochs).toHaveLength(2);
    expect(lrs).toEqual([0.025, 0.025, 0.025, 0.025]);
    expect(r.steps.map((s) => s.lr)).toEqual(lrs);
    expect(fs.readFileSync(csv, "utf8").trim().split("\n")).toHaveLength(3);
  });
});
