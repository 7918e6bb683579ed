// Hoisting of param-invariant work out of an entry, into a "prepare" entry that runs only when params change.
// Guarantees:
//  - A node is param-invariant when it depends only on constants and on params and state that the
//    entry itself does not update: not on an input, not on a random op (whose counter is state but
//    whose bits differ per run), not on a param the entry's updates write. Its value can change only
//    through setParams/initParams or another entry's updates; never through a run of this entry.
//  - The hoisted nodes are the invariant values that non-invariant nodes (or the graph's outputs) read,
//    and that are worth keeping: not a leaf; not a movement (reshape, slice, transpose, broadcast, …)
//    read by a kernel that fuses it (an elementwise loop or a reduction, where it is only index math:
//    its inputs are hoisted instead) — but a transposed or sliced weight that a contraction reads is
//    hoisted, since the contraction reads operands from memory and would copy it every run; and not
//    bigger than the params it derives from (a bias broadcast to [N, C] would cost memory and gain
//    nothing: its input is hoisted instead).
//  - The entry graph reads each hoisted value from a new persistent slot (a param node named by
//    `slotName`, never a user's param); the prepare graph computes those values from the params and
//    writes them into the slots as its updates. Running prepare, then the entry, gives the values the
//    original entry gives (op for op the same computation, so bitwise).
//  - So an inference entry hoists all its param-only work; a training step, which updates every
//    trainable param and the batch-norm statistics, hoists only what depends on frozen params and
//    constants (often nothing): nothing it hoists is recomputed because of its own steps.
// O(nodes + edges).
import type { Graph, Node, NodeOf } from "../ir/types.ts";
import { sizeOf } from "../ir/types.ts";
import { kindOf } from "./fuse.ts";
import { GraphRewriter, consumersOf, rootsOf } from "./rewrite.ts";

/** For each node: whether its value depends only on constants and on params the graph does not update. */
export function paramInvariant(g: Graph): boolean[] {
  const updated = new Set(g.updates.map((u) => u.param));
  const invariant = new Array<boolean>(g.nodes.length).fill(false);
  for (const n of g.nodes) {
    if (n.op === "param") invariant[n.id] = !updated.has(n.id);
    else if (n.op === "const") invariant[n.id] = true;
    else if (n.op === "input" || n.op === "randomUniform") invariant[n.id] = false;
    else invariant[n.id] = n.inputs.every((i) => invariant[i]);
  }
  return invariant;
}

/** Identities: hoisting one would only copy bytes. */
const FREE: ReadonlySet<Node["op"]> = new Set<Node["op"]>(["reshape", "broadcast", "stopGradient"]);

/** Kernels that compute their operands in their own loop (so a movement there is only index math). */
const FUSES_OPERANDS: ReadonlySet<string> = new Set(["elementwise", "movement", "reduction"]);

export interface HoistedEntry {
  /** The entry, reading hoisted values from their slots. */
  readonly entry: Graph;
  /** Computes the hoisted values into their slots (as its updates); absent when nothing was hoisted. */
  readonly prepare?: Graph;
  /** The slots' names, in the order of the prepare graph's updates. */
  readonly slots: readonly string[];
}

/** Elements of the param and constant leaves under each invariant node (shared leaves counted per path, capped). */
function leafElements(g: Graph, invariant: readonly boolean[]): number[] {
  const elems = new Array<number>(g.nodes.length).fill(0);
  for (const n of g.nodes) {
    if (!invariant[n.id]) continue;
    elems[n.id] = n.inputs.length === 0 ? sizeOf(n.shape) : Math.min(2 ** 40, n.inputs.reduce((s, i) => s + elems[i]!, 0));
  }
  return elems;
}

/** The invariant nodes to hoist, in topological order (see the header). */
export function hoistTargets(g: Graph): number[] {
  const invariant = paramInvariant(g);
  const elems = leafElements(g, invariant);
  const targets = new Set<number>();
  // Visited as read by a fusing kernel (`fused`) or from memory; the second is the stronger reason.
  const seen = new Map<number, boolean>();
  const visit = (id: number, fused: boolean): void => {
    if (!invariant[id] || seen.get(id) === false || seen.get(id) === fused) return;
    seen.set(id, fused);
    const n = g.nodes[id]!;
    if (n.inputs.length === 0) return;
    const indexMath = FREE.has(n.op) || (fused && kindOf(n) === "movement");
    if (!indexMath && sizeOf(n.shape) <= elems[id]!) targets.add(id);
    else for (const i of n.inputs) visit(i, FUSES_OPERANDS.has(kindOf(n)));
  };
  for (const n of g.nodes) if (!invariant[n.id]) for (const i of n.inputs) visit(i, FUSES_OPERANDS.has(kindOf(n)));
  // An output is copied out by a loop kernel whatever it is: reading a movement of params there is free.
  for (const r of rootsOf(g)) visit(r, true);
  return readTargets(g, invariant, targets);
}

/** The targets the entry reads itself (not only through another target, which prepare computes from it). */
function readTargets(g: Graph, invariant: readonly boolean[], targets: ReadonlySet<number>): number[] {
  const read = new Set<number>();
  const seen = new Set<number>();
  const walk = (id: number): void => {
    if (!invariant[id] || seen.has(id)) return;
    seen.add(id);
    if (targets.has(id)) read.add(id);
    else for (const i of g.nodes[id]!.inputs) walk(i);
  };
  for (const n of g.nodes) if (!invariant[n.id]) for (const i of n.inputs) walk(i);
  for (const r of rootsOf(g)) walk(r);
  return [...read].sort((a, b) => a - b);
}

function slotParam(target: Node, name: string): NodeOf<"param"> {
  return {
    id: -1,
    op: "param",
    inputs: [],
    attrs: { name, dtype: target.dtype, shape: target.shape, init: { kind: "zeros" }, trainable: false },
    dtype: target.dtype,
    shape: target.shape,
    source: target.source,
    name: target.name ?? name,
  };
}

/** The nodes `targets` depend on (targets included). */
function coneOf(g: Graph, targets: readonly number[]): boolean[] {
  const inCone = new Array<boolean>(g.nodes.length).fill(false);
  for (const t of targets) inCone[t] = true;
  for (let id = g.nodes.length - 1; id >= 0; id--) if (inCone[id]) for (const i of g.nodes[id]!.inputs) inCone[i] = true;
  return inCone;
}

/** For each node: the biggest param it is computed from (the weight of a folded W'), for slot names. One pass. */
function biggestParams(g: Graph): (NodeOf<"param"> | undefined)[] {
  const biggest: (NodeOf<"param"> | undefined)[] = [];
  for (const n of g.nodes) {
    let best: NodeOf<"param"> | undefined = n.op === "param" ? n : undefined;
    for (const i of n.inputs) {
      const b = biggest[i];
      if (b && (!best || sizeOf(b.shape) > sizeOf(best.shape))) best = b;
    }
    biggest.push(best);
  }
  return biggest;
}

/** The prepare graph: the targets' cone, then one slot per target, written by the updates. */
function prepareGraph(g: Graph, targets: readonly number[], slots: readonly string[]): Graph {
  const inCone = coneOf(g, targets);
  const rw = new GraphRewriter(g);
  for (const n of g.nodes) if (inCone[n.id]) rw.map[n.id] = rw.keep(n);
  const updates = targets.map((t, k) => ({ param: rw.push(slotParam(g.nodes[t]!, slots[k]!), []), value: rw.map[t]! }));
  return Object.freeze({ name: `${g.name}_prepare`, mode: g.mode, nodes: Object.freeze(rw.nodes), outputs: Object.freeze([]), updates: Object.freeze(updates), bindings: g.bindings });
}

/** The entry with each target replaced by a read of its slot (the nodes only the targets needed are left for dce). */
function entryGraph(g: Graph, targets: readonly number[], slots: readonly string[]): Graph {
  const slotOf = new Map(targets.map((t, k) => [t, slots[k]!]));
  const rw = new GraphRewriter(g);
  for (const n of g.nodes) {
    const slot = slotOf.get(n.id);
    rw.map[n.id] = slot === undefined ? rw.keep(n) : rw.push(slotParam(n, slot), []);
  }
  return rw.finish();
}

/** A JSON replacer that keeps NaN, ±∞ and −0 apart (JSON writes null, null and 0): constants that differ must not share a slot. */
const exactNumbers = (_key: string, v: unknown): unknown =>
  typeof v === "number" && (!Number.isFinite(v) || Object.is(v, -0)) ? `#${Object.is(v, -0) ? "-0" : String(v)}` : v;

/**
 * What a value is, independent of the graph it is in: an id per distinct (op, attributes, type, ids of
 * the inputs), interned across every graph given to `of`. Values with equal ids compute the same thing
 * (e.g. the folded weights of `evaluate` and `validate`, whose batch sizes differ), so they can share one
 * slot. One pass per graph.
 */
export class ValueSignatures {
  private readonly ids = new Map<string, number>();

  of(g: Graph): number[] {
    const sig: number[] = [];
    for (const n of g.nodes) {
      const key = `${n.op}(${n.inputs.map((i) => sig[i]).join(",")})${JSON.stringify(n.attrs, exactNumbers)}:${n.dtype}[${n.shape.join(",")}]`;
      let id = this.ids.get(key);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(key, id);
      }
      sig.push(id);
    }
    return sig;
  }
}

/**
 * Splits a graph into its entry and its prepare graph (see the header); `slotName(k, param, signature)`
 * names the k-th hoisted value's slot (`param`: the biggest param it is computed from, if any;
 * `signature`: its id in `signatures`).
 */
export function hoistParamInvariants(
  g: Graph,
  slotName: (k: number, param: string | undefined, signature: number) => string,
  signatures: ValueSignatures = new ValueSignatures(),
): HoistedEntry {
  const targets = hoistTargets(g);
  if (targets.length === 0) return { entry: g, slots: [] };
  const biggest = biggestParams(g);
  const sig = signatures.of(g);
  const slots = targets.map((t, k) => slotName(k, biggest[t]?.attrs.name, sig[t]!));
  return { entry: entryGraph(g, targets, slots), prepare: prepareGraph(g, targets, slots), slots };
}

/** Param-invariant computations (movement aside) an entry does on every run: 0 after hoisting. For tests. */
export function countParamInvariantWork(g: Graph): number {
  const invariant = paramInvariant(g);
  const consumers = consumersOf(g);
  return g.nodes.filter((n) => invariant[n.id] && n.inputs.length > 0 && kindOf(n) !== "movement" && consumers[n.id]!.length > 0).length;
}
