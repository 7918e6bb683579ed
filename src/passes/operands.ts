// Memory operands of contraction and window kernels.
// Guarantees: no contraction (matmul, conv and its backprops), window (pools and their backprops) or
// random node reads an inline constant — a scalar-valued const, which loop and reduce kernels spell as a
// literal but which has no bytes in memory. Each such operand is replaced by broadcast(scalar const)
// placed right before its first reader (one per constant, shared by all its readers), so fusion makes it
// a small loop kernel that fills a scratch buffer with the value. Constant folding creates such operands
// (`broadcast(reshape(const 1))` → a scalar-valued const of shape [1,1,3,1]), and the gradient of a sum
// is one: d/da Σ(a·b) = ones · bᵀ. Values are unchanged; other nodes keep their order. O(nodes).
import type { Graph, Node, NodeOf } from "../ir/types.ts";
import { isInlineConst, kindOf } from "./fuse.ts";
import { GraphRewriter } from "./rewrite.ts";

/** Kernels whose core reads its operands from memory: contractions, windows, and a random op's counter. */
const readsFromMemory = (n: Node) => kindOf(n) === "contraction" || kindOf(n) === "window" || kindOf(n) === "random";

export function materializeConstOperands(g: Graph): Graph {
  const needs = g.nodes.some((n) => readsFromMemory(n) && n.inputs.some((i) => isInlineConst(g.nodes[i]!)));
  if (!needs) return g;
  const rw = new GraphRewriter(g);
  /** old const id → new id of its broadcast copy */
  const filled = new Map<number, number>();
  const fill = (old: NodeOf<"const">): number => {
    let id = filled.get(old.id);
    if (id === undefined) {
      const scalar: NodeOf<"const"> = { ...old, attrs: { ...old.attrs, shape: [] }, shape: [] };
      const s = rw.push(scalar, []);
      const broadcast: NodeOf<"broadcast"> = {
        id: -1,
        op: "broadcast",
        inputs: [],
        attrs: { shape: old.shape },
        dtype: old.dtype,
        shape: old.shape,
        source: old.source,
        ...(old.origin !== undefined ? { origin: old.origin } : {}),
      };
      id = rw.push(broadcast, [s]);
      filled.set(old.id, id);
    }
    return id;
  };
  for (const n of g.nodes) {
    const inputs = n.inputs.map((i) => {
      const input = g.nodes[i]!;
      return readsFromMemory(n) && input.op === "const" && isInlineConst(input) ? fill(input) : rw.map[i]!;
    });
    rw.map[n.id] = rw.push(n, inputs);
  }
  return rw.finish();
}
