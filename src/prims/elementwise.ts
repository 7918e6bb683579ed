// Elementwise primitives: unary, binary (NumPy broadcasting), where, cast, stopGradient.
// Each row keeps an op's shape, reference, derivative and cost together.
import { ShapeError } from "../ir/errors.ts";
import type { CompareOp, DType, Prim, Shape } from "../ir/types.ts";
import type { HostTensor, TensorData } from "../runtime/tensor.ts";
import { stridesOf } from "../runtime/tensor.ts";
import type { Tensor } from "../dsl/tensor.ts";
import { where } from "../dsl/ops.ts";
import { createRequire } from "node:module";
import type { PrimRule, RefContext, RuleTable, ValueType, Vjp } from "./rule.ts";
import { allocFor, zeroGradient } from "./rule.ts";

/**
 * The float64 erf of @stdlib, loaded on first use: the package pulls in about a hundred small modules
 * (0.1 s), which every gradfuse import would otherwise pay.
 */
let stdlibErf: ((x: number) => number) | undefined;
function float64Erf(): (x: number) => number {
  stdlibErf ??= createRequire(import.meta.url)("@stdlib/math-base-special-erf") as (x: number) => number;
  return stdlibErf;
}

export type UnaryPrim = "neg" | "abs" | "sign" | "exp" | "log" | "sqrt" | "tanh" | "erf" | "stopGradient";
export type BinaryPrim = "add" | "sub" | "mul" | "div" | "pow" | "maximum" | "minimum" | "compare";
export type ElementwisePrim = UnaryPrim | BinaryPrim | "where" | "cast";

// ---------- broadcasting ----------

/** NumPy broadcasting of several shapes, or a ShapeError naming the clashing axis. */
export function broadcastShapes(shapes: readonly Shape[]): number[] {
  const rank = Math.max(0, ...shapes.map((s) => s.length));
  const out: number[] = [];
  for (let i = 0; i < rank; i++) {
    let d = 1;
    for (const s of shapes) {
      const v = s[s.length - rank + i] ?? 1;
      if (v === d || v === 1) continue;
      if (d !== 1) {
        throw new ShapeError(`shapes ${shapes.map((s) => `[${s.join(",")}]`).join(" and ")} do not broadcast`, {
          formula: `axis ${i - rank} (from the right): ${d} vs ${v}; sizes must be equal or 1`,
          hint: "reshape or expandDims one operand so that trailing dimensions line up",
        });
      }
      d = v;
    }
    out.push(d);
  }
  return out;
}

/** Maps a flat index of `outShape` to the flat index of a broadcast input of `inShape`. */
export function broadcastIndexer(outShape: Shape, inShape: Shape): (i: number) => number {
  const rank = outShape.length;
  const inStrides = stridesOf(inShape);
  const offset = rank - inShape.length;
  const eff = outShape.map((_, a) => (a < offset || inShape[a - offset] === 1 ? 0 : inStrides[a - offset]!));
  if (inShape.length === rank && inShape.every((d, a) => d === outShape[a])) return (i) => i;
  const outStrides = stridesOf(outShape);
  return (i) => {
    let j = 0;
    for (let a = 0; a < rank; a++) {
      const c = Math.floor(i / outStrides[a]!) % outShape[a]!;
      j += c * eff[a]!;
    }
    return j;
  };
}

/** Sums an adjoint over the axes that broadcasting expanded, back to `shape`. */
export function unbroadcast(dy: Tensor, shape: Shape): Tensor {
  if (dy.shape.join(",") === shape.join(",")) return dy;
  const offset = dy.rank - shape.length;
  const axes: number[] = [];
  for (let a = 0; a < dy.rank; a++) {
    if (a < offset || (shape[a - offset] === 1 && dy.shape[a] !== 1)) axes.push(a);
  }
  const summed = axes.length ? dy.sum(axes, true) : dy;
  return summed.reshape([...shape]);
}

// ---------- shared rule pieces ----------

function floatOnly(t: ValueType | undefined, op: string): ValueType {
  if (!t) throw new ShapeError(`${op} needs an input`);
  if (t.dtype !== "f32") {
    throw new ShapeError(`${op} needs f32, got ${t.dtype}`, { hint: "cast integers with .cast(\"f32\")" });
  }
  return t;
}

function mapUnary(inputs: readonly HostTensor[], out: ValueType, ctx: RefContext, f: (v: number) => number): TensorData {
  const x = inputs[0]!.data;
  const r = allocFor(out, ctx);
  for (let i = 0; i < r.length; i++) r[i] = f(x[i]!);
  return r;
}

function unary(f: (v: number) => number, vjp: Vjp<UnaryPrim>, opts: { anyDtype?: boolean } = {}): PrimRule<UnaryPrim> {
  return {
    kind: "elementwise",
    shape: ([x], _attrs) => {
      if (!x) throw new ShapeError("needs one input");
      return opts.anyDtype ? x : floatOnly(x, "this op");
    },
    reference: (inputs, _attrs, out, ctx) => mapUnary(inputs, out, ctx, f),
    vjp,
    flops: (_i, out) => out.shape.reduce((a, b) => a * b, 1),
  };
}

function sameDtype(a: ValueType, b: ValueType, op: string): DType {
  if (a.dtype !== b.dtype) {
    throw new ShapeError(`${op}: operand dtypes differ (${a.dtype} vs ${b.dtype})`, {
      hint: "cast one operand so both have the same dtype",
    });
  }
  return a.dtype;
}

function mapBinary(
  inputs: readonly HostTensor[],
  out: ValueType,
  ctx: RefContext,
  f: (a: number, b: number) => number,
): TensorData {
  const [a, b] = inputs as [HostTensor, HostTensor];
  const ia = broadcastIndexer(out.shape, a.shape);
  const ib = broadcastIndexer(out.shape, b.shape);
  const r = allocFor(out, ctx);
  for (let i = 0; i < r.length; i++) r[i] = f(a.data[ia(i)]!, b.data[ib(i)]!);
  return r;
}

function binary(
  f: (a: number, b: number) => number,
  vjp: Vjp<BinaryPrim>,
  opts: { outDtype?: DType; intOk?: boolean } = {},
): PrimRule<BinaryPrim> {
  return {
    kind: "elementwise",
    shape: ([a, b], _attrs) => {
      if (!a || !b) throw new ShapeError("needs two inputs");
      const dtype = sameDtype(a, b, "binary op");
      if (!opts.intOk && dtype !== "f32") floatOnly(a, "this op");
      return { dtype: opts.outDtype ?? dtype, shape: broadcastShapes([a.shape, b.shape]) };
    },
    reference: (inputs, _attrs, out, ctx) => mapBinary(inputs, out, ctx, f),
    vjp,
    flops: (_i, out) => out.shape.reduce((x, y) => x * y, 1),
  };
}

const COMPARE: Record<CompareOp, (a: number, b: number) => boolean> = {
  eq: (a, b) => a === b,
  ne: (a, b) => a !== b,
  lt: (a, b) => a < b,
  le: (a, b) => a <= b,
  gt: (a, b) => a > b,
  ge: (a, b) => a >= b,
};

// ---------- the table ----------
// References compute in double precision; storing into a Float32Array output (ctx.float "f32") rounds
// each op's result the way a float32 kernel does.

export const elementwiseRules = {
  neg: unary((v) => -v, ({ x, dy }) => [dy.neg()], { anyDtype: true }),
  abs: unary(Math.abs, ({ x, dy }) => [dy.mul(x[0]!.sign())], { anyDtype: true }),
  sign: unary(Math.sign, zeroGradient("sign is piecewise constant"), { anyDtype: true }),
  exp: unary(Math.exp, ({ y, dy }) => [dy.mul(y)]),
  log: unary(Math.log, ({ x, dy }) => [dy.div(x[0]!)]),
  sqrt: unary(Math.sqrt, ({ y, dy }) => [dy.div(y.mul(2))]),
  tanh: unary(Math.tanh, ({ y, dy }) => [dy.mul(y.square().rsub(1))]),
  // d/dx erf x = 2/√π · e^(−x²); the reference is a float64 erf (@stdlib), the backends a float32 rational.
  erf: unary((v) => float64Erf()(v), ({ x, dy }) => [dy.mul(x[0]!.square().neg().exp().mul(2 / Math.sqrt(Math.PI)))]),
  stopGradient: unary((v) => v, zeroGradient("stopGradient blocks gradients by definition"), { anyDtype: true }),

  add: binary(
    (a, b) => a + b,
    ({ x, dy }) => [unbroadcast(dy, x[0]!.shape), unbroadcast(dy, x[1]!.shape)],
    { intOk: true },
  ),
  sub: binary(
    (a, b) => a - b,
    ({ x, dy }) => [unbroadcast(dy, x[0]!.shape), unbroadcast(dy.neg(), x[1]!.shape)],
    { intOk: true },
  ),
  mul: binary(
    (a, b) => a * b,
    ({ x, dy }) => [unbroadcast(dy.mul(x[1]!), x[0]!.shape), unbroadcast(dy.mul(x[0]!), x[1]!.shape)],
    { intOk: true },
  ),
  div: binary(
    (a, b) => a / b,
    ({ x, y, dy }) => {
      const g = dy.div(x[1]!);
      return [unbroadcast(g, x[0]!.shape), unbroadcast(g.mul(y).neg(), x[1]!.shape)];
    },
  ),
  // d/da a^b = b·a^(b-1); d/db a^b = a^b·log a (taken as 0 where a <= 0, where it is undefined)
  pow: binary(Math.pow, ({ x, y, dy }) => {
    const [a, b] = x as [Tensor, Tensor];
    const da = dy.mul(b).mul(a.pow(b.sub(1)));
    const positive = a.gt(0);
    const logA = where(positive, a, 1).log();
    const db = where(positive, dy.mul(y).mul(logA), 0);
    return [unbroadcast(da, a.shape), unbroadcast(db, b.shape)];
  }),
  // Ties send the whole gradient to the first operand (documented; like TensorFlow's >=).
  maximum: binary(Math.max, ({ x, dy }) => {
    const mask = x[0]!.ge(x[1]!);
    return [unbroadcast(dy.mul(mask), x[0]!.shape), unbroadcast(dy.mul(mask.rsub(1)), x[1]!.shape)];
  }),
  minimum: binary(Math.min, ({ x, dy }) => {
    const mask = x[0]!.le(x[1]!);
    return [unbroadcast(dy.mul(mask), x[0]!.shape), unbroadcast(dy.mul(mask.rsub(1)), x[1]!.shape)];
  }),
  compare: {
    kind: "elementwise",
    shape: ([a, b]) => {
      if (!a || !b) throw new ShapeError("compare needs two inputs");
      sameDtype(a, b, "compare");
      return { dtype: "f32", shape: broadcastShapes([a.shape, b.shape]) };
    },
    reference: (inputs, attrs, out, ctx) => {
      const test = COMPARE[attrs.cmp];
      return mapBinary(inputs, out, ctx, (a, b) => (test(a, b) ? 1 : 0));
    },
    vjp: zeroGradient("comparisons are piecewise constant"),
    flops: (_i, out) => out.shape.reduce((x, y) => x * y, 1),
  },
  where: {
    kind: "elementwise",
    shape: ([c, a, b]) => {
      if (!c || !a || !b) throw new ShapeError("where needs (cond, a, b)");
      floatOnly(c, "where's condition (an f32 0/1 mask)");
      const dtype = sameDtype(a, b, "where");
      return { dtype, shape: broadcastShapes([c.shape, a.shape, b.shape]) };
    },
    reference: (inputs, _attrs, out, ctx) => {
      const [c, a, b] = inputs as [HostTensor, HostTensor, HostTensor];
      const [ic, ia, ib] = [c, a, b].map((t) => broadcastIndexer(out.shape, t.shape)) as [
        (i: number) => number,
        (i: number) => number,
        (i: number) => number,
      ];
      const r = allocFor(out, ctx);
      for (let i = 0; i < r.length; i++) r[i] = c.data[ic(i)] !== 0 ? a.data[ia(i)]! : b.data[ib(i)]!;
      return r;
    },
    vjp: ({ x, dy }) => {
      const [c, a, b] = x as [Tensor, Tensor, Tensor];
      return [null, unbroadcast(where(c, dy, 0), a.shape), unbroadcast(where(c, 0, dy), b.shape)];
    },
    flops: () => 0,
  },
  cast: {
    kind: "elementwise",
    shape: ([x], attrs) => {
      if (!x) throw new ShapeError("cast needs an input");
      return { dtype: attrs.to, shape: x.shape };
    },
    // f32 → i32 truncates toward zero and saturates, as WebAssembly's trunc_sat does: NaN → 0, values
    // past the int32 range (±∞ included) → −2³¹ or 2³¹−1 (an Int32Array store alone would wrap them).
    reference: (inputs, attrs, out, ctx) => mapUnary(inputs, out, ctx, attrs.to === "i32" ? truncSat : (v) => v),
    vjp: ({ node, x, dy }) => [node.dtype === "f32" && x[0]!.dtype === "f32" ? dy : null],
    flops: () => 0,
  },
} satisfies RuleTable<ElementwisePrim>;

function truncSat(v: number): number {
  return Number.isNaN(v) ? 0 : Math.max(-2147483648, Math.min(2147483647, Math.trunc(v)));
}

export function isElementwise(op: Prim): op is ElementwisePrim {
  return op in elementwiseRules;
}
