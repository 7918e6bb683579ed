// Callbacks over a training loop (the model API's fit and train()), Keras-style: the loop calls onTrainBegin, then per epoch
// onEpochBegin, per batch onBatchBegin / onBatchEnd, onEpochEnd, and finally onTrainEnd. Progress,
// CSV logs, checkpoints, early stopping and learning-rate schedules are all callbacks; a user replaces
// or adds to them. Hooks may be async; the loop awaits each in the order the callbacks were given.
// When training fails, onTrainError runs instead of onTrainEnd (the progress bar gives back the terminal).
import * as fs from "node:fs";
import { EarlyStopping as EarlyStoppingRule } from "./early_stopping.ts";
import type { ProgressMode } from "./progress.ts";
import { createProgress } from "./progress.ts";
import type { ScheduleSpec } from "./schedules.ts";
import { learningRate } from "./schedules.ts";
import { checkWritableFile } from "./checkpoint.ts";
import type { EpochRecord, StepRecord } from "./run_log.ts";
import { writeRunFiles } from "./run_log.ts";
import type { HostTensor } from "../runtime/tensor.ts";

/** What the loop shares with its callbacks; `lr` and `stopTraining` are theirs to set. */
export interface TrainingContext {
  /** The model being trained (its getWeights/setWeights/saveCheckpoint are what callbacks use). */
  readonly model: FitModel;
  readonly epochs: number;
  readonly stepsPerEpoch: number;
  readonly batchSize: number;
  readonly examples: number;
  /** Global step of the next batch (0-based, counted over every fit of this model). */
  step: number;
  /** The learning rate fed at the next step (schedules set it in onBatchBegin). */
  lr: number;
  /** Set to end training after the current epoch. */
  stopTraining: boolean;
  /** The last checkpoint written with finite weights and losses (reported when a run diverges). */
  lastCheckpoint?: { readonly path: string; readonly epoch: number; readonly step: number };
}

/** The part of a Model callbacks use (kept small so callbacks are testable on their own). */
export interface FitModel {
  getWeights(): Record<string, HostTensor>;
  setWeights(values: Readonly<Record<string, HostTensor>>): void;
  saveCheckpoint(file: string, progress: { epoch: number; step: number }): void;
}

export interface BatchLogs {
  readonly batch: number;
  readonly step: number;
  /** Rows in this batch (the last one may be smaller). */
  readonly size: number;
  readonly loss: number;
  /** Mean loss of the epoch so far, weighted by rows. */
  readonly meanLoss: number;
  readonly lr: number;
  readonly examplesPerSecond: number;
}

/** An epoch's figures: `loss`, training `accuracy`, and `val…` for the validation data's metrics. */
export interface EpochLogs {
  readonly epoch: number;
  readonly step: number;
  readonly loss: number;
  readonly lr: number;
  readonly seconds: number;
  readonly [metric: string]: number;
}

export interface Callback {
  onTrainBegin?(ctx: TrainingContext): void | Promise<void>;
  onTrainEnd?(ctx: TrainingContext, history: readonly EpochLogs[]): void | Promise<void>;
  /** Training stopped with an error (a diverging run, a bad batch): release what onTrainBegin took. */
  onTrainError?(error: Error, ctx: TrainingContext): void | Promise<void>;
  onEpochBegin?(epoch: number, ctx: TrainingContext): void | Promise<void>;
  onEpochEnd?(epoch: number, logs: EpochLogs, ctx: TrainingContext): void | Promise<void>;
  onBatchBegin?(batch: number, ctx: TrainingContext): void | Promise<void>;
  onBatchEnd?(batch: number, logs: BatchLogs, ctx: TrainingContext): void | Promise<void>;
}

/** Runs one hook of every callback, in order, awaiting each. */
export type CallHooks = <K extends keyof Callback>(hook: K, ...args: Parameters<NonNullable<Callback[K]>>) => Promise<void>;

/** The hook runner over `callbacks`. */
export function hookRunner(callbacks: readonly Callback[]): CallHooks {
  return async (hook, ...args) => {
    for (const cb of callbacks) await (cb[hook] as ((...a: unknown[]) => void | Promise<void>) | undefined)?.apply(cb, args);
  };
}

/** Sets the learning rate before every batch from a schedule (a pure function of the global step). */
export function learningRateSchedule(spec: ScheduleSpec): Callback {
  return {
    onBatchBegin(_batch, ctx) {
      ctx.lr = learningRate(spec, ctx.step, ctx.stepsPerEpoch);
    },
  };
}

/** The progress bar (running mean of the epoch's loss, fits 80 columns) or one line per epoch. */
export function progressBar(mode: ProgressMode = process.stderr.isTTY ? "bar" : "lines", stream: NodeJS.WriteStream = process.stderr): Callback {
  const reporter = createProgress(mode, stream);
  return {
    onEpochBegin: (epoch, ctx) => reporter.startEpoch(epoch, ctx.epochs, ctx.stepsPerEpoch),
    onBatchEnd: (batch, logs, ctx) =>
      reporter.step({
        epoch: 0,
        epochs: ctx.epochs,
        batch,
        batches: ctx.stepsPerEpoch,
        step: logs.step,
        loss: logs.loss,
        meanLoss: logs.meanLoss,
        lr: logs.lr,
        examplesPerSecond: logs.examplesPerSecond,
      }),
    onEpochEnd: (epoch, logs, ctx) =>
      reporter.endEpoch({
        epoch,
        epochs: ctx.epochs,
        trainLoss: logs.loss,
        ...(logs.accuracy !== undefined ? { trainAccuracy: logs.accuracy } : {}),
        ...(logs.valLoss !== undefined ? { validationLoss: logs.valLoss } : {}),
        ...(logs.valAccuracy !== undefined ? { validationAccuracy: logs.valAccuracy } : {}),
        seconds: logs.seconds,
      }),
    onTrainEnd: () => reporter.close(),
    onTrainError: () => reporter.close(),
  };
}

/** Writes every epoch's logs to a CSV file (rewritten whole each epoch: a stopped run leaves a complete file). */
export function csvLogger(file: string): Callback {
  const rows: EpochLogs[] = [];
  return {
    onTrainBegin() {
      checkWritableFile(file, "csvLogger");
    },
    onEpochEnd(_epoch, logs) {
      rows.push(logs);
      const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
      const text = [columns.join(","), ...rows.map((r) => columns.map((c) => (r[c] === undefined ? "" : String(r[c]))).join(","))].join("\n") + "\n";
      const tmp = `${file}.tmp-${process.pid}`;
      fs.writeFileSync(tmp, text);
      fs.renameSync(tmp, file);
    },
  };
}

export interface ModelCheckpointOptions {
  /** Replace a checkpoint that exists when training starts (default false: refuse, so no run is lost). */
  readonly overwrite?: boolean;
}

/**
 * Writes a training checkpoint (weights, optimizer state, counters, RNG state) after every epoch whose
 * losses and weights are all finite; refuses to start over an existing file unless `overwrite`.
 */
export function modelCheckpoint(file: string, opts: ModelCheckpointOptions = {}): Callback {
  return {
    onTrainBegin() {
      if (fs.existsSync(file) && !opts.overwrite) {
        throw new Error(`checkpoint ${file} already exists (from an earlier run); pass overwrite: true (--overwrite) to replace it, or resume from it`);
      }
      checkWritableFile(file, "checkpoint");
    },
    onEpochEnd(epoch, logs, ctx) {
      const bad = Object.entries(logs).find(([, v]) => !Number.isFinite(v));
      if (bad) return; // the loop stops the run on a non-finite figure; never save it as good
      const weights = ctx.model.getWeights();
      const nonFinite = Object.entries(weights).find(([, t]) => t.data.some((v) => !Number.isFinite(v)));
      if (nonFinite) throw new Error(`weights '${nonFinite[0]}' are not finite after epoch ${epoch + 1}; the checkpoint ${file} was not overwritten`);
      ctx.model.saveCheckpoint(file, { epoch: epoch + 1, step: ctx.step });
      ctx.lastCheckpoint = { path: file, epoch: epoch + 1, step: ctx.step };
    },
  };
}

export interface EarlyStoppingOptions {
  readonly patience: number;
  readonly minDelta?: number;
  /** The figure watched, lower is better (default "valLoss"). */
  readonly monitor?: string;
  /** Put back the weights of the best epoch when training ends (default true). */
  readonly restoreBest?: boolean;
}

/** Stops when `monitor` has not improved for `patience` epochs; restores the best weights. */
export function earlyStopping(opts: EarlyStoppingOptions): Callback & { readonly bestEpoch: () => number } {
  const rule = new EarlyStoppingRule(opts);
  const monitor = opts.monitor ?? "valLoss";
  const weights = (ctx: TrainingContext) => ({ getParams: () => ctx.model.getWeights(), setParams: (v: Parameters<FitModel["setWeights"]>[0]) => ctx.model.setWeights(v) });
  return {
    bestEpoch: () => rule.bestEpoch,
    onEpochEnd(epoch, logs, ctx) {
      const value = logs[monitor];
      if (value === undefined) throw new Error(`earlyStopping: the epoch logs have no '${monitor}' (they have ${Object.keys(logs).join(", ")}); pass validation data or monitor another figure`);
      if (rule.observe(epoch, value, weights(ctx))) ctx.stopTraining = true;
    },
    onTrainEnd(ctx) {
      if (opts.restoreBest !== false) rule.restoreBest(weights(ctx));
    },
  };
}

/**
 * The run directory of the `train` command for a fit: steps.csv, epochs.csv and plot.svg (log-scale loss,
 * train and validation accuracy), rewritten whole after every epoch.
 */
export function runLog(dir: string, title = "model"): Callback {
  const steps: StepRecord[] = [];
  const epochs: EpochRecord[] = [];
  return {
    onTrainBegin() {
      checkWritableFile(`${dir}/steps.csv`, "runLog");
    },
    onBatchEnd(_batch, logs) {
      steps.push({ step: logs.step, epoch: epochs.length, loss: logs.loss, lr: logs.lr });
    },
    onEpochEnd(epoch, logs) {
      epochs.push({
        epoch,
        step: logs.step,
        trainLoss: logs.loss,
        ...(logs.accuracy !== undefined ? { trainAccuracy: logs.accuracy } : {}),
        ...(logs.valLoss !== undefined ? { testLoss: logs.valLoss } : {}),
        ...(logs.valAccuracy !== undefined ? { testAccuracy: logs.valAccuracy } : {}),
        lr: logs.lr,
        seconds: logs.seconds,
      });
      writeRunFiles(dir, title, steps, epochs);
    },
  };
}

/** Called as `fn(logs)` after every epoch (the simplest way to watch a run). */
export function onEpoch(fn: (logs: EpochLogs) => void): Callback {
  return { onEpochEnd: (_epoch, logs) => fn(logs) };
}

export const callbacks = { learningRateSchedule, progressBar, csvLogger, runLog, modelCheckpoint, earlyStopping, onEpoch };
