/**
 * The WebAssembly SIMD backend against the TypeScript backend, single core, same graphs and plans:
 *
 *   npx tsx bench/wasm-kernels.ts            # all workloads
 *   npx tsx bench/wasm-kernels.ts --fma      # also the relaxed-SIMD FMA build (turns the V8 flag on)
 *
 * Workloads: GEMM 512³ and conv2d 3×3 SAME 8×32×32×64→64 (GFLOP/s, 2·MACs), the training step (SGD) of
 * the 784-256-128-10 MLP and of LeNet-5 at batch 64, and their inference at batch 1 and 256 (ms per
 * call; effective GFLOP/s counts 2·MACs of dense and conv layers, a training step as 3× forward). The
 * single-core f32x4 peak (bench/peak.ts) is printed for scale. Each number is the median of timed
 * repetitions after warm-up.
 */
import { performance } from "node:perf_hooks";
import { compile } from "../src/compile.ts";
import { compileWasm } from "../src/codegen/wasm/compile.ts";
import { enableRelaxedSimdInNode } from "../src/codegen/wasm/simd.ts";
import type { GraphDef } from "../src/dsl/builder.ts";
import { defineGraph } from "../src/dsl/builder.ts";
import { conv2d } from "../src/dsl/ops.ts";
import type { Graph } from "../src/ir/types.ts";
import { inputsOf, sizeOf } from "../src/ir/types.ts";
import { buildTrainGraph } from "../src/train/train_graph.ts";
import lenet5 from "../graphs/lenet5.ts";
import mnistMlp from "../graphs/mnist_mlp.ts";
import { measureWasmSimdPeak } from "./peak.ts";

interface Runner {
  run(entry: string, feeds: Record<string, Float32Array | Int32Array>): unknown;
  initParams(seed?: number): void;
}

function feedsFor(g: Graph): Record<string, Float32Array | Int32Array> {
  const feeds: Record<string, Float32Array | Int32Array> = {};
  for (const n of inputsOf(g)) {
    const size = sizeOf(n.shape);
    if (n.dtype === "i32") feeds[n.attrs.name] = Int32Array.from({ length: size }, (_, i) => i % 10);
    else if (n.attrs.name === "lr") feeds[n.attrs.name] = Float32Array.of(0.01);
    else feeds[n.attrs.name] = Float32Array.from({ length: size }, (_, i) => Math.sin(i * 0.37) * 0.5);
  }
  return feeds;
}

/** Median ms per call after warm-up, repeating until ~`budgetMs` is spent (at least 5 times). */
function timeIt(f: () => void, budgetMs = 1500): number {
  for (let i = 0; i < 3; i++) f();
  const times: number[] = [];
  const start = performance.now();
  while (times.length < 5 || (performance.now() - start < budgetMs && times.length < 500)) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1]!;
}

async function backends(g: Graph, entry: string, fma: boolean): Promise<Record<string, number>> {
  const feeds = feedsFor(g);
  const programs: [string, Runner][] = [
    ["ts", await compile({ [entry]: g }, { backend: "ts" })],
    ["wasm", compileWasm({ [entry]: g })],
  ];
  if (fma) programs.push(["wasm+fma", compileWasm({ [entry]: g }, { fma: true })]);
  const out: Record<string, number> = {};
  for (const [name, p] of programs) {
    p.initParams(1);
    out[name] = timeIt(() => p.run(entry, feeds));
  }
  return out;
}

const gemm = defineGraph("gemm512", {}, (g) => g.output("c", g.input("a", [512, 512]).matmul(g.input("b", [512, 512])))).build();
const conv = defineGraph("conv3x3", {}, (g) => g.output("y", conv2d(g.input("x", [8, 32, 32, 64]), g.input("w", [3, 3, 64, 64]), { padding: "SAME" }))).build();

const MLP_MACS = 784 * 256 + 256 * 128 + 128 * 10;
const LENET_MACS = 28 * 28 * 25 * 6 + 10 * 10 * 150 * 16 + 400 * 120 + 120 * 84 + 84 * 10;

interface Workload {
  label: string;
  graph: () => Graph;
  entry: string;
  /** FLOPs of one call, for GFLOP/s. */
  flops: number;
}

const model = (def: GraphDef, name: string, macs: number): Workload[] => [
  { label: `${name} train b64`, graph: () => buildTrainGraph(def, { optimizer: { kind: "sgd" }, bindings: { N: 64 } }), entry: "trainStep", flops: 3 * 2 * macs * 64 },
  { label: `${name} infer b1`, graph: () => def.build({ mode: "infer", bindings: { N: 1 } }), entry: "forward", flops: 2 * macs },
  { label: `${name} infer b256`, graph: () => def.build({ mode: "infer", bindings: { N: 256 } }), entry: "forward", flops: 2 * macs * 256 },
];

const workloads: Workload[] = [
  { label: "GEMM 512³", graph: () => gemm, entry: "gemm512", flops: 2 * 512 ** 3 },
  { label: "conv2d 3×3 SAME 8×32×32×64→64", graph: () => conv, entry: "conv3x3", flops: 2 * 8 * 32 * 32 * 64 * 9 * 64 },
  ...model(mnistMlp, "MLP 784-256-128-10", MLP_MACS),
  ...model(lenet5, "LeNet-5", LENET_MACS),
];

async function main(): Promise<void> {
  const fma = process.argv.includes("--fma") && enableRelaxedSimdInNode();
  const peak = measureWasmSimdPeak();
  console.log(`single-core f32x4 peak: ${peak.gflops.toFixed(1)} GFLOP/s (mul+add)${peak.gflopsFma ? `, ${peak.gflopsFma.toFixed(1)} (FMA)` : ""}`);
  const columns = ["ts", "wasm", ...(fma ? ["wasm+fma"] : [])];
  console.log(["workload".padEnd(34), ...columns.map((c) => `${c} ms`.padStart(11)), ...columns.map((c) => `${c} GF/s`.padStart(13)), "wasm/peak".padStart(10)].join(" "));
  for (const w of workloads) {
    const g = w.graph();
    const times = await backends(g, w.entry === "forward" || w.entry === "trainStep" ? w.entry : g.name, fma);
    const gf = (ms: number) => w.flops / (ms * 1e6);
    console.log(
      [
        w.label.padEnd(34),
        ...columns.map((c) => times[c]!.toFixed(3).padStart(11)),
        ...columns.map((c) => gf(times[c]!).toFixed(2).padStart(13)),
        `${((100 * gf(times.wasm!)) / peak.gflops).toFixed(0)}%`.padStart(10),
      ].join(" "),
    );
  }
}

await main();
