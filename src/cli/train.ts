// `gradfuse train <graph.ts>`: trains a graph module on MNIST, Fashion-MNIST or an IDX directory with
// a progress bar (or, with --json, one JSON object per epoch and a final one on stdout).
import * as path from "node:path";
import { Command } from "commander";
import { shift } from "../data/augment.ts";
import type { Dataset } from "../data/batches.ts";
import { datasetSize, gatherDataset } from "../data/batches.ts";
import { loadIdxDataset, requireFashionMnistDir } from "../data/idx.ts";
import { mnistSplit } from "../data/mnist.ts";
import { permutation, Rng } from "../data/rng.ts";
import type { GraphDef } from "../dsl/builder.ts";
import { readCsvDataset } from "../data/csv.ts";
import type { ImageSize } from "../data/images.ts";
import { readImageFolder } from "../data/images.ts";
import { inputsOf } from "../ir/types.ts";
import { GraphError } from "../ir/errors.ts";
import { compiledPrograms, type Backend } from "../train/compiled.ts";
import type { OptimizerSpec } from "../train/optimizers.ts";
import { formatOptimizer, OPTIMIZER_KINDS, parseOptimizer } from "../train/optimizers.ts";
import { autoProgressMode } from "../train/progress.ts";
import type { ClipSpec } from "../train/regularize.ts";
import { parseClip } from "../train/regularize.ts";
import type { ScheduleSpec } from "../train/schedules.ts";
import { formatSchedule, parseSchedule, SCHEDULE_EXAMPLES } from "../train/schedules.ts";
import type { TrainerOptions, TrainResult } from "../train/trainer.ts";
import { train } from "../train/trainer.ts";
import { isTextCorpus } from "../data/text/index.ts";
import { loadTextData } from "./text-data.ts";
import { CliError, loadGraphDef } from "./load.ts";
import { parseThreads, threadsOption } from "./threads.ts";

// ---------- option parsing shared with `gradfuse search` ----------

export function intOption(value: string, flag: string, min = 1): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new CliError(`${flag} must be an integer >= ${min}, got '${value}'`);
  return n;
}

export function numberOption(value: string, flag: string, { min = 0, exclusive = false } = {}): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || (exclusive && n === min)) {
    throw new CliError(`${flag} must be a number ${exclusive ? ">" : ">="} ${min}, got '${value}'`);
  }
  return n;
}

/** Runs `f`, turning the library's errors about a user's input into one-line CLI errors. */
export function userInput<T>(flag: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw new CliError(`${flag}: ${(e as Error).message}`);
  }
}

export interface DataOptions {
  /** "mnist" (the digits of the mnist package), "fashion-mnist", "idx:<dir>", "csv:<file>" or "images:<dir>". */
  readonly data: string;
  readonly trainSize?: number;
  readonly testSize?: number;
  readonly seed: number;
  /** csv: the label column (default "label"). */
  readonly labelColumn?: string;
  /** csv and images: the fraction held out as the test split (default 0.2). */
  readonly testFraction?: number;
  /** images: the graph input's [height, width, channels] that images are resized to. */
  readonly imageSize?: ImageSize;
  /** The graph's bindings: text corpora take their sequence length T and vocabulary size V from them. */
  readonly bindings?: Readonly<Record<string, number>>;
}

/** The first n examples of a seeded shuffle (all of them when n is undefined). */
function subset(data: Dataset, n: number | undefined, seed: number, what: string): Dataset {
  const size = datasetSize(data);
  if (n === undefined || n === size) return data;
  if (n > size) throw new CliError(`${what}: asked for ${n} examples but the data has ${size}`);
  return gatherDataset(data, permutation(size, new Rng(seed)).subarray(0, n));
}

/** A seeded split of one file's examples into train and test (csv: and images: data). */
function splitTest(data: Dataset, o: DataOptions): { train: Dataset; test: Dataset } {
  const n = datasetSize(data);
  const fraction = o.testFraction ?? 0.2;
  const held = Math.round(n * fraction);
  if (held < 1 || held >= n) throw new CliError(`--test-fraction ${fraction} leaves ${held} of ${n} examples for testing; use a fraction in (0, 1) such as 0.2`);
  const order = permutation(n, new Rng(o.seed).fork(0x74657374));
  const split = { train: gatherDataset(data, order.subarray(0, n - held)), test: gatherDataset(data, order.subarray(n - held)) };
  return { train: subset(split.train, o.trainSize, o.seed, "--train-size"), test: subset(split.test, o.testSize, o.seed + 1, "--test-size") };
}

/** Loads a dataset by name: train and test splits. */
export function loadData(o: DataOptions): { train: Dataset; test: Dataset } {
  if (isTextCorpus(o.data)) {
    const { train, test } = loadTextData(o.data, o.bindings ?? {}, o.seed);
    return { train: subset(train, o.trainSize, o.seed, "--train-size"), test: subset(test, o.testSize, o.seed + 1, "--test-size") };
  }
  if (o.data.startsWith("csv:")) {
    const file = o.data.slice(4);
    return splitTest(userInput(`--data ${o.data}`, () => readCsvDataset(file, { labelColumn: o.labelColumn ?? "label" })), o);
  }
  if (o.data.startsWith("images:")) {
    if (!o.imageSize) throw new CliError(`--data ${o.data}: the graph's input "x" must be images [N, height, width, channels]`);
    const dir = o.data.slice(7);
    return splitTest(userInput(`--data ${o.data}`, () => readImageFolder(dir, o.imageSize!)), o);
  }
  if (o.data === "mnist") {
    return userInput("--data mnist", () => mnistSplit({ train: o.trainSize ?? 8000, test: o.testSize ?? 2000, seed: o.seed }));
  }
  const dir = o.data === "fashion-mnist" ? userInput("--data", () => requireFashionMnistDir()) : o.data.startsWith("idx:") ? o.data.slice(4) : undefined;
  if (dir === undefined) throw new CliError(`--data must be mnist, fashion-mnist, idx:<dir>, csv:<file>, images:<dir>, spam-assassin or names, got '${o.data}'`);
  const both = userInput(`--data ${o.data}`, () => loadIdxDataset(dir));
  return { train: subset(both.train, o.trainSize, o.seed, "--train-size"), test: subset(both.test, o.testSize, o.seed + 1, "--test-size") };
}

/** Holds out the last `fraction` of a seeded shuffle of the training data for validation. */
export function splitValidation(data: Dataset, fraction: number, seed: number): { train: Dataset; validation: Dataset } {
  const n = datasetSize(data);
  const held = Math.round(n * fraction);
  if (held < 1 || held >= n) throw new CliError(`--validation ${fraction} leaves ${held} of ${n} examples for validation; use a fraction in (0, 1) such as 0.1`);
  const order = permutation(n, new Rng(seed).fork(0x76616c)); // a stream of its own, apart from the batch order
  return { train: gatherDataset(data, order.subarray(0, n - held)), validation: gatherDataset(data, order.subarray(n - held)) };
}

export const trainOptionsHelp = {
  optimizer: `optimizer: ${OPTIMIZER_KINDS.join(", ")} (settings after a colon, e.g. adam:beta2=0.99)`,
  schedule: `learning-rate schedule, e.g. ${SCHEDULE_EXAMPLES.slice(2, 4).join(" or ")} (see gradfuse schedule)`,
  data: "mnist (the 10,000 digits of the mnist package), fashion-mnist, idx:<dir>, csv:<file> (numeric columns and a label column), images:<dir> (one sub-folder per class), spam-assassin or names (text: T and V from the graph's bindings)",
};

// ---------- the command ----------

interface TrainFlags {
  data: string;
  epochs: string;
  batch: string;
  optimizer: string;
  lr: string;
  schedule?: string;
  seed: string;
  clip?: string;
  weightDecay?: string;
  l1?: string;
  l2?: string;
  patience?: string;
  validation?: string;
  shift?: string;
  trainSize?: string;
  testSize?: string;
  backend: string;
  threads?: string;
  runDir?: string;
  checkpoint?: string;
  resume?: boolean;
  overwrite?: boolean;
  divergenceFactor?: string;
  labelColumn?: string;
  testFraction?: string;
  json?: boolean;
}

export function parseBackend(v: string): Backend {
  if (v !== "ts" && v !== "wasm" && v !== "interp") throw new CliError(`--backend must be ts, wasm or interp, got '${v}'`);
  return v;
}

/** The trainer's options from the command line. */
export function trainerOptionsFrom(def: GraphDef, f: TrainFlags): TrainerOptions {
  const seed = intOption(f.seed, "--seed", 0);
  const lr = numberOption(f.lr, "--lr", { exclusive: true });
  const data = loadData({
    data: f.data,
    seed,
    ...dataFlags(def, f),
    ...(f.trainSize ? { trainSize: intOption(f.trainSize, "--train-size") } : {}),
    ...(f.testSize ? { testSize: intOption(f.testSize, "--test-size") } : {}),
  });
  const patience = f.patience === undefined ? undefined : intOption(f.patience, "--patience");
  const fraction = f.validation !== undefined ? numberOption(f.validation, "--validation", { exclusive: true }) : patience ? 0.1 : undefined;
  const split = fraction ? splitValidation(data.train, fraction, seed) : { train: data.train };
  const runDir = f.runDir ?? path.join("runs", def.name);
  return {
    def,
    ...split,
    test: data.test,
    epochs: intOption(f.epochs, "--epochs"),
    batchSize: intOption(f.batch, "--batch"),
    optimizer: userInput("--optimizer", () => parseOptimizer(f.optimizer)),
    schedule: userInput("--schedule", () => parseSchedule(f.schedule ?? String(lr), lr)),
    seed,
    program: compiledPrograms(parseBackend(f.backend), parseThreads(f.threads, f.backend)),
    runDir,
    checkpoint: f.checkpoint ?? path.join(runDir, "checkpoint.safetensors"),
    ...(f.resume ? { resume: true } : {}),
    ...(f.overwrite ? { overwrite: true } : {}),
    ...(f.divergenceFactor !== undefined ? { divergenceFactor: numberOption(f.divergenceFactor, "--divergence-factor") } : {}),
    ...(f.clip ? { clip: userInput("--clip", () => parseClip(f.clip!)) } : {}),
    ...(f.weightDecay ? { weightDecay: numberOption(f.weightDecay, "--weight-decay") } : {}),
    ...(f.l1 ? { l1: numberOption(f.l1, "--l1") } : {}),
    ...(f.l2 ? { l2: numberOption(f.l2, "--l2") } : {}),
    ...(patience ? { earlyStopping: { patience } } : {}),
    ...(f.shift ? { augment: shift(intOption(f.shift, "--shift")) } : {}),
    progress: autoProgressMode(!!f.json),
  };
}

/** The JSON line of an epoch (1-based) or of the final result. */
export function epochJson(r: { epoch: number; trainLoss: number; trainAccuracy?: number; testLoss?: number; testAccuracy?: number; seconds: number }): string {
  return JSON.stringify({
    epoch: r.epoch + 1,
    trainLoss: r.trainLoss,
    ...(r.trainAccuracy !== undefined ? { trainAccuracy: r.trainAccuracy } : {}),
    testLoss: r.testLoss ?? null,
    testAccuracy: r.testAccuracy ?? null,
    seconds: Number(r.seconds.toFixed(3)),
  });
}

export function finalJson(result: TrainResult): string {
  const last = result.epochs[result.epochs.length - 1];
  return JSON.stringify({
    final: true,
    epoch: result.epochs.length,
    trainLoss: last?.trainLoss ?? null,
    testLoss: result.test?.loss ?? null,
    testAccuracy: result.test?.accuracy ?? null,
    seconds: Number(result.seconds.toFixed(3)),
    ...(result.stoppedEarly ? { bestEpoch: result.stoppedEarly.bestEpoch + 1 } : {}),
  });
}

export async function runTrain(file: string, f: TrainFlags): Promise<TrainResult> {
  const def = await loadGraphDef(file);
  const options = trainerOptionsFrom(def, f);
  if (!f.json) {
    process.stderr.write(
      `training ${def.name}: ${datasetSize(options.train)} examples, batch ${options.batchSize}, ${options.epochs} epoch(s), ` +
        `${formatOptimizer(options.optimizer)}, lr ${formatSchedule(options.schedule)}, backend ${f.backend}\n`,
    );
  }
  let result: TrainResult;
  try {
    result = await train({ ...options, ...(f.json ? { onEpoch: (r) => void process.stdout.write(epochJson(r) + "\n") } : {}) });
  } catch (e) {
    if (e instanceof GraphError || e instanceof CliError) throw e;
    throw new CliError((e as Error).message);
  }
  if (f.json) process.stdout.write(finalJson(result) + "\n");
  else {
    const acc = result.test?.accuracy;
    process.stderr.write(
      `done in ${result.seconds.toFixed(1)} s` + (acc !== undefined ? `: test accuracy ${(100 * acc).toFixed(2)}%` : "") + `; wrote ${result.files.join(", ")}\n`,
    );
  }
  return result;
}

/** The graph input "x" as an image size, when it is [N, height, width, channels]. */
export function imageSizeOf(def: GraphDef): ImageSize | undefined {
  const x = inputsOf(def.build({ bindings: { N: 1 } })).find((n) => n.attrs.name === "x");
  return x && x.shape.length === 4 ? { height: x.shape[1]!, width: x.shape[2]!, channels: x.shape[3]! } : undefined;
}

/** The data options of --label-column, --test-fraction and the graph's image size. */
export function dataFlags(def: GraphDef, f: { labelColumn?: string; testFraction?: string }): Partial<DataOptions> {
  const imageSize = imageSizeOf(def);
  return {
    bindings: def.defaults,
    ...(f.labelColumn ? { labelColumn: f.labelColumn } : {}),
    ...(f.testFraction ? { testFraction: numberOption(f.testFraction, "--test-fraction", { exclusive: true }) } : {}),
    ...(imageSize ? { imageSize } : {}),
  };
}

export function addTrainingOptions(cmd: Command): Command {
  return cmd
    .option("--data <name>", trainOptionsHelp.data, "mnist")
    .option("--label-column <name>", "csv: the column holding the class labels", "label")
    .option("--test-fraction <x>", "csv and images: the fraction held out for testing (seeded)", "0.2")
    .option("--train-size <n>", "training examples (mnist default 8000; idx default all)")
    .option("--test-size <n>", "test examples (mnist default 2000; idx default all)")
    .option("--seed <n>", "seed for the data split, initialization, batch order and dropout", "0")
    .option("--backend <name>", "wasm (WebAssembly SIMD), ts (TypeScript) or interp (the reference interpreter; slow)", "wasm")
    .addOption(threadsOption());
}

export function trainCommand(): Command {
  return addTrainingOptions(
    new Command("train")
      .description("train a graph module (its loss, with inputs x and labels) and report test accuracy")
      .argument("<graph>", "a graph module, e.g. graphs/lenet5.ts"),
  )
    .option("--epochs <n>", "epochs", "5")
    .option("--batch <n>", "batch size (binds N)", "64")
    .option("--optimizer <spec>", trainOptionsHelp.optimizer, "adam")
    .option("--lr <x>", "learning rate (the schedule's rate when it leaves it out)", "0.001")
    .option("--schedule <spec>", trainOptionsHelp.schedule)
    .option("--clip <spec>", "gradient clipping: norm:<max> (global norm) or value:<max>")
    .option("--weight-decay <x>", "decoupled weight decay λ (W ← W − lr·λ·W on weights)")
    .option("--l1 <x>", "L1 penalty λ·Σ|W| added to the loss")
    .option("--l2 <x>", "L2 penalty (λ/2)·ΣW² added to the loss")
    .option("--shift <pixels>", "augment training images with random shifts of up to this many pixels")
    .option("--patience <n>", "early stopping: epochs without validation improvement (restores the best weights)")
    .option("--validation <fraction>", "hold out this fraction of the training data for validation (default 0.1 with --patience)")
    .option("--run-dir <dir>", "where steps.csv, epochs.csv, plot.svg go (default runs/<graph name>)")
    .option("--checkpoint <file>", "checkpoint written after every epoch (default <run-dir>/checkpoint.safetensors)")
    .option("--resume", "continue from --checkpoint exactly where it stopped")
    .option("--overwrite", "start afresh even though --checkpoint exists, replacing it")
    .option("--divergence-factor <x>", "stop when a step's loss exceeds this multiple of the first step's (0: off)", "10000")
    .option("--json", "one JSON object per epoch and a final one on stdout; no progress bar")
    .action(async (file: string, flags: TrainFlags) => {
      await runTrain(file, flags);
    });
}
