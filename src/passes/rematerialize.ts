// Rematerialization of cheap values, so fusion does not have to write them to memory.
// Guarantees: a cheap elementwise or index-only node (add, compare, where, exp, log, reshape, broadcast, …)
// with several consumers, not itself observable (output, loss, update), gets a private copy for each
// consumer that can fuse it (elementwise, movement, reduction), placed right before that consumer; values
// are unchanged (the copy computes the same function of the same inputs, op for op).
//
// What is copied is the node's *cone*: the node plus the producers that would have fused into its kernel
// anyway — cheap nodes with a single consumer, and shared nodes that are themselves rematerialized — down
// to values that are read from memory anyway (a leaf, a reduction/contraction/window result, the
// elementwise epilogue of one, or a value with other consumers that is not copied). So copying never
// forces an upstream value into memory. Then e.g. softmax's exp(x − max), read by the sum and by the
// division, is recomputed inside both kernels from x and max instead of being stored and reloaded
// (softmax: max, Σexp, normalize = 3 kernels), and a ReLU mask used by the forward and the backward pass
// is computed inside each consumer's kernel.
//
// Cost rule (per element of the consumer, nodes visited in topological order, so one pass):
//   weight: reshape/broadcast 0; add, sub, mul, compare, where, … 1; div 2; exp, log, sqrt, tanh 4.
//   cost(cone) = the sum of its nodes' weights (a shared sub-cone counts once per path, as it is copied).
//   A node is copied when all its consumers fuse it, cost ≤ MAX_CONE_COST, its cone has at most
//   MAX_CONE_NODES nodes, and (fusing consumers − 1) · cost ≤ MAX_EXTRA_COST (the recomputation added).
//   When some consumer cannot fuse it (a contraction or window operand, a random op), the value is stored
//   anyway, so only a lone node whose inputs are all in memory is copied to the other consumers (cost ≤ 2,
//   extra load, as before).
// O(nodes + edges).
import type { Graph, Node } from "../ir/types.ts";
import { kindOf } from "./fuse.ts";
import { consumersOf, GraphRewriter, rootsOf } from "./rewrite.ts";

const WEIGHT: Readonly<Record<string, number>> = {
  reshape: 0, broadcast: 0, stopGradient: 0,
  add: 1, sub: 1, mul: 1, neg: 1, abs: 1, sign: 1, maximum: 1, minimum: 1, compare: 1, where: 1, cast: 1,
  div: 2,
  exp: 4, log: 4, sqrt: 4, tanh: 4, erf: 6,
};
/** The most recomputed work per consumer element a copied cone may cost. */
export const MAX_CONE_COST = 8;
/** The most nodes one copy may hold (movement nodes weigh 0, so they are bounded here). */
export const MAX_CONE_NODES = 12;
/** The most extra work per element all copies of one cone may add together. */
export const MAX_EXTRA_COST = 16;

const CORE_KINDS: ReadonlySet<string> = new Set(["contraction", "reduction", "window"]);

export function rematerialize(g: Graph): Graph {
  const consumers = consumersOf(g);
  const roots = rootsOf(g);
  const isCore = (i: number) => CORE_KINDS.has(kindOf(g.nodes[i]!));
  // The only consumer of a contraction/reduction/window, of the same shape, is its epilogue: keep it
  // whole so it fuses there (and it is stored with its core).
  const sameShape = (a: Node, b: Node) => a.shape.join(",") === b.shape.join(",");
  const epilogueOfCore = (n: Node) =>
    kindOf(n) === "elementwise" && n.inputs.some((i) => isCore(i) && consumers[i]!.length === 1 && sameShape(n, g.nodes[i]!));
  // Contractions, windows and random ops read operands from memory: a copy would not fuse into them.
  const absorbs = (c: number) => ["elementwise", "movement", "reduction"].includes(kindOf(g.nodes[c]!));

  const duplicate = new Array<boolean>(g.nodes.length).fill(false);
  /**
   * The cone's cost and size if node i may be part of a copied cone (a private cheap producer, or a node
   * that is itself copied), else undefined (i is read from memory: the cone stops there).
   */
  const cone = new Array<{ cost: number; count: number } | undefined>(g.nodes.length);
  /** Whether the cone of n can be copied: every input is in memory anyway or is itself copyable. */
  const coneOf = (n: Node): { cost: number; count: number } | undefined => {
    const w = WEIGHT[n.op];
    if (w === undefined || roots.has(n.id)) return undefined;
    let cost = w;
    let count = 1;
    for (const i of new Set(n.inputs)) {
      const p = g.nodes[i]!;
      if (kindOf(p) === "leaf" || isCore(i)) continue;
      const inner = cone[i];
      if (inner === undefined) {
        // Not copyable: fine only if it is stored anyway (shared, observable or an epilogue).
        if (consumers[i]!.length > 1 || roots.has(i) || epilogueOfCore(p)) continue;
        return undefined;
      }
      cost += inner.cost;
      count += inner.count;
    }
    if (cost > MAX_CONE_COST || count > MAX_CONE_NODES) return undefined;
    return { cost, count };
  };

  for (const n of g.nodes) {
    const c = coneOf(n);
    if (c === undefined) continue;
    const users = consumers[n.id]!;
    if (users.length === 1) {
      // A private producer: part of its consumer's cone, unless it is an epilogue (stored with its core).
      if (!epilogueOfCore(n)) cone[n.id] = c;
      continue;
    }
    if (epilogueOfCore(n)) continue;
    if (users.every(absorbs)) {
      if ((users.length - 1) * c.cost <= MAX_EXTRA_COST) {
        duplicate[n.id] = true;
        cone[n.id] = c;
      }
    } else if (c.count === 1 && c.cost <= 2) {
      // Stored for the contraction/window anyway; the other consumers recompute it from memory.
      duplicate[n.id] = true;
    }
  }

  const keepsOriginal = (i: number, consumer: number) => {
    const users = consumers[i]!;
    const firstAbsorbing = users.every(absorbs) ? users[0] : undefined;
    return !absorbs(consumer) || consumer === firstAbsorbing;
  };
  const rw = new GraphRewriter(g);
  /** A fresh copy of i's cone (for one consumer): private producers and copied inputs are copied too. */
  const copy = (i: number): number => {
    const p = g.nodes[i]!;
    const inputs = p.inputs.map((j) => {
      const q = g.nodes[j]!;
      const inCone = cone[j] !== undefined && (duplicate[j] || consumers[j]!.length === 1) && kindOf(q) !== "leaf";
      return inCone ? copy(j) : rw.map[j]!;
    });
    return rw.push(p, dedupe(p.inputs, inputs));
  };
  for (const n of g.nodes) {
    const inputs = n.inputs.map((i) => (!duplicate[i] || keepsOriginal(i, n.id) ? rw.map[i]! : copyLone(i)));
    rw.map[n.id] = rw.push(n, dedupe(n.inputs, inputs));
  }
  /** The copy for one consumer: the whole cone, or (stored-anyway case) the lone node over its inputs. */
  function copyLone(i: number): number {
    if (cone[i] !== undefined) return copy(i);
    const p = g.nodes[i]!;
    return rw.push(p, p.inputs.map((j) => rw.map[j]!));
  }
  return rw.finish();
}

/** One copy per consumer even if the consumer reads the value twice. */
function dedupe(old: readonly number[], mapped: readonly number[]): number[] {
  const seen = new Map<number, number>();
  return old.map((i, k) => {
    const prior = seen.get(i);
    if (prior !== undefined) return prior;
    seen.set(i, mapped[k]!);
    return mapped[k]!;
  });
}
