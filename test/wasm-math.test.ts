/**
 * The vectorized exp/log/tanh/pow of src/codegen/wasm/math.ts against Math.* (float64, then rounded to
 * float32): a dense sweep of each function's range, measuring the maximum error in float32 ulps of the
 * correctly rounded result, plus the special values the interpreter gives (Math.* semantics).
 * The bounds asserted here are the ones documented in math.ts's header.
 */
import binaryen from "binaryen";
import { describe, expect, it } from "vitest";
import { MATH, addMathFunctions, randomKeyExpr, uniformScalar, uniformVector } from "../src/codegen/wasm/math.ts";
import { finishModule, wasmFeatures } from "../src/codegen/wasm/simd.ts";
import { randomKey, uniformAt } from "../src/runtime/random.ts";
import { erf32 } from "../src/runtime/math.ts";
import erf from "@stdlib/math-base-special-erf";

const PAGES = 64; // 4 MiB: room for two 2^18-element inputs and an output

/** A module exporting map_<fn>(src, dst, count) that applies a vector math function over memory. */
function buildMathModule() {
  const m = new binaryen.Module();
  m.setFeatures(wasmFeatures(false));
  m.setMemory(PAGES, PAGES, "memory");
  addMathFunctions(m);
  const p = (i: number) => m.local.get(i, binaryen.i32);
  const mapper = (name: string, fn: string, arity: 1 | 2) => {
    // params: src, dst, count (multiple of 4), src2; local 4: byte index
    const i = () => m.local.get(4, binaryen.i32);
    const args = [m.v128.load(0, 4, m.i32.add(p(0), i()))];
    if (arity === 2) args.push(m.v128.load(0, 4, m.i32.add(p(3), i())));
    const body = m.block(null, [
      m.local.set(4, m.i32.const(0)),
      m.loop(
        "l",
        m.block(null, [
          m.v128.store(0, 4, m.i32.add(p(1), i()), m.call(fn, args, binaryen.v128)),
          m.local.set(4, m.i32.add(i(), m.i32.const(16))),
          m.br("l", m.i32.lt_u(i(), m.i32.shl(p(2), m.i32.const(2)))),
        ]),
      ),
    ]);
    m.addFunction(name, binaryen.createType([binaryen.i32, binaryen.i32, binaryen.i32, binaryen.i32]), binaryen.none, [binaryen.i32], body);
    m.addFunctionExport(name, name);
  };
  mapper("exp", MATH.exp, 1);
  mapper("log", MATH.log, 1);
  mapper("tanh", MATH.tanh, 1);
  mapper("pow", MATH.pow, 2);
  mapper("erf", MATH.erf, 1);
  // random: key(seed, counter) and uniform at index, scalar and vector (lane 0..3 of index i)
  m.addFunction("key", binaryen.createType([binaryen.i32, binaryen.i32]), binaryen.i32, [], randomKeyExpr(m, 0, m.i32.xor(p(1), m.i32.const(0))));
  m.addFunctionExport("key", "key");
  m.addFunction("uniform", binaryen.createType([binaryen.i32, binaryen.i32]), binaryen.f32, [], uniformScalar(m, p(0), p(1)));
  m.addFunctionExport("uniform", "uniform");
  m.addFunction(
    "uniform4",
    binaryen.createType([binaryen.i32, binaryen.i32, binaryen.i32]),
    binaryen.none,
    [],
    m.v128.store(0, 4, p(2), uniformVector(m, p(0), p(1))),
  );
  m.addFunctionExport("uniform4", "uniform4");
  const { binary } = finishModule(m);
  m.dispose();
  const instance = new WebAssembly.Instance(new WebAssembly.Module(binary), {});
  return instance.exports as unknown as {
    memory: WebAssembly.Memory;
    exp(s: number, d: number, n: number, s2: number): void;
    log(s: number, d: number, n: number, s2: number): void;
    tanh(s: number, d: number, n: number, s2: number): void;
    pow(s: number, d: number, n: number, s2: number): void;
    erf(s: number, d: number, n: number, s2: number): void;
    key(seed: number, counter: number): number;
    uniform(key: number, i: number): number;
    uniform4(key: number, i: number, dst: number): void;
  };
}

const wasm = buildMathModule();
const MAX = 1 << 18;
const SRC = 0;
const DST = MAX * 4;
const SRC2 = MAX * 8;

function run(fn: "exp" | "log" | "tanh" | "pow" | "erf", xs: Float32Array, ys?: Float32Array): Float32Array {
  const n = Math.ceil(xs.length / 4) * 4;
  const heap = new Float32Array(wasm.memory.buffer);
  heap.set(xs, SRC / 4);
  if (ys) heap.set(ys, SRC2 / 4);
  wasm[fn](SRC, DST, n, SRC2);
  return heap.slice(DST / 4, DST / 4 + xs.length);
}

/** Distance in float32 ulps between a float32 result and the exact value (ulp of the exact value's binade). */
const bitsF = new Float32Array(1);
const bitsI = new Int32Array(bitsF.buffer);
function ulps(got: number, exact: number): number {
  if (got === exact) return 0;
  if (Number.isNaN(got) !== Number.isNaN(exact)) return Infinity;
  const magnitude = Math.abs(Math.fround(exact));
  bitsF[0] = magnitude;
  bitsI[0]! += 1;
  const ulp = bitsF[0]! - magnitude || 1.4e-45;
  return Math.abs(got - exact) / ulp;
}

function maxUlps(got: Float32Array, xs: Float32Array, f: (x: number) => number): { ulps: number; at: number } {
  let worst = { ulps: 0, at: NaN };
  for (let i = 0; i < xs.length; i++) {
    const u = ulps(got[i]!, f(xs[i]!));
    if (u > worst.ulps) worst = { ulps: u, at: xs[i]! };
  }
  return worst;
}

const linspace = (lo: number, hi: number, n: number) => Float32Array.from({ length: n }, (_, i) => lo + ((hi - lo) * i) / (n - 1));

describe("vector math against Math.* (float32 ulps)", () => {
  it("exp: ≤ 2 ulp on [-87.3, 88.7], and 0 / +Inf / NaN outside", () => {
    const xs = linspace(-87.3, 88.7, MAX);
    const worst = maxUlps(run("exp", xs), xs, Math.exp);
    expect(worst.ulps, `worst at x = ${worst.at}`).toBeLessThanOrEqual(2);
    const special = Float32Array.of(-Infinity, -200, 89, 100, Infinity, NaN, 0, -0, -100, -103.5);
    const got = run("exp", special);
    expect(Array.from(got.slice(0, 6))).toEqual([0, 0, Infinity, Infinity, Infinity, NaN]);
    expect(got[6]).toBe(1);
    expect(got[7]).toBe(1);
    // denormal results are still rounded once
    expect(ulps(got[8]!, Math.exp(-100))).toBeLessThanOrEqual(2);
    expect(ulps(got[9]!, Math.exp(-103.5))).toBeLessThanOrEqual(2);
  });

  it("log: ≤ 2 ulp over the positive floats (normal and denormal), Math.log's special values", () => {
    // every 2^13-th float32 bit pattern from the smallest denormal to the largest finite float
    const count = (0x7f800000 >> 13) + 1;
    const bits = Int32Array.from({ length: count }, (_, i) => Math.max(1, i << 13));
    const xs = new Float32Array(bits.buffer);
    const worst = maxUlps(run("log", xs), xs, Math.log);
    expect(worst.ulps, `worst at x = ${worst.at}`).toBeLessThanOrEqual(2);
    const near1 = linspace(0.5, 2, MAX);
    const worstNear1 = maxUlps(run("log", near1), near1, Math.log);
    expect(worstNear1.ulps, `worst at x = ${worstNear1.at}`).toBeLessThanOrEqual(2);
    expect(Array.from(run("log", Float32Array.of(0, -0, -1, Infinity, NaN, 1, -Infinity)))).toEqual([-Infinity, -Infinity, NaN, Infinity, NaN, 0, NaN]);
  });

  it("tanh: ≤ 3 ulp on [-10, 10], ±1 beyond, odd, NaN stays NaN", () => {
    const xs = linspace(-10, 10, MAX);
    const worst = maxUlps(run("tanh", xs), xs, Math.tanh);
    expect(worst.ulps, `worst at x = ${worst.at}`).toBeLessThanOrEqual(3);
    expect(Array.from(run("tanh", Float32Array.of(20, -20, Infinity, -Infinity, NaN, 0, 1e-30)))).toEqual([1, -1, 1, -1, NaN, 0, Math.fround(1e-30)]);
    expect(Object.is(run("tanh", Float32Array.of(-0))[0], -0)).toBe(true);
  });

  it("pow: relative error ≤ 5e-6 for a ∈ [1e-3, 1e3], b ∈ [-8, 8]", () => {
    const n = 1 << 18;
    const a = Float32Array.from({ length: n }, (_, i) => Math.fround(10 ** (-3 + (6 * ((i * 7919) % n)) / n)));
    const b = Float32Array.from({ length: n }, (_, i) => Math.fround(-8 + (16 * i) / n));
    const got = run("pow", a, b);
    let worst = 0;
    for (let i = 0; i < n; i++) {
      const want = Math.pow(a[i]!, b[i]!);
      if (!Number.isFinite(Math.fround(want)) || Math.fround(want) === 0) continue;
      worst = Math.max(worst, Math.abs(got[i]! - want) / Math.abs(want));
    }
    expect(worst).toBeLessThanOrEqual(5e-6);
  });

  it("pow: Math.pow's special cases", () => {
    const cases: [number, number][] = [
      [2, 0], [NaN, 0], [NaN, 1], [1, NaN], [2, NaN], [-2, 3], [-2, 2], [-2, 0.5], [-8, 1 / 3], [0, 2], [0, -1],
      [-0, 3], [-0, -3], [-0, 2], [Infinity, -1], [-Infinity, 3], [-Infinity, -3], [-Infinity, 0.5], [0.5, Infinity],
      [2, -Infinity], [1, Infinity], [-1, Infinity], [-1, -Infinity], [3, 2], [-3, -2], [2, 200], [2, -200],
    ];
    const got = run("pow", Float32Array.from(cases, (c) => c[0]), Float32Array.from(cases, (c) => c[1]));
    cases.forEach(([a, b], i) => {
      const want = Math.fround(Math.pow(a, b));
      if (Number.isNaN(want) || !Number.isFinite(want) || want === 0) expect(Object.is(got[i], want), `pow(${a}, ${b}) = ${got[i]}, want ${want}`).toBe(true);
      else expect(Math.abs(got[i]! - want) / Math.abs(want), `pow(${a}, ${b})`).toBeLessThanOrEqual(1e-6);
    });
  });
});

describe("erf: the float32 rational of Eigen/XLA", () => {
  it("absolute error ≤ 5e-7 against a float64 erf on [-5, 5]; ±1 beyond ±4, odd, NaN stays NaN", () => {
    const xs = linspace(-5, 5, MAX);
    const got = run("erf", xs);
    let worst = 0;
    for (let i = 0; i < xs.length; i++) worst = Math.max(worst, Math.abs(got[i]! - erf(xs[i]!)));
    expect(worst).toBeLessThanOrEqual(5e-7); // measured 4.4e-7 (float32 arithmetic)
    expect(Array.from(run("erf", Float32Array.of(Infinity, -Infinity, 10, -10, NaN, 0)))).toEqual([1, -1, 1, -1, NaN, 0]);
  });

  it("the TypeScript backend's erf32 is the same formula: within 4 float32 ulps (near 1) of the wasm lanes", () => {
    const xs = linspace(-4.5, 4.5, 1 << 14);
    const got = run("erf", xs);
    for (let i = 0; i < xs.length; i++) expect(Math.abs(erf32(xs[i]!) - got[i]!)).toBeLessThanOrEqual(4.8e-7); // float64 vs float32 evaluation: ≤ 4 ulps near 1
  });
});

describe("random bits in i32 arithmetic", () => {
  it("randomKey and uniformAt (scalar and four lanes) equal src/runtime/random.ts exactly", () => {
    const heap = new Float32Array(wasm.memory.buffer);
    for (const counter of [0, 1, 7, -5, 2147483647]) {
      const key = wasm.key(0, counter) >>> 0;
      expect(key).toBe(randomKey(0, counter));
      for (const i of [0, 1, 4, 1001, 1 << 20]) {
        expect(wasm.uniform(key, i)).toBe(uniformAt(key, i));
        wasm.uniform4(key, i, 0);
        expect(Array.from(heap.slice(0, 4))).toEqual([0, 1, 2, 3].map((l) => uniformAt(key, i + l)));
      }
    }
  });
});
