// Pooling and its backprops: hand-worked values (SAME's in-bounds count, −∞ padding, ties),
// a naive oracle, shape errors on the user's line, costs, and gradient checks over a grid.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { gradients } from "../src/autodiff/gradients.ts";
import { gradcheck } from "../src/autodiff/gradcheck.ts";
import { defineGraph } from "../src/dsl/builder.ts";
import type { GraphBuilder } from "../src/dsl/builder.ts";
import { avgPool, avgPoolBackprop, conv2d, maxPool, maxPoolBackprop } from "../src/dsl/ops.ts";
import type { PoolOptions } from "../src/dsl/ops.ts";
import type { Tensor } from "../src/dsl/tensor.ts";
import { GraphError } from "../src/ir/errors.ts";
import { interpret } from "../src/interp/interpret.ts";
import { rules } from "../src/prims/index.ts";

function run(
  shapes: Record<string, number[]>,
  feeds: Record<string, number[]>,
  f: (t: Record<string, Tensor>, g: GraphBuilder) => Tensor,
): { shape: readonly number[]; data: number[] } {
  const graph = defineGraph("t", {}, (g) => {
    const t = Object.fromEntries(Object.entries(shapes).map(([k, s]) => [k, g.input(k, s)]));
    g.output("out", f(t, g));
  }).build();
  const out = interpret(graph, { params: {}, feeds, float: "f64" }).outputs.out!;
  return { shape: out.shape, data: [...out.data] };
}

const iota = (n: number, from = 1) => Array.from({ length: n }, (_, i) => i + from);
const size = (s: readonly number[]) => s.reduce((a, b) => a * b, 1);

/** Distinct values in [-1, 1), shuffled, at least 2/n apart: no ties, even after a 1e-6 nudge. */
function distinct(n: number, seed: number): number[] {
  let s = seed * 7919 + 17;
  const keys = Array.from({ length: n }, () => (s = (s * 1103515245 + 12345) % 2147483648));
  return iota(n, 0)
    .sort((a, b) => keys[a]! - keys[b]!)
    .map((k) => (2 * k) / n - 1);
}

const pool1 = (op: typeof maxPool, x: number[], shape: number[], opts: PoolOptions) =>
  run({ x: shape }, { x }, (t) => op(t.x!, opts));

// ---------- hand-worked values ----------

describe("pooling by hand on a 4×4 image x = 1..16", () => {
  const X4 = iota(16);
  it("2×2, stride 2, VALID: max and mean of each quadrant", () => {
    expect(pool1(maxPool, X4, [1, 4, 4, 1], { window: 2 })).toEqual({ shape: [1, 2, 2, 1], data: [6, 8, 14, 16] });
    expect(pool1(avgPool, X4, [1, 4, 4, 1], { window: 2 }).data).toEqual([3.5, 5.5, 11.5, 13.5]);
  });

  it("3×3, stride 2, SAME: pads [0, 1]; the mean divides by the in-bounds count (9, 6, 6, 4)", () => {
    // windows: rows/cols {0,1,2} and {2,3,(pad)}
    expect(pool1(maxPool, X4, [1, 4, 4, 1], { window: 3, strides: 2, padding: "SAME" }).data).toEqual([11, 12, 15, 16]);
    expect(pool1(avgPool, X4, [1, 4, 4, 1], { window: 3, strides: 2, padding: "SAME" }).data).toEqual([
      (1 + 2 + 3 + 5 + 6 + 7 + 9 + 10 + 11) / 9, // = 6
      (3 + 4 + 7 + 8 + 11 + 12) / 6, //            = 7.5 (÷9 would be 5)
      (9 + 10 + 11 + 13 + 14 + 15) / 6, //         = 12
      (11 + 12 + 15 + 16) / 4, //                  = 13.5
    ]);
  });
});

describe("pooling by hand on a 5×5 image x = 1..25", () => {
  const X5 = iota(25);
  it("2×2, stride 2, SAME: out 3, pads [0, 1]; edge windows hold 2 cells, the corner 1", () => {
    expect(pool1(maxPool, X5, [1, 5, 5, 1], { window: 2, padding: "SAME" }).data).toEqual([7, 9, 10, 17, 19, 20, 22, 24, 25]);
    expect(pool1(avgPool, X5, [1, 5, 5, 1], { window: 2, padding: "SAME" }).data).toEqual([
      (1 + 2 + 6 + 7) / 4, (3 + 4 + 8 + 9) / 4, (5 + 10) / 2,
      (11 + 12 + 16 + 17) / 4, (13 + 14 + 18 + 19) / 4, (15 + 20) / 2,
      (21 + 22) / 2, (23 + 24) / 2, 25,
    ]);
  });

  it("3×3, stride 1, VALID: the max is the window's bottom-right, the mean its center", () => {
    expect(pool1(maxPool, X5, [1, 5, 5, 1], { window: 3, strides: 1 }).data).toEqual([13, 14, 15, 18, 19, 20, 23, 24, 25]);
    expect(pool1(avgPool, X5, [1, 5, 5, 1], { window: 3, strides: 1 }).data).toEqual([7, 8, 9, 12, 13, 14, 17, 18, 19]);
  });

  it("3×3, stride 1, SAME mean: 5·mean(rows) + mean(cols) + 1 over the in-bounds rows and cols", () => {
    // mean in-bounds index per position: 0.5 (edge: {0,1}), 1, 2, 3, 3.5 (edge: {3,4})
    expect(pool1(avgPool, X5, [1, 5, 5, 1], { window: 3, strides: 1, padding: "SAME" }).data).toEqual([
      4, 4.5, 5.5, 6.5, 7,
      6.5, 7, 8, 9, 9.5,
      11.5, 12, 13, 14, 14.5,
      16.5, 17, 18, 19, 19.5,
      19, 19.5, 20.5, 21.5, 22,
    ]);
  });
});

describe("max pooling pads with −∞, channels and batches pool on their own", () => {
  it("negative inputs with SAME padding: a padded cell never wins (0 would)", () => {
    const x = iota(9).map((v) => -v); // 3×3, 2×2 stride 2 SAME → pads [0, 1]
    expect(pool1(maxPool, x, [1, 3, 3, 1], { window: 2, padding: "SAME" }).data).toEqual([-1, -3, -7, -9]);
    expect(pool1(avgPool, x, [1, 3, 3, 1], { window: 2, padding: "SAME" }).data).toEqual([-3, -4.5, -7.5, -9]);
  });

  it("two images × two channels", () => {
    // image 0: c0 = 1..4, c1 = [10, −1, −2, −3]; image 1: the same negated
    const im = [1, 10, 2, -1, 3, -2, 4, -3];
    const x = [...im, ...im.map((v) => -v)];
    expect(pool1(maxPool, x, [2, 2, 2, 2], { window: 2 }).data).toEqual([4, 10, -1, 3]);
    expect(pool1(avgPool, x, [2, 2, 2, 2], { window: 2 }).data).toEqual([2.5, 1, -2.5, -1]);
  });
});

describe("maxPoolBackprop by hand", () => {
  const bp = (x: number[], xs: number[], dy: number[], opts: PoolOptions) => {
    const ys = pool1(maxPool, x, xs, opts).shape;
    return run({ x: xs, dy: [...ys] }, { x, dy }, (t) => maxPoolBackprop(t.x!, t.dy!, opts)).data;
  };

  it("ties go to the FIRST cell in row-major window order", () => {
    expect(bp([5, 5, 5, 5], [1, 2, 2, 1], [1], { window: 2 })).toEqual([1, 0, 0, 0]);
    expect(bp([1, 3, 3, 2], [1, 2, 2, 1], [1], { window: 2 })).toEqual([0, 1, 0, 0]); // (0,1) before (1,0)
  });

  it("overlapping windows of a constant image: each sends its dy to its own top-left cell", () => {
    expect(bp(Array(9).fill(0), [1, 3, 3, 1], [1, 2, 3, 4], { window: 2, strides: 1 })).toEqual([1, 2, 0, 3, 4, 0, 0, 0, 0]);
  });

  it("a cell that wins several windows collects all their dy", () => {
    expect(bp([0, 0, 0, 0, 9, 0, 0, 0, 0], [1, 3, 3, 1], [1, 2, 3, 4], { window: 2, strides: 1 })).toEqual([0, 0, 0, 0, 10, 0, 0, 0, 0]);
  });

  it("SAME with negative inputs: dy lands on in-bounds cells only", () => {
    const x = iota(9).map((v) => -v);
    expect(bp(x, [1, 3, 3, 1], [1, 2, 3, 4], { window: 2, padding: "SAME" })).toEqual([1, 0, 2, 0, 0, 0, 3, 0, 4]);
  });
});

describe("avgPoolBackprop by hand", () => {
  it("4×4, 3×3 stride 2 SAME, dy = 1: each cell gets Σ 1/count of the windows that cover it", () => {
    const dx = run({ dy: [1, 2, 2, 1] }, { dy: [1, 1, 1, 1] }, (t) =>
      avgPoolBackprop(t.dy!, [1, 4, 4, 1], { window: 3, strides: 2, padding: "SAME" }),
    );
    // window counts: (0,0) 9, (0,1) 6, (1,0) 6, (1,1) 4; row/col 2 is in both windows of its axis
    const [a, b, c, d] = [1 / 9, 1 / 6, 1 / 6, 1 / 4];
    expect(dx.shape).toEqual([1, 4, 4, 1]);
    expect(dx.data).toEqual(
      [
        a, a, a + b, b,
        a, a, a + b, b,
        a + c, a + c, a + b + c + d, b + d,
        c, c, c + d, d,
      ].map((v) => expect.closeTo(v, 14)),
    );
  });

  it("VALID: the full window, dy/k² per cell", () => {
    const dx = run({ dy: [1, 1, 1, 1] }, { dy: [9] }, (t) => avgPoolBackprop(t.dy!, [1, 3, 3, 1], { window: 3 }));
    expect(dx.data).toEqual(Array(9).fill(1));
  });
});

describe("maxPoolBackprop's own adjoint: ddx gathered at each window's first arg-max", () => {
  const gatherGrad = (x: number[], xs: number[], r: number[], opts: PoolOptions) => {
    const ys = [...pool1(maxPool, x, xs, opts).shape];
    return run({ x: xs, dy: ys }, { x, dy: Array(size(ys)).fill(1) }, (t, g) => {
      const out = maxPoolBackprop(t.x!, t.dy!, opts).mul(g.constant(r, xs));
      return gradients(out.sum(), [t.dy!])[0]!;
    }).data;
  };

  it("picks the first tie, like the forward", () => {
    expect(gatherGrad([1, 3, 3, 2], [1, 2, 2, 1], [10, 20, 30, 40], { window: 2 })).toEqual([20]);
  });

  it("overlapping windows of a constant image read their top-left cells", () => {
    expect(gatherGrad(Array(9).fill(0), [1, 3, 3, 1], iota(9), { window: 2, strides: 1 })).toEqual([1, 2, 4, 5]);
  });

  it("SAME, stride 2, negative inputs: padding (−∞) is never taken", () => {
    const x = iota(9).map((v) => -v);
    expect(gatherGrad(x, [1, 3, 3, 1], iota(9).map((v) => 10 * v), { window: 2, padding: "SAME" })).toEqual([10, 30, 70, 90]);
  });

  it("stride 3 with a 2×2 window on 7×8: the strided taps line up", () => {
    const xs = [1, 7, 8, 2];
    const x = distinct(size(xs), 9);
    const r = distinct(size(xs), 10);
    const opts: PoolOptions = { window: 2, strides: 3, padding: "SAME" };
    const got = gatherGrad(x, xs, r, opts);
    // oracle: run maxPoolBackprop with one-hot dy and read ⟨dx, r⟩ for each output cell
    const ys = [...pool1(maxPool, x, xs, opts).shape];
    const want = iota(size(ys), 0).map((k) => {
      const dy = Array(size(ys)).fill(0);
      dy[k] = 1;
      const dx = run({ x: xs, dy: ys }, { x, dy }, (t) => maxPoolBackprop(t.x!, t.dy!, opts)).data;
      return dx.reduce((s, v, i) => s + v * r[i]!, 0);
    });
    expect(got).toEqual(want);
  });
});

// ---------- against an independent oracle ----------

/** Pooling written another way: mark padded cells with NaN, then reduce the non-NaN ones. */
function naivePool(kind: "max" | "avg", x: number[], [n, h, w, c]: number[], [kh, kw]: number[], [sh, sw]: number[], [[t, b], [l, r]]: number[][], [dh, dw] = [1, 1]) {
  const at = (ni: number, hi: number, wi: number, ci: number) => {
    const hh = hi - t;
    const ww = wi - l;
    return hh < 0 || hh >= h || ww < 0 || ww >= w ? NaN : x[((ni * h + hh) * w + ww) * c + ci]!;
  };
  const oh = Math.floor((h + t + b - ((kh - 1) * dh + 1)) / sh) + 1;
  const ow = Math.floor((w + l + r - ((kw - 1) * dw + 1)) / sw) + 1;
  const data: number[] = [];
  for (let ni = 0; ni < n; ni++)
    for (let p = 0; p < oh; p++)
      for (let q = 0; q < ow; q++)
        for (let ci = 0; ci < c; ci++) {
          const cells: number[] = [];
          for (let i = 0; i < kh; i++) for (let j = 0; j < kw; j++) cells.push(at(ni, p * sh + i * dh, q * sw + j * dw, ci));
          const real = cells.filter((v) => !Number.isNaN(v));
          data.push(kind === "max" ? Math.max(...real) : real.reduce((s, v) => s + v, 0) / real.length);
        }
  return { shape: [n, oh, ow, c], data };
}

describe("pooling against a naive oracle", () => {
  const configs: [string, number[], [number, number], [number, number], [[number, number], [number, number]]][] = [
    ["window [3,2], strides [2,1], pads [[1,1],[0,1]]", [2, 7, 6, 3], [3, 2], [2, 1], [[1, 1], [0, 1]]],
    ["window [2,3], strides [1,3], pads [[0,1],[2,0]]", [1, 6, 9, 2], [2, 3], [1, 3], [[0, 1], [2, 0]]],
    ["window [3,3], strides [3,2], no pads", [3, 9, 8, 1], [3, 3], [3, 2], [[0, 0], [0, 0]]],
  ];
  it.each(configs)("%s", (_name, xs, window, strides, pads) => {
    const x = distinct(size(xs), 2);
    for (const [kind, op] of [["max", maxPool], ["avg", avgPool]] as const) {
      const got = pool1(op, x, xs, { window, strides, padding: pads });
      const want = naivePool(kind, x, xs, window, strides, pads);
      expect(got.shape).toEqual(want.shape);
      expect(got.data).toEqual(want.data.map((v) => expect.closeTo(v, 13)));
    }
  });

  const dilated: [string, number[], [number, number], [number, number], [number, number], "SAME" | "VALID"][] = [
    ["window 2, dilation 2, VALID on 3×3 (one window: the four corners)", [1, 3, 3, 1], [2, 2], [1, 1], [2, 2], "VALID"],
    ["window [3,2], dilation [2,3], strides [1,2], VALID", [2, 9, 8, 2], [3, 2], [1, 2], [2, 3], "VALID"],
    ["window 3, dilation 2, stride 1, SAME (ONNX SAME_UPPER)", [1, 6, 7, 2], [3, 3], [1, 1], [2, 2], "SAME"],
    ["window 2, dilation 3, stride 2, SAME", [1, 7, 6, 1], [2, 2], [2, 2], [3, 3], "SAME"],
  ];
  it.each(dilated)("dilated: %s", (_name, xs, window, strides, dilations, padding) => {
    const x = distinct(size(xs), 5);
    // SAME_UPPER: pad = max(0, (ceil(in/s)-1)*s + (k-1)*d + 1 - in), the extra cell after.
    const padsOf = (a: 0 | 1) => {
      const inn = xs[1 + a]!;
      const pad = padding === "VALID" ? 0 : Math.max(0, (Math.ceil(inn / strides[a]) - 1) * strides[a] + (window[a] - 1) * dilations[a] + 1 - inn);
      return [Math.floor(pad / 2), pad - Math.floor(pad / 2)];
    };
    for (const [kind, op] of [["max", maxPool], ["avg", avgPool]] as const) {
      const got = pool1(op, x, xs, { window, strides, dilations, padding });
      const want = naivePool(kind, x, xs, window, strides, [padsOf(0), padsOf(1)], dilations);
      expect(got.shape).toEqual(want.shape);
      expect(got.data).toEqual(want.data.map((v) => expect.closeTo(v, 13)));
    }
  });

  it("the issue's case: window 2, dilation 2 on a 3×3 input gives 1×1 (the corners), not 2×2", () => {
    const got = pool1(maxPool, iota(9), [1, 3, 3, 1], { window: 2, dilations: 2 });
    expect(got).toEqual({ shape: [1, 1, 1, 1], data: [9] });
    const avg = pool1(avgPool, iota(9), [1, 3, 3, 1], { window: 2, dilations: 2 });
    expect(avg.data).toEqual([(1 + 3 + 7 + 9) / 4]);
  });
});

// ---------- shape errors, through the DSL ----------

const SOURCE = readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n");

function graphError(build: () => unknown, op: string, call: string): GraphError {
  let err: unknown;
  try {
    build();
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(GraphError);
  const e = err as GraphError;
  expect(e.op).toBe(op);
  const m = /^(\S+):(\d+): (\w+): /.exec(e.message);
  expect(m, e.message).not.toBeNull();
  expect(m![1]).toBe("test/prims-pool.test.ts");
  expect(m![3]).toBe(op);
  expect(SOURCE[Number(m![2]) - 1]).toContain(call);
  expect(e.message).toMatch(/\n {2}hint: {4}\S/);
  return e;
}

describe("shape errors name the op, the user's line, the input shapes and a hint", () => {
  it("stride 0", () => {
    const e = graphError(
      () => defineGraph("t", {}, (g) => void maxPool(g.input("x", [1, 4, 4, 1]), { window: 2, strides: 0 })).build(),
      "maxPool",
      "strides: 0",
    );
    expect(e.message).toContain("stride H must be a positive integer, got 0");
    expect(e.message).toContain("inputs:  f32[1,4,4,1]");
  });

  it("a window larger than a VALID input", () => {
    const e = graphError(
      () => defineGraph("t", {}, (g) => void avgPool(g.input("x", [1, 4, 4, 1]), { window: [2, 5] })).build(),
      "avgPool",
      "window: [2, 5]",
    );
    expect(e.message).toContain("VALID window does not fit on axis W");
    expect(e.message).toContain("formula: VALID: e = (k-1)*d + 1 = (5-1)*1 + 1 = 5 > in = 4");
    expect(e.message).toContain("inputs:  f32[1,4,4,1]");
  });

  it("a non-integer window", () => {
    const e = graphError(
      () => defineGraph("t", {}, (g) => void maxPool(g.input("x", [1, 4, 4, 1]), { window: 1.5, padding: "SAME" })).build(),
      "maxPool",
      "window: 1.5",
    );
    expect(e.message).toContain("window H must be a positive integer, got 1.5");
  });

  it("a negative size in avgPoolBackprop's inputShape", () => {
    const e = graphError(
      () =>
        defineGraph("t", {}, (g) => {
          const dy = g.input("dy", [1, 2, 2, 1]);
          avgPoolBackprop(dy, [1, -4, 4, 1], { window: 2, padding: "SAME" }); // negative
        }).build(),
      "avgPoolBackprop",
      "// negative",
    );
    expect(e.message).toContain("inputShape [1,-4,4,1] has dimension 1 = -4");
    expect(e.message).toContain("inputs:  f32[1,2,2,1]");
  });

  it("a dy that does not match pooling x", () => {
    const e = graphError(
      () =>
        defineGraph("t", {}, (g) => {
          const x = g.input("x", [1, 5, 5, 2]);
          maxPoolBackprop(x, g.input("dy", [1, 2, 2, 2]), { window: 2, padding: "SAME" }); // wrong dy
        }).build(),
      "maxPoolBackprop",
      "// wrong dy",
    );
    expect(e.message).toContain("dy is [1,2,2,2] but pooling an input of [1,5,5,2] gives [1,3,3,2]");
    expect(e.message).toContain("formula: Ho = floor((5 + 0 + 1 - 2)/2) + 1 = 3");
    expect(e.message).toContain("inputs:  f32[1,5,5,2], f32[1,2,2,2]");
  });

  it("explicit pads that leave a window entirely in the padding", () => {
    const e = graphError(
      () => defineGraph("t", {}, (g) => void maxPool(g.input("x", [1, 4, 4, 1]), { window: 2, padding: [[2, 0], [0, 0]] })).build(),
      "maxPool",
      "[[2, 0], [0, 0]]",
    );
    expect(e.message).toContain("a pooling window on axis H lies entirely in the padding");
    expect(e.message).toContain("formula: window 0: rows 0*2 - 2 + i*1 for i < 2 are all outside 0..3");
  });

  it("a rank-3 input", () => {
    const e = graphError(
      () => defineGraph("t", {}, (g) => void avgPool(g.input("x", [4, 4, 1]), { window: 2 })).build(),
      "avgPool",
      "[4, 4, 1]",
    );
    expect(e.message).toContain("avgPool input must have rank 4, got [4,4,1]");
  });
});

// ---------- cost ----------

describe("flops", () => {
  it("one op per window cell, per output element, for each pooling op", () => {
    const g = defineGraph("t", {}, (g) => {
      const x = g.input("x", [2, 5, 5, 3]);
      const opts: PoolOptions = { window: [3, 2], strides: 2, padding: "SAME" }; // → [2, 3, 3, 3]
      const m = maxPool(x, opts);
      avgPool(x, opts);
      maxPoolBackprop(x, m, opts);
      avgPoolBackprop(m, x.shape, opts);
    }).build();
    const pools = g.nodes.filter((n) => n.op.includes("Pool"));
    expect(pools.map((n) => n.op)).toEqual(["maxPool", "avgPool", "maxPoolBackprop", "avgPoolBackprop"]);
    for (const n of pools) {
      const rule = rules[n.op] as { flops(i: unknown, o: unknown, a: unknown): number };
      expect(rule.flops(n.inputs.map((i) => g.nodes[i]!), n, n.attrs), n.op).toBe(2 * 3 * 3 * 3 * 3 * 2);
    }
  });
});

// ---------- gradient checks over a grid ----------

interface GridCase {
  readonly padding: "SAME" | "VALID";
  readonly stride: number;
  readonly window: number;
  readonly size: number;
  readonly channels: number;
  readonly dilation?: number;
}

// Input [N, size, size − 1, C] with a [k, 2] window: odd and even extents, square and not.
const grid: GridCase[] = (["SAME", "VALID"] as const).flatMap((padding) =>
  [1, 2, 3].flatMap((stride) =>
    [2, 3].flatMap((window) => [5, 6].flatMap((size) => [1, 3].map((channels) => ({ padding, stride, window, size, channels })))),
  ),
);

// Dilated windows: a few strides and both paddings.
grid.push(
  ...(["SAME", "VALID"] as const).flatMap((padding) =>
    [1, 2].map((stride) => ({ padding, stride, window: 2, size: 7, channels: 2, dilation: 2 })),
  ),
  { padding: "SAME", stride: 1, window: 3, size: 6, channels: 1, dilation: 3 },
);

const caseName = (c: GridCase) => `${c.padding} s${c.stride} window ${c.window}×2 size ${c.size} C ${c.channels}${c.dilation ? ` dilation ${c.dilation}` : ""}`;

function gridSetup(c: GridCase) {
  const xs = [c.channels === 1 ? 1 : 2, c.size, c.size - 1, c.channels];
  const opts: PoolOptions = { window: [c.window, 2], strides: c.stride, padding: c.padding, dilations: c.dilation ?? 1 };
  const x = distinct(size(xs), c.size * 10 + c.stride);
  const ys = [...pool1(maxPool, x, xs, opts).shape];
  return { xs, ys, x, opts };
}

function check(build: (g: GraphBuilder) => Tensor, feeds: Record<string, number[]>) {
  const graph = defineGraph("t", {}, (g) => void g.output("out", build(g))).build();
  const r = gradcheck(graph, { feeds, seed: 3 });
  expect(r.ok, r.message).toBe(true);
  expect(r.checked).toBeGreaterThan(0);
}

const cases = grid.map((c) => [caseName(c), c] as const);

describe("gradcheck maxPool (distinct inputs, so no ties)", () => {
  it.each(cases)("%s", (_n, c) => {
    const s = gridSetup(c);
    check((g) => maxPool(g.input("x", s.xs), s.opts), { x: s.x });
  });
});

describe("gradcheck avgPool", () => {
  it.each(cases)("%s", (_n, c) => {
    const s = gridSetup(c);
    check((g) => avgPool(g.input("x", s.xs), s.opts), { x: s.x });
  });
});

describe("gradcheck maxPoolBackprop (w.r.t. dy; w.r.t. x it is zero away from ties)", () => {
  it.each(cases)("%s", (_n, c) => {
    const s = gridSetup(c);
    check((g) => maxPoolBackprop(g.input("x", s.xs), g.input("dy", s.ys), s.opts), { x: s.x });
  });
});

describe("gradcheck avgPoolBackprop (w.r.t. dy)", () => {
  it.each(cases)("%s", (_n, c) => {
    const s = gridSetup(c);
    check((g) => avgPoolBackprop(g.input("dy", s.ys), s.xs, s.opts), {});
  });
});

describe("second order", () => {
  it("double backprop through conv → maxPool → avgPool: ‖∂L/∂x‖² differentiated w.r.t. the filter", () => {
    const graph = defineGraph("t", {}, (g) => {
      const x = g.input("x", [1, 6, 5, 2]);
      const w = g.input("w", [2, 2, 2, 3]);
      const h = maxPool(conv2d(x, w, { padding: "SAME" }), { window: 2, strides: 1, padding: "SAME" });
      const loss = avgPool(h, { window: 3, strides: 2, padding: "SAME" }).tanh().sum();
      const [dx] = gradients(loss, [x]);
      g.loss(dx!.square().sum());
    }).build();
    const r = gradcheck(graph, { feeds: { x: distinct(60, 3), w: distinct(24, 4) }, seed: 5 });
    expect(r.ok, r.message).toBe(true);
  });
});
