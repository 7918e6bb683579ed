// Movement primitives: each output element is one input element (or a pad value), found by an
// index map. Their derivatives are movements too (reshape back, inverse transpose, sum over
// broadcast axes, pad a slice, slice a pad).
import { ShapeError } from "../ir/errors.ts";
import { sizeOf } from "../ir/types.ts";
import type { Shape } from "../ir/types.ts";
import type { HostTensor, TensorData } from "../runtime/tensor.ts";
import { stridesOf } from "../runtime/tensor.ts";
import { broadcastIndexer, unbroadcast } from "./elementwise.ts";
import type { RuleTable, ValueType } from "./rule.ts";
import { allocFor } from "./rule.ts";

export type MovementPrim = "reshape" | "transpose" | "broadcast" | "slice" | "pad" | "concat";

const fmt = (s: Shape) => `[${s.join(",")}]`;

function one(inputs: readonly ValueType[], op: string): ValueType {
  const x = inputs[0];
  if (!x) throw new ShapeError(`${op} needs one input`);
  return x;
}

function checkDims(shape: Shape, what: string): void {
  if (shape.some((d) => !Number.isInteger(d) || d < 0)) {
    throw new ShapeError(`${what} ${fmt(shape)} has a negative or non-integer dimension`);
  }
}

/** Calls `f(outIndex, coords)` for every output element in row-major order. */
function forEachCoord(shape: Shape, f: (i: number, coord: readonly number[]) => void): void {
  const n = sizeOf(shape);
  const coord = new Array<number>(shape.length).fill(0);
  for (let i = 0; i < n; i++) {
    f(i, coord);
    for (let a = shape.length - 1; a >= 0; a--) {
      if (++coord[a]! < shape[a]!) break;
      coord[a] = 0;
    }
  }
}

function gather(out: ValueType, x: HostTensor, data: TensorData, inIndex: (c: readonly number[]) => number) {
  forEachCoord(out.shape, (i, c) => {
    data[i] = x.data[inIndex(c)]!;
  });
  return data;
}

export const movementRules = {
  reshape: {
    kind: "movement",
    shape: (inputs, attrs) => {
      const x = one(inputs, "reshape");
      checkDims(attrs.shape, "reshape target");
      if (sizeOf(x.shape) !== sizeOf(attrs.shape)) {
        throw new ShapeError(`cannot reshape ${fmt(x.shape)} to ${fmt(attrs.shape)}`, {
          formula: `${sizeOf(x.shape)} elements ≠ ${sizeOf(attrs.shape)} elements`,
          hint: "the new shape must hold the same number of elements (one dimension may be -1)",
        });
      }
      return { dtype: x.dtype, shape: attrs.shape };
    },
    reference: ([x], _a, out, ctx) => {
      const r = allocFor(out, ctx);
      r.set(x!.data);
      return r;
    },
    vjp: ({ x, dy }) => [dy.reshape([...x[0]!.shape])],
    flops: () => 0,
  },
  transpose: {
    kind: "movement",
    shape: (inputs, attrs) => {
      const x = one(inputs, "transpose");
      const sorted = [...attrs.perm].sort((a, b) => a - b);
      if (attrs.perm.length !== x.shape.length || sorted.some((a, i) => a !== i)) {
        throw new ShapeError(`perm ${fmt(attrs.perm)} is not a permutation of the ${x.shape.length} axes`, {
          hint: `list each axis 0..${x.shape.length - 1} once`,
        });
      }
      return { dtype: x.dtype, shape: attrs.perm.map((a) => x.shape[a]!) };
    },
    reference: ([x], attrs, out, ctx) => {
      const s = stridesOf(x!.shape);
      return gather(out, x!, allocFor(out, ctx), (c) => c.reduce((j, v, a) => j + v * s[attrs.perm[a]!]!, 0));
    },
    vjp: ({ dy, attrs }) => {
      const inverse = attrs.perm.map((_, a) => attrs.perm.indexOf(a));
      return [dy.transpose(inverse)];
    },
    flops: () => 0,
  },
  broadcast: {
    kind: "movement",
    shape: (inputs, attrs) => {
      const x = one(inputs, "broadcast");
      checkDims(attrs.shape, "broadcast target");
      const offset = attrs.shape.length - x.shape.length;
      const ok = offset >= 0 && x.shape.every((d, a) => d === 1 || d === attrs.shape[a + offset]);
      if (!ok) {
        throw new ShapeError(`cannot broadcast ${fmt(x.shape)} to ${fmt(attrs.shape)}`, {
          formula: "aligned from the right, each input dimension must be 1 or equal the target's",
          hint: "reshape the input so that its dimensions line up with the target's",
        });
      }
      return { dtype: x.dtype, shape: attrs.shape };
    },
    reference: ([x], _a, out, ctx) => {
      const idx = broadcastIndexer(out.shape, x!.shape);
      const r = allocFor(out, ctx);
      for (let i = 0; i < r.length; i++) r[i] = x!.data[idx(i)]!;
      return r;
    },
    vjp: ({ x, dy }) => [unbroadcast(dy, x[0]!.shape)],
    flops: () => 0,
  },
  slice: {
    kind: "movement",
    shape: (inputs, attrs) => {
      const x = one(inputs, "slice");
      if (attrs.begin.length !== x.shape.length || attrs.size.length !== x.shape.length) {
        throw new ShapeError(`slice begin/size need ${x.shape.length} entries, got ${fmt(attrs.begin)} / ${fmt(attrs.size)}`);
      }
      attrs.begin.forEach((b, a) => {
        const s = attrs.size[a]!;
        if (!Number.isInteger(b) || !Number.isInteger(s) || b < 0 || s < 0 || b + s > x.shape[a]!) {
          throw new ShapeError(`slice on axis ${a} is out of bounds`, {
            formula: `begin + size = ${b} + ${s} > ${x.shape[a]}`,
            hint: "keep begin + size within the dimension",
          });
        }
      });
      return { dtype: x.dtype, shape: attrs.size };
    },
    reference: ([x], attrs, out, ctx) => {
      const s = stridesOf(x!.shape);
      return gather(out, x!, allocFor(out, ctx), (c) => c.reduce((j, v, a) => j + (v + attrs.begin[a]!) * s[a]!, 0));
    },
    vjp: ({ x, dy, attrs }) => [
      dy.pad(attrs.begin.map((b, a) => [b, x[0]!.shape[a]! - b - attrs.size[a]!] as [number, number])),
    ],
    flops: () => 0,
  },
  pad: {
    kind: "movement",
    shape: (inputs, attrs) => {
      const x = one(inputs, "pad");
      if (attrs.pads.length !== x.shape.length) {
        throw new ShapeError(`pad needs [before, after] for each of the ${x.shape.length} axes, got ${attrs.pads.length}`);
      }
      if (attrs.pads.some(([b, f]) => !Number.isInteger(b) || !Number.isInteger(f) || b < 0 || f < 0)) {
        throw new ShapeError(`pads ${JSON.stringify(attrs.pads)} must be non-negative integers`, {
          hint: "to crop, use slice",
        });
      }
      return { dtype: x.dtype, shape: x.shape.map((d, a) => d + attrs.pads[a]![0] + attrs.pads[a]![1]) };
    },
    reference: ([x], attrs, out, ctx) => {
      const s = stridesOf(x!.shape);
      const r = allocFor(out, ctx);
      forEachCoord(out.shape, (i, c) => {
        let j = 0;
        for (let a = 0; a < c.length; a++) {
          const v = c[a]! - attrs.pads[a]![0];
          if (v < 0 || v >= x!.shape[a]!) {
            r[i] = attrs.value;
            return;
          }
          j += v * s[a]!;
        }
        r[i] = x!.data[j]!;
      });
      return r;
    },
    vjp: ({ x, dy, attrs }) => [
      dy.slice(
        attrs.pads.map(([b]) => b),
        [...x[0]!.shape],
      ),
    ],
    flops: () => 0,
  },
  concat: {
    kind: "movement",
    shape: (inputs, attrs) => {
      const first = one(inputs, "concat");
      const { axis } = attrs;
      if (!Number.isInteger(axis) || axis < 0 || axis >= first.shape.length) {
        throw new ShapeError(`concat axis ${axis} is out of range for rank ${first.shape.length}`);
      }
      for (const t of inputs) {
        const same = t.shape.length === first.shape.length && t.shape.every((d, a) => a === axis || d === first.shape[a]);
        if (!same || t.dtype !== first.dtype) {
          throw new ShapeError(`concat inputs ${inputs.map((i) => fmt(i.shape)).join(", ")} differ off axis ${axis}`, {
            hint: "all inputs need the same dtype and the same size on every other axis",
          });
        }
      }
      const total = inputs.reduce((n, t) => n + t.shape[axis]!, 0);
      return { dtype: first.dtype, shape: first.shape.map((d, a) => (a === axis ? total : d)) };
    },
    reference: (inputs, attrs, out, ctx) => {
      const r = allocFor(out, ctx);
      const starts: number[] = [];
      inputs.reduce((acc, t) => (starts.push(acc), acc + t.shape[attrs.axis]!), 0);
      forEachCoord(out.shape, (i, c) => {
        const v = c[attrs.axis]!;
        let k = starts.length - 1;
        while (starts[k]! > v) k--;
        const t = inputs[k]!;
        const s = stridesOf(t.shape);
        let j = 0;
        for (let a = 0; a < c.length; a++) j += (a === attrs.axis ? v - starts[k]! : c[a]!) * s[a]!;
        r[i] = t.data[j]!;
      });
      return r;
    },
    vjp: ({ x, dy, attrs }) => {
      let start = 0;
      return x.map((t) => {
        const begin = dy.shape.map((_, a) => (a === attrs.axis ? start : 0));
        start += t.shape[attrs.axis]!;
        return dy.slice(begin, [...t.shape]);
      });
    },
    flops: () => 0,
  },
} satisfies RuleTable<MovementPrim>;
