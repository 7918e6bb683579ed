// The record of a training run, written to its run directory: steps.csv (every step's loss and
// learning rate), epochs.csv (per-epoch train/test loss and accuracy) and plot.svg (loss and accuracy).
// Files are rewritten whole after each epoch (write to a temporary file, then rename), so a run
// stopped at any moment leaves complete files.
import * as fs from "node:fs";
import * as path from "node:path";
import type { ChartSpec } from "./plot.ts";
import { lineChartsSvg } from "./plot.ts";

export interface StepRecord {
  readonly step: number;
  readonly epoch: number;
  readonly loss: number;
  readonly lr: number;
}

export interface EpochRecord {
  /** 0-based epoch index. */
  readonly epoch: number;
  /** Global steps done at the end of the epoch. */
  readonly step: number;
  readonly trainLoss: number;
  /** Fraction of training examples classified correctly during the epoch (as the weights changed). */
  readonly trainAccuracy?: number;
  readonly testLoss?: number;
  readonly testAccuracy?: number;
  readonly validationLoss?: number;
  readonly lr: number;
  /** Wall-clock seconds of the epoch (training and evaluation). */
  readonly seconds: number;
}

const cell = (v: number | undefined) => (v === undefined ? "" : String(v));

export function stepsCsv(steps: readonly StepRecord[]): string {
  return ["step,epoch,loss,lr", ...steps.map((s) => `${s.step},${s.epoch},${s.loss},${s.lr}`)].join("\n") + "\n";
}

export function epochsCsv(epochs: readonly EpochRecord[]): string {
  const header = "epoch,step,train_loss,test_loss,test_accuracy,validation_loss,lr,seconds,train_accuracy";
  const rows = epochs.map((e) =>
    [e.epoch + 1, e.step, e.trainLoss, cell(e.testLoss), cell(e.testAccuracy), cell(e.validationLoss), e.lr, e.seconds.toFixed(3), cell(e.trainAccuracy)].join(","),
  );
  return [header, ...rows].join("\n") + "\n";
}

/** Parses steps.csv back (for a resumed run, which keeps the steps before its checkpoint). */
export function parseStepsCsv(text: string): StepRecord[] {
  return text
    .trim()
    .split("\n")
    .slice(1)
    .filter(Boolean)
    .map((line) => {
      const [step, epoch, loss, lr] = line.split(",").map(Number);
      return { step: step!, epoch: epoch!, loss: loss!, lr: lr! };
    });
}

/** A moving average over `window` steps, so a noisy per-step loss reads as a curve. */
function smoothed(steps: readonly StepRecord[], window: number): [number, number][] {
  const out: [number, number][] = [];
  let sum = 0;
  for (let i = 0; i < steps.length; i++) {
    sum += steps[i]!.loss;
    if (i >= window) sum -= steps[i - window]!.loss;
    out.push([steps[i]!.step + 1, sum / Math.min(i + 1, window)]);
  }
  return out;
}

/**
 * The run's plot: loss against step on a log axis (train and test differ by orders of magnitude late in
 * a run), and accuracy (train beside test) against epoch, 0–100%, integer epoch ticks. Each series has
 * one colour in both panels.
 */
export function runPlotSvg(title: string, steps: readonly StepRecord[], epochs: readonly EpochRecord[]): string {
  const window = Math.max(1, Math.round(steps.length / 100));
  const loss: ChartSpec = {
    title: `${title}: loss`,
    xLabel: window > 1 ? `step (train: mean of ${window} steps)` : "step",
    yLabel: "loss",
    yScale: "log",
    series: [
      { name: "train", points: smoothed(steps, window) },
      ...(epochs.some((e) => e.testLoss !== undefined)
        ? [{ name: "test", points: epochs.filter((e) => e.testLoss !== undefined).map((e) => [e.step, e.testLoss!] as [number, number]) }]
        : []),
      ...(epochs.some((e) => e.validationLoss !== undefined)
        ? [{ name: "validation", points: epochs.filter((e) => e.validationLoss !== undefined).map((e) => [e.step, e.validationLoss!] as [number, number]) }]
        : []),
    ],
  };
  const charts = [loss];
  const accuracy = (name: string, pick: (e: EpochRecord) => number | undefined) => ({
    name,
    points: epochs.filter((e) => pick(e) !== undefined).map((e) => [e.epoch + 1, 100 * pick(e)!] as [number, number]),
  });
  const series = [accuracy("train", (e) => e.trainAccuracy), accuracy("test", (e) => e.testAccuracy)].filter((s) => s.points.length);
  if (series.length) {
    charts.push({ title: `${title}: accuracy`, xLabel: "epoch", yLabel: "accuracy (%)", yLimits: [0, 100], xIntegers: true, series });
  }
  return lineChartsSvg(charts);
}

function writeAtomically(file: string, contents: string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, contents);
  fs.renameSync(tmp, file);
}

/** Writes steps.csv, epochs.csv and plot.svg into `dir` (created if needed); returns their paths. */
export function writeRunFiles(dir: string, title: string, steps: readonly StepRecord[], epochs: readonly EpochRecord[]): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const files: [string, string][] = [
    ["steps.csv", stepsCsv(steps)],
    ["epochs.csv", epochsCsv(epochs)],
    ["plot.svg", runPlotSvg(title, steps, epochs)],
  ];
  return files.map(([name, contents]) => {
    const file = path.join(dir, name);
    writeAtomically(file, contents);
    return file;
  });
}
