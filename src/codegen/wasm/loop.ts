/**
 * Loop kernels and epilogue passes: one loop nest over the output's shape computing the fused tree.
 *
 * SIMD first: four output elements per iteration (f32x4 / i32x4), either over the flat index (when
 * every value has the output's shape or is a scalar, like the TypeScript backend's flat loops) with a
 * scalar remainder, or over a loop nest whose last axis steps by four (when it is not a multiple of 4,
 * each row ends with its last 1–3 elements in scalar code). Anything with no four-lane form (see
 * values.ts) falls back to the scalar loop nest with general index arithmetic.
 */
import type { Node, Shape } from "../../ir/types.ts";
import { sizeOf } from "../../ir/types.ts";
import { isElementwise } from "../../prims/elementwise.ts";
import type { Expr, Local } from "./simd.ts";
import { serialPhase, type Phase } from "./tiles.ts";
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

/** Tiles of `limit` items, `perTile` to a tile (at least one tile). */
export function tilesOf(limit: number, perTile: number): number {
  return Math.max(1, Math.ceil(limit / perTile));
}

/**
 * Like `nest`, with the outermost axis that loops split into tiles (one coordinate a tile, or one
 * vector step when it is the last axis): the tiles of the phase.
 */
export function tiledNest(kc: KernelCode, shape: Shape, lastStep: number, body: (coords: readonly I32[]) => Expr[]): Phase {
  const outer = shape.findIndex((d) => d > 1);
  if (outer < 0) return serialPhase(nest(kc, shape, lastStep, body));
  const vars: I32[] = shape.map((d) => (d === 1 ? 0 : kc.fb.locals.i32()));
  let code = body(vars);
  for (let a = shape.length - 1; a > outer; a--) {
    if (shape[a] === 1) continue;
    code = [kc.fb.forRange(vars[a] as Local, 0, shape[a]!, a === shape.length - 1 ? lastStep : 1, code)];
  }
  const step = outer === shape.length - 1 ? lastStep : 1;
  return { code: [kc.fb.forTiles(vars[outer] as Local, step, shape[outer]!, step, code)], tiles: tilesOf(shape[outer]!, step) };
}

/** Elements of a flat loop per tile: large enough that a tile's loop overhead is nothing. */
const FLAT_TILE = 4096;

/** The elements of `shape` (all computed nodes are `ids`): SIMD when possible, else scalar. */
export function renderElementLoop(kc: KernelCode, shape: Shape, ids: readonly number[]): Phase {
  const prologue = kc.randomPrologue();
  const withPrologue = (p: Phase): Phase => ({ code: [...prologue, ...p.code], tiles: p.tiles });
  try {
    return withPrologue(vectorLoop(kc.withOptions({ ...kc.opts, vector: true }), shape, ids));
  } catch (e) {
    if (!(e instanceof NotVectorizable)) throw e;
  }
  return withPrologue(scalarLoop(kc.withOptions({ ...kc.opts, vector: false }), shape, ids));
}

function scalarLoop(kc: KernelCode, shape: Shape, ids: readonly number[]): Phase {
  const size = sizeOf(shape);
  if (flatIndexServes(kc, ids)) {
    if (size === 1) {
      const scope = new Scope();
      return serialPhase(kc.storeOutputs({ shape, flat: 0, lanes: "one" }, scope));
    }
    const i = kc.fb.locals.i32();
    const scope = new Scope();
    return { code: [kc.fb.forTiles(i, FLAT_TILE, size, 1, kc.storeOutputs({ shape, flat: i, lanes: "one" }, scope))], tiles: tilesOf(size, FLAT_TILE) };
  }
  return tiledNest(kc, shape, 1, (coords) => kc.storeOutputs({ shape, coords, lanes: "one" }, new Scope()));
}

function vectorLoop(kc: KernelCode, shape: Shape, ids: readonly number[]): Phase {
  const size = sizeOf(shape);
  const last = shape[shape.length - 1] ?? 1;
  if (size < 4) throw new NotVectorizable("fewer than four elements");
  if (flatIndexServes(kc, ids)) {
    const whole = size - (size % 4);
    const i = kc.fb.locals.i32();
    const rowAligned = last % 4 === 0;
    const tiles = tilesOf(whole, FLAT_TILE);
    const code = [kc.fb.forTiles(i, FLAT_TILE, whole, 4, kc.storeOutputs({ shape, flat: i, lanes: "contig", rowAligned }, new Scope()))];
    // The remainder (fewer than four elements) is scalar, in the last tile.
    const scalar = kc.withOptions({ ...kc.opts, vector: false });
    const rest: Expr[] = [];
    for (let r = whole; r < size; r++) rest.push(...scalar.storeOutputs({ shape, flat: r, lanes: "one" }, new Scope()));
    if (rest.length) code.push(tiles === 1 ? kc.m.block(null, rest) : kc.m.if(kc.m.i32.eq(kc.fb.range().hi.get(), kc.m.i32.const(tiles)), kc.m.block(null, rest)));
    return { code, tiles };
  }
  if (last % 4 !== 0) return vectorRowsWithTail(kc, shape, last);
  return tiledNest(kc, shape, 4, (coords) => kc.storeOutputs({ shape, coords, lanes: "contig", rowAligned: true }, new Scope()));
}

/**
 * A last axis that is not a multiple of 4 (softmax over 10 classes, 6 channels): each row in fours,
 * then its last 1–3 elements one at a time; the tiles are the rows' leading coordinates.
 */
function vectorRowsWithTail(kc: KernelCode, shape: Shape, last: number): Phase {
  if (last < 4) throw new NotVectorizable(`last axis ${last} is shorter than 4`);
  const whole = last - (last % 4);
  const scalar = kc.withOptions({ ...kc.opts, vector: false });
  const j = kc.fb.locals.i32();
  return tiledNest(kc, shape.slice(0, -1), 1, (lead) => {
    const row = [kc.fb.forRange(j, 0, whole, 4, kc.storeOutputs({ shape, coords: [...lead, j], lanes: "contig", rowAligned: true }, new Scope()))];
    for (let t = whole; t < last; t++) row.push(...scalar.storeOutputs({ shape, coords: [...lead, t], lanes: "one" }, new Scope()));
    return row;
  });
}

/** A loop kernel: the output's elements. */
export function renderLoop(kc: KernelCode): Phase[] {
  const out = kc.node(kc.kernel.output);
  return [renderElementLoop(kc, out.shape, kc.kernel.nodes)];
}

/**
 * The epilogue of a contraction or window kernel as a pass over its output, after the core stored its
 * value there: each element is read back, run through the epilogue and stored (side outputs too).
 */
export function renderEpiloguePass(kc: KernelCode): Phase[] {
  if (kc.kernel.epilogue.length === 0 && kc.kernel.sideOutputs.length === 0) return [];
  const core = kc.node(kc.kernel.core);
  const ids = kc.kernel.nodes.filter((id) => id !== kc.kernel.core);
  return [renderElementLoop(kc.withOptions({ vector: false }), core.shape, ids)];
}

export type { Index };
