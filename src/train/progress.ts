// What a person sees while training: a cli-progress bar per epoch (epoch, step, loss, learning rate,
// examples/s, ETA) on a terminal; one summary line per epoch when stderr is not a TTY; nothing with
// --json (whose stdout is for machines) or when asked to be quiet.
import cliProgress from "cli-progress";

export interface StepInfo {
  readonly epoch: number;
  readonly epochs: number;
  readonly batch: number;
  readonly batches: number;
  readonly step: number;
  readonly loss: number;
  readonly lr: number;
  readonly examplesPerSecond: number;
}

export interface EpochSummary {
  readonly epoch: number;
  readonly epochs: number;
  readonly trainLoss: number;
  readonly testLoss?: number;
  readonly testAccuracy?: number;
  readonly validationLoss?: number;
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
  if (s.validationLoss !== undefined) parts.push(`validation loss ${s.validationLoss.toFixed(4)}`);
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

function barReporter(stream: NodeJS.WriteStream): ProgressReporter {
  let bar: cliProgress.SingleBar | undefined;
  const stop = () => {
    bar?.stop();
    bar = undefined;
  };
  return {
    startEpoch(epoch, epochs, batches) {
      stop();
      bar = new cliProgress.SingleBar(
        {
          stream,
          format:
            "epoch {epochText} |{bar}| {value}/{total} | step {stepText} | loss {lossText} | lr {lrText} | {speedText} ex/s | ETA {eta_formatted}",
          barsize: 24,
          hideCursor: true,
          etaBuffer: 50,
          fps: 10,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(batches, 0, { epochText: `${epoch + 1}/${epochs}`, stepText: "-", lossText: "-", lrText: "-", speedText: "-" });
    },
    step(info) {
      bar?.update(info.batch + 1, {
        stepText: String(info.step + 1),
        lossText: info.loss.toFixed(4),
        lrText: info.lr.toPrecision(3),
        speedText: Math.round(info.examplesPerSecond).toLocaleString("en-US"),
      });
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
