// Initializers: statistics against the formulas (sample mean and variance of large tensors),
// orthogonality, determinism, per-name seeding, and the symmetric-weights warning.
import { afterEach, describe, expect, it, vi } from "vitest";
import { defineGraph } from "../src/dsl/builder.ts";
import { GraphError } from "../src/ir/errors.ts";
import { dense, init, initGraphParams } from "../src/nn/index.ts";
import type { InitSpec } from "../src/ir/types.ts";
import { fansOf, initialize, initializeParams } from "../src/runtime/init.ts";

function moments(v: Float32Array): { mean: number; variance: number } {
  let s = 0;
  for (const x of v) s += x;
  const mean = s / v.length;
  let q = 0;
  for (const x of v) q += (x - mean) ** 2;
  return { mean, variance: q / v.length };
}

/** Checks mean and variance of a large sample against the formula's; tolerances ≫ sampling error. */
function expectMoments(v: Float32Array, mean: number, variance: number) {
  const m = moments(v);
  const sd = Math.sqrt(variance);
  expect(Math.abs(m.mean - mean)).toBeLessThan((5 * sd) / Math.sqrt(v.length));
  expect(m.variance / variance).toBeGreaterThan(0.97);
  expect(m.variance / variance).toBeLessThan(1.03);
}

// Loops, not Math.max(...v): spreading 240,000 arguments overflows the stack.
const maxOf = (v: Float32Array) => v.reduce((a, b) => Math.max(a, b), -Infinity);
const minOf = (v: Float32Array) => v.reduce((a, b) => Math.min(a, b), Infinity);

afterEach(() => vi.restoreAllMocks());

describe("fan-in and fan-out", () => {
  it("follow the layouts: dense [in, out], HWIO conv, 1-D", () => {
    expect(fansOf([300, 100])).toEqual({ fanIn: 300, fanOut: 100 });
    expect(fansOf([5, 3, 16, 32])).toEqual({ fanIn: 5 * 3 * 16, fanOut: 5 * 3 * 32 });
    expect(fansOf([7])).toEqual({ fanIn: 7, fanOut: 7 });
    expect(fansOf([])).toEqual({ fanIn: 1, fanOut: 1 });
  });
});

describe("distributions match their formulas", () => {
  const dense2d = [400, 600]; // fanIn 400, fanOut 600: 240,000 samples
  const conv = [3, 3, 64, 128]; // fanIn 576, fanOut 1152: 73,728 samples

  it("xavierUniform: U(±√(6/(in+out))), variance 2/(in+out), bounded by the limit", () => {
    const v = initialize(init.xavierUniform(), dense2d, 1);
    expectMoments(v, 0, 2 / 1000);
    const limit = Math.sqrt(6 / 1000);
    expect(maxOf(v)).toBeLessThanOrEqual(limit);
    expect(minOf(v)).toBeGreaterThanOrEqual(-limit);
    expect(maxOf(v)).toBeGreaterThan(0.99 * limit);
  });

  it("xavierNormal: variance 2/(in+out), scaled by gain²", () => {
    expectMoments(initialize(init.xavierNormal(), dense2d, 2), 0, 2 / 1000);
    expectMoments(initialize(init.xavierNormal(2), dense2d, 2), 0, (4 * 2) / 1000);
  });

  it("heNormal and heUniform on an HWIO filter: variance 2/fanIn with fanIn = kh·kw·cin", () => {
    expectMoments(initialize(init.heNormal(), conv, 3), 0, 2 / 576);
    expectMoments(initialize(init.heUniform(), conv, 4), 0, 2 / 576);
  });

  it("normal(std, mean) and uniform(lo, hi)", () => {
    expectMoments(initialize(init.normal(0.5, 2), dense2d, 5), 2, 0.25);
    const u = initialize(init.uniform(-2, 3), dense2d, 6);
    expectMoments(u, 0.5, 25 / 12);
    expect(minOf(u)).toBeGreaterThanOrEqual(-2);
    expect(maxOf(u)).toBeLessThan(3);
  });

  it("Box-Muller normals have normal tails: about 4.55% beyond 2σ", () => {
    const v = initialize(init.normal(1), dense2d, 7);
    const beyond = v.filter((x) => Math.abs(x) > 2).length / v.length;
    expect(beyond).toBeGreaterThan(0.0435);
    expect(beyond).toBeLessThan(0.0475);
  });

  it("constants, zeros, ones and identity", () => {
    expect([...initialize(init.constant(0.1), [3], 0)]).toEqual([0.1, 0.1, 0.1].map(Math.fround));
    expect([...initialize(init.zeros(), [2], 0)]).toEqual([0, 0]);
    expect([...initialize(init.ones(), [2], 0)]).toEqual([1, 1]);
    expect([...initialize(init.identity(2), [3, 3], 0)]).toEqual([2, 0, 0, 0, 2, 0, 0, 0, 2]);
  });

  it("identity refuses a non-square shape, with a hint", () => {
    expect(() => initialize(init.identity(), [3, 4], 0, "fc/kernel")).toThrow(/fc\/kernel: the identity initializer needs a square 2-D shape, got \[3,4\].*orthogonal/);
  });
});

describe("orthogonal", () => {
  /** Gram matrix of the columns (rows = false) or rows (rows = true) of a row-major r×c matrix. */
  function gram(v: Float32Array, r: number, c: number, ofRows: boolean): number[][] {
    const n = ofRows ? r : c;
    const at = (i: number, k: number) => (ofRows ? v[i * c + k]! : v[k * c + i]!);
    const len = ofRows ? c : r;
    return [...Array(n)].map((_, i) => [...Array(n)].map((_, j) => [...Array(len)].reduce((s, _, k) => s + at(i, k) * at(j, k), 0)));
  }
  function expectIdentity(m: number[][], scale = 1) {
    m.forEach((row, i) => row.forEach((v, j) => expect(Math.abs(v - (i === j ? scale : 0))).toBeLessThan(1e-5)));
  }

  it("a tall [64, 32] matrix has orthonormal columns: QᵀQ = I", () => {
    expectIdentity(gram(initialize(init.orthogonal(), [64, 32], 11), 64, 32, false));
  });

  it("a wide [16, 48] matrix has orthonormal rows: QQᵀ = I", () => {
    expectIdentity(gram(initialize(init.orthogonal(), [16, 48], 12), 16, 48, true));
  });

  it("a square matrix is orthogonal both ways, scaled by the gain; a filter is flattened to [kh·kw·cin, cout]", () => {
    const q = initialize(init.orthogonal(1.5), [20, 20], 13);
    expectIdentity(gram(q, 20, 20, false), 2.25);
    expectIdentity(gram(q, 20, 20, true), 2.25);
    expectIdentity(gram(initialize(init.orthogonal(), [3, 3, 4, 8], 14), 36, 8, false));
  });

  it("refuses rank < 2", () => {
    expect(() => initialize(init.orthogonal(), [5], 0, "b")).toThrow(/b: the orthogonal initializer needs rank ≥ 2/);
  });
});

describe("seeding", () => {
  const params = [
    { name: "fc1/kernel", dtype: "f32" as const, shape: [4, 3], init: init.heNormal() },
    { name: "fc1/bias", dtype: "f32" as const, shape: [3], init: init.zeros() },
    { name: "drop/rng", dtype: "i32" as const, shape: [], init: init.zeros(), trainable: false },
  ];

  it("is deterministic: the same seed gives the same values, another seed others", () => {
    const a = initializeParams(params, 42);
    const b = initializeParams(params, 42);
    const c = initializeParams(params, 43);
    expect([...a["fc1/kernel"]!]).toEqual([...b["fc1/kernel"]!]);
    expect([...a["fc1/kernel"]!]).not.toEqual([...c["fc1/kernel"]!]);
  });

  it("derives each parameter's seed from its name: adding a parameter changes no other", () => {
    const before = initializeParams(params, 7);
    const after = initializeParams([{ name: "fc0/kernel", dtype: "f32", shape: [4, 4], init: init.heNormal() }, ...params], 7);
    expect([...after["fc1/kernel"]!]).toEqual([...before["fc1/kernel"]!]);
    // two parameters of the same shape and spec still get different values
    const twins = initializeParams(
      ["a", "b"].map((name) => ({ name, dtype: "f32" as const, shape: [8], init: init.normal(1) })),
      7,
    );
    expect([...twins.a!]).not.toEqual([...twins.b!]);
  });

  it("gives i32 state (RNG counters) Int32Array values and refuses random specs for it", () => {
    const v = initializeParams(params, 0);
    expect(v["drop/rng"]).toBeInstanceOf(Int32Array);
    expect(v["drop/rng"]!.length).toBe(1);
    expect(() => initializeParams([{ name: "c", dtype: "i32", shape: [], init: init.normal(1) }], 0)).toThrow(/c: an i32 parameter takes zeros, ones or an integer constant/);
  });

  it("initGraphParams covers every param and state of a graph", () => {
    const g = defineGraph("t", {}, (g) => void g.output("y", dense(g.input("x", [2, 3]), 4, { name: "fc" }))).build();
    const v = initGraphParams(g, 1);
    expect(Object.keys(v).sort()).toEqual(["fc/bias", "fc/kernel"]);
    expect(v["fc/kernel"]!.length).toBe(12);
  });
});

describe("the symmetric-weights warning", () => {
  it("warns once per trainable weight of rank ≥ 2 with a constant init, never for biases or state", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const slots = (name: string, trainable: boolean) => [
      { name: `${name}/kernel`, dtype: "f32" as const, shape: [3, 3], init: init.zeros() as InitSpec, trainable },
      { name: `${name}/bias`, dtype: "f32" as const, shape: [3], init: init.zeros() },
    ];
    initializeParams(slots("sym", true), 0);
    initializeParams(slots("sym", true), 1);
    initializeParams(slots("opt/momentum", false), 0);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/weight 'sym\/kernel' \[3,3\] is initialized to a constant \(zeros\).*cannot learn.*heUniform/);
  });
});

describe("spec builders", () => {
  it("reject bad arguments at the user's line", () => {
    let e: unknown;
    try {
      init.uniform(1, 0);
    } catch (err) {
      e = err;
    }
    expect(e).toBeInstanceOf(GraphError);
    expect((e as GraphError).source.file).toMatch(/test[\\/]nn-init\.test\.ts$/);
    expect(() => init.normal(-1)).toThrow(/std -1 must be >= 0/);
  });
});
