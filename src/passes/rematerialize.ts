// Rematerialization of cheap values, so fusion does not have to write them to memory.
// Guarantees: a cheap elementwise or index-only node (add, compare, where, reshape, broadcast, …)
// with several consumers, not itself observable (output, loss, update), gets a private copy for each
// consumer that can fuse it (elementwise, movement, reduction), placed right before that consumer; values are unchanged (the copy computes the same
// function of the same inputs). It applies only when every input of the node is read from memory
// anyway (a leaf, a reduction/contraction/window result, or a value with other consumers), so copying
// never forces an upstream value into memory. Then e.g. a ReLU mask used by the forward and the
// backward pass, or a bias add feeding both a max and a subtraction, is computed inside each
// consumer's kernel instead of being stored and reloaded. O(nodes + edges).
import type { Graph, Node } from "../ir/types.ts";
import { kindOf } from "./fuse.ts";
import { consumersOf, GraphRewriter, rootsOf } from "./rewrite.ts";

const CHEAP = new Set<string>([
  "add", "sub", "mul", "div", "neg", "abs", "sign", "maximum", "minimum", "compare", "where", "cast", "stopGradient",
  "reshape", "broadcast",
]);

export function rematerialize(g: Graph): Graph {
  const consumers = consumersOf(g);
  const roots = rootsOf(g);
  const anchored = (i: number) => {
    const k = kindOf(g.nodes[i]!);
    return k === "leaf" || k === "reduction" || k === "contraction" || k === "window" || consumers[i]!.length > 1;
  };
  // The only consumer of a contraction/reduction/window is its epilogue: keep it whole so it fuses there.
  const epilogueOfCore = (n: Node) =>
    n.inputs.some((i) => ["contraction", "reduction", "window"].includes(kindOf(g.nodes[i]!)) && consumers[i]!.length === 1);
  const duplicate = g.nodes.map(
    (n: Node) =>
      CHEAP.has(n.op) && consumers[n.id]!.length > 1 && !roots.has(n.id) && n.inputs.every(anchored) && !epilogueOfCore(n),
  );
  // Contractions, windows and random ops read operands from memory: a copy would not fuse into them.
  const absorbs = (c: number) => ["elementwise", "movement", "reduction"].includes(kindOf(g.nodes[c]!));
  const keepsOriginal = (i: number, consumer: number) => {
    const users = consumers[i]!;
    const firstAbsorbing = users.every(absorbs) ? users[0] : undefined;
    return !absorbs(consumer) || consumer === firstAbsorbing;
  };
  const rw = new GraphRewriter(g);
  for (const n of g.nodes) {
    const inputs = n.inputs.map((i) => {
      if (!duplicate[i] || keepsOriginal(i, n.id)) return rw.map[i]!;
      const p = g.nodes[i]!;
      return rw.push(p, p.inputs.map((j) => rw.map[j]!));
    });
    // One copy per consumer even if the consumer reads the value twice.
    const seen = new Map<number, number>();
    const deduped = n.inputs.map((i, k) => {
      const prior = seen.get(i);
      if (prior !== undefined) return prior;
      seen.set(i, inputs[k]!);
      return inputs[k]!;
    });
    rw.map[n.id] = rw.push(n, deduped);
  }
  return rw.finish();
}
