// What a person sees while training: a cli-progress bar per epoch (epoch, batch, the running mean of
// the epoch's loss, learning rate, examples/s, ETA — within 80 columns) on a terminal; one summary line per epoch when stderr is not a TTY; nothing with
// --json (whose stdout is for machines) or when asked to be quiet.
import cliProgress from "cli-progress";

export interface StepInfo {
  readonly epoch: number;
  readonly epochs: number;
  readonly batch: number;
  readonly batches: number;
  readonly step: number;
  readonly loss: number;
  /** Mean loss of the epoch so far (what the bar shows: one step's loss jumps around). */
  readonly meanLoss?: number;
  readonly lr: number;
  readonly examplesPerSecond: number;
}

export interface EpochSummary {
  readonly epoch: number;
  readonly epochs: number;
  readonly trainLoss: number;
  readonly trainAccuracy?: number;
  readonly testLoss?: number;
  readonly testAccuracy?: number;
  readonly validationLoss?: number;
  readonly validationAccuracy?: number;
  readonly seconds: number;
}

export interface ProgressReporter {
  startEpoch(epoch: number, epochs: number, batches: number): void;
  step(info: StepInfo): void;
  endEpoch(summary: EpochSummary): void;
  /** A message that must not be garbled by the bar (warnings, the early-stopping notice). */
  note(message: string): void;
  close(): void;
}

export type ProgressMode = "bar" | "lines" | "quiet";

/** The bar on a TTY, lines otherwise; quiet for --json. */
export function autoProgressMode(json: boolean, stream: NodeJS.WriteStream = process.stderr): ProgressMode {
  if (json) return "quiet";
  return stream.isTTY ? "bar" : "lines";
}

export function formatSummary(s: EpochSummary): string {
  const parts = [`epoch ${s.epoch + 1}/${s.epochs}`, `train loss ${s.trainLoss.toFixed(4)}`];
  if (s.trainAccuracy !== undefined) parts.push(`train accuracy ${(100 * s.trainAccuracy).toFixed(2)}%`);
  if (s.validationLoss !== undefined) parts.push(`validation loss ${s.validationLoss.toFixed(4)}`);
  if (s.validationAccuracy !== undefined) parts.push(`validation accuracy ${(100 * s.validationAccuracy).toFixed(2)}%`);
  if (s.testLoss !== undefined) parts.push(`test loss ${s.testLoss.toFixed(4)}`);
  if (s.testAccuracy !== undefined) parts.push(`test accuracy ${(100 * s.testAccuracy).toFixed(2)}%`);
  parts.push(`${s.seconds.toFixed(1)} s`);
  return parts.join("  ");
}

export function createProgress(mode: ProgressMode, stream: NodeJS.WriteStream = process.stderr): ProgressReporter {
  if (mode === "quiet") {
    return { startEpoch() {}, step() {}, endEpoch() {}, note() {}, close() {} };
  }
  if (mode === "lines") {
    return {
      startEpoch() {},
      step() {},
      endEpoch: (s) => void stream.write(formatSummary(s) + "\n"),
      note: (m) => void stream.write(m + "\n"),
      close() {},
    };
  }
  return barReporter(stream);
}

/** The width the bar line must fit (a classic terminal). */
export const BAR_COLUMNS = 80;

export interface BarState {
  readonly epoch: number;
  readonly epochs: number;
  readonly batch: number;
  readonly batches: number;
  readonly meanLoss?: number;
  readonly lr?: number;
  readonly examplesPerSecond?: number;
  readonly etaSeconds?: number;
}

function compactNumber(v: number): string {
  if (v >= 1e6) return `${(v / 1e6).toFixed(1)}M`;
  if (v >= 1e4) return `${(v / 1e3).toFixed(0)}k`;
  return String(Math.round(v));
}

function formatEta(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds)) return "-";
  const s = Math.max(0, Math.round(seconds));
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, "0")}` : s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, "0")}` : `${s}s`;
}

/**
 * One line of the bar: `1/5 [██████░░░░] 120/125 loss 0.2345 lr 1.00e-3 12k ex/s ETA 3s`, the bar as
 * wide as the rest of the line leaves room for within `columns` (at least 10 cells).
 */
export function formatBarLine(s: BarState, columns = BAR_COLUMNS): string {
  const total = String(s.batches);
  const head = `${s.epoch + 1}/${s.epochs}`;
  // Fixed-width fields, so the bar keeps its width from the first frame to the last.
  const tail = [
    `${String(s.batch).padStart(total.length)}/${total}`,
    `loss ${(s.meanLoss === undefined ? "-" : s.meanLoss.toPrecision(4)).padEnd(9)}`,
    `lr ${(s.lr === undefined ? "-" : s.lr.toExponential(2)).padEnd(9)}`,
    `${(s.examplesPerSecond === undefined ? "-" : compactNumber(s.examplesPerSecond)).padStart(5)} ex/s`,
    `ETA ${formatEta(s.etaSeconds).padEnd(5)}`,
  ].join(" ");
  const width = Math.max(10, columns - head.length - tail.length - 4);
  const filled = s.batches > 0 ? Math.round((width * s.batch) / s.batches) : 0;
  return `${head} [${"█".repeat(filled)}${"░".repeat(width - filled)}] ${tail}`.trimEnd();
}

function barReporter(stream: NodeJS.WriteStream): ProgressReporter {
  let bar: cliProgress.SingleBar | undefined;
  let state: BarState | undefined;
  let started = 0;
  const stop = () => {
    bar?.stop();
    bar = undefined;
  };
  const columns = () => Math.min(BAR_COLUMNS, stream.columns || BAR_COLUMNS);
  return {
    startEpoch(epoch, epochs, batches) {
      stop();
      state = { epoch, epochs, batch: 0, batches };
      started = performance.now();
      bar = new cliProgress.SingleBar({ stream, format: () => formatBarLine(state!, columns() - 1), hideCursor: true, fps: 10, linewrap: false }, cliProgress.Presets.shades_classic);
      bar.start(batches, 0);
    },
    step(info) {
      if (!state) return;
      const elapsed = (performance.now() - started) / 1000;
      const done = info.batch + 1;
      state = {
        ...state,
        batch: done,
        meanLoss: info.meanLoss ?? info.loss,
        lr: info.lr,
        examplesPerSecond: info.examplesPerSecond,
        etaSeconds: (elapsed / done) * (state.batches - done),
      };
      bar?.update(done);
    },
    endEpoch(summary) {
      stop();
      stream.write(formatSummary(summary) + "\n");
    },
    note(message) {
      stop();
      stream.write(message + "\n");
    },
    close: stop,
  };
}
