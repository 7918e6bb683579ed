// Common-subexpression elimination by hash-consing on (op, inputs, attrs).
// Guarantees: two nodes merge only if they have the same op, the same (already merged) inputs and
// equal attributes, so they compute the same value. Inputs and params never merge (each is its own
// slot); randomUniform merges only with the same seed, shape and counter, which give the same bits.
// The first node of a class survives (its name and source line are kept). O(nodes · attr size).
import type { Graph } from "../ir/types.ts";
import { GraphRewriter } from "./rewrite.ts";

export function cse(g: Graph): Graph {
  const rw = new GraphRewriter(g);
  const seen = new Map<string, number>();
  for (const n of g.nodes) {
    const inputs = n.inputs.map((i) => rw.map[i]!);
    if (n.op === "input" || n.op === "param") {
      rw.map[n.id] = rw.push(n, inputs);
      continue;
    }
    const key = `${n.op}|${n.dtype}|${inputs.join(",")}|${JSON.stringify(n.attrs)}`;
    const found = seen.get(key);
    if (found !== undefined) {
      rw.map[n.id] = found;
      continue;
    }
    const id = rw.push(n, inputs);
    seen.set(key, id);
    rw.map[n.id] = id;
  }
  return rw.finish();
}
