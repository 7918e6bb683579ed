/**
 * Reduce kernels (reduceSum / reduceMax / argmax with fused producers and an epilogue).
 *
 * Three shapes of code, chosen in order:
 *   - across output lanes: the last axis is kept and a multiple of 4, so four neighbouring outputs
 *     are reduced at once (v128 accumulators), their input read as contiguous vectors (e.g. the bias
 *     gradient, a sum over the batch axis);
 *   - along the reduced axis: the last axis is reduced (and only it is), so each output's input row is
 *     read four at a time into a v128 accumulator, folded horizontally at the end, with a scalar tail
 *     (softmax's row max and sum, a loss's mean);
 *   - scalar: everything else, and argmax along its axis.
 * Sums are accumulated in float32 (the interpreter accumulates in float64): the order differs too, so
 * results agree to rounding, not bit for bit.
 */
import binaryen from "binaryen";
import type { NodeOf } from "../../ir/types.ts";
import { f32x4Const, i32x4Const } from "./math.ts";
import { nest, tiledNest } from "./loop.ts";
import type { Phase } from "./tiles.ts";
import type { Expr, Local } from "./simd.ts";
import type { I32, Index, KernelCode } from "./values.ts";
import { NotVectorizable, Scope } from "./values.ts";

type ReduceNode = NodeOf<"reduceSum" | "reduceMax" | "argmax">;

interface ReduceShape {
  readonly core: ReduceNode;
  readonly xId: number;
  readonly xShape: readonly number[];
  readonly reduced: ReadonlySet<number>;
  readonly argAxis: number;
}

function reduceShape(kc: KernelCode): ReduceShape {
  const core = kc.node(kc.kernel.core) as ReduceNode;
  const xId = core.inputs[0]!;
  const axes = "axis" in core.attrs ? [core.attrs.axis] : core.attrs.axes;
  return { core, xId, xShape: kc.node(xId).shape, reduced: new Set(axes), argAxis: "axis" in core.attrs ? core.attrs.axis : -1 };
}

/** The output index of input coordinates `coords` (reduced axes dropped or zeroed). */
function outIndex(r: ReduceShape, coords: readonly I32[], lanes: Index["lanes"]): Index {
  const kept = coords.map((c, a) => (r.reduced.has(a) ? 0 : c));
  const outCoords = r.core.attrs.keepDims ? kept : kept.filter((_, a) => !r.reduced.has(a));
  return { shape: r.core.shape, coords: outCoords, lanes, rowAligned: true };
}

export function renderReduce(kc: KernelCode): Phase[] {
  const r = reduceShape(kc);
  const prologue = kc.randomPrologue();
  const last = r.xShape.length - 1;
  const attempts: (() => Phase)[] = [];
  if (last >= 0 && !r.reduced.has(last) && r.xShape[last]! % 4 === 0) attempts.push(() => acrossOutputs(kc.withOptions({ vector: true }), r));
  if (last >= 0 && r.reduced.size === 1 && r.reduced.has(last) && r.core.op !== "argmax" && r.xShape[last]! >= 8) {
    attempts.push(() => alongReducedAxis(kc, r));
  }
  const withPrologue = (p: Phase): Phase[] => [{ code: [...prologue, ...p.code], tiles: p.tiles }];
  for (const attempt of attempts) {
    try {
      return withPrologue(attempt());
    } catch (e) {
      if (!(e instanceof NotVectorizable)) throw e;
    }
  }
  return withPrologue(scalarReduce(kc.withOptions({ vector: false }), r));
}

interface Accumulator {
  init: Expr[];
  combine(v: Expr, reducedCoord: () => Expr): Expr[];
  result: Local;
}

function scalarAccumulator(kc: KernelCode, r: ReduceShape): Accumulator {
  const m = kc.m;
  const int = kc.node(r.xId).dtype === "i32";
  const acc = kc.fb.locals.add(int ? binaryen.i32 : binaryen.f32);
  const v = kc.fb.locals.add(int ? binaryen.i32 : binaryen.f32);
  const lowest = () => (int ? m.i32.const(-0x80000000) : m.f32.const(-Infinity));
  if (r.core.op === "reduceSum") {
    return {
      init: [acc.set(int ? m.i32.const(0) : m.f32.const(0))],
      combine: (x) => [acc.set(int ? m.i32.add(acc.get(), x) : m.f32.add(acc.get(), x))],
      result: acc,
    };
  }
  if (r.core.op === "reduceMax") {
    // f32.max propagates NaN, as the reference does (a NaN, once seen, stays).
    return {
      init: [acc.set(lowest())],
      combine: (x) => [v.set(x), acc.set(int ? m.select(m.i32.gt_s(v.get(), acc.get()), v.get(), acc.get()) : m.f32.max(acc.get(), v.get()))],
      result: acc,
    };
  }
  // argmax: the first index of the largest value (NaN never wins), 0 when nothing beats -Infinity.
  const arg = kc.fb.locals.i32();
  const gt = () => (int ? m.i32.gt_s(v.get(), acc.get()) : m.f32.gt(v.get(), acc.get()));
  return {
    init: [acc.set(int ? m.i32.const(-0x80000000) : m.f32.const(-Infinity)), arg.set(m.i32.const(0))],
    combine: (x, coord) => [v.set(x), arg.set(m.select(gt(), coord(), arg.get())), acc.set(m.select(gt(), v.get(), acc.get()))],
    result: arg,
  };
}

function scalarReduce(kc: KernelCode, r: ReduceShape): Phase {
  const keptShape = r.xShape.map((d, a) => (r.reduced.has(a) ? 1 : d));
  const reducedShape = r.xShape.map((d, a) => (r.reduced.has(a) ? d : 1));
  return tiledNest(kc, keptShape, 1, (kept) => {
    const acc = scalarAccumulator(kc, r);
    const outer = new Scope();
    const inner = nest(kc, reducedShape, 1, (red) => {
      const coords = kept.map((c, a) => (r.reduced.has(a) ? red[a]! : c));
      const scope = outer.child();
      const v = kc.valueAt(r.xId, { shape: r.xShape, coords, lanes: "one" }, scope);
      return [...scope.code, ...acc.combine(v.get(), () => kc.fb.i(coords[r.argAxis] ?? 0))];
    });
    const tail = outer.child();
    const result = acc.result;
    const store = kc.withOptions({ vector: false, coreValue: () => ({ get: () => result.get() }) }).storeOutputs(outIndex(r, kept, "one"), tail);
    return [...outer.code, ...acc.init, ...inner, ...store];
  });
}

/** Four outputs at once along the kept last axis. */
function acrossOutputs(kc: KernelCode, r: ReduceShape): Phase {
  const m = kc.m;
  const last = r.xShape.length - 1;
  const keptShape = r.xShape.map((d, a) => (r.reduced.has(a) ? 1 : d));
  const reducedShape = r.xShape.map((d, a) => (r.reduced.has(a) ? d : 1));
  const int = kc.node(r.xId).dtype === "i32";
  if (int && r.core.op !== "reduceSum") throw new NotVectorizable("integer max/argmax");
  return tiledNest(kc, keptShape, 4, (kept) => {
    const acc = kc.fb.locals.v128();
    const arg = kc.fb.locals.v128();
    const v = kc.fb.locals.v128();
    const outer = new Scope();
    const inner = nest(kc, reducedShape, 1, (red) => {
      const coords = kept.map((c, a) => (r.reduced.has(a) ? red[a]! : c));
      const scope = outer.child();
      const x = kc.valueAt(r.xId, { shape: r.xShape, coords, lanes: "contig", rowAligned: true }, scope);
      let combine: Expr[];
      if (r.core.op === "reduceSum") combine = [acc.set(int ? m.i32x4.add(acc.get(), x.get()) : m.f32x4.add(acc.get(), x.get()))];
      else if (r.core.op === "reduceMax") combine = [acc.set(m.f32x4.max(acc.get(), x.get()))];
      else {
        const gt = () => m.f32x4.gt(v.get(), acc.get());
        const coord = coords[r.argAxis]!;
        combine = [v.set(x.get()), arg.set(m.v128.bitselect(m.i32x4.splat(kc.fb.i(coord)), arg.get(), gt())), acc.set(m.v128.bitselect(v.get(), acc.get(), gt()))];
      }
      return [...scope.code, ...combine];
    });
    const init = r.core.op === "reduceSum" ? [acc.set(i32x4Const(m, 0))] : [acc.set(f32x4Const(m, -Infinity)), arg.set(i32x4Const(m, 0))];
    const result = r.core.op === "argmax" ? arg : acc;
    const tail = outer.child();
    if (last < 0) throw new NotVectorizable("rank 0");
    const store = kc.withOptions({ vector: true, coreValue: () => ({ get: () => result.get() }) }).storeOutputs(outIndex(r, kept, "contig"), tail);
    return [...outer.code, ...init, ...inner, ...store];
  });
}

/** Each output's row read four at a time (the last axis is the only reduced one). */
function alongReducedAxis(kc: KernelCode, r: ReduceShape): Phase {
  const m = kc.m;
  const last = r.xShape.length - 1;
  const len = r.xShape[last]!;
  const whole = len - (len % 4);
  const int = kc.node(r.xId).dtype === "i32";
  if (int) throw new NotVectorizable("integer rows");
  const keptShape = r.xShape.map((d, a) => (a === last ? 1 : d));
  const vec = kc.withOptions({ vector: true });
  const sca = kc.withOptions({ vector: false });
  const sum = r.core.op === "reduceSum";
  return tiledNest(kc, keptShape, 1, (kept) => {
    const acc = kc.fb.locals.v128();
    const s = kc.fb.locals.f32();
    const j = kc.fb.locals.i32();
    const outer = new Scope();
    const body = outer.child();
    const coords = kept.map((c, a) => (a === last ? j : c));
    const x = vec.valueAt(r.xId, { shape: r.xShape, coords, lanes: "contig", rowAligned: true }, body);
    const loop = kc.fb.forRange(j, 0, whole, 4, [...body.code, acc.set(sum ? m.f32x4.add(acc.get(), x.get()) : m.f32x4.max(acc.get(), x.get()))]);
    const lane = (k: number) => m.f32x4.extract_lane(acc.get(), k);
    const fold = sum
      ? s.set(m.f32.add(m.f32.add(lane(0), lane(1)), m.f32.add(lane(2), lane(3))))
      : s.set(m.f32.max(m.f32.max(lane(0), lane(1)), m.f32.max(lane(2), lane(3))));
    const tailCode: Expr[] = [];
    for (let t = whole; t < len; t++) {
      const scope = outer.child();
      const v = sca.valueAt(r.xId, { shape: r.xShape, coords: kept.map((c, a) => (a === last ? t : c)), lanes: "one" }, scope);
      tailCode.push(...scope.code, s.set(sum ? m.f32.add(s.get(), v.get()) : m.f32.max(s.get(), v.get())));
    }
    const init = acc.set(sum ? f32x4Const(m, 0) : f32x4Const(m, -Infinity));
    const finish = outer.child();
    const store = kc.withOptions({ vector: false, coreValue: () => ({ get: () => s.get() }) }).storeOutputs(outIndex(r, kept, "one"), finish);
    return [...outer.code, init, loop, fold, ...tailCode, ...store];
  });
}

export type { I32 };
