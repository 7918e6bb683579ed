// Golden table for TensorFlow SAME/VALID padding: every input 1..20 × kernel 1..7 × stride 1..4 ×
// dilation 1..3, against formulas written here independently of src/prims/padding.ts (window
// positions counted one by one, the smallest padding found by search).
import { describe, expect, it } from "vitest";
import { defineGraph } from "../src/dsl/builder.ts";
import { conv2d, maxPool } from "../src/dsl/ops.ts";
import { GraphError, ShapeError } from "../src/ir/errors.ts";
import { effectiveWindow, resolveAxisPadding, resolvePadding2D, windowOutputSize } from "../src/prims/padding.ts";

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/** How many windows of extent e, placed at 0, s, 2s, …, fit inside `extent` cells. */
function countWindows(extent: number, e: number, s: number): number {
  let count = 0;
  for (let start = 0; start + e <= extent; start += s) count++;
  return count;
}

/** SAME, as TensorFlow defines it: one output per stride step that starts inside the input … */
function sameOut(size: number, s: number): number {
  let count = 0;
  for (let start = 0; start < size; start += s) count++;
  return count;
}

/** … with the least total padding that lets that many windows fit, split with the extra cell after. */
function samePads(size: number, k: number, s: number, d: number): [number, number] {
  const e = (k - 1) * d + 1;
  const out = sameOut(size, s);
  let total = 0;
  while (countWindows(size + total, e, s) < out) total++;
  return [Math.floor(total / 2), Math.ceil(total / 2)];
}

const cases = range(1, 20).flatMap((size) =>
  range(1, 7).flatMap((k) => range(1, 4).flatMap((s) => range(1, 3).map((d) => ({ size, k, s, d })))),
);

describe("padding golden table (20 × 7 × 4 × 3 cases)", () => {
  it("effective window e = (k-1)·d + 1", () => {
    expect(effectiveWindow(3, 2)).toBe(5);
    expect(effectiveWindow(1, 3)).toBe(1);
    expect(effectiveWindow(7, 1)).toBe(7);
  });

  it("SAME: out = ceil(in/s), the least padding, the extra cell after", () => {
    let checked = 0;
    for (const { size, k, s, d } of cases) {
      const axis = { size, window: k, stride: s, dilation: d, axis: "H" } as const;
      const pads = resolveAxisPadding(axis, "SAME");
      expect(pads, `in=${size} k=${k} s=${s} d=${d}`).toEqual(samePads(size, k, s, d));
      expect(windowOutputSize(axis, pads), `in=${size} k=${k} s=${s} d=${d}`).toBe(sameOut(size, s));
      expect(sameOut(size, s)).toBe(Math.ceil(size / s));
      checked++;
    }
    expect(checked).toBe(20 * 7 * 4 * 3);
  });

  it("VALID: no padding, out = the number of windows that fit; e > in is a ShapeError", () => {
    let fits = 0;
    let throws = 0;
    for (const { size, k, s, d } of cases) {
      const axis = { size, window: k, stride: s, dilation: d, axis: "W" } as const;
      const e = (k - 1) * d + 1;
      if (e > size) {
        let err: unknown;
        try {
          resolveAxisPadding(axis, "VALID");
        } catch (x) {
          err = x;
        }
        expect(err, `in=${size} k=${k} s=${s} d=${d}`).toBeInstanceOf(ShapeError);
        const formula = (err as ShapeError).details.formula!;
        expect(formula).toContain(`e = (k-1)*d + 1 = (${k}-1)*${d} + 1 = ${e} > in = ${size}`);
        throws++;
        continue;
      }
      expect(resolveAxisPadding(axis, "VALID")).toEqual([0, 0]);
      expect(windowOutputSize(axis, [0, 0]), `in=${size} k=${k} s=${s} d=${d}`).toBe(countWindows(size, e, s));
      fits++;
    }
    expect(fits).toBeGreaterThan(0);
    expect(throws).toBeGreaterThan(0);
  });

  it("explicit pads: out = floor((in + before + after - e)/s) + 1, and are kept as given", () => {
    for (const { size, k, s, d } of cases.filter((c) => c.size <= 8)) {
      for (const pads of [[0, 0], [1, 0], [0, 2], [2, 3]] as [number, number][]) {
        const e = (k - 1) * d + 1;
        const axis = { size, window: k, stride: s, dilation: d, axis: "H" } as const;
        if (e > size + pads[0] + pads[1]) {
          expect(() => windowOutputSize(axis, pads)).toThrow(ShapeError);
        } else {
          expect(windowOutputSize(axis, pads)).toBe(countWindows(size + pads[0] + pads[1], e, s));
        }
      }
    }
    const explicit = [[1, 2], [0, 3]] as const;
    expect(resolvePadding2D(explicit, { size: 5, window: 3, stride: 1, dilation: 1 }, { size: 5, window: 3, stride: 1, dilation: 1 }))
      .toEqual({ pads: explicit, padding: "EXPLICIT" });
  });

  it("resolves each axis on its own (H and W differ)", () => {
    const r = resolvePadding2D("SAME", { size: 7, window: 3, stride: 2, dilation: 1 }, { size: 6, window: 2, stride: 3, dilation: 2 });
    expect(r).toEqual({ pads: [samePads(7, 3, 2, 1), samePads(6, 2, 3, 2)], padding: "SAME" });
  });
});

describe("padding errors reach the user with the formula", () => {
  it("VALID with e > in, through the DSL: a GraphError quoting the formula", () => {
    const build = () =>
      defineGraph("t", {}, (g) => void conv2d(g.input("x", [1, 4, 9, 1]), g.input("w", [3, 3, 1, 1]), { dilations: 2 })).build();
    expect(build).toThrow(GraphError);
    expect(build).toThrow(/conv2d: VALID window does not fit on axis H[\s\S]*e = \(k-1\)\*d \+ 1 = \(3-1\)\*2 \+ 1 = 5 > in = 4/);
  });

  it("a pool window larger than a VALID input", () => {
    const build = () => defineGraph("t", {}, (g) => void maxPool(g.input("x", [1, 4, 4, 1]), { window: 5 })).build();
    expect(build).toThrow(/maxPool: VALID window does not fit[\s\S]*= 5 > in = 4[\s\S]*hint:/);
  });
});
