// The training loop of `gradfuse train`: epochs over seeded shuffled mini-batches, one compiled
// training step per batch (forward, backward and update in one program; the last partial batch through
// a step compiled for its size), evaluation with the inference-mode entries of the same program
// (parameters shared by name), callbacks, a run directory with CSVs and a plot, a checkpoint after
// every good epoch, bit-exact --resume that requires every tensor, early stopping, and a clear stop
// when the run diverges (non-finite or exploding loss, non-finite test loss or weights).
// The model API's fit (src/model/model.ts) is the same loop for scripts; a test holds them equal.
//
// Everything a step depends on is either in the program's persistent params (weights, optimizer
// state, the step counter, RNG counters — all in the checkpoint) or a pure function of (seed, epoch,
// step) on the host (the batch order, the learning rate). That is what makes a resumed run identical.
import * as fs from "node:fs";
import * as path from "node:path";
import type { GraphDef } from "../dsl/builder.ts";
import type { Graph } from "../ir/types.ts";
import type { Augmentation } from "../data/augment.ts";
import { augmentBatch } from "../data/augment.ts";
import type { Dataset } from "../data/batches.ts";
import { Rng } from "../data/rng.ts";
import { batchCount, batches, datasetSize } from "../data/batches.ts";
import type { HostTensor } from "../runtime/tensor.ts";
import { checkpointTensorName, programNameOf } from "./weights.ts";
import { checkRows, checkTargets } from "../data/check.ts";
import type { Callback, CallHooks, EpochLogs, TrainingContext } from "./callbacks.ts";
import { hookRunner } from "./callbacks.ts";
import { weightsOf } from "./weights.ts";
import { inputsOf } from "../ir/types.ts";
import {
  CheckpointError,
  checkWritableFile,
  loadCheckpoint,
  readTrainingProgress,
  rngStateToTensor,
  saveCheckpoint,
  trainingMetadata,
} from "./checkpoint.ts";
import { EarlyStopping, type EarlyStoppingOptions } from "./early_stopping.ts";
import type { DataInputs, EvalBatching, EvalResult, RunnableProgram } from "./evaluate.ts";
import { chooseEvalBatching, dataInputsOf, evaluate, EVAL_ENTRY, EVAL_TAIL_ENTRY, targetsAs } from "./evaluate.ts";
import type { OptimizerSpec } from "./optimizers.ts";
import { formatOptimizer } from "./optimizers.ts";
import type { ProgressMode } from "./progress.ts";
import { createProgress } from "./progress.ts";
import type { ClipSpec } from "./regularize.ts";
import type { EpochRecord, StepRecord } from "./run_log.ts";
import { parseStepsCsv, writeRunFiles } from "./run_log.ts";
import type { ScheduleSpec } from "./schedules.ts";
import { formatSchedule, learningRate } from "./schedules.ts";
import { buildEvalGraph, buildTrainGraph, CORRECT_OUTPUT, LR_INPUT } from "./train_graph.ts";
import { checkDatasetLabels } from "../data/labels.ts";

export const TRAIN_ENTRY = "trainStep";
/** The training step compiled for the last partial batch (when the batch size does not divide the data). */
export const TRAIN_TAIL_ENTRY = "trainStepTail";
const VALIDATE_ENTRY = "validate";
const VALIDATE_TAIL_ENTRY = "validateTail";

/** A program the trainer can drive: run entries, move params in and out, initialize them from a seed. */
export interface TrainableProgram extends RunnableProgram {
  initParams(seed: number): void;
}

/** Makes the program for a set of entries (default: compile them with the chosen backend). */
export type ProgramFactory = (entries: Record<string, Graph>) => Promise<TrainableProgram>;

export interface TrainerOptions {
  readonly def: GraphDef;
  readonly train: Dataset;
  /** Evaluated after every epoch (test loss and accuracy). */
  readonly test?: Dataset;
  /** Held-out data whose loss drives early stopping. */
  readonly validation?: Dataset;
  readonly epochs: number;
  readonly batchSize: number;
  readonly optimizer: OptimizerSpec;
  readonly schedule: ScheduleSpec;
  readonly clip?: ClipSpec;
  readonly weightDecay?: number;
  readonly l1?: number;
  readonly l2?: number;
  /**
   * Applied to each training batch (NHWC images). Its random stream for epoch e is a pure function of
   * (seed, e), so a resumed run augments exactly as an uninterrupted one.
   */
  readonly augment?: Augmentation;
  /** Seeds parameter initialization, the batch order and the model's random ops. Default 0. */
  readonly seed?: number;
  /** Makes the program from the entries (default: compile them with the WebAssembly backend). */
  readonly program?: ProgramFactory;
  /** Where steps.csv, epochs.csv and plot.svg go (none if undefined). */
  readonly runDir?: string;
  /** Checkpoint file written after every epoch (none if undefined). */
  readonly checkpoint?: string;
  /** Continue from `checkpoint` (which must exist). */
  readonly resume?: boolean;
  /** Start a fresh run even though `checkpoint` exists, replacing it (default false: refuse). */
  readonly overwrite?: boolean;
  /** Stop when a step's loss exceeds this multiple of the first step's loss (default 1e4; 0 turns it off). */
  readonly divergenceFactor?: number;
  readonly earlyStopping?: EarlyStoppingOptions;
  /** Default: the bar on a terminal, quiet otherwise. */
  readonly progress?: ProgressMode;
  /**
   * Keras-style callbacks, the same ones the model API's fit takes (csvLogger, earlyStopping, your own):
   * epoch logs carry loss, accuracy, testLoss, testAccuracy and valLoss; a callback may set ctx.lr in
   * onBatchBegin or ctx.stopTraining.
   */
  readonly callbacks?: readonly Callback[];
  /** Called after each epoch with its record (the CLI prints JSON lines from it). */
  readonly onEpoch?: (record: EpochRecord) => void;
  /** Largest evaluation batch (default 500). */
  readonly evalBatch?: number;
}

export interface TrainResult {
  readonly epochs: readonly EpochRecord[];
  readonly steps: readonly StepRecord[];
  /** Test metrics of the final parameters (the best ones, when early stopping restored them). */
  readonly test?: EvalResult;
  readonly seconds: number;
  /** Set when early stopping ended the run: the epoch whose parameters were restored (0-based). */
  readonly stoppedEarly?: { readonly bestEpoch: number; readonly bestValidationLoss: number };
  readonly program: TrainableProgram;
  /** Files written to the run directory. */
  readonly files: readonly string[];
}

/** Why a run was stopped as diverging: a non-finite loss, or one past `factor` times the first step's. */
export type Divergence =
  | { readonly kind: "nonFinite"; readonly what: string }
  | { readonly kind: "growth"; readonly first: number; readonly factor: number };

/** Default of `divergenceFactor`: a loss this many times the first step's loss stops the run. */
export const DEFAULT_DIVERGENCE_FACTOR = 1e4;

/** The divergence a step's loss shows, if any. */
export function divergenceOf(loss: number, first: number | undefined, factor: number): Divergence | undefined {
  if (!Number.isFinite(loss)) return { kind: "nonFinite", what: "the loss" };
  // Growth is judged against a positive first loss only (a loss that can be negative or start at 0 has no scale).
  if (first !== undefined && first > 0 && Number.isFinite(first) && factor > 0 && loss > factor * first) {
    return { kind: "growth", first, factor };
  }
  return undefined;
}

/** Thrown when the loss diverges; says where, why, and which checkpoint is still good. */
export class TrainingDivergedError extends Error {
  constructor(
    readonly step: number,
    readonly epoch: number,
    readonly loss: number,
    readonly lastGoodCheckpoint: { readonly path: string; readonly epoch: number; readonly step: number } | undefined,
    readonly why: Divergence = { kind: "nonFinite", what: "the loss" },
  ) {
    const where = `step ${step + 1} (epoch ${epoch + 1})`;
    const kept = lastGoodCheckpoint
      ? `the last good checkpoint, ${lastGoodCheckpoint.path} (after epoch ${lastGoodCheckpoint.epoch}, step ${lastGoodCheckpoint.step}), ` +
        "was kept and not overwritten; continue from it with --resume"
      : "no checkpoint had been saved yet";
    const what =
      why.kind === "nonFinite"
        ? `${why.what} became ${loss}`
        : `the loss reached ${loss.toPrecision(4)}, more than ${why.factor}× its first value ${why.first.toPrecision(4)} (the divergence factor; raise it with --divergence-factor)`;
    super(`training stopped: ${what} at ${where}; ${kept}. Try a lower --lr, gradient clipping (--clip norm:1) or a warm-up schedule.`);
    this.name = "TrainingDivergedError";
  }
}

/** What a checkpoint must agree on with the run that resumes it, for the resumed run to be identical. */
function runConfig(o: TrainerOptions): Record<string, string | number | undefined> {
  return {
    graph: o.def.name,
    batchSize: o.batchSize,
    seed: o.seed ?? 0,
    optimizer: formatOptimizer(o.optimizer),
    augment: o.augment?.name,
    clip: o.clip ? JSON.stringify(o.clip) : undefined,
    weightDecay: o.weightDecay,
    l1: o.l1,
    l2: o.l2,
    trainExamples: datasetSize(o.train),
  };
}


function evalEntries(def: GraphDef, n: number, max: number, names: [string, string], seed: number) {
  const batching = chooseEvalBatching(n, max);
  const entries: Record<string, Graph> = { [names[0]]: buildEvalGraph(def, { bindings: { N: batching.batch }, seed }) };
  if (batching.tail) entries[names[1]] = buildEvalGraph(def, { bindings: { N: batching.tail }, seed });
  return { entries, batching };
}

/** The graphs of one training run: the step, and the evaluation entries for the test/validation sizes. */
export function trainingEntries(o: TrainerOptions): {
  entries: Record<string, Graph>;
  test?: EvalBatching;
  validation?: EvalBatching;
} {
  const seed = o.seed ?? 0;
  const max = o.evalBatch ?? 500;
  const step = (rows: number) =>
    buildTrainGraph(o.def, {
      optimizer: o.optimizer,
      bindings: { N: rows },
      seed,
      countCorrect: true,
      ...(o.clip ? { clip: o.clip } : {}),
      ...(o.weightDecay ? { weightDecay: o.weightDecay } : {}),
      ...(o.l1 ? { l1: o.l1 } : {}),
      ...(o.l2 ? { l2: o.l2 } : {}),
    });
  // The last partial batch trains too, through a step compiled for its size (same params by name).
  const tail = datasetSize(o.train) % o.batchSize;
  const entries: Record<string, Graph> = { [TRAIN_ENTRY]: step(o.batchSize), ...(tail ? { [TRAIN_TAIL_ENTRY]: step(tail) } : {}) };
  let test: EvalBatching | undefined;
  let validation: EvalBatching | undefined;
  if (o.test) {
    const e = evalEntries(o.def, datasetSize(o.test), max, [EVAL_ENTRY, EVAL_TAIL_ENTRY], seed);
    Object.assign(entries, e.entries);
    test = e.batching;
  }
  if (o.validation) {
    const e = evalEntries(o.def, datasetSize(o.validation), max, [VALIDATE_ENTRY, VALIDATE_TAIL_ENTRY], seed);
    Object.assign(entries, e.entries);
    validation = e.batching;
  }
  return { entries, ...(test ? { test } : {}), ...(validation ? { validation } : {}) };
}

/** The validation program view: the same params, with the validate entries standing in for evaluate. */
function asValidation(program: RunnableProgram): RunnableProgram {
  return {
    run: (entry, feeds) => program.run(entry === EVAL_ENTRY ? VALIDATE_ENTRY : VALIDATE_TAIL_ENTRY, feeds),
    getParams: () => program.getParams(),
    setParams: (v) => program.setParams(v),
  };
}

interface ResumePoint {
  readonly epoch: number;
  readonly step: number;
  readonly history: EpochRecord[];
}

function checkResumable(o: TrainerOptions, metadata: Record<string, string>, file: string): void {
  const saved = JSON.parse(metadata.config ?? "{}") as Record<string, unknown>;
  const now = runConfig(o);
  const differences = Object.keys(now)
    .filter((k) => String(saved[k]) !== String(now[k]))
    .map((k) => `${k}: checkpoint ${JSON.stringify(saved[k])}, now ${JSON.stringify(now[k])}`);
  if (differences.length) {
    throw new Error(
      `--resume: ${file} was written by a different run (${differences.join("; ")}); ` +
        "resume with the same settings, or start afresh without --resume",
    );
  }
}

function restore(o: TrainerOptions, program: TrainableProgram): ResumePoint {
  const file = o.checkpoint!;
  if (!fs.existsSync(file)) throw new Error(`--resume: no checkpoint at ${file}; run once without --resume to create it`);
  const ckpt = loadCheckpoint(file);
  checkResumable(o, ckpt.metadata, file);
  const progress = readTrainingProgress(ckpt.metadata, file);
  program.setParams(resumableParams(ckpt.tensors, program.getParams(), file));
  const history = JSON.parse(ckpt.metadata.history ?? "[]") as EpochRecord[];
  return { epoch: progress.epoch, step: progress.step, history };
}

/**
 * The program values a checkpoint restores: every one the program has, each with its exact dtype and
 * shape. A missing or misshapen tensor stops the resume (re-initializing it would silently lose training).
 */
export function resumableParams(tensors: Readonly<Record<string, HostTensor>>, expected: Readonly<Record<string, HostTensor>>, file: string): Record<string, HostTensor> {
  const byProgramName = new Map<string, HostTensor>();
  for (const [name, t] of Object.entries(tensors)) {
    const program = programNameOf(name);
    if (program !== undefined) byProgramName.set(program, t);
  }
  const missing = Object.keys(expected).filter((name) => !byProgramName.has(name));
  if (missing.length) {
    throw new CheckpointError(
      `--resume: ${file} lacks ${missing.length} of the run's ${Object.keys(expected).length} tensors (${missing.map((m) => checkpointTensorName(m)).join(", ")}); ` +
        "it was written by another model or optimizer; nothing was changed — resume with the same settings or start afresh with --overwrite",
    );
  }
  const out: Record<string, HostTensor> = {};
  for (const [name, want] of Object.entries(expected)) {
    const t = byProgramName.get(name)!;
    if (t.dtype !== want.dtype || t.shape.join(",") !== want.shape.join(",")) {
      throw new CheckpointError(`--resume: ${file}: '${checkpointTensorName(name)}' is ${t.dtype}[${t.shape}] but the run needs ${want.dtype}[${want.shape}]; nothing was changed`);
    }
    out[name] = t;
  }
  return out;
}

function save(o: TrainerOptions, program: TrainableProgram, epoch: number, step: number, history: readonly EpochRecord[], file = o.checkpoint!): void {
  const tensors: Record<string, HostTensor> = {};
  for (const [name, t] of Object.entries(program.getParams())) tensors[checkpointTensorName(name)] = t;
  // The batch order of epoch e is a pure function of (seed, e): this records exactly that stream.
  tensors["rng/shuffle"] = rngStateToTensor({ seed: o.seed ?? 0, counter: epoch });
  if (o.augment) tensors["rng/augment"] = rngStateToTensor(augmentStream(o.seed ?? 0, epoch).state);
  const config = JSON.stringify(runConfig(o));
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  saveCheckpoint(
    file,
    tensors,
    trainingMetadata({ step, epoch }, { graph: o.def.name, config, schedule: formatSchedule(o.schedule), history: JSON.stringify(history) }),
  );
}

/** Steps of earlier epochs, read back from the run directory when resuming. */
function previousSteps(runDir: string | undefined, before: number): StepRecord[] {
  const file = runDir && path.join(runDir, "steps.csv");
  if (!file || !fs.existsSync(file)) return [];
  return parseStepsCsv(fs.readFileSync(file, "utf8")).filter((s) => s.step < before);
}

function checkOptions(o: TrainerOptions): void {
  const n = datasetSize(o.train);
  if (!Number.isInteger(o.epochs) || o.epochs < 1) throw new Error(`epochs must be a positive integer, got ${o.epochs}`);
  if (!Number.isInteger(o.batchSize) || o.batchSize < 1) throw new Error(`batch size must be a positive integer, got ${o.batchSize}`);
  if (o.batchSize > n) throw new Error(`batch size ${o.batchSize} is larger than the ${n} training examples; use --batch ${n} or less`);
  if (o.resume && !o.checkpoint) throw new Error("--resume needs a checkpoint path (--checkpoint <file>)");
  if (o.earlyStopping && !o.validation) throw new Error("early stopping needs a validation set (e.g. --validation 0.1 to hold out 10% of the training data)");
  if (o.divergenceFactor !== undefined && !(o.divergenceFactor >= 0)) throw new Error(`divergence factor must be a number >= 0 (0 turns the check off), got ${o.divergenceFactor}`);
  if (o.checkpoint) {
    if (!o.resume && !o.overwrite && fs.existsSync(o.checkpoint)) {
      throw new Error(
        `checkpoint ${o.checkpoint} already exists (an earlier run's); continue it with --resume, replace it with --overwrite, or choose another --checkpoint`,
      );
    }
    checkWritableFile(o.checkpoint);
  }
  if (o.runDir) checkWritableFile(path.join(o.runDir, "steps.csv"), "run directory file");
}

/** The augmentation stream of an epoch: apart from the batch-order stream, restartable at any epoch. */
const augmentStream = (seed: number, epoch: number) => new Rng(seed).fork(0x61756700 + epoch);

/** What the epochs of one run share: the program, the record so far and the last good checkpoint. */
interface Run {
  readonly o: TrainerOptions;
  readonly program: TrainableProgram;
  readonly plan: ReturnType<typeof trainingEntries>;
  readonly inputs: DataInputs;
  readonly stepsPerEpoch: number;
  readonly steps: StepRecord[];
  readonly history: EpochRecord[];
  readonly progress: ReturnType<typeof createProgress>;
  /** What the callbacks see, and their hooks. */
  readonly ctx: TrainingContext;
  readonly call: CallHooks;
  step: number;
  /** The first step's loss of this process's run (the divergence factor's reference). */
  firstLoss?: number;
  lastCheckpoint: { path: string; epoch: number; step: number } | undefined;
  files: string[];
}

function writeFiles(run: Run): void {
  if (run.o.runDir) run.files = writeRunFiles(run.o.runDir, run.o.def.name, run.steps, run.history);
}

/** One pass over the shuffled training batches, the last partial one included (its own entry). */
async function trainEpoch(run: Run, epoch: number): Promise<{ meanLoss: number; accuracy?: number; lr: number }> {
  const { o, program, inputs } = run;
  const started = performance.now();
  run.progress.startEpoch(epoch, o.epochs, run.stepsPerEpoch);
  const n = datasetSize(o.train);
  let lossSum = 0;
  let correct: number | undefined;
  let seen = 0;
  let batch = 0;
  let lr = 0;
  const augmentRng = augmentStream(o.seed ?? 0, epoch);
  for (const b of batches(o.train, { batchSize: o.batchSize, seed: o.seed ?? 0, epoch, remainder: "keep" })) {
    if (o.augment) augmentBatch(b.x, o.augment, augmentRng, b.x);
    run.ctx.step = run.step;
    run.ctx.lr = learningRate(o.schedule, run.step, run.stepsPerEpoch);
    await run.call("onBatchBegin", batch, run.ctx);
    lr = run.ctx.lr;
    const rows = b.x.shape[0]!;
    const entry = rows === o.batchSize ? TRAIN_ENTRY : TRAIN_TAIL_ENTRY;
    const out = await program.run(entry, { [inputs.x]: b.x.data, [inputs.y]: targetsAs(b.y, inputs.yDtype), [LR_INPUT]: lr });
    const loss = out.loss!.data[0]!;
    run.steps.push({ step: run.step, epoch, loss, lr });
    run.firstLoss ??= loss;
    const diverged = divergenceOf(loss, run.firstLoss, o.divergenceFactor ?? DEFAULT_DIVERGENCE_FACTOR);
    if (diverged) {
      writeFiles(run);
      throw new TrainingDivergedError(run.step, epoch, loss, run.lastCheckpoint, diverged);
    }
    lossSum += loss * rows;
    seen += rows;
    if (out[CORRECT_OUTPUT]) correct = (correct ?? 0) + out[CORRECT_OUTPUT].data[0]!;
    const examplesPerSecond = (seen * 1000) / (performance.now() - started);
    run.progress.step({ epoch, epochs: o.epochs, batch, batches: run.stepsPerEpoch, step: run.step, loss, meanLoss: lossSum / seen, lr, examplesPerSecond });
    run.step++;
    run.ctx.step = run.step;
    await run.call("onBatchEnd", batch, { batch, step: run.step - 1, size: rows, loss, meanLoss: lossSum / seen, lr, examplesPerSecond }, run.ctx);
    batch++;
  }
  return { meanLoss: lossSum / n, ...(correct !== undefined ? { accuracy: correct / n } : {}), lr };
}

/** A non-finite test or validation figure ends the run like a non-finite training loss. */
function checkFinite(run: Run, epoch: number, figures: Record<string, number | undefined>): void {
  for (const [what, v] of Object.entries(figures)) {
    if (v !== undefined && !Number.isFinite(v)) {
      writeFiles(run);
      throw new TrainingDivergedError(run.step - 1, epoch, v, run.lastCheckpoint, { kind: "nonFinite", what: `the ${what}` });
    }
  }
}

/** Weights fit to keep: a "good" checkpoint has finite weights (and finite losses, checked before). */
function nonFiniteParam(program: RunnableProgram): string | undefined {
  for (const [name, t] of Object.entries(program.getParams())) if (t.data.some((v) => !Number.isFinite(v))) return name;
  return undefined;
}

/** Trains an epoch, evaluates, checkpoints and records it. */
async function runEpoch(run: Run, epoch: number): Promise<EpochRecord> {
  const { o, program, plan, inputs } = run;
  const started = performance.now();
  await run.call("onEpochBegin", epoch, run.ctx);
  const { meanLoss, accuracy, lr } = await trainEpoch(run, epoch);
  const test = o.test ? await evaluate(program, o.test, plan.test!, inputs) : undefined;
  const validation = o.validation ? await evaluate(asValidation(program), o.validation, plan.validation!, inputs) : undefined;
  checkFinite(run, epoch, { "training loss of the epoch": meanLoss, "test loss": test?.loss, "validation loss": validation?.loss });
  const bad = nonFiniteParam(program);
  if (bad) {
    writeFiles(run);
    throw new TrainingDivergedError(run.step - 1, epoch, NaN, run.lastCheckpoint, { kind: "nonFinite", what: `parameter '${bad}'` });
  }
  const record: EpochRecord = {
    epoch,
    step: run.step,
    trainLoss: meanLoss,
    ...(accuracy !== undefined ? { trainAccuracy: accuracy } : {}),
    ...(test?.loss !== undefined ? { testLoss: test.loss } : {}),
    ...(test?.accuracy !== undefined ? { testAccuracy: test.accuracy } : {}),
    ...(validation?.loss !== undefined ? { validationLoss: validation.loss } : {}),
    lr,
    seconds: (performance.now() - started) / 1000,
  };
  run.history.push(record);
  run.progress.endEpoch({ ...record, epochs: o.epochs });
  if (o.checkpoint) {
    save(o, program, epoch + 1, run.step, run.history);
    run.lastCheckpoint = { path: o.checkpoint, epoch: epoch + 1, step: run.step };
  }
  writeFiles(run);
  o.onEpoch?.(record);
  await run.call("onEpochEnd", epoch, epochLogs(record), run.ctx);
  return record;
}

/** Every dataset against the step's inputs, before anything is compiled (one-hot labels for i32 ones, …). */
function checkDatasets(step: Graph, o: TrainerOptions): void {
  const inputs = dataInputsOf(step, [LR_INPUT]);
  const node = (name: string) => inputsOf(step).find((n) => n.attrs.name === name)!;
  for (const [what, data] of [["training", o.train], ["test", o.test], ["validation", o.validation]] as const) {
    if (!data) continue;
    checkRows(`the ${what} data's x`, node(inputs.x), data.x);
    checkTargets(`the ${what} data's y`, node(inputs.y), data.y);
  }
}

/** An epoch's record as the logs callbacks see (the model API's names: loss, accuracy, val…). */
function epochLogs(r: EpochRecord): EpochLogs {
  const logs: Record<string, number> = { epoch: r.epoch, step: r.step, loss: r.trainLoss };
  if (r.trainAccuracy !== undefined) logs.accuracy = r.trainAccuracy;
  if (r.testLoss !== undefined) logs.testLoss = r.testLoss;
  if (r.testAccuracy !== undefined) logs.testAccuracy = r.testAccuracy;
  if (r.validationLoss !== undefined) logs.valLoss = r.validationLoss;
  return { ...logs, lr: r.lr, seconds: r.seconds } as EpochLogs;
}

/** The callbacks' context and hooks; their model handle reads and writes the program's weights. */
function callbackHooks(o: TrainerOptions, program: TrainableProgram): { ctx: TrainingContext; call: CallHooks } {
  const n = datasetSize(o.train);
  const ctx: TrainingContext = {
    model: {
      getWeights: () => weightsOf(program.getParams()),
      setWeights: (v) => program.setParams(v),
      saveCheckpoint: (file, progress) => save(o, program, progress.epoch, progress.step, [], file),
    },
    epochs: o.epochs,
    stepsPerEpoch: batchCount(n, o.batchSize, "keep"),
    batchSize: o.batchSize,
    examples: n,
    step: 0,
    lr: 0,
    stopTraining: false,
  };
  return { ctx, call: hookRunner(o.callbacks ?? []) };
}

/** The default program factory: every entry compiled into one WebAssembly program (loaded when first used). */
const defaultPrograms: ProgramFactory = async (entries) => {
  const { compile } = await import("../compile.ts");
  return compile(entries);
};

/** Trains `def` as described by the options; returns the history and the program with the trained params. */
export async function train(o: TrainerOptions): Promise<TrainResult> {
  checkOptions(o);
  const started = performance.now();
  const plan = trainingEntries(o);
  checkDatasets(plan.entries[TRAIN_ENTRY]!, o);
  const program = await (o.program ?? defaultPrograms)(plan.entries);
  program.initParams(o.seed ?? 0);
  const resumed = o.resume ? restore(o, program) : undefined;
  const run: Run = {
    o,
    program,
    plan,
    inputs: dataInputsOf(plan.entries[TRAIN_ENTRY]!, [LR_INPUT]),
    stepsPerEpoch: batchCount(datasetSize(o.train), o.batchSize, "keep"),
    steps: resumed ? previousSteps(o.runDir, resumed.step) : [],
    history: resumed ? [...resumed.history] : [],
    progress: createProgress(o.progress ?? (process.stderr.isTTY ? "bar" : "quiet")),
    ...callbackHooks(o, program),
    step: resumed?.step ?? 0,
    lastCheckpoint: resumed && o.checkpoint ? { path: o.checkpoint, epoch: resumed.epoch, step: resumed.step } : undefined,
    files: [],
  };
  checkDatasetLabels(plan.entries[TRAIN_ENTRY]!, run.inputs.y, { train: o.train, validation: o.validation, test: o.test });
  if (resumed) run.progress.note(`resuming from ${o.checkpoint} after epoch ${resumed.epoch} (step ${resumed.step})`);
  const stopper = o.earlyStopping ? new EarlyStopping(o.earlyStopping) : undefined;
  let stoppedEarly: TrainResult["stoppedEarly"];
  run.ctx.step = run.step;
  await run.call("onTrainBegin", run.ctx);
  try {
    for (let epoch = resumed?.epoch ?? 0; epoch < o.epochs && !run.ctx.stopTraining; epoch++) {
      const record = await runEpoch(run, epoch);
      if (stopper?.observe(epoch, record.validationLoss ?? NaN, program)) {
        stoppedEarly = restoreBest(stopper, program);
        run.progress.note(
          `early stopping: no validation improvement for ${o.earlyStopping!.patience} epoch(s); ` +
            `restored the parameters of epoch ${stopper.bestEpoch + 1} (validation loss ${stopper.bestLoss.toFixed(4)})`,
        );
        break;
      }
    }
  } catch (e) {
    await run.call("onTrainError", e as Error, run.ctx);
    throw e;
  } finally {
    run.progress.close();
  }
  await run.call("onTrainEnd", run.ctx, run.history.map(epochLogs));
  // Out of epochs after the best one: keep the best weights too.
  if (!stoppedEarly && stopper && stopper.bestEpoch >= 0 && stopper.bestEpoch !== run.history[run.history.length - 1]?.epoch) {
    stoppedEarly = restoreBest(stopper, program);
  }
  const test = o.test ? await finalTest(o, program, plan.test!, run.inputs, run.history, stoppedEarly) : undefined;
  return {
    epochs: run.history,
    steps: run.steps,
    ...(test ? { test } : {}),
    seconds: (performance.now() - started) / 1000,
    ...(stoppedEarly ? { stoppedEarly } : {}),
    program,
    files: run.files,
  };
}

function restoreBest(stopper: EarlyStopping, program: TrainableProgram): NonNullable<TrainResult["stoppedEarly"]> {
  stopper.restoreBest(program);
  return { bestEpoch: stopper.bestEpoch, bestValidationLoss: stopper.bestLoss };
}

/** The last epoch's test metrics, or a fresh evaluation when early stopping put older params back. */
async function finalTest(
  o: TrainerOptions,
  program: TrainableProgram,
  batching: EvalBatching,
  inputs: DataInputs,
  history: readonly EpochRecord[],
  stoppedEarly: TrainResult["stoppedEarly"],
): Promise<EvalResult> {
  const last = history[history.length - 1];
  if (last && !stoppedEarly) {
    return {
      ...(last.testLoss !== undefined ? { loss: last.testLoss } : {}),
      ...(last.testAccuracy !== undefined ? { accuracy: last.testAccuracy } : {}),
    };
  }
  return evaluate(program, o.test!, batching, inputs);
}

