// Convolution: conv2d and its two backprops. Activations NHWC, filters HWIO [kh, kw, cin/groups, cout].
//
//   y[n, oh, ow, o] = Σ_{i, j, c < cin/G} x[n, oh·sh − top + i·dh, ow·sw − left + j·dw, g(o)·cin/G + c] · w[i, j, c, o]
//
// with G groups and g(o) = floor(o / (cout/G)) the group of output channel o (G = 1: every output reads
// every input channel; G = cin: depthwise, output c·M + m reading input c, TensorFlow's channel-multiplier
// order, so a TF depthwise filter [kh, kw, C, M] reshaped to [kh, kw, 1, C·M] is this filter). Cells
// outside the input read as 0. The pads are the resolved explicit ones, so SAME's extra
// cell after is reproduced exactly by every rule below, including the derivatives.
//
// conv2d is bilinear in (x, w); each backprop is its adjoint with respect to one argument and so
// is bilinear too. Every vjp is therefore one of the three ops, with the same attributes:
//   conv2d(x, w)                  → [bpInput(dy, w),  bpFilter(x, dy)]
//   conv2dBackpropInput(dy, w)    → [conv2d(ddx, w),  bpFilter(ddx, dy)]
//   conv2dBackpropFilter(x, dy)   → [bpInput(dy, ddw), conv2d(x, ddw)]
// (from ⟨conv(x, w), dy⟩ = ⟨x, bpInput(dy, w)⟩ = ⟨w, bpFilter(x, dy)⟩), so gradients of any order
// stay convolutions.
import { ShapeError } from "../ir/errors.ts";
import type { PrimAttrs, Shape } from "../ir/types.ts";
import { conv2d, conv2dBackpropFilter, conv2dBackpropInput } from "../dsl/ops.ts";
import type { Conv2DOptions } from "../dsl/ops.ts";
import type { Tensor } from "../dsl/tensor.ts";
import { effectiveWindow, windowOutputSize } from "./padding.ts";
import type { RuleTable, ValueType } from "./rule.ts";
import { allocFor } from "./rule.ts";

export type ConvPrim = "conv2d" | "conv2dBackpropInput" | "conv2dBackpropFilter";
type ConvAttrs = PrimAttrs["conv2d"];

const fmt = (s: Shape) => `[${s.join(",")}]`;

// ---------- shape checks ----------

/** An f32 rank-4 operand, or a ShapeError saying which one and what layout it should have. */
function f32Rank4(t: ValueType | undefined, op: string, what: string, layout: string): ValueType {
  if (!t) throw new ShapeError(`${op} is missing its ${what}`);
  if (t.shape.length !== 4) {
    throw new ShapeError(`${what} must have rank 4, got ${fmt(t.shape)}`, { hint: `${what} is ${layout}` });
  }
  if (t.dtype !== "f32") {
    throw new ShapeError(`${what} must be f32, got ${t.dtype}`, { hint: 'cast it with .cast("f32")' });
  }
  return t;
}

/** A shape given as an attribute (inputShape, filterShape): rank 4, non-negative integers. */
export function checkAttrShape(shape: Shape, what: string, layout: string): void {
  if (!Array.isArray(shape) || shape.length !== 4) {
    throw new ShapeError(`${what} must have 4 dimensions, got ${fmt(shape)}`, { hint: `${what} is ${layout}` });
  }
  shape.forEach((d, a) => {
    if (!Number.isInteger(d) || d < 0) {
      throw new ShapeError(`${what} ${fmt(shape)} has dimension ${a} = ${d}`, {
        formula: `${what}[${a}] = ${d} is not a non-negative integer`,
        hint: "pass the shape of the forward tensor (e.g. x.shape)",
      });
    }
  });
}

function checkChannels(xShape: Shape, wShape: Shape, xName: string, wName: string, groups: number): void {
  const c = xShape[3]!;
  const cin = wShape[2]!;
  const cout = wShape[3]!;
  if (!Number.isInteger(groups) || groups < 1) {
    throw new ShapeError(`groups must be a positive integer, got ${groups}`, { hint: "1 is an ordinary convolution; the input's channel count is depthwise" });
  }
  if (groups === 1 && c !== cin) {
    throw new ShapeError(`input has ${c} channels but the filter expects ${cin}`, {
      formula: `${xName}[3] = ${c} ≠ ${wName}[2] = ${cin}`,
      hint: "filters are HWIO [kh, kw, cin, cout]: cin must equal the input's last (channel) axis",
    });
  }
  if (c % groups !== 0 || cout % groups !== 0 || c / groups !== cin) {
    throw new ShapeError(`${groups} groups do not fit input channels ${c}, filter ${fmt(wShape)}`, {
      formula: `need ${xName}[3] = ${c} and ${wName}[3] = ${cout} divisible by groups = ${groups}, and ${wName}[2] = ${cin} = ${c}/${groups}`,
      hint: "grouped filters are [kh, kw, cin/groups, cout]; depthwise is groups = cin with a [kh, kw, 1, cin·multiplier] filter",
    });
  }
}

/** The output shape of conv2d(x, w) under `attrs` (throws if a window does not fit). */
export function convOutputShape(xShape: Shape, wShape: Shape, attrs: ConvAttrs): number[] {
  const axis = (a: 0 | 1) =>
    windowOutputSize(
      {
        size: xShape[1 + a]!,
        window: wShape[a]!,
        stride: attrs.strides[a],
        dilation: attrs.dilations[a],
        axis: a === 0 ? "H" : "W",
      },
      attrs.pads[a],
    );
  return [xShape[0]!, axis(0), axis(1), wShape[3]!];
}

/** "floor((in + before + after − e)/s) + 1" with the numbers, for the H and W axes. */
function outFormula(xShape: Shape, wShape: Shape, attrs: ConvAttrs): string {
  const one = (a: 0 | 1) => {
    const e = effectiveWindow(wShape[a]!, attrs.dilations[a]);
    const [b, f] = attrs.pads[a];
    const out = Math.floor((xShape[1 + a]! + b + f - e) / attrs.strides[a]) + 1;
    return `${a === 0 ? "Ho" : "Wo"} = floor((${xShape[1 + a]} + ${b} + ${f} - ${e})/${attrs.strides[a]}) + 1 = ${out}`;
  };
  return `${one(0)}, ${one(1)}`;
}

/** For the backprops: dy must be exactly what conv2d of the forward shapes produces. */
function checkDy(dy: Shape, xShape: Shape, wShape: Shape, attrs: ConvAttrs): void {
  const want = convOutputShape(xShape, wShape, attrs);
  if (want.some((d, a) => d !== dy[a])) {
    throw new ShapeError(
      `dy is ${fmt(dy)} but conv2d of input ${fmt(xShape)} with filter ${fmt(wShape)} gives ${fmt(want)}`,
      {
        formula: outFormula(xShape, wShape, attrs),
        hint: "pass the forward input and filter shapes and the forward strides, dilations and padding",
      },
    );
  }
}

// ---------- geometry shared by the references ----------

interface Geometry {
  readonly n: number;
  readonly h: number;
  readonly w: number;
  readonly c: number;
  readonly kh: number;
  readonly kw: number;
  readonly o: number;
  readonly oh: number;
  readonly ow: number;
  /** Input channels per group (the filter's third axis) and output channels per group. */
  readonly cg: number;
  readonly og: number;
}

function geometry(xShape: Shape, wShape: Shape, yShape: Shape, groups: number): Geometry {
  const [n, h, w, c] = xShape as [number, number, number, number];
  const [kh, kw, , o] = wShape as [number, number, number, number];
  return { n, h, w, c, kh, kw, o, oh: yShape[1]!, ow: yShape[2]!, cg: c / groups, og: o / groups };
}

/**
 * For each output channel o and filter channel c: (x channel, w offset within a tap) — the pairs a
 * grouped convolution multiplies. With one group this is every (c, o).
 */
function forEachChannelPair(g: Geometry, visit: (xc: number, wc: number, o: number) => void): void {
  for (let o = 0; o < g.o; o++) {
    const base = Math.floor(o / g.og) * g.cg;
    for (let c = 0; c < g.cg; c++) visit(base + c, c * g.o + o, o);
  }
}

/**
 * Calls `visit(xRow, yRow, wRow)` for every (output pixel, filter tap) pair that reads an in-bounds
 * input pixel; the three are flat offsets of x[n, ih, iw, 0], y[n, oh, ow, 0] and w[i, j, 0, 0].
 * The channel loops are left to the caller, so each reference reads as its formula.
 */
function forEachTap(g: Geometry, a: ConvAttrs, visit: (xRow: number, yRow: number, wRow: number) => void): void {
  const [sh, sw] = a.strides;
  const [dh, dw] = a.dilations;
  const top = a.pads[0][0];
  const left = a.pads[1][0];
  for (let n = 0; n < g.n; n++) {
    for (let oh = 0; oh < g.oh; oh++) {
      for (let ow = 0; ow < g.ow; ow++) {
        const yRow = ((n * g.oh + oh) * g.ow + ow) * g.o;
        for (let i = 0; i < g.kh; i++) {
          const ih = oh * sh - top + i * dh;
          if (ih < 0 || ih >= g.h) continue; // padding reads 0
          for (let j = 0; j < g.kw; j++) {
            const iw = ow * sw - left + j * dw;
            if (iw < 0 || iw >= g.w) continue;
            visit(((n * g.h + ih) * g.w + iw) * g.c, yRow, (i * g.kw + j) * g.cg * g.o);
          }
        }
      }
    }
  }
}

/** The vjps pass the resolved pads explicitly, so SAME's asymmetric pad is kept as is. */
function sameOpts(a: ConvAttrs): Conv2DOptions {
  return { strides: a.strides, dilations: a.dilations, padding: a.pads, groups: a.groups };
}

const convFlops = (g: Geometry) => 2 * g.n * g.oh * g.ow * g.o * g.kh * g.kw * g.cg;

// ---------- the table ----------

export const convRules = {
  conv2d: {
    kind: "contraction",
    shape: ([x, w], attrs) => {
      const xs = f32Rank4(x, "conv2d", "input x", "NHWC").shape;
      const ws = f32Rank4(w, "conv2d", "filter w", "HWIO [kh, kw, cin, cout]").shape;
      checkChannels(xs, ws, "x", "w", attrs.groups);
      return { dtype: "f32", shape: convOutputShape(xs, ws, attrs) };
    },
    reference: ([x, w], attrs, out, ctx) => {
      const g = geometry(x!.shape, w!.shape, out.shape, attrs.groups);
      const acc = new Float64Array(out.shape.reduce((p, d) => p * d, 1));
      forEachTap(g, attrs, (xRow, yRow, wRow) => {
        forEachChannelPair(g, (xc, wc, o) => (acc[yRow + o]! += x!.data[xRow + xc]! * w!.data[wRow + wc]!));
      });
      const r = allocFor(out, ctx);
      r.set(acc);
      return r;
    },
    vjp: ({ x, dy, attrs }) => {
      const [xi, w] = x as [Tensor, Tensor];
      return [
        conv2dBackpropInput(dy, w, xi.shape, sameOpts(attrs)),
        conv2dBackpropFilter(xi, dy, w.shape, sameOpts(attrs)),
      ];
    },
    flops: ([x, w], out, attrs) => convFlops(geometry(x!.shape, w!.shape, out.shape, attrs.groups)),
  },

  // dx[n, ih, iw, c] = Σ dy[n, oh, ow, o] · w[i, j, c, o] over the (oh, ow, i, j) that read (ih, iw):
  // the transpose of conv2d in x, written as the scatter it is.
  conv2dBackpropInput: {
    kind: "contraction",
    shape: ([dy, w], attrs) => {
      const dys = f32Rank4(dy, "conv2dBackpropInput", "dy", "NHWC, the adjoint of conv2d's output").shape;
      const ws = f32Rank4(w, "conv2dBackpropInput", "filter w", "HWIO [kh, kw, cin, cout]").shape;
      checkAttrShape(attrs.inputShape, "inputShape", "NHWC, the forward input's shape");
      checkChannels(attrs.inputShape, ws, "inputShape", "w", attrs.groups);
      checkDy(dys, attrs.inputShape, ws, attrs);
      return { dtype: "f32", shape: [...attrs.inputShape] };
    },
    reference: ([dy, w], attrs, out, ctx) => {
      const g = geometry(attrs.inputShape, w!.shape, dy!.shape, attrs.groups);
      const acc = new Float64Array(out.shape.reduce((p, d) => p * d, 1));
      forEachTap(g, attrs, (xRow, yRow, wRow) => {
        forEachChannelPair(g, (xc, wc, o) => (acc[xRow + xc]! += dy!.data[yRow + o]! * w!.data[wRow + wc]!));
      });
      const r = allocFor(out, ctx);
      r.set(acc);
      return r;
    },
    // ⟨ddx, bpInput(dy, w)⟩ = ⟨conv2d(ddx, w), dy⟩ = ⟨bpFilter(ddx, dy), w⟩
    vjp: ({ x, dy: ddx, attrs }) => {
      const [dy, w] = x as [Tensor, Tensor];
      return [conv2d(ddx, w, sameOpts(attrs)), conv2dBackpropFilter(ddx, dy, w.shape, sameOpts(attrs))];
    },
    flops: ([dy, w], _out, attrs) => convFlops(geometry(attrs.inputShape, w!.shape, dy!.shape, attrs.groups)),
  },

  // dw[i, j, c, o] = Σ_{n, oh, ow} x[n, oh·sh − top + i·dh, ow·sw − left + j·dw, c] · dy[n, oh, ow, o]
  conv2dBackpropFilter: {
    kind: "contraction",
    shape: ([x, dy], attrs) => {
      const xs = f32Rank4(x, "conv2dBackpropFilter", "input x", "NHWC").shape;
      const dys = f32Rank4(dy, "conv2dBackpropFilter", "dy", "NHWC, the adjoint of conv2d's output").shape;
      checkAttrShape(attrs.filterShape, "filterShape", "HWIO [kh, kw, cin, cout], the forward filter's shape");
      checkChannels(xs, attrs.filterShape, "x", "filterShape", attrs.groups);
      checkDy(dys, xs, attrs.filterShape, attrs);
      return { dtype: "f32", shape: [...attrs.filterShape] };
    },
    reference: ([x, dy], attrs, out, ctx) => {
      const g = geometry(x!.shape, attrs.filterShape, dy!.shape, attrs.groups);
      const acc = new Float64Array(out.shape.reduce((p, d) => p * d, 1));
      forEachTap(g, attrs, (xRow, yRow, wRow) => {
        forEachChannelPair(g, (xc, wc, o) => (acc[wRow + wc]! += x!.data[xRow + xc]! * dy!.data[yRow + o]!));
      });
      const r = allocFor(out, ctx);
      r.set(acc);
      return r;
    },
    // ⟨ddw, bpFilter(x, dy)⟩ = ⟨conv2d(x, ddw), dy⟩ = ⟨bpInput(dy, ddw), x⟩
    vjp: ({ x, dy: ddw, attrs }) => {
      const [xi, dy] = x as [Tensor, Tensor];
      return [conv2dBackpropInput(dy, ddw, xi.shape, sameOpts(attrs)), conv2d(xi, ddw, sameOpts(attrs))];
    },
    flops: ([x, dy], _out, attrs) => convFlops(geometry(x!.shape, attrs.filterShape, dy!.shape, attrs.groups)),
  },
} satisfies RuleTable<ConvPrim>;

/**
 * The sizes of a convolution in one place, for the backends' loop nests: input [n, h, w, ci], filter
 * [kh, kw, ci, co], output [n, oh, ow, co], strides, dilations and the top/left pads (the bottom/right
 * ones are implied by the output size).
 */
export interface ConvGeometry {
  readonly n: number;
  readonly h: number;
  readonly w: number;
  readonly ci: number;
  readonly kh: number;
  readonly kw: number;
  readonly co: number;
  readonly oh: number;
  readonly ow: number;
  readonly sh: number;
  readonly sw: number;
  readonly dh: number;
  readonly dw: number;
  readonly pt: number;
  readonly pl: number;
  readonly groups: number;
}

/** Geometry from the forward shapes x, filter and y (each backprop passes its forward's shapes). */
export function convGeometry(x: Shape, filter: Shape, y: Shape, attrs: PrimAttrs["conv2d"]): ConvGeometry {
  return {
    n: x[0]!,
    h: x[1]!,
    w: x[2]!,
    ci: x[3]!,
    kh: filter[0]!,
    kw: filter[1]!,
    co: filter[3]!,
    oh: y[1]!,
    ow: y[2]!,
    sh: attrs.strides[0],
    sw: attrs.strides[1],
    dh: attrs.dilations[0],
    dw: attrs.dilations[1],
    pt: attrs.pads[0][0],
    pl: attrs.pads[1][0],
    groups: attrs.groups,
  };
}
