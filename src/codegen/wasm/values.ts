/**
 * Values inside a WebAssembly kernel: `valueAt(node, index, scope)` builds binaryen code for a node's
 * value at an index, reading memory for materialized nodes and computing the fused ones (memoized per
 * scope in locals, so a value used twice is computed once). The same code serves scalar kernels (f32 /
 * i32 values) and SIMD kernels (v128 values holding four lanes).
 *
 * A SIMD index names four elements: `contig` (four consecutive elements in row-major order, starting at
 * the index) or `splat` (one element, repeated in every lane: a broadcast operand). Anything that would
 * make the four lanes non-contiguous — a transpose of the last axis, a pad or a concat boundary that
 * splits a group of four — throws NotVectorizable, and the caller renders the kernel as scalar code.
 *
 * The render table (`elementwise`) is the only place that spells an elementwise op in WebAssembly.
 */
import binaryen from "binaryen";
import type { Graph, Node, NodeOf, Shape } from "../../ir/types.ts";
import { isElementwise, type ElementwisePrim } from "../../prims/elementwise.ts";
import type { Buffer, Kernel, Plan } from "../../passes/plan.ts";
import { stridesOf } from "../../runtime/tensor.ts";
import { MATH, f32x4Const, i32x4Const, randomKeyExpr, uniformScalar, uniformVector } from "./math.ts";
import { Locals, type Expr, type Local } from "./simd.ts";
import { minConst, rangeLoop, type TileRange } from "./tiles.ts";

/** Thrown while building SIMD code for something that has no four-lane form; the caller falls back to scalar. */
export class NotVectorizable extends Error {
  constructor(why: string) {
    super(`not vectorizable: ${why}`);
    this.name = "NotVectorizable";
  }
}

/** An i32 known at compile time, or held in a local. */
export type I32 = number | Local;

export type LaneMode = "one" | "contig" | "splat";

export interface Index {
  readonly shape: Shape;
  readonly coords?: readonly I32[];
  readonly flat?: I32;
  readonly lanes: LaneMode;
  /**
   * contig only: the four lanes lie within one row of the last axis, so per-axis coordinates (those of
   * lane 0) are meaningful. Always true when the last axis is a multiple of 4 and lane 0 is aligned.
   */
  readonly rowAligned?: boolean;
}

/** A computed value: a fresh expression node per `get()` (binaryen nodes have one parent). */
export interface Val {
  get(): Expr;
}

/** A list of statements with memoized values; child scopes (inside branches, loops) see their parents' values. */
export class Scope {
  readonly code: Expr[] = [];
  private readonly memo = new Map<string, Val>();

  constructor(readonly parent?: Scope) {}

  child(): Scope {
    return new Scope(this);
  }

  lookup(key: string): Val | undefined {
    return this.memo.get(key) ?? this.parent?.lookup(key);
  }

  remember(key: string, v: Val): void {
    this.memo.set(key, v);
  }
}

const keyOf = (v: I32) => (typeof v === "number" ? String(v) : `L${v.index}`);

/** Function-wide code-building state: the module, the function's locals and label numbering. */
export class FunctionBuilder {
  private labels = 0;
  constructor(
    readonly m: binaryen.Module,
    readonly locals: Locals,
    /** The function's tile range parameters (kernel functions, see tiles.ts). */
    readonly tileRange?: TileRange,
  ) {}

  /** The tile range of the kernel function being built. */
  range(): TileRange {
    if (!this.tileRange) throw new Error("internal: this function has no tile range parameters");
    return this.tileRange;
  }

  /**
   * The loop over this function's tiles (or over `range`, a sub-range of them the caller computes):
   * `for (v = lo·perTile; v < min(hi·perTile, limit); v += step)`.
   * With one tile in all (`limit <= perTile`) it is the plain loop over [0, limit).
   */
  forTiles(v: Local, perTile: number, limit: number, step: number, body: readonly Expr[], range: TileRange = this.range()): Expr {
    const m = this.m;
    if (limit <= perTile) return this.forRange(v, 0, limit, step, body);
    const { lo, hi } = range;
    const scaled = (x: Local) => (perTile === 1 ? x.get() : m.i32.mul(x.get(), m.i32.const(perTile)));
    return rangeLoop(m, this.label("tile"), v, scaled(lo), () => minConst(m, () => scaled(hi), limit), step, body);
  }

  label(prefix: string): string {
    return `${prefix}${this.labels++}`;
  }

  i(v: I32): Expr {
    return typeof v === "number" ? this.m.i32.const(v | 0) : v.get();
  }

  /** Σ terms[k].value · terms[k].coef + c as an I32, folding constants; binds a local when not constant. */
  linear(scope: Scope, terms: readonly (readonly [I32, number])[], c = 0): I32 {
    let constant = c;
    const parts: Expr[] = [];
    for (const [v, coef] of terms) {
      if (coef === 0) continue;
      if (typeof v === "number") constant += v * coef;
      else parts.push(coef === 1 ? v.get() : this.m.i32.mul(v.get(), this.m.i32.const(coef)));
    }
    if (parts.length === 0) return constant;
    let e = parts.reduce((a, b) => this.m.i32.add(a, b));
    if (constant !== 0) e = this.m.i32.add(e, this.m.i32.const(constant));
    return this.bind(scope, e);
  }

  bind(scope: Scope, e: Expr): Local {
    const l = this.locals.i32();
    scope.code.push(l.set(e));
    return l;
  }

  /** `for (v = start; v < end; v += step) body` with compile-time bounds (body runs at least once when start < end). */
  forRange(v: Local, start: number, end: number, step: number, body: readonly Expr[]): Expr {
    const m = this.m;
    if (end <= start) return m.nop();
    if (end - start <= step) return m.block(null, [v.set(m.i32.const(start)), ...body]);
    const label = this.label("for");
    return m.block(null, [
      v.set(m.i32.const(start)),
      m.loop(label, m.block(null, [...body, v.set(m.i32.add(v.get(), m.i32.const(step))), m.br(label, m.i32.lt_s(v.get(), m.i32.const(end)))])),
    ]);
  }
}

type ValueKind = "f32" | "i32" | "v128";

export interface KernelCodeOptions {
  /** SIMD (v128 values) or scalar. */
  readonly vector: boolean;
  /**
   * For contraction/reduce/window kernels: the core's value at the index being stored (an accumulator),
   * or undefined to read it from the output buffer (the epilogue pass after a kernel that stored it).
   */
  readonly coreValue?: (idx: Index) => Val | undefined;
  /**
   * Rows kernels: per-row values already computed for the current row (node → scalar value), read at
   * any index of the row (the rows pass guarantees the index is in the current row, src/passes/rows.ts):
   * as themselves in scalar code, splatted across the four lanes in SIMD code.
   */
  readonly rowValues?: ReadonlyMap<number, Val>;
}

/** Code for one kernel's fused values, in one function. */
export class KernelCode {
  readonly g: Graph;
  readonly m: binaryen.Module;
  private readonly members: Set<number>;
  /** randomUniform node → local holding its key for this call. */
  private readonly randomKeys = new Map<number, Local>();

  constructor(
    readonly fb: FunctionBuilder,
    readonly plan: Plan,
    readonly kernel: Kernel,
    readonly opts: KernelCodeOptions,
  ) {
    this.g = plan.graph;
    this.m = fb.m;
    this.members = new Set(kernel.nodes);
    if (this.hasCore) this.members.delete(kernel.core);
  }

  /** Whether the kernel's core is computed by its renderer (an accumulator), not by valueAt. */
  private get hasCore(): boolean {
    return this.kernel.kind !== "loop" && this.kernel.kind !== "rows";
  }

  withOptions(opts: KernelCodeOptions): KernelCode {
    const kc = new KernelCode(this.fb, this.plan, this.kernel, opts);
    for (const [id, key] of this.randomKeys) kc.randomKeys.set(id, key);
    return kc;
  }

  get vector(): boolean {
    return this.opts.vector;
  }

  buffer(node: number): Buffer {
    const b = this.plan.buffers[this.plan.bufferOf[node]!];
    if (!b) throw new Error(`internal: node %${node} has no buffer in entry '${this.plan.entry}'`);
    return b;
  }

  /** Byte address of a node's buffer. */
  address(node: number): number {
    return this.buffer(node).address;
  }

  node(id: number): Node {
    return this.g.nodes[id]!;
  }

  /** Statements computing each random op's key once per call (the counter is read from memory). */
  randomPrologue(): Expr[] {
    const code: Expr[] = [];
    for (const id of this.kernel.nodes) {
      const n = this.node(id);
      if (n.op !== "randomUniform" || this.randomKeys.has(id)) continue;
      const key = this.fb.locals.i32();
      this.randomKeys.set(id, key);
      const counter = this.m.i32.load(this.address(n.inputs[0]!), 4, this.m.i32.const(0));
      code.push(key.set(randomKeyExpr(this.m, n.attrs.seed, counter)));
    }
    return code;
  }

  // ---------- indices ----------

  /** The flat row-major offset of an index (bound to a local when not constant). */
  flatOf(idx: Index, scope: Scope): I32 {
    if (idx.flat !== undefined) return idx.flat;
    const key = `flat:${idx.shape.join(",")}:${idx.coords!.map(keyOf).join(",")}`;
    const known = scope.lookup(key);
    if (known) return (known as Val & { i32: I32 }).i32;
    const strides = stridesOf(idx.shape);
    const flat = this.fb.linear(scope, idx.coords!.map((c, a) => [c, idx.shape[a] === 1 ? 0 : strides[a]!] as const));
    scope.remember(key, { get: () => this.fb.i(flat), i32: flat } as Val);
    return flat;
  }

  /** Per-axis coordinates of an index (of lane 0 for SIMD), computed from the flat offset when needed. */
  coordsOf(idx: Index, scope: Scope): readonly I32[] {
    if (idx.coords) return idx.coords;
    if (idx.lanes === "contig" && !idx.rowAligned) throw new NotVectorizable(`coordinates of four lanes that may cross a row of [${idx.shape.join(",")}]`);
    const flat = idx.flat!;
    const rank = idx.shape.length;
    if (typeof flat === "number") {
      const strides = stridesOf(idx.shape);
      return idx.shape.map((d, a) => Math.floor(flat / strides[a]!) % d);
    }
    const key = `coords:${idx.shape.join(",")}:${keyOf(flat)}`;
    const known = scope.lookup(key);
    if (known) return (known as Val & { coords: I32[] }).coords;
    const m = this.m;
    const strides = stridesOf(idx.shape);
    const coords = idx.shape.map((d, a): I32 => {
      if (d === 1) return 0;
      if (rank === 1) return flat;
      let q = strides[a] === 1 ? flat.get() : m.i32.div_u(flat.get(), m.i32.const(strides[a]!));
      if (a > 0) q = m.i32.rem_u(q, m.i32.const(d));
      return this.fb.bind(scope, q);
    });
    scope.remember(key, { get: () => m.nop(), coords } as Val);
    return coords;
  }

  /** The index of a NumPy-broadcast operand of shape `inShape` inside a value at `idx`. */
  broadcastIndex(idx: Index, inShape: Shape, scope: Scope): Index {
    if (inShape.join(",") === idx.shape.join(",")) return idx;
    const lanesIn = (lastBroadcast: boolean): LaneMode => (idx.lanes === "contig" && lastBroadcast ? "splat" : idx.lanes);
    if (inShape.every((d) => d === 1)) return { shape: inShape, flat: 0, lanes: idx.lanes === "one" ? "one" : "splat" };
    const coords = this.coordsOf(idx, scope);
    const offset = idx.shape.length - inShape.length;
    const lastBroadcast = inShape[inShape.length - 1] === 1 && idx.shape[idx.shape.length - 1] !== 1;
    return { shape: inShape, coords: inShape.map((d, a) => (d === 1 ? 0 : coords[a + offset]!)), lanes: lanesIn(lastBroadcast), rowAligned: true };
  }

  // ---------- memory ----------

  private pointer(flat: I32): { offset: number; ptr: Expr } {
    if (typeof flat === "number") return { offset: flat * 4, ptr: this.m.i32.const(0) };
    return { offset: 0, ptr: this.m.i32.shl(flat.get(), this.m.i32.const(2)) };
  }

  /** A load of node `id`'s buffer (or of `base` bytes) at `idx`. */
  load(id: number, idx: Index, scope: Scope, base = this.address(id)): Expr {
    const flat = this.flatOf(idx, scope);
    const { offset, ptr } = this.pointer(flat);
    const m = this.m;
    if (idx.lanes === "contig") return m.v128.load(base + offset, 4, ptr);
    if (idx.lanes === "splat") return m.v128.load32_splat(base + offset, 4, ptr);
    return this.node(id).dtype === "i32" ? m.i32.load(base + offset, 4, ptr) : m.f32.load(base + offset, 4, ptr);
  }

  /** A store of `value` into node `id`'s buffer at `idx` (the first `lanes` lanes for a partial SIMD store). */
  store(id: number, idx: Index, value: Val, scope: Scope, lanes: 1 | 2 | 3 | 4 = 4): Expr {
    const flat = this.flatOf(idx, scope);
    const { offset, ptr } = this.pointer(flat);
    const m = this.m;
    const at = this.address(id) + offset;
    if (idx.lanes === "one") return this.node(id).dtype === "i32" ? m.i32.store(at, 4, ptr, value.get()) : m.f32.store(at, 4, ptr, value.get());
    if (idx.lanes === "splat") throw new Error("internal: a SIMD store at a splat index");
    switch (lanes) {
      case 4:
        return m.v128.store(at, 4, ptr, value.get());
      case 2:
        return m.v128.store64_lane(at, 4, 0, ptr, value.get());
      case 1:
        return m.v128.store32_lane(at, 4, 0, ptr, value.get());
      case 3: {
        const ptr2 = typeof flat === "number" ? m.i32.const(0) : m.i32.shl(flat.get(), m.i32.const(2));
        return m.block(null, [m.v128.store64_lane(at, 4, 0, ptr, value.get()), m.v128.store32_lane(at + 8, 4, 2, ptr2, value.get())]);
      }
    }
  }

  /** Stores the kernel's side outputs and output at `idx` (values computed in `scope`). */
  storeOutputs(idx: Index, scope: Scope, lanes: 1 | 2 | 3 | 4 = 4): Expr[] {
    const ids = [...this.kernel.sideOutputs, this.kernel.output];
    const values = ids.map((id) => this.valueAt(id, idx, scope));
    const stores = ids.map((id, k) => this.store(id, idx, values[k]!, scope, lanes)); // may bind index locals into scope
    return [...scope.code, ...stores];
  }

  // ---------- values ----------

  private kindOf(node: Node): ValueKind {
    return this.vector ? "v128" : node.dtype;
  }

  private type(kind: ValueKind): binaryen.Type {
    return kind === "v128" ? binaryen.v128 : kind === "i32" ? binaryen.i32 : binaryen.f32;
  }

  /** Binds an expression to a fresh local of its kind. */
  private bindValue(scope: Scope, e: Expr, kind: ValueKind): Val {
    const l = this.fb.locals.add(this.type(kind));
    scope.code.push(l.set(e));
    return { get: () => l.get() };
  }

  private constant(node: Node, value: number): Val {
    const m = this.m;
    if (this.vector) return { get: () => (node.dtype === "i32" ? i32x4Const(m, value | 0) : f32x4Const(m, value)) };
    return { get: () => (node.dtype === "i32" ? m.i32.const(value | 0) : m.f32.const(Math.fround(value))) };
  }

  valueAt(id: number, idx: Index, scope: Scope): Val {
    const node = this.node(id);
    if (node.op === "const" && typeof node.attrs.value === "number") return this.constant(node, node.attrs.value);
    const row = this.opts.rowValues?.get(id);
    if (row) return this.rowValue(node, row, idx);
    if (id === this.kernel.core && this.hasCore) {
      const v = this.opts.coreValue?.(idx);
      if (v) return v;
      return this.memoized(id, idx, scope, () => this.load(this.kernel.output, { ...idx }, scope));
    }
    if (!this.members.has(id)) return this.memoized(id, idx, scope, () => this.load(id, idx, scope));
    return this.memoized(id, idx, scope, () => this.compute(node, idx, scope));
  }

  private rowValue(node: Node, row: Val, idx: Index): Val {
    if (idx.lanes === "one") return row;
    if (idx.lanes === "contig") throw new NotVectorizable(`per-row value %${node.id} read as four lanes`);
    const m = this.m;
    return { get: () => (node.dtype === "i32" ? m.i32x4.splat(row.get()) : m.f32x4.splat(row.get())) };
  }

  private memoized(id: number, idx: Index, scope: Scope, make: () => Expr): Val {
    const flat = this.flatOf(idx, scope);
    const key = `${id}@${keyOf(flat)}:${idx.lanes}`;
    const known = scope.lookup(key);
    if (known) return known;
    const v = this.bindValue(scope, make(), this.kindOf(this.node(id)));
    scope.remember(key, v);
    return v;
  }

  private compute(node: Node, idx: Index, scope: Scope): Expr {
    if (isElementwise(node.op)) {
      const args = node.inputs.map((i) => this.valueAt(i, this.broadcastIndex(idx, this.node(i).shape, scope), scope));
      return this.elementwise(node as NodeOf<ElementwisePrim>, args);
    }
    const x = node.inputs[0]!;
    const xShape = this.g.nodes[x]?.shape ?? [];
    const m = this.m;
    switch (node.op) {
      case "randomUniform": {
        const key = this.randomKeys.get(node.id);
        if (!key) throw new Error("internal: randomPrologue() was not emitted");
        const flat = this.fb.i(this.flatOf(idx, scope));
        if (idx.lanes === "contig") return uniformVector(m, key.get(), flat);
        const u = uniformScalar(m, key.get(), flat);
        return idx.lanes === "splat" ? m.f32x4.splat(u) : u;
      }
      case "reshape":
        return this.valueAt(x, { shape: xShape, flat: this.flatOf(idx, scope), lanes: idx.lanes, rowAligned: false }, scope).get();
      case "broadcast":
        return this.valueAt(x, this.broadcastIndex(idx, xShape, scope), scope).get();
      case "transpose": {
        const perm = node.attrs.perm;
        if (idx.lanes === "contig" && perm[perm.length - 1] !== perm.length - 1) throw new NotVectorizable("a transpose that moves the last axis");
        const c = this.coordsOf(idx, scope);
        const inCoords = new Array<I32>(c.length);
        perm.forEach((p, a) => (inCoords[p] = c[a]!));
        return this.valueAt(x, { shape: xShape, coords: inCoords, lanes: idx.lanes, rowAligned: true }, scope).get();
      }
      case "slice": {
        const c = this.coordsOf(idx, scope);
        const begin = node.attrs.begin;
        const coords = c.map((v, a) => (begin[a] ? this.fb.linear(scope, [[v, 1]], begin[a]) : v));
        return this.valueAt(x, { shape: xShape, coords, lanes: idx.lanes, rowAligned: true }, scope).get();
      }
      case "pad":
        return this.padValue(node as NodeOf<"pad">, idx, scope);
      case "concat":
        return this.concatValue(node as NodeOf<"concat">, idx, scope);
      case "gather":
        return this.gatherValue(node as NodeOf<"gather">, idx, scope);
      default:
        throw new Error(`internal: ${node.op} (%${node.id}) cannot be computed inside a fused loop`);
    }
  }

  /** `cond ? inside : outside` where `inside` is computed in a child scope only when the condition holds. */
  private guarded(node: Node, conds: Expr[], fallback: Val, inside: (s: Scope) => Val, scope: Scope): Expr {
    const m = this.m;
    const kind = this.kindOf(node);
    const result = this.fb.locals.add(this.type(kind));
    const inner = scope.child();
    const v = inside(inner);
    const cond = conds.length ? conds.reduce((a, b) => m.i32.and(a, b)) : m.i32.const(1);
    scope.code.push(result.set(fallback.get()), m.if(cond, m.block(null, [...inner.code, result.set(v.get())])));
    return result.get();
  }

  private padValue(node: NodeOf<"pad">, idx: Index, scope: Scope): Expr {
    const c = this.coordsOf(idx, scope);
    const xShape = this.node(node.inputs[0]!).shape;
    const last = c.length - 1;
    const m = this.m;
    const conds: Expr[] = [];
    const inCoords = c.map((v, a) => {
      const [before, after] = node.attrs.pads[a]!;
      if (before === 0 && after === 0) return v;
      if (a === last && idx.lanes === "contig") throw new NotVectorizable("a pad of the last axis");
      const shifted = this.fb.linear(scope, [[v, 1]], -before);
      if (typeof shifted === "number") {
        if (shifted < 0 || shifted >= xShape[a]!) conds.push(m.i32.const(0));
      } else {
        conds.push(m.i32.lt_u(shifted.get(), m.i32.const(xShape[a]!))); // unsigned: negatives are out of range too
      }
      return shifted;
    });
    const fill = this.constant(node, node.attrs.value);
    return this.guarded(node, conds, fill, (s) => this.valueAt(node.inputs[0]!, { shape: xShape, coords: inCoords, lanes: idx.lanes, rowAligned: true }, s), scope);
  }

  /**
   * table[p…, clamp(indices[i…]), s…]. Four contiguous lanes share one index when the output's last axis
   * is a table axis after `axis` (an embedding row); the index is then one scalar load. Lanes along the
   * indices' own axes would need four rows: not vectorizable.
   */
  private gatherValue(node: NodeOf<"gather">, idx: Index, scope: Scope): Expr {
    const m = this.m;
    const [tableId, indicesId] = node.inputs as [number, number];
    const table = this.node(tableId).shape;
    const iShape = this.node(indicesId).shape;
    const axis = node.attrs.axis;
    if (idx.lanes === "contig" && axis === table.length - 1) throw new NotVectorizable("a gather along the table's last axis");
    const c = this.coordsOf(idx, scope);
    const indexIdx: Index = { shape: iShape, coords: c.slice(axis, axis + iShape.length), lanes: "one" };
    let index: Expr;
    if (!this.members.has(indicesId)) {
      index = this.loadScalarI32(indicesId, indexIdx, scope);
    } else if (!this.vector) {
      index = this.valueAt(indicesId, indexIdx, scope).get();
    } else {
      throw new NotVectorizable("a gather whose indices are computed in the same kernel");
    }
    // Clamped so a kernel never reads outside the table (checked feeds report bad indices before a run).
    const raw = this.fb.bind(scope, index);
    const last = table[axis]! - 1;
    const row = this.fb.bind(
      scope,
      m.select(m.i32.lt_s(raw.get(), m.i32.const(0)), m.i32.const(0), m.select(m.i32.gt_s(raw.get(), m.i32.const(last)), m.i32.const(last), raw.get())),
    );
    const coords = [...c.slice(0, axis), row, ...c.slice(axis + iShape.length)];
    return this.valueAt(tableId, { shape: table, coords, lanes: idx.lanes, rowAligned: true }, scope).get();
  }

  /** One i32 element of a buffer in memory, whatever the kernel's lane mode. */
  private loadScalarI32(id: number, idx: Index, scope: Scope): Expr {
    const flat = this.flatOf(idx, scope);
    if (typeof flat === "number") return this.m.i32.load(this.address(id) + flat * 4, 4, this.m.i32.const(0));
    return this.m.i32.load(this.address(id), 4, this.m.i32.shl(flat.get(), this.m.i32.const(2)));
  }

  private concatValue(node: NodeOf<"concat">, idx: Index, scope: Scope): Expr {
    const c = this.coordsOf(idx, scope);
    const axis = node.attrs.axis;
    const m = this.m;
    if (idx.lanes === "contig" && axis === c.length - 1 && node.inputs.some((i) => this.node(i).shape[axis]! % 4 !== 0)) {
      throw new NotVectorizable("a concat along the last axis whose pieces are not multiples of 4");
    }
    const kind = this.kindOf(node);
    const result = this.fb.locals.add(this.type(kind));
    let start = 0;
    const branches: { cond: Expr | null; code: Expr[] }[] = [];
    node.inputs.forEach((input, k) => {
      const shape = this.node(input).shape;
      const end = start + shape[axis]!;
      const inner = scope.child();
      const coords = c.map((v, a) => (a === axis && start ? this.fb.linear(inner, [[v, 1]], -start) : v));
      const v = this.valueAt(input, { shape, coords, lanes: idx.lanes, rowAligned: true }, inner);
      const cond = k === node.inputs.length - 1 ? null : m.i32.lt_s(this.fb.i(c[axis]!), m.i32.const(end));
      branches.push({ cond, code: [...inner.code, result.set(v.get())] });
      start = end;
    });
    let chain: Expr = m.block(null, branches[branches.length - 1]!.code);
    for (let k = branches.length - 2; k >= 0; k--) chain = m.if(branches[k]!.cond!, m.block(null, branches[k]!.code), chain);
    scope.code.push(chain);
    return result.get();
  }

  // ---------- the elementwise render table ----------

  private elementwise(node: NodeOf<ElementwisePrim>, args: readonly Val[]): Expr {
    return this.vector ? this.vectorOp(node, args) : this.scalarOp(node, args);
  }

  private callMath(fn: string, args: readonly Expr[]): Expr {
    const m = this.m;
    if (this.vector) return m.call(fn, [...args], binaryen.v128);
    return m.f32x4.extract_lane(m.call(fn, args.map((a) => m.f32x4.splat(a)), binaryen.v128), 0);
  }

  private scalarOp(node: NodeOf<ElementwisePrim>, args: readonly Val[]): Expr {
    const m = this.m;
    const [a, b, c] = args as [Val, Val | undefined, Val | undefined];
    const inDtype = this.node(node.inputs[0]!).dtype;
    const int = node.dtype === "i32";
    switch (node.op) {
      case "neg":
        return int ? m.i32.sub(m.i32.const(0), a.get()) : m.f32.neg(a.get());
      case "abs":
        return int ? m.select(m.i32.lt_s(a.get(), m.i32.const(0)), m.i32.sub(m.i32.const(0), a.get()), a.get()) : m.f32.abs(a.get());
      case "sign":
        if (int) return m.select(m.i32.gt_s(a.get(), m.i32.const(0)), m.i32.const(1), m.select(m.i32.lt_s(a.get(), m.i32.const(0)), m.i32.const(-1), m.i32.const(0)));
        // Math.sign: NaN and ±0 map to themselves.
        return m.select(m.f32.gt(a.get(), m.f32.const(0)), m.f32.const(1), m.select(m.f32.lt(a.get(), m.f32.const(0)), m.f32.const(-1), a.get()));
      case "exp":
        return this.callMath(MATH.exp, [a.get()]);
      case "log":
        return this.callMath(MATH.log, [a.get()]);
      case "tanh":
        return this.callMath(MATH.tanh, [a.get()]);
      case "erf":
        return this.callMath(MATH.erf, [a.get()]);
      case "pow":
        return this.callMath(MATH.pow, [a.get(), b!.get()]);
      case "sqrt":
        return m.f32.sqrt(a.get());
      case "stopGradient":
        return a.get();
      case "cast":
        if (node.dtype === inDtype) return a.get();
        return int ? m.i32.trunc_s_sat.f32(a.get()) : m.f32.convert_s.i32(a.get());
      case "add":
        return int ? m.i32.add(a.get(), b!.get()) : m.f32.add(a.get(), b!.get());
      case "sub":
        return int ? m.i32.sub(a.get(), b!.get()) : m.f32.sub(a.get(), b!.get());
      case "mul":
        return int ? m.i32.mul(a.get(), b!.get()) : m.f32.mul(a.get(), b!.get());
      case "div":
        return m.f32.div(a.get(), b!.get());
      case "maximum":
        return int ? m.select(m.i32.gt_s(a.get(), b!.get()), a.get(), b!.get()) : m.f32.max(a.get(), b!.get());
      case "minimum":
        return int ? m.select(m.i32.lt_s(a.get(), b!.get()), a.get(), b!.get()) : m.f32.min(a.get(), b!.get());
      case "compare": {
        const cmpInt = inDtype === "i32";
        const ops = cmpInt
          ? { eq: m.i32.eq, ne: m.i32.ne, lt: m.i32.lt_s, le: m.i32.le_s, gt: m.i32.gt_s, ge: m.i32.ge_s }
          : { eq: m.f32.eq, ne: m.f32.ne, lt: m.f32.lt, le: m.f32.le, gt: m.f32.gt, ge: m.f32.ge };
        return m.f32.convert_u.i32(ops[(node as NodeOf<"compare">).attrs.cmp](a.get(), b!.get()));
      }
      case "where":
        return m.select(m.f32.ne(a.get(), m.f32.const(0)), b!.get(), c!.get());
    }
  }

  private vectorOp(node: NodeOf<ElementwisePrim>, args: readonly Val[]): Expr {
    const m = this.m;
    const [a, b, c] = args as [Val, Val | undefined, Val | undefined];
    const inDtype = this.node(node.inputs[0]!).dtype;
    const int = node.dtype === "i32";
    const one = () => f32x4Const(m, 1);
    switch (node.op) {
      case "neg":
        return int ? m.i32x4.neg(a.get()) : m.f32x4.neg(a.get());
      case "abs":
        return int ? m.i32x4.abs(a.get()) : m.f32x4.abs(a.get());
      case "sign":
        if (int) return m.v128.or(m.v128.and(m.i32x4.gt_s(a.get(), i32x4Const(m, 0)), i32x4Const(m, 1)), m.i32x4.lt_s(a.get(), i32x4Const(m, 0)));
        return m.v128.bitselect(one(), m.v128.bitselect(f32x4Const(m, -1), a.get(), m.f32x4.lt(a.get(), f32x4Const(m, 0))), m.f32x4.gt(a.get(), f32x4Const(m, 0)));
      case "exp":
        return this.callMath(MATH.exp, [a.get()]);
      case "log":
        return this.callMath(MATH.log, [a.get()]);
      case "tanh":
        return this.callMath(MATH.tanh, [a.get()]);
      case "erf":
        return this.callMath(MATH.erf, [a.get()]);
      case "pow":
        return this.callMath(MATH.pow, [a.get(), b!.get()]);
      case "sqrt":
        return m.f32x4.sqrt(a.get());
      case "stopGradient":
        return a.get();
      case "cast":
        if (node.dtype === inDtype) return a.get();
        return int ? m.i32x4.trunc_sat_f32x4_s(a.get()) : m.f32x4.convert_i32x4_s(a.get());
      case "add":
        return int ? m.i32x4.add(a.get(), b!.get()) : m.f32x4.add(a.get(), b!.get());
      case "sub":
        return int ? m.i32x4.sub(a.get(), b!.get()) : m.f32x4.sub(a.get(), b!.get());
      case "mul":
        return int ? m.i32x4.mul(a.get(), b!.get()) : m.f32x4.mul(a.get(), b!.get());
      case "div":
        return m.f32x4.div(a.get(), b!.get());
      case "maximum":
        return int ? m.i32x4.max_s(a.get(), b!.get()) : m.f32x4.max(a.get(), b!.get());
      case "minimum":
        return int ? m.i32x4.min_s(a.get(), b!.get()) : m.f32x4.min(a.get(), b!.get());
      case "compare": {
        const ops = inDtype === "i32"
          ? { eq: m.i32x4.eq, ne: m.i32x4.ne, lt: m.i32x4.lt_s, le: m.i32x4.le_s, gt: m.i32x4.gt_s, ge: m.i32x4.ge_s }
          : { eq: m.f32x4.eq, ne: m.f32x4.ne, lt: m.f32x4.lt, le: m.f32x4.le, gt: m.f32x4.gt, ge: m.f32x4.ge };
        return m.v128.and(ops[(node as NodeOf<"compare">).attrs.cmp](a.get(), b!.get()), one());
      }
      case "where":
        return m.v128.bitselect(b!.get(), c!.get(), m.f32x4.ne(a.get(), f32x4Const(m, 0)));
    }
  }
}
