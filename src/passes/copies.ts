// Copies of observed leaves.
// Guarantees: no output and no update value is a leaf (input, param, constant): each such reference is
// redirected to a new identity node (stopGradient, the identity in a forward computation) appended
// at the end. Then every observed value is written by a kernel into scratch memory, so an output that
// names a param shows its value before this step's updates, and updates that swap params read both
// old values before writing. Other nodes and ids are unchanged. O(nodes).
import type { Graph, Node, NodeOf } from "../ir/types.ts";

const isLeaf = (n: Node) => n.op === "input" || n.op === "param" || n.op === "const";

export function copyObservedLeaves(g: Graph): Graph {
  const nodes: Node[] = [...g.nodes];
  const copyOf = new Map<number, number>();
  const copy = (id: number): number => {
    const leaf = g.nodes[id]!;
    if (!isLeaf(leaf)) return id;
    let c = copyOf.get(id);
    if (c === undefined) {
      c = nodes.length;
      const node: NodeOf<"stopGradient"> = {
        id: c,
        op: "stopGradient",
        inputs: [id],
        attrs: {},
        dtype: leaf.dtype,
        shape: leaf.shape,
        source: leaf.source,
        ...(leaf.name !== undefined ? { name: `${leaf.name}_copy` } : {}),
      };
      nodes.push(Object.freeze(node));
      copyOf.set(id, c);
    }
    return c;
  };
  const outputs = g.outputs.map((o) => ({ name: o.name, node: copy(o.node) }));
  const updates = g.updates.map((u) => ({ param: u.param, value: copy(u.value) }));
  if (copyOf.size === 0) return g;
  return Object.freeze({ ...g, nodes: Object.freeze(nodes), outputs, updates });
}
