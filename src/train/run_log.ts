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
  const header = "epoch,step,train_loss,test_loss,test_accuracy,validation_loss,lr,seconds";
  const rows = epochs.map((e) =>
    [e.epoch + 1, e.step, e.trainLoss, cell(e.testLoss), cell(e.testAccuracy), cell(e.validationLoss), e.lr, e.seconds.toFixed(3)].join(","),
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

export function runPlotSvg(title: string, steps: readonly StepRecord[], epochs: readonly EpochRecord[]): string {
  const window = Math.max(1, Math.round(steps.length / 100));
  const loss: ChartSpec = {
    title: `${title}: loss`,
    xLabel: "step",
    yLabel: "loss",
    series: [
      { name: window > 1 ? `train (mean of ${window} steps)` : "train", points: smoothed(steps, window) },
      ...(epochs.some((e) => e.testLoss !== undefined)
        ? [{ name: "test", points: epochs.filter((e) => e.testLoss !== undefined).map((e) => [e.step, e.testLoss!] as [number, number]) }]
        : []),
    ],
  };
  const charts = [loss];
  if (epochs.some((e) => e.testAccuracy !== undefined)) {
    charts.push({
      title: `${title}: test accuracy`,
      xLabel: "epoch",
      yLabel: "accuracy (%)",
      series: [{ name: "test", points: epochs.filter((e) => e.testAccuracy !== undefined).map((e) => [e.epoch + 1, 100 * e.testAccuracy!]) }],
    });
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
