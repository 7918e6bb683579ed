// Reductions over axes: sum, max (min and mean are compositions in the DSL), argmax.
import { ShapeError } from "../ir/errors.ts";
import type { Shape } from "../ir/types.ts";
import type { HostTensor } from "../runtime/tensor.ts";
import { stridesOf } from "../runtime/tensor.ts";
import type { RuleTable, ValueType } from "./rule.ts";
import { allocFor, zeroGradient } from "./rule.ts";

export type ReducePrim = "reduceSum" | "reduceMax" | "argmax";

function checkAxes(x: ValueType | undefined, axes: readonly number[]): ValueType {
  if (!x) throw new ShapeError("a reduction needs one input");
  for (const a of axes) {
    if (!Number.isInteger(a) || a < 0 || a >= x.shape.length) {
      throw new ShapeError(`axis ${a} is out of range for rank ${x.shape.length}`, {
        hint: `axes are in [0, ${x.shape.length - 1}] (the DSL also accepts negative axes)`,
      });
    }
  }
  return x;
}

export function reducedShape(shape: Shape, axes: readonly number[], keepDims: boolean): number[] {
  const drop = new Set(axes);
  return keepDims ? shape.map((d, a) => (drop.has(a) ? 1 : d)) : shape.filter((_, a) => !drop.has(a));
}

/**
 * Visits every input element with the flat index of its output cell (the reduced axes collapse).
 * The output index does not depend on keepDims: both layouts share the same row-major order.
 */
function forEachReduced(x: HostTensor, axes: readonly number[], visit: (outIndex: number, inIndex: number) => void) {
  const drop = new Set(axes);
  const outShape = x.shape.map((d, a) => (drop.has(a) ? 1 : d));
  const outStrides = stridesOf(outShape);
  const inStrides = stridesOf(x.shape);
  const n = x.data.length;
  for (let i = 0; i < n; i++) {
    let o = 0;
    for (let a = 0; a < x.shape.length; a++) {
      if (drop.has(a)) continue;
      o += (Math.floor(i / inStrides[a]!) % x.shape[a]!) * outStrides[a]!;
    }
    visit(o, i);
  }
}

/** Re-inserts reduced axes as size 1, so a reduced value broadcasts against the input. */
function keepDimsShape(inShape: Shape, axes: readonly number[]): number[] {
  return reducedShape(inShape, axes, true);
}

export const reduceRules = {
  reduceSum: {
    kind: "reduction",
    shape: ([x], attrs) => {
      const t = checkAxes(x, attrs.axes);
      return { dtype: t.dtype, shape: reducedShape(t.shape, attrs.axes, attrs.keepDims) };
    },
    reference: ([x], attrs, out, ctx) => {
      const r = allocFor(out, ctx);
      const acc = new Float64Array(r.length);
      forEachReduced(x!, attrs.axes, (o, i) => (acc[o]! += x!.data[i]!));
      r.set(acc);
      return r;
    },
    // d(sum)/dx = 1 for every element: broadcast dy back over the reduced axes.
    vjp: ({ x, dy, attrs }) => [dy.reshape(keepDimsShape(x[0]!.shape, attrs.axes)).broadcastTo(x[0]!.shape)],
    flops: ([x]) => x!.shape.reduce((a, b) => a * b, 1),
  },
  reduceMax: {
    kind: "reduction",
    shape: ([x], attrs) => {
      const t = checkAxes(x, attrs.axes);
      if (attrs.axes.some((a) => t.shape[a] === 0)) throw new ShapeError("max over an empty axis");
      return { dtype: t.dtype, shape: reducedShape(t.shape, attrs.axes, attrs.keepDims) };
    },
    reference: ([x], attrs, out, ctx) => {
      const r = allocFor(out, ctx);
      r.fill(-Infinity);
      forEachReduced(x!, attrs.axes, (o, i) => {
        const v = x!.data[i]!;
        if (v > r[o]! || Number.isNaN(v)) r[o] = v;
      });
      return r;
    },
    // The gradient goes to every element equal to the max, shared evenly among ties, so the
    // adjoint is symmetric and finite differences agree away from ties.
    vjp: ({ x, y, dy, attrs }) => {
      const kept = keepDimsShape(x[0]!.shape, attrs.axes);
      const mask = x[0]!.eq(y.reshape(kept));
      const count = mask.sum(attrs.axes, true);
      return [mask.div(count).mul(dy.reshape(kept))];
    },
    flops: ([x]) => x!.shape.reduce((a, b) => a * b, 1),
  },
  argmax: {
    kind: "reduction",
    shape: ([x], attrs) => {
      const t = checkAxes(x, [attrs.axis]);
      return { dtype: "i32", shape: reducedShape(t.shape, [attrs.axis], attrs.keepDims) };
    },
    // The first index of the maximum, as NumPy and TensorFlow do.
    reference: ([x], attrs, out, ctx) => {
      const r = allocFor(out, ctx);
      const best = new Float64Array(r.length).fill(-Infinity);
      const axisStride = stridesOf(x!.shape)[attrs.axis]!;
      const axisLen = x!.shape[attrs.axis]!;
      forEachReduced(x!, [attrs.axis], (o, i) => {
        const v = x!.data[i]!;
        if (v > best[o]!) {
          best[o] = v;
          r[o] = Math.floor(i / axisStride) % axisLen;
        }
      });
      return r;
    },
    vjp: zeroGradient("argmax is an integer index: piecewise constant"),
    flops: ([x]) => x!.shape.reduce((a, b) => a * b, 1),
  },
} satisfies RuleTable<ReducePrim>;
