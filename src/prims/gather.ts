// Indexing primitives: gather (rows of a table picked by integer indices: an embedding lookup) and
// its adjoint scatterAdd (each update row added into the row its index names, repeated indices summed).
//
//   gather(table, indices, axis):     out[p…, i…, s…] = table[p…, indices[i…], s…]
//                                     shape table[:axis] ++ indices.shape ++ table[axis+1:]
//   scatterAdd(updates, indices, axis, shape):  out = zeros(shape); out[p…, indices[i…], s…] += updates[p…, i…, s…]
//
// Out-of-range indices (< 0 or ≥ table.shape[axis]) are an IndexError in the interpreter, naming the
// position and the value. Compiled programs check every i32 input that reaches an index operand before a
// run (a FeedError naming the input, the position and the op's source line; `program.checkIndices =
// false` turns it off), and their kernels never leave the table: gather clamps an index into range and
// scatterAdd drops an update whose index is out of range (what indices computed inside the graph get).
import { ShapeError } from "../ir/errors.ts";
import type { Shape } from "../ir/types.ts";
import { sizeOf } from "../ir/types.ts";
import { IndexError } from "../runtime/feeds.ts";
import type { HostTensor } from "../runtime/tensor.ts";
import { gather, scatterAdd } from "../dsl/ops.ts";
import type { RuleTable, ValueType } from "./rule.ts";
import { allocFor } from "./rule.ts";

export type GatherPrim = "gather" | "scatterAdd";

const fmt = (s: Shape) => `[${s.join(",")}]`;

function checkIndices(t: ValueType | undefined, op: string): ValueType {
  if (!t) throw new ShapeError(`${op} needs its indices`);
  if (t.dtype !== "i32") throw new ShapeError(`${op}: indices must be i32, got ${t.dtype}`, { hint: 'cast them with .cast("i32")' });
  return t;
}

function checkAxis(axis: number, rank: number, op: string): void {
  if (!Number.isInteger(axis) || axis < 0 || axis >= rank) {
    throw new ShapeError(`${op}: axis ${axis} is out of range for a table of rank ${rank}`, {
      hint: `use an axis in 0..${rank - 1} (negative axes count from the end)`,
    });
  }
}

/** table[:axis] ++ indices ++ table[axis+1:]. */
export function gatherShape(table: Shape, indices: Shape, axis: number): number[] {
  return [...table.slice(0, axis), ...indices, ...table.slice(axis + 1)];
}

/** Sizes of the three blocks of a gather: outer (table axes before), count (indices), inner (after). */
export function gatherDims(table: Shape, indices: Shape, axis: number) {
  return { outer: sizeOf(table.slice(0, axis)), count: sizeOf(indices), rows: table[axis]!, inner: sizeOf(table.slice(axis + 1)) };
}

function indexAt(indices: HostTensor, j: number, rows: number, op: string): number {
  const v = indices.data[j]!;
  if (!(v >= 0 && v < rows)) {
    throw new IndexError(`${op}: index ${v} at flat position ${j} of indices ${fmt(indices.shape)} is out of range [0, ${rows})`);
  }
  return v;
}

export const gatherRules = {
  gather: {
    kind: "movement",
    shape: ([table, indices], attrs) => {
      if (!table) throw new ShapeError("gather needs a table");
      checkIndices(indices, "gather");
      checkAxis(attrs.axis, table.shape.length, "gather");
      return { dtype: table.dtype, shape: gatherShape(table.shape, indices!.shape, attrs.axis) };
    },
    reference: ([table, indices], attrs, out, ctx) => {
      const { outer, count, rows, inner } = gatherDims(table!.shape, indices!.shape, attrs.axis);
      const r = allocFor(out, ctx);
      for (let j = 0; j < count; j++) {
        const row = indexAt(indices!, j, rows, "gather");
        for (let o = 0; o < outer; o++) {
          for (let k = 0; k < inner; k++) r[(o * count + j) * inner + k] = table!.data[(o * rows + row) * inner + k]!;
        }
      }
      return r;
    },
    // Linear in the table: the adjoint scatters dy back into the rows it came from (repeats summed).
    vjp: ({ x, dy, attrs }) => [scatterAdd(dy, x[1]!, [...x[0]!.shape], attrs.axis), null],
    flops: () => 0,
  },
  scatterAdd: {
    kind: "window",
    shape: ([updates, indices], attrs) => {
      if (!updates) throw new ShapeError("scatterAdd needs updates");
      checkIndices(indices, "scatterAdd");
      if (updates.dtype !== "f32") throw new ShapeError(`scatterAdd: updates must be f32, got ${updates.dtype}`);
      const s = attrs.shape;
      if (!Array.isArray(s) || s.some((d) => !Number.isInteger(d) || d < 0)) {
        throw new ShapeError(`scatterAdd: shape ${fmt(s)} is not a list of non-negative integers`, { hint: "pass the table's shape" });
      }
      checkAxis(attrs.axis, s.length, "scatterAdd");
      const want = gatherShape(s, indices!.shape, attrs.axis);
      if (want.join(",") !== updates.shape.join(",")) {
        throw new ShapeError(`scatterAdd: updates ${fmt(updates.shape)} do not match gathering ${fmt(s)} by indices ${fmt(indices!.shape)}`, {
          formula: `table[:axis] ++ indices ++ table[axis+1:] = ${fmt(want)}`,
          hint: "updates must have the shape gather(table, indices, axis) has",
        });
      }
      return { dtype: "f32", shape: [...s] };
    },
    reference: ([updates, indices], attrs, out, ctx) => {
      const { outer, count, rows, inner } = gatherDims(attrs.shape, indices!.shape, attrs.axis);
      const acc = new Float64Array(sizeOf(attrs.shape));
      for (let j = 0; j < count; j++) {
        const row = indexAt(indices!, j, rows, "scatterAdd");
        for (let o = 0; o < outer; o++) {
          for (let k = 0; k < inner; k++) acc[(o * rows + row) * inner + k]! += updates!.data[(o * count + j) * inner + k]!;
        }
      }
      const r = allocFor(out, ctx);
      r.set(acc);
      return r;
    },
    // Linear in the updates: its adjoint is gather with the same indices.
    vjp: ({ x, dy, attrs }) => [gather(dy, x[1]!, attrs.axis), null],
    flops: ([updates]) => sizeOf(updates!.shape),
  },
} satisfies RuleTable<GatherPrim>;
