/**
 * Single-core WebAssembly SIMD peak vs. gradfuse's generated GEMM (src/codegen/wasm/gemm.ts).
 *
 *   npx tsx bench/peak.ts            # peak; GEMM 512³, 256³, a 784→256 dense layer at batch 64 (forward
 *                                    # and both backward GEMMs), each as a fraction of the peak
 *   npx tsx bench/peak.ts --sweep    # also the tile / unroll / packing variants tried while tuning
 *
 * The peak is measured with register-only loops (no memory traffic) of independent f32x4 chains, enough
 * of them (12) to hide the latency of mul and add, so it is throughput bound: the most f32x4 multiplies
 * plus adds this engine and core retire per second. A GEMM can at best reach it, since each of its
 * multiply-adds also needs loads.
 *
 * Relaxed SIMD (for the FMA numbers) is off by default in Node 20; this script turns it on for its own
 * process with `v8.setFlagsFromString` (see enableRelaxedSimdInNode).
 */
import { performance } from "node:perf_hooks";
import v8 from "node:v8";
import { pathToFileURL } from "node:url";
import binaryen from "binaryen";
import {
  buildGemmModule,
  detectRelaxedSimd,
  enableRelaxedSimdInNode,
  gemmFlops,
  gemmScratchBytes,
  type GemmSpec,
} from "../src/codegen/wasm/gemm.ts";
import { Locals, finishModule, mulAdd, wasmFeatures, type Expr } from "../src/codegen/wasm/simd.ts";

/**
 * Independent accumulator chains in the peak loop. 12 × 2 ops in flight covers mul + add latency (5–6
 * cycles) at 4 ops per cycle, and 12 accumulators + 2 constants fit V8's 15 allocatable xmm registers.
 */
const PEAK_CHAINS = 12;
/**
 * Chain steps per chain per loop iteration. 1, not more: given an unrolled body, TurboFan schedules it
 * as a wavefront (the same chain's dependent steps back to back at the ends of the body), which
 * measured 55 GFLOP/s instead of 66 for mul+add at 8 steps. One step of each of 12 independent chains
 * per iteration leaves nothing to mis-schedule, and V8 unrolls the small loop itself.
 */
const PEAK_UNROLL = 1;
/** FLOPs of one chain step: 4 lanes × (multiply + add). */
const FLOPS_PER_STEP = 8;

export interface PeakResult {
  /** f32x4.mul then f32x4.add, each chain `acc = acc * m + c`. */
  gflops: number;
  /** `acc = relaxed_madd(acc, m, c)`, when the engine has relaxed SIMD. */
  gflopsFma?: number;
}

type PeakKind = "muladd" | "fma";

/**
 * A `(iterations: i32, mul: f32, add: f32) -> f32` function looping PEAK_UNROLL steps of PEAK_CHAINS
 * chains. The constants come in as parameters: as literals, binaryen would fold them into every
 * operation as `v128.const`, which V8 re-materializes at each use and the loop measures that instead.
 */
function addPeakFunction(m: binaryen.Module, kind: PeakKind): void {
  const locals = new Locals(m);
  const iterations = locals.i32(); // the parameters: locals 0, 1, 2
  const mulScalar = locals.add(binaryen.f32);
  const addScalar = locals.add(binaryen.f32);
  const accs = Array.from({ length: PEAK_CHAINS }, () => locals.v128());
  const mul = locals.v128();
  const add = locals.v128();
  const step = (chain: number): Expr => {
    const acc = accs[chain]!;
    return acc.set(mulAdd(m, acc.get(), mul.get(), add.get(), kind === "fma"));
  };
  const body: Expr[] = [
    mul.set(m.f32x4.splat(mulScalar.get())),
    add.set(m.f32x4.splat(addScalar.get())),
    ...accs.map((acc, chain) => acc.set(m.f32x4.splat(m.f32.const(1 + chain / 64)))),
    m.loop(
      "steps",
      m.block(null, [
        ...Array.from({ length: PEAK_UNROLL }, () => accs.map((_, chain) => step(chain))).flat(),
        m.br("steps", m.i32.ne(iterations.tee(m.i32.sub(iterations.get(), m.i32.const(1))), m.i32.const(0))),
      ]),
    ),
  ];
  // Sum one lane of every chain so none of them is dead code.
  const sum = accs.reduce<Expr>((s, acc) => m.f32.add(s, m.f32x4.extract_lane(acc.get(), 0)), m.f32.const(0));
  body.push(m.return(sum));
  const params = binaryen.createType([binaryen.i32, binaryen.f32, binaryen.f32]);
  m.addFunction(`peak_${kind}`, params, binaryen.f32, locals.types.slice(3), m.block(null, body, binaryen.f32));
  m.addFunctionExport(`peak_${kind}`, `peak_${kind}`);
}

type PeakFunction = (iterations: number, mul: number, add: number) => number;

function buildPeakModule(kinds: readonly PeakKind[]): Record<string, PeakFunction> {
  const m = new binaryen.Module();
  try {
    m.setFeatures(wasmFeatures(kinds.includes("fma")));
    for (const kind of kinds) addPeakFunction(m, kind);
    const { binary } = finishModule(m);
    const instance = new WebAssembly.Instance(new WebAssembly.Module(binary), {});
    return instance.exports as Record<string, PeakFunction>;
  } finally {
    m.dispose();
  }
}

/** Wall time to keep calling a kernel before timing it; see `bestSeconds`. */
const WARMUP_MS = 300;

/**
 * Best-of-`repeats` seconds per call of `run`, after warming up. The warm-up matters: V8 first runs
 * wasm with its baseline compiler (Liftoff, several times slower on SIMD loops) and swaps in TurboFan
 * code for later calls once the function has used its tier-up budget. The minimum, not the mean, because
 * other processes share the core and the fastest run is the one they disturbed least.
 */
function bestSeconds(run: () => void, repeats: number): number {
  const warmupEnd = performance.now() + WARMUP_MS;
  do run();
  while (performance.now() < warmupEnd);
  let best = Infinity;
  for (let r = 0; r < repeats; r++) {
    const start = performance.now();
    run();
    best = Math.min(best, (performance.now() - start) / 1000);
  }
  return best;
}

/** Many short runs (~10 ms each) rather than a few long ones, so some run is undisturbed. */
function peakGflops(fn: PeakFunction): number {
  const iterations = 400_000;
  // Chains settle at add / (1 - mul) ≈ 1: no overflow, no subnormals.
  const seconds = bestSeconds(() => fn(iterations, 0.999999, 1e-6), 30);
  return (iterations * PEAK_UNROLL * PEAK_CHAINS * FLOPS_PER_STEP) / seconds / 1e9;
}

/** Single-core WASM SIMD peak in GFLOP/s; FMA is measured only when relaxed SIMD is available. */
export function measureWasmSimdPeak(): PeakResult {
  const fma = detectRelaxedSimd();
  const peak = buildPeakModule(fma ? ["muladd", "fma"] : ["muladd"]);
  const result: PeakResult = { gflops: peakGflops(peak.peak_muladd!) };
  if (fma) result.gflopsFma = peakGflops(peak.peak_fma!);
  return result;
}

export interface GemmMeasurement {
  name: string;
  gflops: number;
  secondsPerCall: number;
}

/** Knobs of the generated kernel that a measurement may vary (everything but sizes and offsets). */
export type GemmVariant = Pick<GemmSpec, "tile" | "kUnroll" | "packB" | "fma" | "transA" | "transB">;

/**
 * GFLOP/s of the generated GEMM for C[M,N] = A·B (A [M,K] or, with transA, [K,M]; B [K,N] or, with
 * transB, [N,K]) on random data: the best of several timed runs after a warm-up.
 */
export function measureGemm(m: number, n: number, k: number, variant: GemmVariant = {}): GemmMeasurement {
  const a = 0;
  const b = align64(a + m * k * 4);
  const c = align64(b + k * n * 4);
  const scratch = align64(c + m * n * 4);
  const bytes = scratch + gemmScratchBytes({ n, k });
  const pages = Math.ceil(bytes / 65536);
  const built = buildGemmModule([{ m, n, k, a, b, c, scratch, ...variant }], { memoryPages: pages });
  const memory = new WebAssembly.Memory({ initial: pages });
  const heap = new Float32Array(memory.buffer);
  for (let i = 0; i < bytes / 4; i++) heap[i] = Math.random() - 0.5;
  const instance = new WebAssembly.Instance(new WebAssembly.Module(built.binary), { env: { memory } });
  const name = built.plans[0]!.name;
  const kernel = instance.exports[name] as () => void;
  const flops = gemmFlops({ m, n, k });
  const callsPerRun = Math.max(1, Math.round(5e7 / flops));
  const seconds = bestSeconds(() => {
    for (let i = 0; i < callsPerRun; i++) kernel();
  }, 20) / callsPerRun;
  return { name, gflops: flops / seconds / 1e9, secondsPerCall: seconds };
}

function align64(x: number): number {
  return Math.ceil(x / 64) * 64;
}

interface Shape {
  label: string;
  m: number;
  n: number;
  k: number;
  variant?: GemmVariant;
}

const SHAPES: readonly Shape[] = [
  { label: "512³", m: 512, n: 512, k: 512 },
  { label: "256³", m: 256, n: 256, k: 256 },
  { label: "dense 784→256 fwd, b64", m: 64, n: 256, k: 784 },
  { label: "  dW = Xᵀ·dY (tn)", m: 784, n: 256, k: 64, variant: { transA: true } },
  { label: "  dX = dY·Wᵀ (nt)", m: 64, n: 784, k: 256, variant: { transB: true } },
];

/** Variants tried while tuning, at 512³ (printed with --sweep). */
const SWEEP: readonly GemmVariant[] = [
  ...[1, 2, 4].map((kUnroll) => ({ tile: { mr: 4, nr: 8 }, kUnroll })),
  { tile: { mr: 4, nr: 8 }, packB: false },
  ...[[2, 8], [3, 8], [5, 8], [6, 8], [2, 12], [3, 12], [4, 12], [2, 16], [6, 4]].map(([mr, nr]) => ({ tile: { mr: mr!, nr: nr! } })),
  ...[[4, 8], [3, 12], [2, 16], [6, 8]].map(([mr, nr]) => ({ tile: { mr: mr!, nr: nr! }, fma: true })),
  { tile: { mr: 3, nr: 12 }, fma: true, kUnroll: 4 },
];

function describe(variant: GemmVariant): string {
  const parts = [variant.tile ? `${variant.tile.mr}x${variant.tile.nr}` : "default tile"];
  if (variant.kUnroll !== undefined) parts.push(`u${variant.kUnroll}`);
  if (variant.packB !== undefined) parts.push(variant.packB ? "packed" : "unpacked");
  if (variant.fma) parts.push("fma");
  return parts.join(" ");
}

function main(): void {
  // Compile straight to TurboFan: see bestSeconds for why the baseline tier would muddy the numbers.
  // (Process-wide; a benchmark may do this, a library should not.)
  v8.setFlagsFromString("--no-liftoff");
  const relaxed = enableRelaxedSimdInNode();
  console.log(`relaxed SIMD: ${relaxed ? "available (enabled with --experimental-wasm-relaxed-simd at run time)" : "unavailable"}`);
  const peak = measureWasmSimdPeak();
  const mulAddPeak = peak.gflops;
  const fmaPeak = peak.gflopsFma;
  console.log(`peak, f32x4 mul+add chains        ${mulAddPeak.toFixed(1)} GFLOP/s`);
  if (fmaPeak !== undefined) console.log(`peak, f32x4.relaxed_madd chains   ${fmaPeak.toFixed(1)} GFLOP/s`);
  const percent = (x: number, of: number | undefined) => (of === undefined ? "   -" : `${((100 * x) / of).toFixed(0).padStart(3)}%`);
  const row = (label: string, r: GemmMeasurement) =>
    console.log(`${label.padEnd(30)} ${r.gflops.toFixed(1).padStart(6)}  ${percent(r.gflops, mulAddPeak)}      ${percent(r.gflops, fmaPeak)}     ${r.name}`);
  console.log(`\n${"GEMM".padEnd(30)} GFLOP/s  %mul+add  %fma-peak  kernel`);
  for (const { label, m, n, k, variant } of SHAPES) {
    row(label, measureGemm(m, n, k, variant));
    if (relaxed) row(`${label} +fma`, measureGemm(m, n, k, { ...variant, fma: true }));
  }
  if (process.argv.includes("--sweep")) {
    console.log("\nsweep at 512³:");
    for (const variant of SWEEP) {
      if (variant.fma && !relaxed) continue;
      row(describe(variant), measureGemm(512, 512, 512, variant));
    }
    console.log("\npacking B or not, 4×8 (N = K = 512):");
    for (const m of [64, 128, 256, 512]) {
      for (const packB of [true, false]) row(`M=${m} ${packB ? "packed" : "unpacked"}`, measureGemm(m, 512, 512, { packB }));
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
