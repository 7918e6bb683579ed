/**
 * Single-core WebAssembly SIMD peak vs. gradfuse's generated GEMM.
 *
 *   npx tsx bench/peak.ts            # peak, GEMM 512³ / 256³ / 64×256×784, as a fraction of peak
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

/** Independent accumulator chains in the peak loop; 12 v128 plus 2 constants fit x64's 16 xmm registers. */
const PEAK_CHAINS = 12;
/** Chain steps per chain per loop iteration, so loop overhead is negligible. */
const PEAK_UNROLL = 8;
/** FLOPs of one chain step: 4 lanes × (multiply + add), or 4 lanes × one op for the split chains. */
const FLOPS_PER_STEP: Record<PeakKind, number> = { muladd: 8, fma: 8, split: 4 };

export interface PeakResult {
  /** f32x4 mul+add, each chain `acc = acc * m + c` (mul and add both on the chain). */
  gflops: number;
  /** Separate chains: half multiply-only (`p = p * m`), half add-only (`s = s + c`). */
  gflopsSplitChains: number;
  /** `acc = relaxed_madd(acc, m, c)`, when the engine has relaxed SIMD. */
  gflopsFma?: number;
}

type PeakKind = "muladd" | "split" | "fma";

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
    switch (kind) {
      case "muladd":
        return acc.set(mulAdd(m, acc.get(), mul.get(), add.get(), false));
      case "fma":
        return acc.set(mulAdd(m, acc.get(), mul.get(), add.get(), true));
      case "split":
        return acc.set(chain % 2 === 0 ? m.f32x4.mul(acc.get(), mul.get()) : m.f32x4.add(acc.get(), add.get()));
    }
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
function peakGflops(kind: PeakKind, fn: PeakFunction): number {
  const iterations = 50_000;
  // Chains settle at add / (1 - mul) ≈ 1: no overflow, no subnormals.
  const seconds = bestSeconds(() => fn(iterations, 0.999999, 1e-6), 30);
  return (iterations * PEAK_UNROLL * PEAK_CHAINS * FLOPS_PER_STEP[kind]) / seconds / 1e9;
}

/** Single-core WASM SIMD peak in GFLOP/s; FMA is measured only when relaxed SIMD is available. */
export function measureWasmSimdPeak(): PeakResult {
  const fma = detectRelaxedSimd();
  const peak = buildPeakModule(fma ? ["muladd", "split", "fma"] : ["muladd", "split"]);
  const result: PeakResult = {
    gflops: peakGflops("muladd", peak.peak_muladd!),
    gflopsSplitChains: peakGflops("split", peak.peak_split!),
  };
  if (fma) result.gflopsFma = peakGflops("fma", peak.peak_fma!);
  return result;
}

export interface GemmMeasurement {
  name: string;
  gflops: number;
  secondsPerCall: number;
}

/** Knobs of the generated kernel that a measurement may vary (everything but sizes and offsets). */
export type GemmVariant = Pick<GemmSpec, "tile" | "kUnroll" | "packB" | "fma" | "transA" | "transB" | "epilogue">;

/** GFLOP/s of the generated GEMM for C[M,N] = A[M,K]·B[K,N] (random data, best of several calls). */
export function measureGemm(m: number, n: number, k: number, variant: GemmVariant = {}): GemmMeasurement {
  const floats = { a: m * k, b: k * n, c: m * n };
  const a = 0;
  const b = align64(a + floats.a * 4);
  const c = align64(b + floats.b * 4);
  const scratch = align64(c + floats.c * 4);
  const bias = align64(scratch + gemmScratchBytes({ n, k }));
  const bytes = bias + n * 4;
  const pages = Math.ceil(bytes / 65536);
  const spec: GemmSpec = { m, n, k, a, b, c, scratch, ...variant };
  const built = buildGemmModule([spec], { memoryPages: pages });
  const memory = new WebAssembly.Memory({ initial: pages });
  const heap = new Float32Array(memory.buffer);
  for (let i = 0; i < bytes / 4; i++) heap[i] = Math.random() - 0.5;
  const instance = new WebAssembly.Instance(new WebAssembly.Module(built.binary), { env: { memory } });
  const name = built.plans[0]!.name;
  const kernel = instance.exports[name] as () => void;
  const flops = gemmFlops({ m, n, k });
  const callsPerRun = Math.max(1, Math.round(2e8 / flops));
  const seconds = bestSeconds(() => {
    for (let i = 0; i < callsPerRun; i++) kernel();
  }, 15) / callsPerRun;
  return { name, gflops: flops / seconds / 1e9, secondsPerCall: seconds };
}

function align64(x: number): number {
  return Math.ceil(x / 64) * 64;
}

const SHAPES: ReadonlyArray<readonly [number, number, number, string]> = [
  [512, 512, 512, "512³"],
  [256, 256, 256, "256³"],
  [64, 256, 784, "dense 784→256, batch 64"],
];

/** Variants tried while tuning (printed with --sweep). */
const SWEEP: ReadonlyArray<GemmVariant> = [
  { tile: { mr: 4, nr: 8 }, kUnroll: 1, packB: false },
  { tile: { mr: 4, nr: 8 }, kUnroll: 1, packB: true },
  { tile: { mr: 4, nr: 8 }, kUnroll: 4, packB: true },
  { tile: { mr: 4, nr: 8 }, kUnroll: 8, packB: true },
  { tile: { mr: 5, nr: 8 }, kUnroll: 4, packB: true },
  { tile: { mr: 6, nr: 8 }, kUnroll: 4, packB: true },
  { tile: { mr: 2, nr: 16 }, kUnroll: 4, packB: true },
  { tile: { mr: 3, nr: 16 }, kUnroll: 4, packB: true },
  { tile: { mr: 4, nr: 12 }, kUnroll: 4, packB: true },
  { tile: { mr: 3, nr: 12 }, kUnroll: 4, packB: true },
  { tile: { mr: 8, nr: 4 }, kUnroll: 4, packB: true },
];

function main(): void {
  const relaxed = enableRelaxedSimdInNode();
  console.log(`relaxed SIMD: ${relaxed ? "available (enabled via v8 flag)" : "unavailable"}`);
  const peak = measureWasmSimdPeak();
  console.log(`peak f32x4 mul+add chains      ${peak.gflops.toFixed(1)} GFLOP/s`);
  console.log(`peak split mul / add chains    ${peak.gflopsSplitChains.toFixed(1)} GFLOP/s`);
  if (peak.gflopsFma !== undefined) console.log(`peak f32x4.relaxed_madd chains ${peak.gflopsFma.toFixed(1)} GFLOP/s`);
  const reference = Math.max(peak.gflops, peak.gflopsSplitChains);
  const row = (label: string, r: GemmMeasurement, ref: number) =>
    console.log(`${label.padEnd(28)} ${r.gflops.toFixed(1).padStart(6)} GFLOP/s  ${((100 * r.gflops) / ref).toFixed(0).padStart(3)}% of peak  ${r.name}`);
  for (const [m, n, k, label] of SHAPES) {
    row(label, measureGemm(m, n, k), reference);
    if (relaxed) row(`${label} fma`, measureGemm(m, n, k, { fma: true }), peak.gflopsFma ?? reference);
  }
  if (process.argv.includes("--sweep")) {
    console.log("\nsweep, 512³:");
    for (const variant of SWEEP) row(JSON.stringify({ ...variant.tile, u: variant.kUnroll, pack: variant.packB }), measureGemm(512, 512, 512, variant), reference);
    console.log("\ntransposed layouts, 512³:");
    row("A^T·B", measureGemm(512, 512, 512, { transA: true }), reference);
    row("A·B^T", measureGemm(512, 512, 512, { transB: true }), reference);
    console.log("\nbatch 64, 784→256 with and without packing:");
    row("packed", measureGemm(64, 256, 784, { packB: true }), reference);
    row("unpacked", measureGemm(64, 256, 784, { packB: false }), reference);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
