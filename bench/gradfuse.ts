/**
 * gradfuse as a bench "peer": `npx tsx bench/gradfuse.ts --backend ts|wasm [--threads N] --workload W --json`
 *
 * Speaks the protocol of bench/peers/common.ts, so the harness measures gradfuse in its own process
 * exactly like TF.js, ONNX Runtime and jax-js. Each workload is written with gradfuse's DSL and nn
 * library (the way a user writes it), compiled once with the chosen backend, given the initial
 * parameters of bench/workloads.ts with `setParams` (so the checksums agree with the peers), then
 * warmed up and timed by the shared loop (`timeIt`).
 *
 * What one repetition is, per kind:
 * - infer:  `program.run("forward", { x })` — the batch is copied into the arena, the logits are
 *           copied out (the peers' dataSync()).
 * - train:  `program.run("trainStep", { x, labels, lr })` — forward, softmax cross-entropy, backward
 *           and the plain SGD update `p -= 0.01 * dL/dp` of every parameter, one compiled program
 *           (src/train/train_graph.ts with optimizer "sgd").
 * - kernel: the second operand (B, the filter) is resident, a parameter; the first (A, x) is fed each
 *           repetition (copied into the arena: 1–2 MB, about 1% of the kernel); the result
 *           is copied out.
 *
 * `info` of each line reports the compile time of every stage: building the graph (DSL + shape
 * inference, and autodiff for training), each pass of the plan (`plan.timings`, from planProgram),
 * and the whole compile() call (plan + code generation + loading).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { compile, planProgram } from "../src/compile.ts";
import { defineGraph } from "../src/dsl/builder.ts";
import type { GraphBuilder, GraphDef } from "../src/dsl/builder.ts";
import { conv2d as convOp } from "../src/dsl/ops.ts";
import { interpret } from "../src/interp/interpret.ts";
import type { Graph } from "../src/ir/types.ts";
import { conv2d, dense, flatten, maxPool2d, softmaxCrossEntropy } from "../src/nn/index.ts";
import type { Program } from "../src/runtime/program.ts";
import type { HostTensor } from "../src/runtime/tensor.ts";
import { buildTrainGraph, LR_INPUT } from "../src/train/train_graph.ts";
import { emit, errorMessage, parseArgs, stepChecksum, timeIt } from "./peers/common.ts";
import type { PeerArgs, Prepared } from "./peers/common.ts";
import {
  CONV,
  GEMM,
  LEARNING_RATE,
  WORKLOADS,
  convOperands,
  gemmOperands,
  initParams,
  inputBatch,
  inputShape,
  labels,
} from "./workloads.ts";
import type { ModelName, RawMeasurement, WorkloadDef, WorkloadId } from "./workloads.ts";

export type GradfuseBackend = "ts" | "wasm";

/**
 * `info` key of a training workload: the first SGD step's largest error against the float64
 * interpreter, relative to the largest change of a parameter (see stepErrorVsInterpreter).
 */
export const STEP_CHECK_INFO = "check.firstStepRelErrorVsInterpreter";
type Info = Record<string, string | number | boolean>;

// ---------------------------------------------------------------------------
// The workloads, written with the DSL
// ---------------------------------------------------------------------------

/** MLP 784-256-128-10 (bench/workloads.ts MLP); layers fc1..fc3. */
function mlpLayers(g: GraphBuilder): void {
  const x = g.input("x", inputShape("mlp", g.bindings.N!));
  let h = dense(x, 256, { activation: "relu", name: "fc1" });
  h = dense(h, 128, { activation: "relu", name: "fc2" });
  finishModel(g, dense(h, 10, { name: "fc3" }));
}

/** LeNet-5 on 28x28x1 NHWC (bench/workloads.ts LENET); layers conv1, conv2, fc1..fc3. */
function lenetLayers(g: GraphBuilder): void {
  const x = g.input("x", inputShape("lenet", g.bindings.N!));
  let h = conv2d(x, 6, 5, { padding: "SAME", activation: "relu", name: "conv1" });
  h = maxPool2d(h, { poolSize: 2, strides: 2 });
  h = conv2d(h, 16, 5, { padding: "VALID", activation: "relu", name: "conv2" });
  h = maxPool2d(h, { poolSize: 2, strides: 2 });
  h = dense(flatten(h), 120, { activation: "relu", name: "fc1" });
  h = dense(h, 84, { activation: "relu", name: "fc2" });
  finishModel(g, dense(h, 10, { name: "fc3" }));
}

/**
 * Inference outputs the logits only (no softmax, as the peers); training declares the loss only, so
 * the training step computes nothing the peers' step does not.
 */
function finishModel(g: GraphBuilder, logits: ReturnType<typeof dense>): void {
  if (g.isTraining) g.loss(softmaxCrossEntropy(logits, g.input("labels", ["N"], "i32")));
  else g.output("logits", logits);
}

const MODEL_DEFS: Record<ModelName, GraphDef> = {
  mlp: defineGraph("bench_mlp", { N: 1 }, mlpLayers),
  lenet: defineGraph("bench_lenet", { N: 1 }, lenetLayers),
};

/**
 * gradfuse's name of a workloads.ts parameter: the nn layers name theirs `<layer>/kernel|bias`.
 * mlp: w1 → fc1/kernel, b3 → fc3/bias; lenet: c1w → conv1/kernel, f2b → fc2/bias.
 */
export function gradfuseParamName(model: ModelName, name: string): string {
  const match = model === "mlp" ? /^([wb])(\d)$/.exec(name) : /^([cf])(\d)([wb])$/.exec(name);
  if (!match) throw new Error(`bench/gradfuse.ts: no gradfuse name for ${model} parameter '${name}' of bench/workloads.ts`);
  const layer = model === "mlp" ? `fc${match[2]}` : `${match[1] === "c" ? "conv" : "fc"}${match[2]}`;
  const weightOrBias = model === "mlp" ? match[1] : match[3];
  return `${layer}/${weightOrBias === "w" ? "kernel" : "bias"}`;
}

// The first operand is an input, fed every repetition; the second a resident param, like a layer's
// activations and weights. (Both as params, the product depends on params alone: gradfuse computes it
// once, in the prepare entry that runs when params change, and a repetition would only copy it out.)
const GEMM_DEF = defineGraph("bench_gemm", {}, (g) => {
  const a = g.input("a", [GEMM.M, GEMM.K]);
  const b = g.param("b", [GEMM.K, GEMM.N], { kind: "zeros" }, { trainable: false });
  g.output("c", a.matmul(b));
});

const CONV_DEF = defineGraph("bench_conv", {}, (g) => {
  const x = g.input("x", [CONV.N, CONV.H, CONV.W, CONV.Cin]);
  const w = g.param("w", [CONV.kh, CONV.kw, CONV.Cin, CONV.Cout], { kind: "zeros" }, { trainable: false });
  g.output("y", convOp(x, w, { strides: 1, padding: "SAME" }));
});

// ---------------------------------------------------------------------------
// Compiling, with the time of every stage
// ---------------------------------------------------------------------------

export const ENTRY_OF: Record<WorkloadDef["kind"], string> = { infer: "forward", train: "trainStep", kernel: "forward" };

function timedMs<T>(f: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = f();
  return { value, ms: performance.now() - t0 };
}

/** The graph of a workload, and how long building it (DSL, shape inference, autodiff) took. */
export function workloadGraph(def: WorkloadDef): { graph: Graph; buildMs: number } {
  const { value: graph, ms } = timedMs(() => {
    if (def.kind === "kernel") return (def.id === "gemm.512" ? GEMM_DEF : CONV_DEF).build();
    const modelDef = MODEL_DEFS[def.model!];
    const bindings = { N: def.batch! };
    return def.kind === "train"
      ? buildTrainGraph(modelDef, { optimizer: { kind: "sgd" }, bindings })
      : modelDef.build({ mode: "infer", bindings });
  });
  return { graph, buildMs: ms };
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/**
 * Compiles `graph` as one entry and reports the stages in ms: `compile.graph` (DSL + autodiff),
 * `compile.pass.<name>` (plan.timings of a separate planProgram call: compile() does not hand its plan
 * back), `compile.total` (the compile() call: passes, code generation, loading) and
 * `compile.codegenAndLoad` (total minus the passes).
 */
async function compileTimed(graph: Graph, entry: string, buildMs: number, backend: GradfuseBackend, threads: number) {
  const info: Info = { "compile.graph": round(buildMs) };
  const planned = planProgram({ [entry]: graph });
  for (const plan of planned.entries) for (const t of plan.timings) info[`compile.pass.${t.pass}`] = round(t.ms);
  const passesMs = planned.entries.reduce((s, p) => s + p.timings.reduce((t, x) => t + x.ms, 0), 0);
  info.kernels = planned.entries.reduce((s, p) => s + p.kernels.length, 0);
  const t0 = performance.now();
  const program = await compile({ [entry]: graph }, { backend, name: graph.name, ...(threads > 1 ? { threads } : {}) });
  info.threads = (program as { threads?: number }).threads ?? 1;
  const totalMs = performance.now() - t0;
  info["compile.total"] = round(totalMs);
  // What compile() spends beyond the passes: code generation (and formatting) plus loading the module.
  info["compile.codegenAndLoad"] = round(Math.max(0, totalMs - passesMs));
  return { program, info };
}

// ---------------------------------------------------------------------------
// One repetition and the checksum, per kind
// ---------------------------------------------------------------------------

const sum = (xs: ArrayLike<number>): number => {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i]!;
  return s;
};

/** Every param from its initializer first (the step counter state), then the workload's values. */
function setModelParams(program: Program, model: ModelName): void {
  program.initParams(0);
  program.setParams(Object.fromEntries(initParams(model).map((p) => [gradfuseParamName(model, p.name), p.data])));
}

/** A workload ready to time, plus a check of its first step against the interpreter (training only). */
interface PreparedWorkload extends Prepared {
  checkFirstStep?: () => number;
}

function prepareModel(program: Program, graph: Graph, def: WorkloadDef): PreparedWorkload {
  const model = def.model!;
  const batch = def.batch!;
  setModelParams(program, model);
  const x = inputBatch(model, batch);
  if (def.kind === "infer") {
    const forward = () => program.run("forward", { x });
    return { run: forward, checksum: () => sum(forward().logits!.data) };
  }
  const feeds = { x, labels: labels(batch), [LR_INPUT]: new Float32Array([LEARNING_RATE]) };
  const initial = program.getParams();
  return {
    run: () => program.run("trainStep", feeds),
    // After exactly one step from the initial parameters: the L1 norm of the last kernel's gradient.
    checksum: () => stepChecksum(model, program.getParams()["fc3/kernel"]!.data),
    checkFirstStep: () => stepErrorVsInterpreter(graph, feeds, initial, program.getParams()),
  };
}

/**
 * The shared checksum sees only the last kernel's step; here every parameter's first step is checked
 * against the float64 interpreter: the largest error of any parameter's change (new − initial),
 * relative to the largest change of that parameter the interpreter computes.
 */
function stepErrorVsInterpreter(
  graph: Graph,
  feeds: Record<string, Float32Array | Int32Array>,
  initial: Record<string, HostTensor>,
  after: Record<string, HostTensor>,
): number {
  const reference = interpret(graph, { feeds, params: initial, float: "f64" }).updates;
  let worst = 0;
  for (const [name, ref] of Object.entries(reference)) {
    const before = initial[name]!.data;
    const got = after[name]!.data;
    let maxChange = 0;
    let maxError = 0;
    for (let i = 0; i < before.length; i++) {
      const change = ref.data[i]! - before[i]!;
      maxChange = Math.max(maxChange, Math.abs(change));
      maxError = Math.max(maxError, Math.abs(got[i]! - before[i]! - change));
    }
    if (maxChange > 0) worst = Math.max(worst, maxError / maxChange);
  }
  return worst;
}

function prepareKernel(program: Program, id: WorkloadId): PreparedWorkload {
  const [input, param] = id === "gemm.512" ? (({ a, b }) => [{ a }, { b }])(gemmOperands()) : (({ x, w }) => [{ x }, { w }])(convOperands());
  program.setParams(param);
  const forward = () => program.run("forward", input);
  return { run: forward, checksum: () => sum(Object.values(forward())[0]!.data) };
}

export async function prepareWorkload(id: WorkloadId, backend: GradfuseBackend, threads = 1): Promise<{ prepared: PreparedWorkload; info: Info }> {
  const def = WORKLOADS[id];
  const entry = ENTRY_OF[def.kind];
  const { graph, buildMs } = workloadGraph(def);
  const { program, info } = await compileTimed(graph, entry, buildMs, backend, threads);
  const prepared = def.kind === "kernel" ? prepareKernel(program, id) : prepareModel(program, graph, def);
  return { prepared, info };
}

// ---------------------------------------------------------------------------
// The protocol loop (runPeer's, with compile timings per workload in `info`)
// ---------------------------------------------------------------------------

async function measureWorkload(system: string, id: WorkloadId, backend: GradfuseBackend, threads: number, args: PeerArgs, base: Info): Promise<RawMeasurement> {
  let info: Info = { ...base };
  try {
    const { prepared, info: compileInfo } = await prepareWorkload(id, backend, threads);
    info = { ...info, ...compileInfo };
    prepared.run();
    const checksum = prepared.checksum!() as number;
    if (prepared.checkFirstStep) info[STEP_CHECK_INFO] = prepared.checkFirstStep();
    const t = await timeIt(prepared.run, args);
    return { workload: id, system, samplesMs: t.samplesMs, cpuRatio: t.cpuRatio, checksum, info };
  } catch (e) {
    return { workload: id, system, samplesMs: [], error: `${backend} backend: ${errorMessage(e)}`, info };
  }
}

function backendOf(args: PeerArgs): GradfuseBackend {
  const backend = args.flags.get("backend") ?? "ts";
  if (backend !== "ts" && backend !== "wasm") throw new Error(`--backend must be ts or wasm, got ${backend}`);
  return backend;
}

async function main(): Promise<void> {
  const args = parseArgs();
  const backend = backendOf(args);
  const threads = Number(args.flags.get("threads") ?? 1);
  if (!Number.isInteger(threads) || threads < 1) throw new Error(`--threads must be a whole number ≥ 1, got ${args.flags.get("threads")}`);
  const system = `gradfuse-${backend}${threads > 1 ? `-${threads}t` : ""}`;
  const base: Info = { gradfuse: repoVersion(), backend, node: process.version, threads };
  for (const id of args.workloads) emit(await measureWorkload(system, id, backend, threads, args, base), args.json);
}

/** gradfuse's own version (package.json of this repository). */
function repoVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version?: string };
  return pkg.version ?? "unknown";
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
