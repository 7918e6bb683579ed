// A one-pass graph rewriter shared by simplify, cse and dce: nodes are visited in topological order,
// each either kept (inputs remapped) or replaced by an existing new node, and the result is a graph
// with dense, topological ids whose outputs, loss and updates follow the replacements.
import type { Graph, Node } from "../ir/types.ts";

export class GraphRewriter {
  readonly nodes: Node[] = [];
  /** old id → new id */
  readonly map: number[] = [];

  constructor(readonly source: Graph) {}

  /** Appends `node` with inputs given as new ids; returns its new id. */
  push(node: Node, newInputs: readonly number[]): number {
    const id = this.nodes.length;
    // A backward node's origin names its forward node by id: follow that node to its new id too.
    const from = node.origin && this.map[node.origin.node];
    const origin = node.origin && from !== undefined ? { origin: { ...node.origin, node: from } } : {};
    this.nodes.push(Object.freeze({ ...node, id, inputs: Object.freeze([...newInputs]), ...origin }) as Node);
    return id;
  }

  /** Appends a copy of the old node with its inputs remapped. */
  keep(old: Node): number {
    return this.push(old, old.inputs.map((i) => this.map[i]!));
  }

  node(newId: number): Node {
    return this.nodes[newId]!;
  }

  finish(): Graph {
    const g = this.source;
    const m = (i: number) => this.map[i]!;
    return Object.freeze({
      name: g.name,
      mode: g.mode,
      nodes: Object.freeze(this.nodes),
      outputs: Object.freeze(g.outputs.map((o) => ({ name: o.name, node: m(o.node) }))),
      ...(g.loss !== undefined ? { loss: m(g.loss) } : {}),
      updates: Object.freeze(g.updates.map((u) => ({ param: m(u.param), value: m(u.value) }))),
      bindings: g.bindings,
    });
  }
}

/** Consumers of every node (ids), linear in graph size. */
export function consumersOf(g: Graph): number[][] {
  const out: number[][] = g.nodes.map(() => []);
  for (const n of g.nodes) for (const i of new Set(n.inputs)) out[i]!.push(n.id);
  return out;
}

/** Nodes the graph's users can observe: outputs, the loss, updated params and their new values. */
export function rootsOf(g: Graph): Set<number> {
  const roots = new Set<number>(g.outputs.map((o) => o.node));
  if (g.loss !== undefined) roots.add(g.loss);
  for (const u of g.updates) {
    roots.add(u.param);
    roots.add(u.value);
  }
  return roots;
}
