// Pooling over NHWC windows, and its backprops. Window (kh, kw), strides, dilations, resolved explicit
// pads; window (oh, ow) covers rows oh·sh − top + i·dh for i = 0 … kh − 1 (and likewise columns).
// Dilated VALID pooling is TensorFlow's tf.nn.pool; dilated SAME (refused by TensorFlow) is ONNX's
// SAME_UPPER, which is the same formula as undilated SAME over the effective window (k−1)·d + 1.
//
//   maxPool:  the max over the window's in-bounds cells (padding counts as −∞: it never wins).
//   avgPool:  the mean over the window's in-bounds cells (TensorFlow's SAME: padding is not
//             counted; with VALID every cell is in bounds, so it is the full window).
//   maxPoolBackprop(x, dy): each dy goes to the arg-max cell of its window; on ties, to the FIRST
//             of the tied cells in row-major window order (the cell a strict `>` scan keeps).
//   avgPoolBackprop(dy):    each dy is spread as dy/count over its window's in-bounds cells.
//
// A window lying entirely in padding (only possible with explicit pads) is a ShapeError: it has
// no max and no mean.
import { ShapeError } from "../ir/errors.ts";
import type { PrimAttrs, Shape } from "../ir/types.ts";
import { avgPool, avgPoolBackprop, maxPool, maxPoolBackprop } from "../dsl/ops.ts";
import type { PoolOptions } from "../dsl/ops.ts";
import type { Tensor } from "../dsl/tensor.ts";
import { windowOutputSize } from "./padding.ts";
import type { RuleTable, ValueType } from "./rule.ts";
import { allocFor } from "./rule.ts";

export type PoolPrim = "maxPool" | "avgPool" | "maxPoolBackprop" | "avgPoolBackprop";
type PoolAttrs = PrimAttrs["maxPool"];

const fmt = (s: Shape) => `[${s.join(",")}]`;

// ---------- shape checks ----------

function f32Rank4(t: ValueType | undefined, op: string, what: string): ValueType {
  if (!t) throw new ShapeError(`${op} is missing its ${what}`);
  if (t.shape.length !== 4) {
    throw new ShapeError(`${what} must have rank 4, got ${fmt(t.shape)}`, { hint: "pooling works on NHWC tensors" });
  }
  if (t.dtype !== "f32") {
    throw new ShapeError(`${what} must be f32, got ${t.dtype}`, { hint: 'cast it with .cast("f32")' });
  }
  return t;
}

/** The output shape of pooling an NHWC `xShape` (throws if a window does not fit or is all padding). */
export function poolOutputShape(xShape: Shape, attrs: PoolAttrs): number[] {
  const axis = (a: 0 | 1) => {
    const name = a === 0 ? "H" : "W";
    const size = xShape[1 + a]!;
    const k = attrs.window[a];
    const s = attrs.strides[a];
    const d = attrs.dilations[a];
    const [before, after] = attrs.pads[a];
    const out = windowOutputSize({ size, window: k, stride: s, dilation: d, axis: name }, [before, after]);
    // Every window needs one real row: taps o·s − before + i·d for i < k.
    for (let o = 0; o < out; o++) {
      let inBounds = false;
      for (let i = 0; i < k && !inBounds; i++) {
        const r = o * s - before + i * d;
        inBounds = r >= 0 && r < size;
      }
      if (!inBounds) {
        throw new ShapeError(`a pooling window on axis ${name} lies entirely in the padding`, {
          formula: `window ${o}: rows ${o}*${s} - ${before} + i*${d} for i < ${k} are all outside 0..${size - 1}`,
          hint: "use less padding than the window size (SAME and VALID never do this)",
        });
      }
    }
    return out;
  };
  return [xShape[0]!, axis(0), axis(1), xShape[3]!];
}

/** For the backprops: dy must be exactly what pooling `xShape` produces. */
function checkDy(dy: Shape, xShape: Shape, attrs: PoolAttrs): void {
  const want = poolOutputShape(xShape, attrs);
  if (want.some((d, a) => d !== dy[a])) {
    const f = (a: 0 | 1) => {
      const [b, e] = attrs.pads[a];
      const eff = (attrs.window[a] - 1) * attrs.dilations[a] + 1;
      return `${a === 0 ? "Ho" : "Wo"} = floor((${xShape[1 + a]} + ${b} + ${e} - ${eff})/${attrs.strides[a]}) + 1 = ${want[1 + a]}`;
    };
    throw new ShapeError(`dy is ${fmt(dy)} but pooling an input of ${fmt(xShape)} gives ${fmt(want)}`, {
      formula: `${f(0)}, ${f(1)}`,
      hint: "pass the forward input's shape and the forward window, strides and padding",
    });
  }
}

// ---------- the window walk shared by the references ----------

/**
 * For every output cell (n, oh, ow, c) in row-major order: `visit(yIndex, cells)`, where `cells`
 * lists the flat x indices of the window's in-bounds cells in row-major window order.
 */
function forEachWindow(xShape: Shape, yShape: Shape, a: PoolAttrs, visit: (y: number, cells: readonly number[]) => void) {
  const [n, h, w, c] = xShape as [number, number, number, number];
  const [, oh, ow] = yShape as [number, number, number, number];
  const [kh, kw] = a.window;
  const [sh, sw] = a.strides;
  const [dh, dw] = a.dilations;
  const top = a.pads[0][0];
  const left = a.pads[1][0];
  const cells: number[] = [];
  let y = 0;
  for (let b = 0; b < n; b++) {
    for (let r = 0; r < oh; r++) {
      for (let q = 0; q < ow; q++) {
        for (let ch = 0; ch < c; ch++) {
          cells.length = 0;
          for (let i = 0; i < kh; i++) {
            const ih = r * sh - top + i * dh;
            if (ih < 0 || ih >= h) continue;
            for (let j = 0; j < kw; j++) {
              const iw = q * sw - left + j * dw;
              if (iw < 0 || iw >= w) continue;
              cells.push(((b * h + ih) * w + iw) * c + ch);
            }
          }
          visit(y++, cells);
        }
      }
    }
  }
}

/** The first cell of `cells` holding the largest value of `data` (strict `>`: ties keep the first). */
function firstArgmax(data: ArrayLike<number>, cells: readonly number[]): number {
  let best = cells[0]!;
  for (const k of cells) if (data[k]! > data[best]!) best = k;
  return best;
}

function poolOpts(a: PoolAttrs): PoolOptions {
  return { window: a.window, strides: a.strides, dilations: a.dilations, padding: a.pads };
}

/** One op per window cell (compare, add or scatter), per output element. */
function windowFlops(yShape: Shape, a: PoolAttrs): number {
  return yShape.reduce((p, d) => p * d, 1) * a.window[0] * a.window[1];
}

/**
 * The kh·kw "window taps" of an NHWC tensor, in row-major window order: tap (i, j) is the
 * [N, Ho, Wo, C] tensor t_pad[n, oh·sh + i·dh, ow·sw + j·dw, c], built from pad, slice and reshape
 * (a stride s is taken by reshaping rows into [Ho, s] and keeping index 0).
 */
function windowTaps(t: Tensor, a: PoolAttrs, outShape: Shape, padValue: number): Tensor[] {
  const [n, h, w, c] = t.shape as [number, number, number, number];
  const [, oh, ow] = outShape as [number, number, number, number];
  const [kh, kw] = a.window;
  const [sh, sw] = a.strides;
  const [dh, dw] = a.dilations;
  // Rows up to (kh − 1)·dh + oh·sh − 1 are read; pad past the declared pads when the reshape needs it.
  const extra = (k: number, d: number, o: number, s: number, size: number, pads: readonly [number, number]) =>
    Math.max(0, (k - 1) * d + o * s - (size + pads[0] + pads[1]));
  const padded = t.pad(
    [
      [0, 0],
      [a.pads[0][0], a.pads[0][1] + extra(kh, dh, oh, sh, h, a.pads[0])],
      [a.pads[1][0], a.pads[1][1] + extra(kw, dw, ow, sw, w, a.pads[1])],
      [0, 0],
    ],
    padValue,
  );
  const taps: Tensor[] = [];
  for (let i = 0; i < kh; i++) {
    for (let j = 0; j < kw; j++) {
      const block = padded.slice([0, i * dh, j * dw, 0], [n, oh * sh, ow * sw, c]);
      taps.push(
        sh === 1 && sw === 1
          ? block
          : block
              .reshape([n, oh, sh, ow, sw, c])
              .slice([0, 0, 0, 0, 0, 0], [n, oh, 1, ow, 1, c])
              .reshape([n, oh, ow, c]),
      );
    }
  }
  return taps;
}

// ---------- the table ----------

export const poolRules = {
  maxPool: {
    kind: "window",
    shape: ([x], attrs) => ({ dtype: "f32", shape: poolOutputShape(f32Rank4(x, "maxPool", "input x").shape, attrs) }),
    reference: ([x], attrs, out, ctx) => {
      const r = allocFor(out, ctx);
      forEachWindow(x!.shape, out.shape, attrs, (y, cells) => {
        let m = -Infinity; // the padding's value: it never wins
        for (const k of cells) if (x!.data[k]! > m) m = x!.data[k]!;
        r[y] = m;
      });
      return r;
    },
    vjp: ({ x, dy, attrs }) => [maxPoolBackprop(x[0]!, dy, poolOpts(attrs))],
    flops: (_i, out, attrs) => windowFlops(out.shape, attrs),
  },

  avgPool: {
    kind: "window",
    shape: ([x], attrs) => ({ dtype: "f32", shape: poolOutputShape(f32Rank4(x, "avgPool", "input x").shape, attrs) }),
    reference: ([x], attrs, out, ctx) => {
      const r = allocFor(out, ctx);
      forEachWindow(x!.shape, out.shape, attrs, (y, cells) => {
        let s = 0;
        for (const k of cells) s += x!.data[k]!;
        r[y] = s / cells.length; // in-bounds cells only
      });
      return r;
    },
    vjp: ({ x, dy, attrs }) => [avgPoolBackprop(dy, x[0]!.shape, poolOpts(attrs))],
    flops: (_i, out, attrs) => windowFlops(out.shape, attrs),
  },

  // dx = M(x)ᵀ·dy, where M(x) selects each window's first arg-max cell (see the header for ties).
  maxPoolBackprop: {
    kind: "window",
    shape: ([x, dy], attrs) => {
      const xs = f32Rank4(x, "maxPoolBackprop", "input x").shape;
      checkDy(f32Rank4(dy, "maxPoolBackprop", "dy").shape, xs, attrs);
      return { dtype: "f32", shape: xs };
    },
    reference: ([x, dy], attrs, out, ctx) => {
      const acc = new Float64Array(x!.data.length);
      forEachWindow(x!.shape, dy!.shape, attrs, (y, cells) => {
        acc[firstArgmax(x!.data, cells)]! += dy!.data[y]!;
      });
      const r = allocFor(out, ctx);
      r.set(acc);
      return r;
    },
    // Linear in dy: ⟨ddx, M(x)ᵀ·dy⟩ = ⟨M(x)·ddx, dy⟩, i.e. ddx gathered at each window's first
    // arg-max. It is built from the window taps of x and ddx: walking the taps in row-major window
    // order, the first tap equal to the window's max takes its ddx value. The selection M(x) is
    // piecewise constant in x, so the adjoint of x is zero (ties are where it is not differentiable).
    // (Pathological case: if every in-bounds cell of a window is −∞, a −∞ padding cell may be taken
    // first, giving 0 where the reference would route ddx of the first in-bounds cell.)
    vjp: ({ x, dy: ddx, attrs }) => {
      const xi = x[0]!;
      const y = maxPool(xi, poolOpts(attrs));
      const xTaps = windowTaps(xi, attrs, y.shape, -Infinity);
      const dTaps = windowTaps(ddx, attrs, y.shape, 0);
      let taken: Tensor | undefined;
      let gathered: Tensor | undefined;
      xTaps.forEach((tap, k) => {
        const hit = tap.eq(y);
        const first = taken ? hit.mul(taken.rsub(1)) : hit;
        const term = first.mul(dTaps[k]!);
        gathered = gathered ? gathered.add(term) : term;
        taken = taken ? taken.add(first) : first;
      });
      return [null, gathered!];
    },
    flops: ([, dy], _out, attrs) => windowFlops(dy!.shape, attrs),
  },

  // dx = Aᵀ·dy, where A is avgPool's (linear) operator.
  avgPoolBackprop: {
    kind: "window",
    shape: ([dy], attrs) => {
      const dys = f32Rank4(dy, "avgPoolBackprop", "dy").shape;
      const s = attrs.inputShape;
      if (!Array.isArray(s) || s.length !== 4 || s.some((d) => !Number.isInteger(d) || d < 0)) {
        throw new ShapeError(`inputShape ${fmt(s)} is not an NHWC shape of non-negative integers`, {
          hint: "pass the shape of the forward input (x.shape)",
        });
      }
      checkDy(dys, s, attrs);
      return { dtype: "f32", shape: [...s] };
    },
    reference: ([dy], attrs, out, ctx) => {
      const acc = new Float64Array(out.shape.reduce((p, d) => p * d, 1));
      forEachWindow(attrs.inputShape, dy!.shape, attrs, (y, cells) => {
        const share = dy!.data[y]! / cells.length;
        for (const k of cells) acc[k]! += share;
      });
      const r = allocFor(out, ctx);
      r.set(acc);
      return r;
    },
    // Linear: the adjoint of Aᵀ is A, i.e. avgPool with the same attributes.
    vjp: ({ dy: ddx, attrs }) => [avgPool(ddx, poolOpts(attrs))],
    flops: ([dy], _out, attrs) => windowFlops(dy!.shape, attrs),
  },
} satisfies RuleTable<PoolPrim>;
