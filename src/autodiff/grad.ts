// grad(graph) → a bigger graph: the forward nodes, then the adjoints of the loss with respect to
// the chosen parameters (all trainable ones by default), as outputs named "grad/<param>".
import { GraphBuilder } from "../dsl/builder.ts";
import type { Graph } from "../ir/types.ts";
import { paramsOf } from "../ir/types.ts";
import { gradients } from "./gradients.ts";
import { checkOptions } from "../dsl/options.ts";

export interface GradOptions {
  /** Names of params or f32 inputs to differentiate with respect to; default: every trainable param. */
  readonly wrt?: readonly string[];
}

export const gradOutputName = (name: string) => `grad/${name}`;

export function grad(graph: Graph, opts: GradOptions = {}): Graph {
  checkOptions("grad", opts, { wrt: { takes: "a list of param or input names", ok: (v) => Array.isArray(v) && v.every((s) => typeof s === "string") } });
  if (graph.loss === undefined) {
    throw new Error(`grad: graph '${graph.name}' declares no loss; call g.loss(...) in its definition`);
  }
  const b = new GraphBuilder(graph.name, graph.mode, graph.bindings);
  const map = b.replay(graph);
  const leaves = graph.nodes.filter((n) => n.op === "param" || n.op === "input");
  const names = opts.wrt ?? paramsOf(graph).filter((p) => p.attrs.trainable).map((p) => p.attrs.name);
  const wrt = names.map((name) => {
    const leaf = leaves.find((n) => (n.op === "param" || n.op === "input") && n.attrs.name === name);
    if (!leaf) {
      const known = leaves.map((n) => (n.op === "param" || n.op === "input" ? n.attrs.name : "")).join(", ");
      throw new Error(`grad: graph '${graph.name}' has no parameter or input named '${name}' (it has: ${known})`);
    }
    return map[leaf.id]!;
  });
  const grads = gradients(map[graph.loss]!, wrt);
  names.forEach((name, i) => b.output(gradOutputName(name), grads[i]!));
  return b.build();
}
