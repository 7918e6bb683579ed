// Costs of a graph: FLOPs per node (from each primitive's rule), parameter counts and bytes.
import { ruleOf } from "../prims/index.ts";
import type { Graph, Node } from "./types.ts";
import { sizeOf } from "./types.ts";

export function nodeFlops(g: Graph, node: Node): number {
  const inputs = node.inputs.map((i) => g.nodes[i]!);
  return ruleOf<typeof node.op>(node).flops(inputs, node, node.attrs);
}

export interface GraphStats {
  /** Elements of trainable parameters. */
  readonly params: number;
  readonly flops: number;
  /** FLOPs of forward nodes and of nodes made by autodiff (origin role "grad"). */
  readonly forwardFlops: number;
  readonly backwardFlops: number;
  readonly paramBytes: number;
  /** Bytes of every non-parameter value if each had its own buffer (before memory planning). */
  readonly valueBytes: number;
}

export function graphStats(g: Graph): GraphStats {
  let params = 0;
  let paramBytes = 0;
  let valueBytes = 0;
  let forwardFlops = 0;
  let backwardFlops = 0;
  for (const node of g.nodes) {
    const bytes = sizeOf(node.shape) * 4;
    if (node.op === "param") {
      if (node.attrs.trainable) params += sizeOf(node.shape);
      paramBytes += bytes;
    } else {
      valueBytes += bytes;
    }
    const f = nodeFlops(g, node);
    if (node.origin && node.origin.role !== "seed") backwardFlops += f;
    else forwardFlops += f;
  }
  return { params, flops: forwardFlops + backwardFlops, forwardFlops, backwardFlops, paramBytes, valueBytes };
}
