// The pure parts of the train/search/schedule commands: trial generation and ranking, the schedule
// table and plot, the validation split and the JSON lines.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { sampledSteps, scheduleReport } from "../src/cli/schedule.ts";
import { searchSpaceFrom } from "../src/cli/search.ts";
import { epochJson, splitValidation } from "../src/cli/train.ts";
import { datasetSize } from "../src/data/batches.ts";
import type { SearchSpace } from "../src/train/search.ts";
import { gridTrials, randomTrials, rankedTable, rankTrials } from "../src/train/search.ts";

const space: SearchSpace = {
  lrs: [0.001, 0.01],
  batchSizes: [32, 64, 128],
  optimizers: [{ kind: "adam" }, { kind: "sgd" }],
  weightDecays: [0, 1e-4],
};

describe("search", () => {
  it("grid: every combination once", () => {
    const trials = gridTrials(space);
    expect(trials).toHaveLength(2 * 3 * 2 * 2);
    expect(new Set(trials.map((t) => JSON.stringify(t))).size).toBe(24);
    expect(trials[0]).toEqual({ lr: 0.001, batchSize: 32, optimizer: { kind: "adam" }, weightDecay: 0 });
  });

  it("random: seeded, lr log-uniform inside the range, lists sampled", () => {
    const a = randomTrials(space, 200, 3);
    expect(randomTrials(space, 200, 3)).toEqual(a);
    expect(randomTrials(space, 200, 4)).not.toEqual(a);
    for (const t of a) {
      expect(t.lr).toBeGreaterThanOrEqual(0.001);
      expect(t.lr).toBeLessThanOrEqual(0.01);
      expect(space.batchSizes).toContain(t.batchSize);
      expect(t.weightDecay === 0 || (t.weightDecay >= 1e-4 && t.weightDecay <= 1e-4)).toBe(true);
    }
    // Log-uniform: about half the rates fall below the geometric mean √(0.001·0.01) ≈ 0.00316.
    const below = a.filter((t) => t.lr < Math.sqrt(0.001 * 0.01)).length;
    expect(below).toBeGreaterThan(70);
    expect(below).toBeLessThan(130);
  });

  it("ranks by best validation loss, failures last", () => {
    const t = gridTrials(space)[0]!;
    const ranked = rankTrials([
      { trial: t, bestValidationLoss: 0.5, bestEpoch: 1, epochs: 3, seconds: 1 },
      { trial: t, bestValidationLoss: Infinity, bestEpoch: -1, epochs: 0, seconds: 1, error: "diverged" },
      { trial: t, bestValidationLoss: 0.2, bestEpoch: 2, epochs: 4, seconds: 1, testAccuracy: 0.9 },
    ]);
    expect(ranked.map((r) => r.bestValidationLoss)).toEqual([0.2, 0.5, Infinity]);
    const table = rankedTable(ranked).split("\n");
    expect(table[0]).toMatch(/^rank\s+optimizer\s+lr\s+batch/);
    expect(table[2]).toMatch(/^1\s+adam\s+0\.001\s+32\s+0\s+0\.2000\s+3\s+90\.00%/);
    expect(table[4]).toContain("failed: diverged");
  });

  it("parses the lists of the command line, with ';' between optimizers that carry settings", () => {
    const s = searchSpaceFrom({ lrs: "1e-3, 3e-3", batches: "32,64", optimizers: "adam:beta2=0.99;sgd", weightDecays: "0" });
    expect(s).toEqual({ lrs: [0.001, 0.003], batchSizes: [32, 64], optimizers: [{ kind: "adam", beta2: 0.99 }, { kind: "sgd" }], weightDecays: [0] });
    expect(() => searchSpaceFrom({ lrs: "-1", batches: "32", optimizers: "adam", weightDecays: "0" })).toThrow(/--lrs must be a number > 0/);
  });
});

describe("schedule command", () => {
  it("prints the rate at sampled steps", () => {
    const text = scheduleReport("step:lr=0.1,factor=0.5,every=2", { steps: 6, stepsPerEpoch: 1, lr: 0.01 });
    const rows = text.split("\n").slice(2).map((l) => l.trim().split(/\s+/).map(Number));
    // Epochs count from 1 (step 0 is in epoch 1), as everywhere in the CLI.
    expect(rows).toEqual([
      [0, 1, 0.1],
      [1, 2, 0.1],
      [2, 3, 0.05],
      [3, 4, 0.05],
      [4, 5, 0.025],
      [5, 6, 0.025],
    ]);
    expect(sampledSteps(1000, 5)).toEqual([0, 250, 500, 749, 999]);
  });

  it("--json prints JSON Lines, one {step, epoch, lr} per step", () => {
    const text = scheduleReport("step:lr=0.1,factor=0.5,every=2", { steps: 4, stepsPerEpoch: 2, lr: 0.01, json: true });
    expect(text.split("\n").map((l) => JSON.parse(l) as unknown)).toEqual([
      { step: 0, epoch: 1, lr: 0.1 },
      { step: 1, epoch: 1, lr: 0.1 },
      { step: 2, epoch: 2, lr: 0.1 },
      { step: 3, epoch: 2, lr: 0.1 },
    ]);
  });

  it("writes an SVG plot", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "gradfuse-sched-")), "s.svg");
    expect(scheduleReport("sgdr:max=0.1,period=3", { steps: 50, stepsPerEpoch: 5, lr: 0.01, svg: file })).toContain(`wrote ${file}`);
    const svg = fs.readFileSync(file, "utf8");
    expect(svg).toContain("<polyline");
    // 50 points on the one line.
    expect(svg.match(/points="([^"]*)"/)![1]!.split(" ")).toHaveLength(50);
  });

  it("reports a bad spec as a CLI error with examples", () => {
    expect(() => scheduleReport("nope", { steps: 5, stepsPerEpoch: 1, lr: 0.1 })).toThrow(/unknown schedule 'nope'.*examples/s);
  });
});

describe("train command helpers", () => {
  it("holds out a seeded validation fraction, disjoint from training", () => {
    const n = 50;
    const data = {
      x: { dtype: "f32" as const, shape: [n, 1], data: Float32Array.from({ length: n }, (_, i) => i) },
      y: { dtype: "i32" as const, shape: [n], data: Int32Array.from({ length: n }, (_, i) => i) },
    };
    const { train, validation } = splitValidation(data, 0.2, 1);
    expect(datasetSize(validation)).toBe(10);
    expect(datasetSize(train)).toBe(40);
    expect(new Set([...train.y.data, ...validation.y.data]).size).toBe(50);
    expect(splitValidation(data, 0.2, 1).validation.y.data).toEqual(validation.y.data);
    expect(() => splitValidation(data, 0.001, 1)).toThrow(/leaves 0 of 50/);
  });

  it("prints one JSON object per epoch with the documented keys", () => {
    expect(JSON.parse(epochJson({ epoch: 0, trainLoss: 0.5, trainAccuracy: 0.8, testLoss: 0.4, testAccuracy: 0.9, seconds: 1.23456 }))).toEqual({
      epoch: 1,
      trainLoss: 0.5,
      trainAccuracy: 0.8,
      testLoss: 0.4,
      testAccuracy: 0.9,
      seconds: 1.235,
    });
  });
});
