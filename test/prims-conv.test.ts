// conv2d and its backprops: hand-worked values, the adjoint identities, shape errors on the user's
// line, costs, and finite-difference gradient checks over a grid of attributes.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { gradients } from "../src/autodiff/gradients.ts";
import { gradcheck } from "../src/autodiff/gradcheck.ts";
import { defineGraph } from "../src/dsl/builder.ts";
import type { GraphBuilder } from "../src/dsl/builder.ts";
import { conv2d, conv2dBackpropFilter, conv2dBackpropInput } from "../src/dsl/ops.ts";
import type { Conv2DOptions } from "../src/dsl/ops.ts";
import type { Tensor } from "../src/dsl/tensor.ts";
import { GraphError } from "../src/ir/errors.ts";
import { interpret } from "../src/interp/interpret.ts";
import { rules } from "../src/prims/index.ts";

/** Builds a graph over f32 inputs of the given shapes, runs it in f64, returns the output values. */
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

/** Deterministic values in (-1, 1), distinct enough for checks. */
function values(n: number, seed: number): number[] {
  let s = seed * 7919 + 17;
  return Array.from({ length: n }, () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return (s / 2147483648) * 2 - 1;
  });
}

const dot = (a: readonly number[], b: readonly number[]) => a.reduce((s, v, i) => s + v * b[i]!, 0);

// ---------- hand-worked values ----------

// The 5×5 image x[r, c] = 5r + c + 1 (1..25 row-major) and a 3×3 filter with two taps,
// w[0, 1] = 1 and w[2, 2] = 2, chosen so every output is a sum of two pixels that can be
// computed by hand, and so a flipped (true convolution) or transposed filter gives other numbers.
const X5 = iota(25);
const W3 = [0, 1, 0, 0, 0, 0, 0, 0, 2];
const conv5 = (opts: Conv2DOptions) =>
  run({ x: [1, 5, 5, 1], w: [3, 3, 1, 1] }, { x: X5, w: W3 }, (t) => conv2d(t.x!, t.w!, opts));

describe("conv2d by hand: 5×5 image, 3×3 filter", () => {
  it("VALID, stride 1: y[i, j] = x[i, j+1] + 2·x[i+2, j+2] = 15i + 3j + 28", () => {
    const y = conv5({ padding: "VALID" });
    expect(y.shape).toEqual([1, 3, 3, 1]);
    expect(y.data).toEqual([28, 31, 34, 43, 46, 49, 58, 61, 64]);
  });

  it("SAME, stride 1: pads [1, 1]; y[i, j] = x[i-1, j] + 2·x[i+1, j+1], zero outside", () => {
    const y = conv5({ padding: "SAME" });
    expect(y.shape).toEqual([1, 5, 5, 1]);
    // row 0 has no x[-1, ·]; column 4 and row 4 have no x[·, 5] / x[5, ·] for the second tap
    expect(y.data).toEqual([
      14, 16, 18, 20, 0,
      25, 28, 31, 34, 5,
      40, 43, 46, 49, 10,
      55, 58, 61, 64, 15,
      16, 17, 18, 19, 20,
    ]);
  });

  it("SAME, stride 2: out = ceil(5/2) = 3, pad = 2·2 + 3 − 5 = 2 → [1, 1]: rows/cols 0, 2, 4 of stride 1", () => {
    const y = conv5({ padding: "SAME", strides: 2 });
    expect(y.shape).toEqual([1, 3, 3, 1]);
    expect(y.data).toEqual([14, 18, 0, 40, 46, 10, 16, 18, 20]);
  });

  it("VALID, stride 2: out = floor((5 − 3)/2) + 1 = 2", () => {
    const y = conv5({ padding: "VALID", strides: 2 });
    expect(y.shape).toEqual([1, 2, 2, 1]);
    expect(y.data).toEqual([28, 34, 58, 64]);
  });

  it("dilation 2, VALID: e = 5, one output = x[0, 2] + 2·x[4, 4] = 3 + 50", () => {
    const y = conv5({ padding: "VALID", dilations: 2 });
    expect(y.shape).toEqual([1, 1, 1, 1]);
    expect(y.data).toEqual([53]);
  });

  it("dilation 2, SAME: pads [2, 2]; y[i, j] = x[i-2, j] + 2·x[i+2, j+2]", () => {
    const y = conv5({ padding: "SAME", dilations: 2 });
    expect(y.data).toEqual([
      26, 28, 30, 0, 0,
      36, 38, 40, 0, 0,
      47, 50, 53, 4, 5,
      6, 7, 8, 9, 10,
      11, 12, 13, 14, 15,
    ]);
  });

  it("SAME on an even size puts the extra pad cell after: 4×4, k = 2 → pads [0, 1]", () => {
    // w = [[1, 10], [100, 1000]]: y[i, j] = x[i,j] + 10x[i,j+1] + 100x[i+1,j] + 1000x[i+1,j+1]
    const y = run({ x: [1, 4, 4, 1], w: [2, 2, 1, 1] }, { x: iota(16), w: [1, 10, 100, 1000] }, (t) =>
      conv2d(t.x!, t.w!, { padding: "SAME" }),
    );
    expect(y.data.slice(0, 4)).toEqual([
      1 + 20 + 500 + 6000,
      2 + 30 + 600 + 7000,
      3 + 40 + 700 + 8000,
      4 + 0 + 800 + 0, // the padded column is on the right
    ]);
    expect(y.data.slice(12)).toEqual([13 + 140, 14 + 150, 15 + 160, 16]); // the padded row is below
  });

  it("H and W are padded on their own: a 3×1 and a 1×3 filter picking their first tap", () => {
    // 3×1, SAME: pads H [1, 1], W [0, 0] → y[i, j] = x[i-1, j]: the image moves down one row
    const down = run({ x: [1, 5, 5, 1], w: [3, 1, 1, 1] }, { x: X5, w: [1, 0, 0] }, (t) =>
      conv2d(t.x!, t.w!, { padding: "SAME" }),
    );
    expect(down.data).toEqual([0, 0, 0, 0, 0, ...iota(20)]);
    // 1×3, SAME: pads H [0, 0], W [1, 1] → y[i, j] = x[i, j-1]: the image moves right one column
    const right = run({ x: [1, 5, 5, 1], w: [1, 3, 1, 1] }, { x: X5, w: [1, 0, 0] }, (t) =>
      conv2d(t.x!, t.w!, { padding: "SAME" }),
    );
    expect(right.data).toEqual([0, 1, 2, 3, 4, 0, 6, 7, 8, 9, 0, 11, 12, 13, 14, 0, 16, 17, 18, 19, 0, 21, 22, 23, 24]);
  });

  it("explicit pads [[2, 0], [0, 1]] with a 1×1 filter: a 7×6 frame around the image", () => {
    const y = run({ x: [1, 5, 5, 1], w: [1, 1, 1, 1] }, { x: X5, w: [1] }, (t) =>
      conv2d(t.x!, t.w!, { padding: [[2, 0], [0, 1]] }),
    );
    expect(y.shape).toEqual([1, 7, 6, 1]);
    expect(y.data).toEqual([
      0, 0, 0, 0, 0, 0,
      0, 0, 0, 0, 0, 0,
      1, 2, 3, 4, 5, 0,
      6, 7, 8, 9, 10, 0,
      11, 12, 13, 14, 15, 0,
      16, 17, 18, 19, 20, 0,
      21, 22, 23, 24, 25, 0,
    ]);
  });

  it("multi-channel 1×1 conv is a matmul over channels, per pixel and per batch", () => {
    // w[c, o] = [[1, 0, 1], [0, 1, 1]]: y = [x0, x1, x0 + x1]
    const x = [...iota(8), ...iota(8).map((v) => -v)];
    const y = run({ x: [2, 2, 2, 2], w: [1, 1, 2, 3] }, { x, w: [1, 0, 1, 0, 1, 1] }, (t) => conv2d(t.x!, t.w!));
    expect(y.shape).toEqual([2, 2, 2, 3]);
    expect(y.data).toEqual([
      1, 2, 3, 3, 4, 7, 5, 6, 11, 7, 8, 15,
      -1, -2, -3, -3, -4, -7, -5, -6, -11, -7, -8, -15,
    ]);
  });

  it("cin = 2, cout = 2 with a 2×2 window: each output is a full dot product", () => {
    // x[h, w, c] = 1..8; w[·, ·, ·, 0] = 1 → Σx = 36; w[·, ·, c, 1] = (c = 0 ? 1 : −1) → −4
    const w = [1, 1, 1, -1, 1, 1, 1, -1, 1, 1, 1, -1, 1, 1, 1, -1];
    const y = run({ x: [1, 2, 2, 2], w: [2, 2, 2, 2] }, { x: iota(8), w }, (t) => conv2d(t.x!, t.w!));
    expect(y.shape).toEqual([1, 1, 1, 2]);
    expect(y.data).toEqual([36, -4]);
  });
});

describe("conv2d backprops by hand", () => {
  it("backprop input (VALID, dy = 1): dx counts the outputs each pixel feeds, times the tap", () => {
    // tap w[0,1] = 1 reaches x[h, w] for h ∈ 0..2, w ∈ 1..3; tap w[2,2] = 2 for h, w ∈ 2..4
    const dx = run({ dy: [1, 3, 3, 1], w: [3, 3, 1, 1] }, { dy: Array(9).fill(1), w: W3 }, (t) =>
      conv2dBackpropInput(t.dy!, t.w!, [1, 5, 5, 1]),
    );
    expect(dx.shape).toEqual([1, 5, 5, 1]);
    expect(dx.data).toEqual([
      0, 1, 1, 1, 0,
      0, 1, 1, 1, 0,
      0, 1, 3, 3, 2,
      0, 0, 2, 2, 2,
      0, 0, 2, 2, 2,
    ]);
  });

  it("backprop filter (VALID, dy = 1): dw[i, j] = Σ of the 3×3 block at (i, j) = 9·x[i+1, j+1]", () => {
    const dw = run({ x: [1, 5, 5, 1], dy: [1, 3, 3, 1] }, { x: X5, dy: Array(9).fill(1) }, (t) =>
      conv2dBackpropFilter(t.x!, t.dy!, [3, 3, 1, 1]),
    );
    expect(dw.shape).toEqual([3, 3, 1, 1]);
    expect(dw.data).toEqual([63, 72, 81, 108, 117, 126, 153, 162, 171]);
  });

  it("backprop input with stride 2 skips the rows no window reads (VALID, 6×6, k = 3)", () => {
    // windows start at rows 0 and 2 and cover rows 0..4: row 5 and column 5 get nothing
    const dx = run({ dy: [1, 2, 2, 1], w: [3, 3, 1, 1] }, { dy: [1, 1, 1, 1], w: Array(9).fill(1) }, (t) =>
      conv2dBackpropInput(t.dy!, t.w!, [1, 6, 6, 1], { strides: 2 }),
    );
    const cover = [1, 1, 2, 1, 1, 0]; // windows covering each row (and column)
    expect(dx.data).toEqual(cover.flatMap((r) => cover.map((c) => r * c)));
  });
});

// ---------- against an independent oracle: pad first, then slide a dilated window ----------

/** conv2d written another way: build the zero-padded image, then index it with no bounds checks. */
function naiveConv(
  x: number[], [n, h, w, c]: number[], f: number[], [kh, kw, , o]: number[],
  [sh, sw]: number[], [dh, dw]: number[], [[t, b], [l, r]]: number[][],
): { shape: number[]; data: number[] } {
  const hp = h + t + b;
  const wp = w + l + r;
  const padded = (ni: number, hi: number, wi: number, ci: number) => {
    const hh = hi - t;
    const ww = wi - l;
    return hh < 0 || hh >= h || ww < 0 || ww >= w ? 0 : x[((ni * h + hh) * w + ww) * c + ci]!;
  };
  const oh = Math.floor((hp - ((kh - 1) * dh + 1)) / sh) + 1;
  const ow = Math.floor((wp - ((kw - 1) * dw + 1)) / sw) + 1;
  const data: number[] = [];
  for (let ni = 0; ni < n; ni++)
    for (let p = 0; p < oh; p++)
      for (let q = 0; q < ow; q++)
        for (let oo = 0; oo < o; oo++) {
          let s = 0;
          for (let i = 0; i < kh; i++)
            for (let j = 0; j < kw; j++)
              for (let ci = 0; ci < c; ci++) s += padded(ni, p * sh + i * dh, q * sw + j * dw, ci) * f[((i * kw + j) * c + ci) * o + oo]!;
          data.push(s);
        }
  return { shape: [n, oh, ow, o], data };
}

describe("conv2d against a naive pad-then-slide oracle", () => {
  const configs: [string, number[], number[], number[], number[], number[][]][] = [
    ["strides [2,1], dilations [1,2]", [2, 7, 8, 3], [3, 2, 3, 2], [2, 1], [1, 2], [[1, 1], [0, 2]]],
    ["strides [1,3], dilations [2,1]", [1, 9, 7, 2], [2, 3, 2, 3], [1, 3], [2, 1], [[0, 1], [2, 0]]],
    ["strides [3,2], dilations [3,2], no pads", [3, 10, 9, 1], [3, 3, 1, 2], [3, 2], [3, 2], [[0, 0], [0, 0]]],
  ];
  it.each(configs)("%s", (_name, xs, ws, strides, dilations, pads) => {
    const n = (s: number[]) => s.reduce((a, b) => a * b, 1);
    const x = values(n(xs), 4);
    const w = values(n(ws), 5);
    const opts: Conv2DOptions = {
      strides: strides as [number, number],
      dilations: dilations as [number, number],
      padding: pads as unknown as [[number, number], [number, number]],
    };
    const y = run({ x: xs, w: ws }, { x, w }, (t) => conv2d(t.x!, t.w!, opts));
    const want = naiveConv(x, xs, w, ws, strides, dilations, pads);
    expect(y.shape).toEqual(want.shape);
    expect(y.data).toEqual(want.data.map((v) => expect.closeTo(v, 12)));
  });
});

// ---------- the adjoint identities (an oracle independent of autodiff) ----------

describe("⟨conv2d(x, w), dy⟩ = ⟨x, bpInput(dy, w)⟩ = ⟨w, bpFilter(x, dy)⟩", () => {
  const configs: [string, number[], number[], Conv2DOptions][] = [
    ["SAME s2 d1, odd", [2, 7, 5, 3], [3, 2, 3, 2], { padding: "SAME", strides: 2 }],
    ["SAME s3 d2, even", [1, 8, 6, 2], [3, 3, 2, 3], { padding: "SAME", strides: [3, 1], dilations: 2 }],
    ["VALID s2 d2", [2, 9, 8, 1], [2, 3, 1, 2], { padding: "VALID", strides: 2, dilations: [2, 1] }],
    ["explicit pads", [1, 5, 5, 2], [3, 3, 2, 2], { padding: [[2, 0], [0, 1]], strides: [1, 2] }],
  ];
  it.each(configs)("%s", (_name, xs, ws, opts) => {
    const n = (s: number[]) => s.reduce((a, b) => a * b, 1);
    const x = values(n(xs), 1);
    const w = values(n(ws), 2);
    const y = run({ x: xs, w: ws }, { x, w }, (t) => conv2d(t.x!, t.w!, opts));
    const dy = values(y.data.length, 3);
    const dx = run({ dy: [...y.shape], w: ws }, { dy, w }, (t) => conv2dBackpropInput(t.dy!, t.w!, xs, opts));
    const dw = run({ x: xs, dy: [...y.shape] }, { x, dy }, (t) => conv2dBackpropFilter(t.x!, t.dy!, ws, opts));
    expect(dx.shape).toEqual(xs);
    expect(dw.shape).toEqual(ws);
    expect(dot(x, dx.data)).toBeCloseTo(dot(y.data, dy), 10);
    expect(dot(w, dw.data)).toBeCloseTo(dot(y.data, dy), 10);
  });
});

// ---------- shape errors, through the DSL ----------

const SOURCE = readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n");

/** Runs `build`, expects a GraphError of `op` located on a line of this file that contains `call`. */
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
  expect(m![1]).toBe("test/prims-conv.test.ts");
  expect(m![3]).toBe(op);
  expect(SOURCE[Number(m![2]) - 1]).toContain(call);
  expect(e.message).toMatch(/\n {2}hint: {4}\S/);
  return e;
}

describe("shape errors name the op, the user's line, the input shapes and a hint", () => {
  it("stride 0", () => {
    const e = graphError(
      () => defineGraph("t", {}, (g) => void conv2d(g.input("x", [1, 5, 5, 1]), g.input("w", [3, 3, 1, 1]), { strides: 0 })).build(),
      "conv2d",
      "{ strides: 0 }",
    );
    expect(e.message).toContain("stride H must be a positive integer, got 0");
    expect(e.message).toContain("inputs:  f32[1,5,5,1], f32[3,3,1,1]");
  });

  it("channel mismatch", () => {
    const e = graphError(
      () => defineGraph("t", {}, (g) => void conv2d(g.input("x", [1, 5, 5, 3]), g.input("w", [3, 3, 1, 4]))).build(),
      "conv2d",
      "conv2d(g.input(\"x\", [1, 5, 5, 3])",
    );
    expect(e.message).toContain("conv2d: input has 3 channels but the filter expects 1");
    expect(e.message).toContain("formula: x[3] = 3 ≠ w[2] = 1");
    expect(e.message).toContain("inputs:  f32[1,5,5,3], f32[3,3,1,4]");
    expect(e.message).toMatch(/hint: .*cin/);
  });

  it("a negative size in inputShape", () => {
    const e = graphError(
      () =>
        defineGraph("t", {}, (g) => {
          const dy = g.input("dy", [1, 5, 5, 1]);
          conv2dBackpropInput(dy, g.input("w", [3, 3, 1, 1]), [1, -5, 5, 1], { padding: "SAME" }); // negative
        }).build(),
      "conv2dBackpropInput",
      "// negative",
    );
    expect(e.message).toContain("inputShape [1,-5,5,1] has dimension 1 = -5");
    expect(e.message).toContain("inputs:  f32[1,5,5,1], f32[3,3,1,1]");
  });

  it("a non-integer size in filterShape", () => {
    const e = graphError(
      () =>
        defineGraph("t", {}, (g) => {
          const x = g.input("x", [1, 5, 5, 1]);
          conv2dBackpropFilter(x, g.input("dy", [1, 3, 3, 2]), [3, 3, 1, 1.5]); // non-integer
        }).build(),
      "conv2dBackpropFilter",
      "// non-integer",
    );
    expect(e.message).toContain("filterShape [3,3,1,1.5] has dimension 3 = 1.5");
    expect(e.message).toContain("inputs:  f32[1,5,5,1], f32[1,3,3,2]");
  });

  it("a filter larger than a VALID input", () => {
    const e = graphError(
      () => defineGraph("t", {}, (g) => void conv2d(g.input("x", [1, 2, 6, 1]), g.input("w", [3, 3, 1, 1]))).build(),
      "conv2d",
      "[1, 2, 6, 1]",
    );
    expect(e.message).toContain("VALID window does not fit on axis H");
    expect(e.message).toContain("formula: VALID: e = (k-1)*d + 1 = (3-1)*1 + 1 = 3 > in = 2");
    expect(e.message).toContain("inputs:  f32[1,2,6,1], f32[3,3,1,1]");
  });

  it("a dy that does not match the forward shapes", () => {
    const e = graphError(
      () =>
        defineGraph("t", {}, (g) => {
          const dy = g.input("dy", [1, 4, 4, 1]);
          conv2dBackpropInput(dy, g.input("w", [3, 3, 1, 1]), [1, 5, 5, 1]); // wrong dy
        }).build(),
      "conv2dBackpropInput",
      "// wrong dy",
    );
    expect(e.message).toContain("dy is [1,4,4,1] but conv2d of input [1,5,5,1] with filter [3,3,1,1] gives [1,3,3,1]");
    expect(e.message).toContain("formula: Ho = floor((5 + 0 + 0 - 3)/1) + 1 = 3");
  });

  it("a filter of the wrong dtype", () => {
    const e = graphError(
      () => defineGraph("t", {}, (g) => void conv2d(g.input("x", [1, 5, 5, 1]), g.input("w", [3, 3, 1, 1], "i32"))).build(),
      "conv2d",
      '"i32"',
    );
    expect(e.message).toContain("filter w must be f32, got i32");
  });
});

// ---------- cost ----------

describe("flops", () => {
  it("2·N·Ho·Wo·Cout·kh·kw·Cin for conv2d and for each backprop", () => {
    const g = defineGraph("t", {}, (g) => {
      const x = g.input("x", [2, 7, 6, 3]);
      const w = g.input("w", [3, 2, 3, 4]);
      const y = conv2d(x, w, { padding: "SAME", strides: 2 }); // [2, 4, 3, 4]
      conv2dBackpropInput(y, w, x.shape, { padding: "SAME", strides: 2 });
      conv2dBackpropFilter(x, y, w.shape, { padding: "SAME", strides: 2 });
    }).build();
    const expected = 2 * 2 * 4 * 3 * 4 * 3 * 2 * 3;
    const convNodes = g.nodes.filter((n) => n.op.startsWith("conv2d"));
    expect(convNodes.map((n) => n.op)).toEqual(["conv2d", "conv2dBackpropInput", "conv2dBackpropFilter"]);
    for (const n of convNodes) {
      const ins = n.inputs.map((i) => g.nodes[i]!);
      const rule = rules[n.op] as { flops(i: unknown, o: unknown, a: unknown): number };
      expect(rule.flops(ins, n, n.attrs), n.op).toBe(expected);
    }
  });
});

// ---------- gradient checks over a grid ----------

interface GridCase {
  readonly padding: "SAME" | "VALID";
  readonly stride: number;
  readonly dilation: number;
  readonly size: number;
  readonly cin: number;
}

// Input [N, size, size − 1, cin] with a 3×2 filter: odd and even extents on both axes, a non-square
// window, and batch 2 with 3 channels, so a mixed-up axis or batch offset shows.
const grid: GridCase[] = (["SAME", "VALID"] as const).flatMap((padding) =>
  [1, 2, 3].flatMap((stride) =>
    [1, 2].flatMap((dilation) => [5, 6].flatMap((size) => [1, 3].map((cin) => ({ padding, stride, dilation, size, cin })))),
  ),
);

function gridShapes(c: GridCase) {
  const x = [c.cin === 1 ? 1 : 2, c.size, c.size - 1, c.cin];
  const w = [3, 2, c.cin, c.cin === 1 ? 1 : 2];
  const opts: Conv2DOptions = { padding: c.padding, strides: c.stride, dilations: c.dilation };
  // the forward output shape, for the backprops' dy
  const y = run({ x, w }, { x: values(x.reduce((a, b) => a * b), 1), w: values(w.reduce((a, b) => a * b), 2) }, (t) =>
    conv2d(t.x!, t.w!, opts),
  ).shape;
  return { x, w, y: [...y], opts };
}

const name = (c: GridCase) => `${c.padding} s${c.stride} d${c.dilation} size ${c.size} cin ${c.cin}`;

function check(build: (g: GraphBuilder) => Tensor) {
  const graph = defineGraph("t", {}, (g) => void g.output("out", build(g))).build();
  const r = gradcheck(graph, { seed: 3 });
  expect(r.ok, r.message).toBe(true);
  expect(r.checked).toBeGreaterThan(0);
}

describe("gradcheck conv2d (w.r.t. x and w)", () => {
  it.each(grid.map((c) => [name(c), c] as const))("%s", (_n, c) => {
    const s = gridShapes(c);
    check((g) => conv2d(g.input("x", s.x), g.input("w", s.w), s.opts));
  });
});

describe("gradcheck conv2dBackpropInput (w.r.t. dy and w)", () => {
  it.each(grid.map((c) => [name(c), c] as const))("%s", (_n, c) => {
    const s = gridShapes(c);
    check((g) => conv2dBackpropInput(g.input("dy", s.y), g.input("w", s.w), s.x, s.opts));
  });
});

describe("gradcheck conv2dBackpropFilter (w.r.t. x and dy)", () => {
  it.each(grid.map((c) => [name(c), c] as const))("%s", (_n, c) => {
    const s = gridShapes(c);
    check((g) => conv2dBackpropFilter(g.input("x", s.x), g.input("dy", s.y), s.w, s.opts));
  });
});

describe("second order", () => {
  it("double backprop: the gradient of ‖∂L/∂x‖² with respect to w, through conv2dBackpropInput", () => {
    const graph = defineGraph("t", {}, (g) => {
      const x = g.input("x", [1, 5, 4, 2]);
      const w = g.input("w", [3, 2, 2, 2]);
      const y = conv2d(x, w, { padding: "SAME", strides: 2 });
      const loss = y.tanh().sum();
      const [dx] = gradients(loss, [x]);
      g.loss(dx!.square().sum());
    }).build();
    const r = gradcheck(graph, { seed: 5 });
    expect(r.ok, r.message).toBe(true);
  });
});

// ---------- groups and depthwise ----------

describe("grouped convolution", () => {
  const n = (s: readonly number[]) => s.reduce((a, b) => a * b, 1);
  const configs: [string, number[], number[], Conv2DOptions][] = [
    ["depthwise ×1, SAME s2", [2, 6, 5, 4], [3, 3, 1, 4], { padding: "SAME", strides: 2, groups: 4 }],
    ["depthwise ×3, VALID d2", [1, 7, 6, 2], [2, 2, 1, 6], { padding: "VALID", dilations: 2, groups: 2 }],
    ["groups 2, 3 → 2", [1, 5, 6, 6], [3, 2, 3, 4], { padding: "SAME", groups: 2 }],
  ];

  it.each(configs)("%s equals one ordinary conv per group on sliced channels (concatenated)", (_name, xs, ws, opts) => {
    const x = values(n(xs), 4);
    const w = values(n(ws), 5);
    const got = run({ x: xs, w: ws }, { x, w }, (t) => conv2d(t.x!, t.w!, opts));
    const G = opts.groups!;
    const cg = xs[3]! / G;
    const og = ws[3]! / G;
    const plain = { ...opts, groups: 1 };
    const parts = Array.from({ length: G }, (_, g) =>
      run({ x: xs, w: ws }, { x, w }, (t) =>
        conv2d(t.x!.slice([0, 0, 0, g * cg], [xs[0]!, xs[1]!, xs[2]!, cg]), t.w!.slice([0, 0, 0, g * og], [ws[0]!, ws[1]!, cg, og]), plain),
      ),
    );
    expect(got.shape).toEqual([...parts[0]!.shape.slice(0, 3), ws[3]!]);
    const pixels = n(got.shape) / ws[3]!;
    const want: number[] = [];
    for (let p = 0; p < pixels; p++) for (const part of parts) want.push(...part.data.slice(p * og, (p + 1) * og));
    expect(got.data).toEqual(want.map((v) => expect.closeTo(v, 12)));
  });

  it("depthwise follows TensorFlow's channel-multiplier order: output c·M + m reads input c with filter [i, j, c, m]", () => {
    const [C, M] = [3, 2];
    const x = values(1 * 4 * 4 * C, 6);
    const wTF = values(2 * 2 * C * M, 7); // TF depthwise filter [kh, kw, C, M]
    const got = run({ x: [1, 4, 4, C], w: [2, 2, 1, C * M] }, { x, w: wTF }, (t) => conv2d(t.x!, t.w!, { groups: C }));
    for (let oh = 0; oh < 3; oh++)
      for (let ow = 0; ow < 3; ow++)
        for (let c = 0; c < C; c++)
          for (let m = 0; m < M; m++) {
            let s = 0;
            for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) s += x[((oh + i) * 4 + ow + j) * C + c]! * wTF[((i * 2 + j) * C + c) * M + m]!;
            expect(got.data[(oh * 3 + ow) * C * M + c * M + m]).toBeCloseTo(s, 12);
          }
  });

  it.each(configs)("%s: the adjoint identities hold with groups", (_name, xs, ws, opts) => {
    const x = values(n(xs), 1);
    const w = values(n(ws), 2);
    const y = run({ x: xs, w: ws }, { x, w }, (t) => conv2d(t.x!, t.w!, opts));
    const dy = values(y.data.length, 3);
    const dx = run({ dy: [...y.shape], w: ws }, { dy, w }, (t) => conv2dBackpropInput(t.dy!, t.w!, xs, opts));
    const dw = run({ x: xs, dy: [...y.shape] }, { x, dy }, (t) => conv2dBackpropFilter(t.x!, t.dy!, ws, opts));
    expect(dot(x, dx.data)).toBeCloseTo(dot(y.data, dy), 10);
    expect(dot(w, dw.data)).toBeCloseTo(dot(y.data, dy), 10);
  });

  it.each(configs)("gradcheck %s: conv2d and both backprops", (_name, xs, ws, opts) => {
    const ys = [...run({ x: xs, w: ws }, { x: values(n(xs), 1), w: values(n(ws), 2) }, (t) => conv2d(t.x!, t.w!, opts)).shape];
    check((g) => conv2d(g.input("x", xs), g.input("w", ws), opts));
    check((g) => conv2dBackpropInput(g.input("dy", ys), g.input("w", ws), xs, opts));
    check((g) => conv2dBackpropFilter(g.input("x", xs), g.input("dy", ys), ws, opts));
  });

  it("groups that do not divide the channels: an error naming the shapes and the layout", () => {
    const e = graphError(
      () => defineGraph("t", {}, (g) => void g.output("o", conv2d(g.input("x", [1, 4, 4, 6]), g.input("w", [3, 3, 2, 4]), { groups: 4 }))).build(),
      "conv2d",
      "groups: 4",
    );
    expect(e.message).toContain("4 groups do not fit input channels 6");
    expect(e.message).toContain("[kh, kw, cin/groups, cout]");
  });

  it("flops count cin/groups channels per output", () => {
    const g = defineGraph("t", {}, (g) => void g.output("o", conv2d(g.input("x", [1, 4, 4, 8]), g.input("w", [3, 3, 1, 8]), { groups: 8 }))).build();
    const node = g.nodes.find((v) => v.op === "conv2d")!;
    const rule = rules.conv2d as { flops(i: unknown, o: unknown, a: unknown): number };
    expect(rule.flops(node.inputs.map((i) => g.nodes[i]!), node, node.attrs)).toBe(2 * 2 * 2 * 8 * 9);
  });
});
