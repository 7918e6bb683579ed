/**
 * Loop kernels and epilogue passes: one loop nest over the output's shape computing the fused tree.
 *
 * SIMD first: four output elements per iteration (f32x4 / i32x4), either over the flat index (when
 * every value has the output's shape or is a scalar, like the TypeScript backend's flat loops) with a
 * scalar remainder, or over a loop nest whose last axis (a multiple of 4) steps by four. Anything with
 * no four-lane form (see values.ts) falls back to the scalar loop nest with general index arithmetic.
 */
import type { Node, Shape } from "../../ir/types.ts";
import { sizeOf } from "../../ir/types.ts";
import { isElementwise } from "../../prims/elementwise.ts";
import type { Expr, Local } from "./simd.ts";
import type { I32, Index, KernelCode } from "./values.ts";
import { NotVectorizable, Scope } from "./values.ts";

/** Whether one flat index serves every value of the kernel (no movement but reshapes, broadcasts only of scalars). */
export function flatIndexServes(kc: KernelCode, ids: readonly number[]): boolean {
  return ids
    .map((id) => kc.node(id))
    .filter((n) => !(n.op === "const" && typeof n.attrs.value === "number"))
    .every((n: Node) => {
      if (["transpose", "slice", "pad", "concat", "broadcast", "gather"].includes(n.op)) return false;
      if (!isElementwise(n.op)) return true;
      return n.inputs.every((i) => {
        const s = kc.node(i).shape;
        return sizeOf(s) === 1 || s.join(",") === n.shape.join(",");
      });
    });
}

/** Loops over the axes of `shape` (axes of size 1 get none); the last axis steps by `lastStep`. */
export function nest(kc: KernelCode, shape: Shape, lastStep: number, body: (coords: readonly I32[]) => Expr[]): Expr[] {
  const vars: I32[] = shape.map((d) => (d === 1 ? 0 : kc.fb.locals.i32()));
  let code = body(vars);
  for (let a = shape.length - 1; a >= 0; a--) {
    if (shape[a] === 1) continue;
    code = [kc.fb.forRange(vars[a] as Local, 0, shape[a]!, a === shape.length - 1 ? lastStep : 1, code)];
  }
  return code;
}

/** The elements of `shape` (all computed nodes are `ids`): SIMD when possible, else scalar. */
export function renderElementLoop(kc: KernelCode, shape: Shape, ids: readonly number[]): Expr[] {
  const prologue = kc.randomPrologue();
  try {
    return [...prologue, ...vectorLoop(kc.withOptions({ ...kc.opts, vector: true }), shape, ids)];
  } catch (e) {
    if (!(e instanceof NotVectorizable)) throw e;
  }
  return [...prologue, ...scalarLoop(kc.withOptions({ ...kc.opts, vector: false }), shape, ids)];
}

function scalarLoop(kc: KernelCode, shape: Shape, ids: readonly number[]): Expr[] {
  const size = sizeOf(shape);
  if (flatIndexServes(kc, ids)) {
    if (size === 1) {
      const scope = new Scope();
      return kc.storeOutputs({ shape, flat: 0, lanes: "one" }, scope);
    }
    const i = kc.fb.locals.i32();
    const scope = new Scope();
    return [kc.fb.forRange(i, 0, size, 1, kc.storeOutputs({ shape, flat: i, lanes: "one" }, scope))];
  }
  return nest(kc, shape, 1, (coords) => kc.storeOutputs({ shape, coords, lanes: "one" }, new Scope()));
}

function vectorLoop(kc: KernelCode, shape: Shape, ids: readonly number[]): Expr[] {
  const size = sizeOf(shape);
  const last = shape[shape.length - 1] ?? 1;
  if (size < 4) throw new NotVectorizable("fewer than four elements");
  if (flatIndexServes(kc, ids)) {
    const whole = size - (size % 4);
    const i = kc.fb.locals.i32();
    const rowAligned = last % 4 === 0;
    const code = [kc.fb.forRange(i, 0, whole, 4, kc.storeOutputs({ shape, flat: i, lanes: "contig", rowAligned }, new Scope()))];
    // The remainder (fewer than four elements) is scalar.
    const scalar = kc.withOptions({ ...kc.opts, vector: false });
    for (let r = whole; r < size; r++) code.push(...scalar.storeOutputs({ shape, flat: r, lanes: "one" }, new Scope()));
    return code;
  }
  if (last % 4 !== 0) throw new NotVectorizable(`last axis ${last} is not a multiple of 4`);
  return nest(kc, shape, 4, (coords) => kc.storeOutputs({ shape, coords, lanes: "contig", rowAligned: true }, new Scope()));
}

/** A loop kernel: the output's elements. */
export function renderLoop(kc: KernelCode): Expr[] {
  const out = kc.node(kc.kernel.output);
  return renderElementLoop(kc, out.shape, kc.kernel.nodes);
}

/**
 * The epilogue of a contraction or window kernel as a pass over its output, after the core stored its
 * value there: each element is read back, run through the epilogue and stored (side outputs too).
 */
export function renderEpiloguePass(kc: KernelCode): Expr[] {
  if (kc.kernel.epilogue.length === 0 && kc.kernel.sideOutputs.length === 0) return [];
  const core = kc.node(kc.kernel.core);
  const ids = kc.kernel.nodes.filter((id) => id !== kc.kernel.core);
  return renderElementLoop(kc.withOptions({ vector: false }), core.shape, ids);
}

export type { Index };
