// Dead-code elimination.
// Guarantees: keeps every node an output, the loss or an update (param and new value) depends on, and
// every input and param (they are the program's interface: feeding a name must not start failing
// because the graph stopped using it); drops everything else. Ids stay dense and topological. O(nodes).
import type { Graph } from "../ir/types.ts";
import { GraphRewriter, rootsOf } from "./rewrite.ts";

export function dce(g: Graph): Graph {
  const live = new Array<boolean>(g.nodes.length).fill(false);
  for (const r of rootsOf(g)) live[r] = true;
  for (const n of g.nodes) if (n.op === "input" || n.op === "param") live[n.id] = true;
  for (let id = g.nodes.length - 1; id >= 0; id--) {
    if (live[id]) for (const i of g.nodes[id]!.inputs) live[i] = true;
  }
  const rw = new GraphRewriter(g);
  for (const n of g.nodes) if (live[n.id]) rw.map[n.id] = rw.keep(n);
  return rw.finish();
}
