// `gradfuse schedule <spec>`: prints a learning-rate schedule as a table, or plots it to an SVG file.
import * as fs from "node:fs";
import { Command } from "commander";
import { lineChartsSvg } from "../train/plot.ts";
import { formatSchedule, learningRate, parseSchedule, SCHEDULE_EXAMPLES } from "../train/schedules.ts";
import { CliError } from "./load.ts";

export interface ScheduleCliOptions {
  readonly steps: number;
  readonly stepsPerEpoch: number;
  readonly lr: number;
  readonly svg?: string;
  /** Most rows the table shows; longer schedules are sampled evenly (first and last step always shown). */
  readonly rows?: number;
  /** JSON Lines instead of the table: every step (or `rows` of them). */
  readonly json?: boolean;
}

function positiveInteger(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`${flag} must be a positive integer, got '${value}'`);
  return n;
}

function positiveNumber(value: string, flag: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new CliError(`${flag} must be a positive number, got '${value}'`);
  return n;
}

/** The steps shown in the table: all of them when few, else `rows` evenly spaced ones. */
export function sampledSteps(steps: number, rows: number): number[] {
  if (steps <= rows) return [...Array(steps).keys()];
  return [...new Set(Array.from({ length: rows }, (_, i) => Math.round((i * (steps - 1)) / (rows - 1))))];
}

/** The table text, or (with svg) writes the plot and returns a one-line note. */
export function scheduleReport(specText: string, o: ScheduleCliOptions): string {
  let spec;
  try {
    spec = parseSchedule(specText, o.lr);
  } catch (e) {
    throw new CliError((e as Error).message);
  }
  const title = formatSchedule(spec);
  if (o.svg) {
    const points = Array.from({ length: o.steps }, (_, s) => [s, learningRate(spec, s, o.stepsPerEpoch)] as [number, number]);
    fs.writeFileSync(o.svg, lineChartsSvg([{ title, xLabel: "step", yLabel: "learning rate", series: [{ name: "lr", points }] }]));
    return `wrote ${o.svg} (${title}, ${o.steps} steps, ${o.stepsPerEpoch} per epoch)`;
  }
  // Epochs are counted from 1, as everywhere in the CLI (train's progress, --json, epochs.csv).
  const epochOf = (step: number) => Math.floor(step / o.stepsPerEpoch) + 1;
  if (o.json) {
    return sampledSteps(o.steps, o.rows ?? o.steps)
      .map((step) => JSON.stringify({ step, epoch: epochOf(step), lr: learningRate(spec, step, o.stepsPerEpoch) }))
      .join("\n");
  }
  const lines = [`schedule ${title}  (${o.steps} steps, ${o.stepsPerEpoch} per epoch)`, "    step   epoch   learning rate"];
  for (const s of sampledSteps(o.steps, o.rows ?? 40)) {
    const lr = learningRate(spec, s, o.stepsPerEpoch);
    lines.push(`${String(s).padStart(8)}${String(epochOf(s)).padStart(8)}   ${lr.toPrecision(6)}`);
  }
  return lines.join("\n");
}

export function scheduleCommand(): Command {
  return new Command("schedule")
    .description("print a learning-rate schedule as a table, or plot it with --svg")
    .argument("<spec>", `a schedule, e.g. ${SCHEDULE_EXAMPLES.slice(2, 6).join(" | ")}`)
    .option("--steps <n>", "number of steps to show", "100")
    .option("--steps-per-epoch <n>", "steps per epoch, for schedules counted in epochs", "1")
    .option("--lr <x>", "rate used where the spec leaves it out", "0.01")
    .option("--svg <file>", "write an SVG plot instead of the table")
    .option("--json", "JSON Lines: one {step, epoch, lr} per step (epochs from 1)")
    .action((spec: string, opts: { steps: string; stepsPerEpoch: string; lr: string; svg?: string; json?: boolean }) => {
      const text = scheduleReport(spec, {
        steps: positiveInteger(opts.steps, "--steps"),
        stepsPerEpoch: positiveInteger(opts.stepsPerEpoch, "--steps-per-epoch"),
        lr: positiveNumber(opts.lr, "--lr"),
        ...(opts.svg ? { svg: opts.svg } : {}),
        ...(opts.json ? { json: true } : {}),
      });
      process.stdout.write(text + "\n");
    });
}
