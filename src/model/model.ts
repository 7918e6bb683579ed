// The user's handle on a graph definition: fit / evaluate / predict / summary over compiled entries.
//
//   const m = await model(lenet5);                       // weights initialized from the seed
//   await m.fit(train, { epochs: 5, batchSize: 64, validation: test, metrics: ["accuracy"] });
//   const { logits } = await m.predict(images);          // any number of rows, no labels
//   m.save("lenet5.safetensors");                        // weights only, the names of getWeights()
//
// Compiled programs are cached by entry kind and batch size; each one is compiled the first time it
// is needed. The weights, optimizer state and counters live in whichever program ran last; switching
// programs copies them across by name (cheap next to an epoch), so every entry sees the same state.
//
// Partial batches: a batch size that does not divide the data leaves a remainder; it runs through an
// entry compiled for the remainder size (cached like any other), so every example is used exactly
// once per epoch and means are exact, with no padding or mask in the compiled program.
import { compile, type CompileOptions } from "../compile.ts";
import type { Augmentation } from "../data/augment.ts";
import { augmentBatch } from "../data/augment.ts";
import type { Dataset } from "../data/batches.ts";
import { batchCount, batches, concatRows, datasetSize, sliceRows } from "../data/batches.ts";
import { Rng } from "../data/rng.ts";
import type { GraphDef } from "../dsl/builder.ts";
import type { Graph, NodeOf } from "../ir/types.ts";
import { formatShape, paramsOf } from "../ir/types.ts";
import type { Feed } from "../runtime/feeds.ts";
import { resolveThreads, type ThreadsOption } from "../runtime/threads.ts";
import { initializeParams } from "../runtime/init.ts";
import type { HostTensor } from "../runtime/tensor.ts";
import { loadCheckpoint, saveCheckpoint, trainingMetadata } from "../train/checkpoint.ts";
import { InterpretedProgram } from "../train/interpreted_program.ts";
import type { OptimizerSpec } from "../train/optimizers.ts";
import { formatOptimizer } from "../train/optimizers.ts";
import type { ClipSpec } from "../train/regularize.ts";
import type { ScheduleSpec } from "../train/schedules.ts";
import { targetsAs } from "../train/evaluate.ts";
import { buildTrainGraph, CORRECT_OUTPUT, LR_INPUT } from "../train/train_graph.ts";
import { DEFAULT_DIVERGENCE_FACTOR, divergenceOf, TrainingDivergedError } from "../train/trainer.ts";
import type { BatchLogs, Callback, CallHooks, EpochLogs, TrainingContext } from "../train/callbacks.ts";
import { hookRunner, learningRateSchedule, progressBar } from "../train/callbacks.ts";
import type { MetricSpec, ModelSignature, Reduction } from "./graphs.ts";
import { buildEvaluateGraph, buildPredictGraph, checkBatchSymbol, signatureOf } from "./graphs.ts";
import { checkRows, checkTargets } from "../data/check.ts";
import { modelSummary } from "./summary.ts";
import { checkpointTensorName, checkValue, persistentKind, programNameOf, randomCounterNames, weightsFromTensors } from "../train/weights.ts";

export type ModelBackend = "wasm" | "ts" | "interp";

export interface ModelOptions {
  /** "wasm" (default), "ts", or "interp" (the reference interpreter: no compile step, slow). */
  readonly backend?: ModelBackend;
  /** Seeds the weights, the batch order and the model's random ops. Default 0. */
  readonly seed?: number;
  /** The model's input names (default: the inputs its per-example outputs read; the rest are targets). */
  readonly inputs?: readonly string[];
  /**
   * Threads every compiled entry runs on (wasm only): a count, or "auto" (the machine's cores). Default
   * 1. Results are the same bits for any count (see compile()); call `dispose()` to stop the workers.
   */
  readonly threads?: ThreadsOption;
  /** Passed through to compile() for every entry (fma, debug, …). */
  readonly compileOptions?: Omit<CompileOptions, "backend" | "outDir" | "name" | "threads">;
}

export interface FitOptions {
  readonly epochs?: number;
  readonly batchSize?: number;
  readonly optimizer?: OptimizerSpec;
  /** A schedule, or a number for a constant learning rate (default 0.001). */
  readonly schedule?: ScheduleSpec | number;
  readonly clip?: ClipSpec;
  readonly weightDecay?: number;
  readonly l1?: number;
  readonly l2?: number;
  /** Applied to each training batch (NHWC images), seeded by (seed, epoch). */
  readonly augment?: Augmentation;
  /** Evaluated after every epoch; its figures appear as valLoss, valAccuracy, … */
  readonly validation?: Dataset;
  /** Computed inside the evaluation program (default ["accuracy"] when the model has logits and labels). */
  readonly metrics?: readonly MetricSpec[];
  readonly callbacks?: readonly Callback[];
  /** The progress bar (default: on when stderr is a terminal). */
  readonly progress?: boolean;
  /** Stop when a step's loss exceeds this multiple of the first step's loss (default 1e4; 0 turns it off). */
  readonly divergenceFactor?: number;
  /** Epoch to start from (after restoring a checkpoint). */
  readonly initialEpoch?: number;
}

export interface History {
  readonly epochs: readonly EpochLogs[];
  /** Every step's loss, in order. */
  readonly losses: readonly number[];
}

export interface EvaluateOptions {
  readonly batchSize?: number;
  readonly metrics?: readonly MetricSpec[];
}

/** The part of a compiled Program (or an InterpretedProgram) the model drives. */
interface Runnable {
  /** Stops a threaded program's workers (compiled programs have it; the interpreter does not). */
  dispose?(): void;
  run(entry: string, feeds: Readonly<Record<string, Feed>>): Record<string, HostTensor> | Promise<Record<string, HostTensor>>;
  getParams(): Record<string, HostTensor>;
  setParams(values: Readonly<Record<string, HostTensor>>): void;
}

interface Compiled {
  readonly key: string;
  readonly graph: Graph;
  readonly program: Runnable;
  /** For evaluation entries: how each output combines over batches. */
  readonly reductions: Readonly<Record<string, Reduction>>;
}

const DEFAULT_BATCH = 32;

/** A fit's settings, resolved and checked. */
interface FitPlan {
  readonly examples: number;
  readonly epochs: number;
  readonly batchSize: number;
  readonly schedule: ScheduleSpec;
  readonly feedsOf: (b: Dataset) => Record<string, Feed>;
  readonly divergenceFactor: number;
  readonly augment?: Augmentation;
  readonly trainProgram: (rows: number) => Promise<Compiled>;
}


/** A model over `def`'s compiled entries; its weights are initialized from `options.seed`. */
export async function model(def: GraphDef, options: ModelOptions = {}): Promise<Model> {
  return new Model(def, options);
}

export class Model {
  private readonly values = new Map<string, HostTensor>();
  private readonly programs = new Map<string, Promise<Compiled>>();
  private owner: Compiled | undefined;
  /** Seeds weights, batch order and random ops; a restored checkpoint brings its own. */
  private seed: number;
  private readonly signature: ModelSignature;
  private readonly rngNames: Set<string>;
  private readonly weightSlots: readonly NodeOf<"param">["attrs"][];
  /** Steps taken by every fit so far (the schedule's step). */
  private stepCount = 0;
  /** Set by restoreCheckpoint: a program needing a value the checkpoint lacked must not start from zeros. */
  private restoredFrom: string | undefined;

  constructor(
    readonly def: GraphDef,
    private readonly options: ModelOptions = {},
  ) {
    this.seed = options.seed ?? 0;
    const threads = resolveThreads(options.threads, "model: threads");
    if (threads > 1 && (options.backend ?? "wasm") !== "wasm") {
      throw new RangeError(`model: threads: ${threads} needs the wasm backend; the ${options.backend} backend runs on one thread (drop threads or use backend "wasm")`);
    }
    const probe = def.build({ mode: "infer", bindings: { N: 1 }, seed: this.seed });
    this.signature = signatureOf(probe, options.inputs);
    checkBatchSymbol(def, probe);
    this.rngNames = randomCounterNames([def.build({ mode: "train", bindings: { N: 1 }, seed: this.seed })]);
    this.weightSlots = paramsOf(probe)
      .map((n) => n.attrs)
      .filter((p) => persistentKind(p.name, this.rngNames) === "weight");
    this.initialize(this.weightSlots);
  }

  /** The model's inputs (what predict takes) and outputs (what it returns). */
  get inputs(): readonly string[] {
    return this.signature.inputs.map((n) => n.attrs.name);
  }
  get outputs(): readonly string[] {
    return this.signature.outputs;
  }

  // --- state -------------------------------------------------------------------------------------

  private initialize(slots: readonly NodeOf<"param">["attrs"][]): void {
    const missing = slots.filter((s) => !this.values.has(s.name));
    if (!missing.length) return;
    const init = initializeParams(missing, this.seed);
    for (const s of missing) this.values.set(s.name, { dtype: s.dtype, shape: [...s.shape], data: init[s.name]! });
  }

  /** Brings the latest state home from the program that ran last. */
  private pull(): void {
    if (!this.owner) return;
    for (const [name, t] of Object.entries(this.owner.program.getParams())) this.values.set(name, t);
  }

  /** Makes `c` hold the current state (copying it from the last program that ran) and returns it. */
  private use(c: Compiled): Runnable {
    if (this.owner === c) return c.program;
    this.pull();
    const slots = paramsOf(c.graph).map((n) => n.attrs);
    const missing = slots.filter((s) => !this.values.has(s.name)).map((s) => checkpointTensorName(s.name, this.rngNames));
    if (missing.length && this.restoredFrom) {
      throw new Error(`${this.restoredFrom}: has no ${missing.join(", ")}, which this ${c.key} entry needs; it was written with other training settings (restore nothing silently: fit with the same optimizer, or start afresh)`);
    }
    this.initialize(slots);
    c.program.setParams(Object.fromEntries(slots.map((s) => [s.name, this.values.get(s.name)!])));
    this.owner = c;
    return c.program;
  }

  /** Copies of the weights (trainable parameters and model states such as batch-norm statistics). */
  getWeights(): Record<string, HostTensor> {
    this.pull();
    return Object.fromEntries(this.weightSlots.map((s) => [s.name, copy(this.values.get(s.name)!)]));
  }

  /** Sets some or all weights by name; each must be a weight of the model with its exact shape and finite values. */
  setWeights(weights: Readonly<Record<string, HostTensor>>): void {
    const byName = new Map(this.weightSlots.map((s) => [s.name, s]));
    for (const [name, t] of Object.entries(weights)) {
      const slot = byName.get(name);
      if (!slot) throw new Error(`setWeights: '${name}' is not a weight of '${this.def.name}'; its weights are ${[...byName.keys()].join(", ")}`);
      checkValue(`setWeights: '${name}'`, slot, t);
    }
    this.pull();
    for (const [name, t] of Object.entries(weights)) this.values.set(name, copy(t));
    if (this.owner) {
      const known = new Set(paramsOf(this.owner.graph).map((n) => n.attrs.name));
      this.owner.program.setParams(Object.fromEntries(Object.entries(weights).filter(([n]) => known.has(n))));
    }
  }

  /** Writes the weights alone to a safetensors file, under the names getWeights() uses. */
  save(file: string): void {
    saveCheckpoint(file, this.getWeights(), { format: "gradfuse-weights/1", graph: this.def.name });
  }

  /** Reads weights saved by save() (or the weights of a training checkpoint); every weight must be there. */
  load(file: string): void {
    const weights = readWeightsFile(file);
    const missing = this.weightSlots.filter((s) => !(s.name in weights)).map((s) => s.name);
    if (missing.length) throw new Error(`${file}: holds no ${missing.map((m) => `'${m}'`).join(", ")}; it is not a weights file of '${this.def.name}'`);
    const extra = Object.keys(weights).filter((n) => !this.weightSlots.some((s) => s.name === n));
    if (extra.length) throw new Error(`${file}: holds weights '${extra.join("', '")}' that '${this.def.name}' does not have; is it from another model?`);
    this.setWeights(weights);
  }

  /**
   * A training checkpoint: weights, optimizer state, counters and RNG state under separate prefixes
   * ("weights/", "optimizer/", "counters/", "rng/model/"), with the step and epoch in the metadata.
   */
  saveCheckpoint(file: string, progress: { epoch: number; step: number }, extra: Record<string, string> = {}): void {
    this.pull();
    const tensors: Record<string, HostTensor> = {};
    for (const [name, t] of this.values) tensors[checkpointTensorName(name, this.rngNames)] = t;
    saveCheckpoint(file, tensors, trainingMetadata(progress, { graph: this.def.name, seed: String(this.seed), ...extra }));
  }

  /**
   * Restores a checkpoint of saveCheckpoint(): every weight with its exact shape (a later fit also
   * needs the optimizer state it trains with), the step count and the run's seed.
   */
  restoreCheckpoint(file: string): { epoch: number; step: number } {
    const { tensors, metadata } = loadCheckpoint(file);
    this.pull();
    for (const [name, t] of Object.entries(tensors)) {
      const program = programNameOf(name);
      if (program !== undefined) this.values.set(program, t);
    }
    const missing = this.weightSlots.filter((s) => !(checkpointTensorName(s.name, this.rngNames) in tensors)).map((s) => s.name);
    if (missing.length) throw new Error(`${file}: has no ${missing.join(", ")}; it is not a checkpoint of '${this.def.name}'`);
    for (const s of this.weightSlots) checkValue(`${file}: '${s.name}'`, s, this.values.get(s.name)!);
    this.owner = undefined; // every program is refreshed from these values when it next runs
    this.restoredFrom = file;
    // The run continues with the checkpoint's seed (batch order, random ops), as if it had not stopped.
    const seed = Number(metadata.seed ?? this.seed);
    if (seed !== this.seed) {
      this.seed = seed;
      this.programs.clear();
    }
    this.stepCount = Number(metadata.step ?? 0);
    return { epoch: Number(metadata.epoch ?? 0), step: this.stepCount };
  }

  /** A Keras-style table of layers (one row per line of the graph file) with output shapes and parameter counts. */
  summary(): string {
    return modelSummary(this.def.build({ mode: "infer", bindings: { N: 1 }, seed: this.seed }), this.signature);
  }

  // --- compiled entries --------------------------------------------------------------------------

  private compiled(key: string, build: () => Graph | { graph: Graph; metrics: Readonly<Record<string, Reduction>> }): Promise<Compiled> {
    let p = this.programs.get(key);
    if (!p) {
      p = (async () => {
        const built = build();
        const { graph, metrics: reductions } = "nodes" in built ? { graph: built, metrics: {} } : built;
        const backend = this.options.backend ?? "wasm";
        const program: Runnable =
          backend === "interp"
            ? new InterpretedProgram({ [key]: graph })
            : await compile({ [key]: graph }, { ...this.options.compileOptions, ...(this.options.threads !== undefined ? { threads: this.options.threads } : {}), backend });
        return { key, graph, program, reductions };
      })();
      p.catch(() => this.programs.delete(key));
      this.programs.set(key, p);
    }
    return p;
  }

  /**
   * Stops what the compiled entries hold beyond memory (a threaded program's workers). The weights stay
   * readable (getWeights, save); a later fit, evaluate or predict compiles its entries again.
   */
  async dispose(): Promise<void> {
    this.pull();
    this.owner = undefined;
    const programs = [...this.programs.values()];
    this.programs.clear();
    for (const p of await Promise.allSettled(programs)) {
      if (p.status === "fulfilled") p.value.program.dispose?.();
    }
  }

  /** How many programs have been compiled (each entry kind and batch size once). */
  get compiledEntries(): readonly string[] {
    return [...this.programs.keys()];
  }

  private async runEntry(c: Compiled, feeds: Record<string, Feed>): Promise<Record<string, HostTensor>> {
    return this.use(c).run(c.key, feeds);
  }

  // --- predict -----------------------------------------------------------------------------------

  /**
   * The model's outputs for any number of rows: `x` for a one-input model, or inputs by name. Only
   * the model's inputs are fed; the compiled program has no labels and no loss.
   */
  async predict(x: HostTensor | Readonly<Record<string, HostTensor>>, opts: { batchSize?: number } = {}): Promise<Record<string, HostTensor>> {
    const inputs = this.namedInputs(x);
    const n = this.rowsOf(inputs);
    if (n === 0) throw new Error("predict: the input has no rows");
    const size = positiveInteger(opts.batchSize ?? DEFAULT_BATCH, "predict: batchSize");
    const parts: Record<string, HostTensor>[] = [];
    for (let start = 0; start < n; start += size) {
      const rows = Math.min(size, n - start);
      const c = await this.compiled(`predict_${rows}`, () => buildPredictGraph(this.def, rows, { seed: this.seed, ...(this.options.inputs ? { inputs: this.options.inputs } : {}) }));
      const feeds = Object.fromEntries(Object.entries(inputs).map(([name, t]) => [name, sliceRows(t, start, rows)]));
      parts.push(await this.runEntry(c, feeds));
    }
    return concatRows(parts);
  }

  private namedInputs(x: HostTensor | Readonly<Record<string, HostTensor>>): Record<string, HostTensor> {
    const isTensor = (v: unknown): v is HostTensor => typeof v === "object" && v !== null && "data" in v && "shape" in v && "dtype" in v;
    const named: Record<string, HostTensor> = isTensor(x) ? { [this.singleInput("predict")]: x } : { ...x };
    for (const node of this.signature.inputs) {
      const t = named[node.attrs.name];
      if (!t) throw new Error(`predict: missing input '${node.attrs.name}' (${formatShape(node.dtype, node.shape)} per batch)`);
      checkRows(`predict: input '${node.attrs.name}'`, node, t);
    }
    const unknown = Object.keys(named).filter((k) => !this.inputs.includes(k));
    if (unknown.length) throw new Error(`predict: unknown input ${unknown.join(", ")}; the model's inputs are ${this.inputs.join(", ")} (targets such as labels are not fed to predict)`);
    return named;
  }

  private rowsOf(inputs: Record<string, HostTensor>): number {
    const counts = new Set(Object.values(inputs).map((t) => t.shape[0]!));
    if (counts.size > 1) throw new Error(`predict: the inputs have different row counts (${[...counts].join(", ")})`);
    return [...counts][0] ?? 0;
  }

  private singleInput(what: string): string {
    if (this.signature.inputs.length !== 1) {
      throw new Error(`${what}: the model has inputs ${this.inputs.join(", ")}; pass them by name`);
    }
    return this.signature.inputs[0]!.attrs.name;
  }

  // --- evaluate ----------------------------------------------------------------------------------

  private defaultMetrics(): MetricSpec[] {
    const g = this.def.build({ mode: "infer", bindings: { N: 1 }, seed: this.seed });
    const logits = g.outputs.find((o) => o.name === "logits");
    const labels = this.signature.targets.find((t) => t.dtype === "i32" && t.shape.length === 1);
    return logits && labels && g.nodes[logits.node]!.shape.length === 2 ? ["accuracy"] : [];
  }

  /** Mean loss, loss terms (scalar outputs) and metrics over every example of `data`. */
  async evaluate(data: Dataset, opts: EvaluateOptions = {}): Promise<Record<string, number>> {
    const n = datasetSize(data);
    const feedsOf = this.dataFeeds(data, "evaluate");
    const size = positiveInteger(opts.batchSize ?? 256, "evaluate: batchSize");
    const metrics = opts.metrics ?? this.defaultMetrics();
    const metricKey = metrics.map((m) => (m === "accuracy" ? "acc" : `top${m.topK}`)).join("_") || "loss";
    const sums: Record<string, number> = {};
    for (const b of batches(data, { batchSize: size, shuffle: false, remainder: "keep" })) {
      const rows = b.x.shape[0]!;
      const c = await this.compiled(`evaluate_${rows}_${metricKey}`, () => buildEvaluateGraph(this.def, rows, metrics, { seed: this.seed }));
      const out = await this.runEntry(c, feedsOf(b));
      // Counts add up; batch means are weighted by their rows, so the result is the mean over examples.
      for (const [name, how] of Object.entries(c.reductions)) sums[name] = (sums[name] ?? 0) + out[name]!.data[0]! * (how === "count" ? 1 : rows);
    }
    return Object.fromEntries(Object.entries(sums).map(([k, v]) => [k, v / n]));
  }

  /** Feeds for a batch of `data`, after checking the data against the graph's input and target. */
  private dataFeeds(data: Dataset, what: string): (b: Dataset) => Record<string, Feed> {
    const input = this.signature.inputs.find((n) => n.attrs.name === this.singleInput(what))!;
    if (this.signature.targets.length !== 1) {
      throw new Error(`${what}: the model needs one target input to train and evaluate on; its targets are ${this.signature.targets.map((t) => t.attrs.name).join(", ") || "none"}`);
    }
    const target = this.signature.targets[0]!;
    checkRows(`${what}: the data's x`, input, data.x);
    checkTargets(`${what}: the data's y`, target, data.y);
    return (b) => ({ [input.attrs.name]: b.x, [target.attrs.name]: targetsAs(b.y, target.dtype) });
  }

  // --- fit ---------------------------------------------------------------------------------------

  /** Trains on `data`: seeded shuffled batches, the last partial one included, with callbacks. */
  async fit(data: Dataset, o: FitOptions = {}): Promise<History> {
    const plan = this.fitPlan(data, o);
    const ctx: TrainingContext = {
      model: this,
      epochs: plan.epochs,
      stepsPerEpoch: batchCount(plan.examples, plan.batchSize, "keep"),
      batchSize: plan.batchSize,
      examples: plan.examples,
      step: this.stepCount,
      lr: plan.schedule.kind === "constant" ? plan.schedule.lr : 0,
      stopTraining: false,
    };
    const showProgress = o.progress ?? Boolean(process.stderr.isTTY);
    const all: Callback[] = [learningRateSchedule(plan.schedule), ...(showProgress ? [progressBar()] : []), ...(o.callbacks ?? [])];
    const call = hookRunner(all);
    const history: EpochLogs[] = [];
    const losses: number[] = [];
    await call("onTrainBegin", ctx);
    try {
      for (let epoch = o.initialEpoch ?? 0; epoch < plan.epochs && !ctx.stopTraining; epoch++) {
        const started = performance.now();
        await call("onEpochBegin", epoch, ctx);
        const train = await this.fitEpoch(data, plan, ctx, call, epoch, losses);
        const logs = await this.epochLogs(epoch, ctx, train, o, started);
        history.push(logs);
        await call("onEpochEnd", epoch, logs, ctx);
      }
    } catch (e) {
      await call("onTrainError", e as Error, ctx);
      throw e;
    } finally {
      this.pull();
    }
    await call("onTrainEnd", ctx, history);
    return { epochs: history, losses };
  }

  /** What a fit needs, checked before anything is compiled. */
  private fitPlan(data: Dataset, o: FitOptions): FitPlan {
    const examples = datasetSize(data);
    const batchSize = positiveInteger(o.batchSize ?? DEFAULT_BATCH, "fit: batchSize");
    if (batchSize > examples) throw new Error(`fit: batchSize ${batchSize} is larger than the ${examples} examples`);
    const feedsOf = this.dataFeeds(data, "fit");
    if (o.validation) this.dataFeeds(o.validation, "fit: validation");
    const factor = o.divergenceFactor ?? DEFAULT_DIVERGENCE_FACTOR;
    if (!(factor >= 0)) throw new Error(`fit: divergenceFactor must be a number >= 0 (0 turns the check off), got ${factor}`);
    const optimizer = o.optimizer ?? { kind: "adam" };
    const config = hashText(JSON.stringify([formatOptimizer(optimizer), o.clip, o.weightDecay, o.l1, o.l2]));
    const trainGraph = (rows: number) =>
      buildTrainGraph(this.def, {
        optimizer,
        bindings: { N: rows },
        seed: this.seed,
        countCorrect: true,
        ...(o.clip ? { clip: o.clip } : {}),
        ...(o.weightDecay ? { weightDecay: o.weightDecay } : {}),
        ...(o.l1 ? { l1: o.l1 } : {}),
        ...(o.l2 ? { l2: o.l2 } : {}),
      });
    return {
      examples,
      epochs: positiveInteger(o.epochs ?? 1, "fit: epochs"),
      batchSize,
      schedule: typeof o.schedule === "number" ? { kind: "constant", lr: o.schedule } : (o.schedule ?? { kind: "constant", lr: 0.001 }),
      feedsOf,
      divergenceFactor: factor,
      ...(o.augment ? { augment: o.augment } : {}),
      // The optimizer settings are part of the key: a fit with another optimizer compiles its own step.
      trainProgram: (rows) => this.compiled(`train_${rows}_${config}`, () => trainGraph(rows)),
    };
  }

  /** One pass over the shuffled batches; returns the epoch's mean loss and training accuracy. */
  private async fitEpoch(data: Dataset, plan: FitPlan, ctx: TrainingContext, call: CallHooks, epoch: number, losses: number[]): Promise<Record<string, number>> {
    const started = performance.now();
    let lossSum = 0;
    let correct: number | undefined;
    let seen = 0;
    let batch = 0;
    const augmentRng = new Rng(this.seed).fork(0x61756700 + epoch);
    for (const b of batches(data, { batchSize: plan.batchSize, seed: this.seed, epoch, remainder: "keep" })) {
      await call("onBatchBegin", batch, ctx);
      if (plan.augment) augmentBatch(b.x, plan.augment, augmentRng, b.x);
      const rows = b.x.shape[0]!;
      const out = await this.runEntry(await plan.trainProgram(rows), { ...plan.feedsOf(b), [LR_INPUT]: ctx.lr });
      const loss = out.loss!.data[0]!;
      losses.push(loss);
      const diverged = divergenceOf(loss, losses[0], plan.divergenceFactor);
      if (diverged) throw new TrainingDivergedError(ctx.step, epoch, loss, ctx.lastCheckpoint, diverged);
      lossSum += loss * rows;
      seen += rows;
      if (out[CORRECT_OUTPUT]) correct = (correct ?? 0) + out[CORRECT_OUTPUT].data[0]!;
      const logs: BatchLogs = { batch, step: ctx.step, size: rows, loss, meanLoss: lossSum / seen, lr: ctx.lr, examplesPerSecond: (seen * 1000) / (performance.now() - started) };
      ctx.step++;
      this.stepCount = ctx.step;
      await call("onBatchEnd", batch, logs, ctx);
      batch++;
    }
    return { loss: lossSum / plan.examples, ...(correct !== undefined ? { accuracy: correct / plan.examples } : {}) };
  }

  /** The epoch's figures, with the validation data's under "val…"; a non-finite one stops the run. */
  private async epochLogs(epoch: number, ctx: TrainingContext, train: Record<string, number>, o: FitOptions, started: number): Promise<EpochLogs> {
    const val = o.validation ? await this.evaluate(o.validation, { ...(o.metrics ? { metrics: o.metrics } : {}) }) : {};
    const logs: Record<string, number> = { epoch, step: ctx.step, ...train };
    for (const [k, v] of Object.entries(val)) logs[`val${k[0]!.toUpperCase()}${k.slice(1)}`] = v;
    for (const [k, v] of Object.entries(logs)) {
      if (!Number.isFinite(v)) throw new TrainingDivergedError(ctx.step - 1, epoch, v, ctx.lastCheckpoint, { kind: "nonFinite", what: `the epoch's ${k}` });
    }
    return { ...logs, lr: ctx.lr, seconds: (performance.now() - started) / 1000 } as EpochLogs;
  }
}

// --- helpers -------------------------------------------------------------------------------------

function copy(t: HostTensor): HostTensor {
  return { dtype: t.dtype, shape: [...t.shape], data: t.data.slice() };
}

function positiveInteger(v: number, what: string): number {
  if (!Number.isInteger(v) || v < 1) throw new Error(`${what} must be a positive integer, got ${v}`);
  return v;
}

function hashText(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}

/** Weights from a weights file or a training checkpoint, by the names getWeights() uses. */
export function readWeightsFile(file: string): Record<string, HostTensor> {
  return weightsFromTensors(loadCheckpoint(file).tensors);
}
