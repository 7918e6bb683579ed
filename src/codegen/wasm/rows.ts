/**
 * Rows kernels (src/passes/rows.ts): one loop over the rows, the rows being the tiles (a threaded
 * entry splits them; each row is computed by the same code whatever tile it is in, so the split never
 * changes a bit). Per row, each stage in order:
 *   - a reduction: one pass over the row's C elements, four at a time into a v128 accumulator folded
 *     at the end as (l0 + l1) + (l2 + l3); its epilogue at the row;
 *   - a per-row loop: its value at the row;
 *   - the last, per-element stage: a pass writing the row, four at a time.
 * When C is not a multiple of 4 (10 classes), the last C mod 4 elements are one more vector: the
 * row's last four elements, the lanes already done masked out of a sum (a max takes them twice, which
 * changes nothing) and stored again with the same bits by a write. A scalar tail would cost one call
 * of exp per element where the vector costs one per four: exp(x − max) is most of a softmax's work.
 * Per-row results stay in locals (splatted where a SIMD pass reads them) and are stored only when
 * another kernel or the user reads them. Anything without a four-lane form falls back to a scalar
 * pass over the row.
 */
import type { NodeOf } from "../../ir/types.ts";
import type { RowStage, RowsLayout } from "../../passes/plan.ts";
import { f32x4Const } from "./math.ts";
import { tiledNest } from "./loop.ts";
import type { Phase } from "./tiles.ts";
import type { Expr, Local } from "./simd.ts";
import type { I32, Index, KernelCode, Val } from "./values.ts";
import { NotVectorizable, Scope } from "./values.ts";

interface RowCode {
  readonly rows: RowsLayout;
  /** Scalar and SIMD views of the kernel, sharing the per-row values. */
  readonly scalar: KernelCode;
  readonly vector: KernelCode;
  readonly rowValues: Map<number, Val>;
}

export function renderRows(kc: KernelCode): Phase[] {
  const rows = kc.kernel.rows;
  if (!rows) throw new Error(`internal: ${kc.kernel.name} has no rows layout`);
  const rowValues = new Map<number, Val>();
  const rc: RowCode = {
    rows,
    rowValues,
    scalar: kc.withOptions({ vector: false, rowValues }),
    vector: kc.withOptions({ vector: true, rowValues }),
  };
  const stored = new Set([...kc.kernel.sideOutputs, kc.kernel.output]);
  return [
    tiledNest(rc.scalar, rows.lead, 1, (lead) => {
      /** Makes a per-row value known to later stages; the stores of it, if any, to follow its code. */
      const keep = (id: number, v: Val): Expr[] => {
        rowValues.set(id, v);
        if (!stored.has(id)) return [];
        const scope = new Scope();
        const store = rc.scalar.store(id, rowIndex(rc, id, lead), v, scope);
        return [...scope.code, store];
      };
      return rows.stages.flatMap((stage) => renderStage(rc, stage, lead, keep));
    }),
  ];
}

/** The index of a per-row value ([...] or [..., 1]) at the row `lead`. */
function rowIndex(rc: RowCode, id: number, lead: readonly I32[]): Index {
  const shape = rc.scalar.node(id).shape;
  return { shape, coords: shape.length === lead.length ? lead : [...lead, 0], lanes: "one" };
}

function renderStage(rc: RowCode, stage: RowStage, lead: readonly I32[], keep: (id: number, v: Val) => Expr[]): Expr[] {
  if (stage.kind === "reduce") {
    const { code, result } = reduceRow(rc, rc.scalar.node(stage.core) as NodeOf<"reduceSum" | "reduceMax">, lead);
    code.push(...keep(stage.core, { get: () => result.get() }));
    for (const e of stage.epilogue) {
      const scope = new Scope();
      const v = rc.scalar.valueAt(e, rowIndex(rc, e, lead), scope);
      code.push(...scope.code, ...keep(e, v));
    }
    return code;
  }
  if (stage.per === "row") {
    const scope = new Scope();
    const v = rc.scalar.valueAt(stage.output, rowIndex(rc, stage.output, lead), scope);
    return [...scope.code, ...keep(stage.output, v)];
  }
  return writeRow(rc, stage.output, lead);
}

/** Element (lead, j) of a value [..., C]. */
const at = (rc: RowCode, id: number, lead: readonly I32[], j: I32, lanes: Index["lanes"]): Index => ({
  shape: rc.scalar.node(id).shape,
  coords: [...lead, j],
  lanes,
  rowAligned: true,
});

/** Tries the SIMD form, else the scalar one (a NotVectorizable from deep inside drops the SIMD attempt). */
function vectorOrScalar(rc: RowCode, vector: () => Expr[], scalar: () => Expr[]): Expr[] {
  if (rc.rows.length >= 4) {
    try {
      return vector();
    } catch (e) {
      if (!(e instanceof NotVectorizable)) throw e;
    }
  }
  return scalar();
}

/** One pass over the row accumulating the reduction's input; `result` holds the row's value after `code`. */
function reduceRow(rc: RowCode, core: NodeOf<"reduceSum" | "reduceMax">, lead: readonly I32[]): { code: Expr[]; result: Local } {
  const { scalar, vector } = rc;
  const m = scalar.m;
  const fb = scalar.fb;
  const len = rc.rows.length;
  const x = core.inputs[0]!;
  const sum = core.op === "reduceSum";
  const result = fb.locals.f32();
  const j = fb.locals.i32();
  const combine = (a: Expr, b: Expr) => (sum ? m.f32.add(a, b) : m.f32.max(a, b));
  const scalarFrom = (start: number): Expr[] => {
    const body = new Scope();
    const v = scalar.valueAt(x, at(rc, x, lead, j, "one"), body);
    return [fb.forRange(j, start, len, 1, [...body.code, result.set(combine(result.get(), v.get()))])];
  };
  const code = vectorOrScalar(
    rc,
    () => {
      const whole = len - (len % 4);
      const acc = fb.locals.v128();
      const add = (v: Expr) => acc.set(sum ? m.f32x4.add(acc.get(), v) : m.f32x4.max(acc.get(), v));
      const body = new Scope();
      const v = vector.valueAt(x, at(rc, x, lead, j, "contig"), body);
      const code = [acc.set(f32x4Const(m, sum ? 0 : -Infinity)), fb.forRange(j, 0, whole, 4, [...body.code, add(v.get())])];
      if (whole < len) {
        const tail = new Scope();
        const t = vector.valueAt(x, at(rc, x, lead, len - 4, "contig"), tail);
        code.push(...tail.code, add(sum ? m.v128.and(t.get(), tailMask(rc, len)) : t.get()));
      }
      const lane = (k: number) => m.f32x4.extract_lane(acc.get(), k);
      return [...code, result.set(combine(combine(lane(0), lane(1)), combine(lane(2), lane(3))))];
    },
    () => [result.set(m.f32.const(sum ? 0 : -Infinity)), ...scalarFrom(0)],
  );
  return { code, result };
}

/** Lanes of the row's last four elements not covered by the whole vectors before them: all ones. */
function tailMask(rc: RowCode, len: number): Expr {
  const done = 4 - (len % 4);
  const lanes = new Int32Array([0, 1, 2, 3].map((k) => (k < done ? 0 : -1)));
  return rc.scalar.m.v128.const(Array.from(new Uint8Array(lanes.buffer)));
}

/** The last stage: each element of the row computed and stored. */
function writeRow(rc: RowCode, id: number, lead: readonly I32[]): Expr[] {
  const { scalar, vector } = rc;
  const fb = scalar.fb;
  const len = rc.rows.length;
  const j = fb.locals.i32();
  const scalarFrom = (start: number): Expr[] => {
    const body = new Scope();
    const v = scalar.valueAt(id, at(rc, id, lead, j, "one"), body);
    const store = scalar.store(id, at(rc, id, lead, j, "one"), v, body);
    return [fb.forRange(j, start, len, 1, [...body.code, store])];
  };
  return vectorOrScalar(
    rc,
    () => {
      const whole = len - (len % 4);
      const body = new Scope();
      const v = vector.valueAt(id, at(rc, id, lead, j, "contig"), body);
      const store = vector.store(id, at(rc, id, lead, j, "contig"), v, body);
      const code = [fb.forRange(j, 0, whole, 4, [...body.code, store])];
      if (whole < len) {
        const tail = new Scope();
        const t = vector.valueAt(id, at(rc, id, lead, len - 4, "contig"), tail);
        const tailStore = vector.store(id, at(rc, id, lead, len - 4, "contig"), t, tail);
        code.push(...tail.code, tailStore);
      }
      return code;
    },
    () => scalarFrom(0),
  );
}
