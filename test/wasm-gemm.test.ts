/**
 * The WebAssembly SIMD GEMM generator against a float64 triple loop.
 *
 * Every case compiles one kernel, runs it on random data in a fresh memory and compares all of C with
 * the reference: |got - want| ≤ 1e-5 · (Σ_k |a·b| + |bias| + |C_old|), the scale of the float32 rounding
 * a length-K dot product can accumulate. Sentinel values around C check that the ragged edges never
 * store outside the matrix.
 */
import { describe, expect, it } from "vitest";
import {
  addGemm,
  buildGemmModule,
  detectRelaxedSimd,
  enableRelaxedSimdInNode,
  epilogues,
  gemmKernelName,
  gemmScratchBytes,
  gemmTiles,
  planGemm,
  type Epilogue,
  type GemmSpec,
} from "../src/codegen/wasm/gemm.ts";
import binaryen from "binaryen";

type EpilogueKind = "acc" | "bias" | "relu";

interface Case {
  m: number;
  n: number;
  k: number;
  transA?: boolean;
  transB?: boolean;
  packB?: boolean;
  tile?: { mr: number; nr: number };
  kUnroll?: number;
  fma?: boolean;
  epilogue?: EpilogueKind[];
  rowBlock?: number;
}

const SENTINEL = 12345.5;
const REL_TOL = 1e-5;

/** A deterministic generator (LCG), so a failure reproduces. */
function randomFloats(count: number, seed: number): Float32Array {
  const out = new Float32Array(count);
  let state = seed >>> 0 || 1;
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    out[i] = state / 2 ** 32 - 0.5;
  }
  return out;
}

/** Lay out A, B, C (with a sentinel guard before and after), bias and scratch in one memory, 64-byte aligned. */
function layout(c: Case) {
  const align = (x: number) => Math.ceil(x / 64) * 64;
  const guard = 64;
  const a = 0;
  const b = align(a + c.m * c.k * 4);
  const cOffset = align(b + c.k * c.n * 4 + guard) ;
  const bias = align(cOffset + c.m * c.n * 4 + guard);
  const scratch = align(bias + c.n * 4);
  const end = scratch + gemmScratchBytes(c);
  return { a, b, c: cOffset, bias, scratch, guard, bytes: end };
}

function epilogueList(kinds: readonly EpilogueKind[], biasOffset: number): Epilogue[] {
  return kinds.map((kind) => {
    switch (kind) {
      case "acc":
        return epilogues.accumulate();
      case "bias":
        return epilogues.biasAdd(biasOffset);
      case "relu":
        return epilogues.relu();
    }
  });
}

/** C = epilogue(op(A)·op(B)) in float64, from the same float32 inputs. */
function reference(c: Case, A: Float32Array, B: Float32Array, C0: Float32Array, bias: Float32Array) {
  const want = new Float64Array(c.m * c.n);
  const scale = new Float64Array(c.m * c.n);
  for (let i = 0; i < c.m; i++) {
    for (let j = 0; j < c.n; j++) {
      let sum = 0;
      let magnitude = 0;
      for (let p = 0; p < c.k; p++) {
        const a = c.transA ? A[p * c.m + i]! : A[i * c.k + p]!;
        const b = c.transB ? B[j * c.k + p]! : B[p * c.n + j]!;
        sum += a * b;
        magnitude += Math.abs(a * b);
      }
      for (const kind of c.epilogue ?? []) {
        if (kind === "acc") {
          sum += C0[i * c.n + j]!;
          magnitude += Math.abs(C0[i * c.n + j]!);
        } else if (kind === "bias") {
          sum += bias[j]!;
          magnitude += Math.abs(bias[j]!);
        } else {
          sum = Math.max(sum, 0);
        }
      }
      want[i * c.n + j] = sum;
      scale[i * c.n + j] = magnitude;
    }
  }
  return { want, scale };
}

function runCase(c: Case): { name: string; text: string } {
  const at = layout(c);
  const spec: GemmSpec = {
    m: c.m,
    n: c.n,
    k: c.k,
    a: at.a,
    b: at.b,
    c: at.c,
    scratch: at.scratch,
    transA: c.transA,
    transB: c.transB,
    packB: c.packB,
    tile: c.tile,
    kUnroll: c.kUnroll,
    fma: c.fma,
    epilogue: epilogueList(c.epilogue ?? [], at.bias),
    rowBlock: c.rowBlock,
  };
  const pages = Math.ceil(at.bytes / 65536) + 1;
  const built = buildGemmModule([spec], { memoryPages: pages });
  const memory = new WebAssembly.Memory({ initial: pages });
  const heap = new Float32Array(memory.buffer);
  const seed = c.m * 10007 + c.n * 101 + c.k;
  const A = randomFloats(c.m * c.k, seed);
  const B = randomFloats(c.k * c.n, seed + 1);
  const C0 = randomFloats(c.m * c.n, seed + 2);
  const bias = randomFloats(c.n, seed + 3);
  heap.set(A, at.a / 4);
  heap.set(B, at.b / 4);
  heap.fill(SENTINEL, (at.c - at.guard) / 4, (at.c + c.m * c.n * 4 + at.guard) / 4);
  heap.set(C0, at.c / 4);
  heap.set(bias, at.bias / 4);
  heap.fill(Number.NaN, at.scratch / 4, at.bytes / 4); // packing must overwrite every scratch float it reads

  const instance = new WebAssembly.Instance(new WebAssembly.Module(built.binary), { env: { memory } });
  const name = built.plans[0]!.name;
  (instance.exports[name] as () => void)();

  const { want, scale } = reference(c, A, B, C0, bias);
  const got = heap.subarray(at.c / 4, at.c / 4 + c.m * c.n);
  for (let e = 0; e < c.m * c.n; e++) {
    const error = Math.abs(got[e]! - want[e]!);
    if (!(error <= REL_TOL * Math.max(scale[e]!, 1e-30))) {
      const [i, j] = [Math.floor(e / c.n), e % c.n];
      throw new Error(`${name}: C[${i},${j}] = ${got[e]}, want ${want[e]} (error ${error.toExponential(2)}, scale ${scale[e]!.toExponential(2)})`);
    }
  }
  const guardFloats = at.guard / 4;
  for (const start of [at.c / 4 - guardFloats, at.c / 4 + c.m * c.n]) {
    expect(Array.from(heap.subarray(start, start + guardFloats)).every((x) => x === SENTINEL), `${name} wrote outside C`).toBe(true);
  }
  return { name, text: built.text ?? "" };
}

const SIZES: ReadonlyArray<[number, number, number]> = [
  [1, 1, 1],
  [3, 5, 7],
  [4, 8, 16],
  [13, 17, 19],
  [64, 64, 64],
  [1, 33, 5],
  [9, 3, 2],
];
const LAYOUTS = [
  { transA: false, transB: false },
  { transA: true, transB: false },
  { transA: false, transB: true },
  { transA: true, transB: true },
];
const label = (c: Case) =>
  `${c.m}×${c.n}×${c.k} ${c.transA ? "t" : "n"}${c.transB ? "t" : "n"}` +
  `${c.packB === undefined ? "" : c.packB ? " packed" : " unpacked"}` +
  `${c.tile ? ` ${c.tile.mr}x${c.tile.nr}` : ""}${c.kUnroll ? ` u${c.kUnroll}` : ""}` +
  `${c.epilogue?.length ? ` [${c.epilogue.join(",")}]` : ""}${c.rowBlock ? ` rows of ${c.rowBlock}` : ""}`;

describe("wasm gemm: sizes × layouts × packing", () => {
  const cases: Case[] = SIZES.flatMap(([m, n, k]) =>
    LAYOUTS.flatMap((l) => (l.transB ? [{ m, n, k, ...l }] : [true, false].map((packB) => ({ m, n, k, ...l, packB })))),
  );
  it.each(cases.map((c) => [label(c), c] as const))("%s", (_, c) => {
    runCase(c);
  });
});

describe("wasm gemm: tiles and K unrolling", () => {
  const tiles = [
    { mr: 1, nr: 4 },
    { mr: 4, nr: 8 },
    { mr: 3, nr: 12 },
    { mr: 6, nr: 8 },
    { mr: 2, nr: 16 },
  ];
  const cases: Case[] = tiles.flatMap((tile) =>
    [1, 3, 4].flatMap((kUnroll) => [
      { m: 13, n: 17, k: 19, tile, kUnroll },
      { m: 7, n: 30, k: 10, tile, kUnroll, transB: true },
    ]),
  );
  it.each(cases.map((c) => [label(c), c] as const))("%s", (_, c) => {
    runCase(c);
  });
});

describe("wasm gemm: epilogues", () => {
  const chains: EpilogueKind[][] = [[], ["acc"], ["bias"], ["relu"], ["bias", "relu"], ["acc", "bias", "relu"]];
  const cases: Case[] = chains.flatMap((epilogue) =>
    [
      [13, 17, 19],
      [64, 64, 64],
      [2, 3, 1],
    ].map(([m, n, k]) => ({ m: m!, n: n!, k: k!, epilogue })),
  );
  it.each(cases.map((c) => [label(c), c] as const))("%s", (_, c) => {
    runCase(c);
  });

  it("relu really clamps (some outputs are negative before it)", () => {
    const { text } = runCase({ m: 13, n: 17, k: 19, epilogue: ["relu"] });
    expect(text).toContain("f32x4.max");
  });
});

describe("wasm gemm: tiled by row blocks (convolutions' tall patch matrices)", () => {
  // Blocks that divide M, that leave a short last block, of fewer rows than a register tile, one block in all.
  const cases: Case[] = [
    { m: 64, n: 64, k: 64, rowBlock: 16 },
    { m: 37, n: 17, k: 19, rowBlock: 10 },
    { m: 37, n: 17, k: 19, rowBlock: 3, transA: true },
    { m: 13, n: 30, k: 10, rowBlock: 32, transB: true },
    { m: 50, n: 9, k: 7, rowBlock: 7, packB: false },
    { m: 50, n: 9, k: 7, rowBlock: 7, packB: true, epilogue: ["acc", "bias", "relu"] },
    { m: 21, n: 64, k: 5, rowBlock: 8, tile: { mr: 3, nr: 12 } },
  ];
  it.each(cases.map((c) => [label(c), c] as const))("%s", (_, c) => {
    runCase(c);
  });

  it("names the block size, packs B in a function of its own, and has ceil(M / block) tiles", () => {
    const plan = planGemm({ m: 37, n: 17, k: 19, a: 0, b: 4096, c: 8192, scratch: 16384, packB: true, rowBlock: 10 });
    expect(plan.name).toBe("gemm_4x8_m37n17k19_mb10_nn_packb_u1__wasmsimd_loadsplat");
    expect(plan.packName).toBe(`${plan.name}_pack`);
    expect(gemmTiles(plan)).toBe(4);
    expect(planGemm({ m: 37, n: 17, k: 19, a: 0, b: 4096, c: 8192, packB: false, rowBlock: 10 }).packName).toBeUndefined();
    expect(() => planGemm({ m: 4, n: 4, k: 4, a: 0, b: 64, c: 128, rowBlock: 0 })).toThrow(/rowBlock must be an integer ≥ 1/);
  });
});

describe("wasm gemm: relaxed SIMD fma", () => {
  // Node 20 keeps relaxed SIMD behind --experimental-wasm-relaxed-simd; turn it on for this worker.
  const available = enableRelaxedSimdInNode();
  if (!available) {
    it.skip("skipped: this engine does not support relaxed SIMD (f32x4.relaxed_madd), even with --experimental-wasm-relaxed-simd", () => {});
    return;
  }
  const cases: Case[] = [
    { m: 1, n: 1, k: 1, fma: true },
    { m: 13, n: 17, k: 19, fma: true },
    { m: 64, n: 64, k: 64, fma: true, epilogue: ["bias", "relu"] },
    { m: 13, n: 17, k: 19, fma: true, transA: true, transB: true, epilogue: ["acc"] },
  ];
  it.each(cases.map((c) => [`${label(c)} fma`, c] as const))("%s", (_, c) => {
    const { name, text } = runCase(c);
    expect(name).toContain("wasmrelaxedsimd_fma");
    expect(text).toContain("f32x4.relaxed_madd");
  });
});

describe("wasm gemm: names, plans and errors", () => {
  it("spells the parameters in the function name", () => {
    const plan = planGemm({ m: 64, n: 256, k: 784, a: 0, b: 4096, c: 8192, scratch: 0, transA: true, packB: true, epilogue: [epilogues.biasAdd(0), epilogues.relu()] });
    expect(plan.name).toBe("gemm_bias_relu_4x8_m64n256k784_tn_packb_u1__wasmsimd_loadsplat");
    expect(gemmKernelName({ ...plan, fma: true, tile: { mr: 3, nr: 12 }, kUnroll: 2 })).toBe(
      "gemm_bias_relu_3x12_m64n256k784_tn_packb_u2__wasmrelaxedsimd_fma_loadsplat",
    );
  });

  it("packs transposed B always and other B by size", () => {
    expect(planGemm({ m: 4, n: 4, k: 4, a: 0, b: 64, c: 128, scratch: 256, transB: true }).packB).toBe(true);
    expect(planGemm({ m: 4, n: 4, k: 4, a: 0, b: 64, c: 128 }).packB).toBe(false);
    expect(planGemm({ m: 512, n: 4, k: 4, a: 0, b: 64, c: 128, scratch: 256 }).packB).toBe(true);
  });

  it("needs scratch to pack, and rejects bad sizes, tiles and offsets", () => {
    expect(() => planGemm({ m: 4, n: 4, k: 4, a: 0, b: 64, c: 128, transB: true })).toThrow(/scratch/);
    expect(() => planGemm({ m: 0, n: 4, k: 4, a: 0, b: 64, c: 128 })).toThrow(/m must be an integer ≥ 1/);
    expect(() => planGemm({ m: 4, n: 4, k: 4, a: 0, b: 64, c: 128, tile: { mr: 4, nr: 6 } })).toThrow(/multiple of 4/);
    expect(() => planGemm({ m: 4, n: 4, k: 4, a: 2, b: 64, c: 128 })).toThrow(/offset a/);
  });

  it("refuses a second function of the same name in one module", () => {
    const module = new binaryen.Module();
    try {
      const spec: GemmSpec = { m: 4, n: 4, k: 4, a: 0, b: 64, c: 128 };
      addGemm(module, spec);
      expect(() => addGemm(module, spec)).toThrow(/already has a function/);
      expect(() => addGemm(module, { ...spec, name: "gemm_second" })).not.toThrow();
    } finally {
      module.dispose();
    }
  });

  it("detectRelaxedSimd agrees with WebAssembly.validate of a real relaxed_madd kernel", () => {
    const built = (() => {
      try {
        return buildGemmModule([{ m: 1, n: 4, k: 1, a: 0, b: 64, c: 128, fma: true }], { memoryPages: 1 });
      } catch {
        return undefined;
      }
    })();
    expect(built).toBeDefined();
    expect(WebAssembly.validate(built!.binary)).toBe(detectRelaxedSimd());
  });
});
