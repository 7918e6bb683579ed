// Pictures of a graph for `gradfuse inspect --dot | --svg`: Graphviz DOT text built here, laid out and
// rendered by Graphviz itself (compiled to WebAssembly, @hpcc-js/wasm-graphviz) — no hand layout.
//
//   nodes     one per IR node: "%7 conv2d" with its attributes' gist; inputs, params and constants
//             are shaped apart; backward nodes (made by autodiff) are orange and say which forward
//             node they came from ("∂ of %3 conv2d")
//   edges     operand → user, labelled with the operand's type (f32[64,28,28,6]); outputs and state
//             updates are edges to their names
//   clusters  with a plan, each fused kernel is a box around the nodes it computes, titled with the
//             kernel's name, kind and FLOPs
// The JSON form (`planJson`) holds the same nodes, edges, outputs and kernel membership.
import * as fs from "node:fs";
import * as path from "node:path";
import { grad } from "../autodiff/grad.ts";
import type { GraphDef } from "../dsl/builder.ts";
import type { Graph, Node } from "../ir/types.ts";
import { formatShape, formatSource } from "../ir/types.ts";
import { nodeFlops } from "../ir/stats.ts";
import type { Kernel, Plan } from "../passes/plan.ts";
import { lowerToPlan, optimizeGraph } from "../compile.ts";

const quote = (s: string) => `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`;

const human = (n: number) => (n >= 1e9 ? `${(n / 1e9).toFixed(2)}G` : n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)}K` : `${n}`);

/** The label; a backward node's says which forward node it came from. */
function nodeLabel(g: Graph, n: Node): string {
  const label = opLabel(n);
  const from = n.origin && n.origin.role === "grad" ? g.nodes[n.origin.node] : undefined;
  return from && n.op !== "const" ? `${label}\n∂ of %${from.id} ${from.op}` : label;
}

/** A short label: the op, and the attribute a reader looks for first. */
function opLabel(n: Node): string {
  const head = `%${n.id} ${n.op}`;
  switch (n.op) {
    case "input":
    case "param":
      return `${n.attrs.name}\n${formatShape(n.dtype, n.shape)}`;
    case "const":
      return typeof n.attrs.value === "number" ? `${n.attrs.value}` : `const ${formatShape(n.dtype, n.shape)}`;
    case "conv2d":
    case "conv2dBackpropInput":
    case "conv2dBackpropFilter":
      return `${head}\nstrides ${n.attrs.strides.join("×")} ${n.attrs.padding}`;
    case "maxPool":
    case "avgPool":
    case "maxPoolBackprop":
    case "avgPoolBackprop":
      return `${head}\n${n.attrs.window.join("×")} / ${n.attrs.strides.join("×")}`;
    case "matmul":
      return `${head}${n.attrs.transposeA ? " Aᵀ" : ""}${n.attrs.transposeB ? " Bᵀ" : ""}`;
    case "reduceSum":
    case "reduceMax":
      return `${head}\naxes [${n.attrs.axes.join(",")}]`;
    case "compare":
      return `%${n.id} ${n.attrs.cmp}`;
    default:
      return head;
  }
}

function nodeStyle(n: Node): string {
  if (n.op === "input") return `shape=ellipse, style=filled, fillcolor="#cfe8ff"`;
  if (n.op === "param") return `shape=box, style="filled,rounded", fillcolor="#e6e6e6"`;
  if (n.op === "const") return `shape=plaintext, fontsize=9, fontcolor="#666666"`;
  if (n.origin) return `shape=box, style="filled", fillcolor="#ffd8b0"`;
  return `shape=box, style="filled", fillcolor="#ffffff"`;
}

function tooltip(g: Graph, n: Node): string {
  const f = nodeFlops(g, n);
  return `%${n.id} = ${n.op} : ${formatShape(n.dtype, n.shape)}${f ? `  ${human(f)} FLOPs` : ""}  ${formatSource(n.source)}`;
}

export interface DotOptions {
  /** Fused kernels to draw as clusters; their node ids index `graph`. */
  readonly kernels?: readonly Kernel[];
  readonly title?: string;
}

/** DOT text of a graph (and its kernels as clusters). Every node appears as `n<id>`. */
export function graphToDot(g: Graph, opts: DotOptions = {}): string {
  const lines = [
    `digraph ${quote(g.name)} {`,
    `  graph [rankdir=TB, fontname="Helvetica", fontsize=11, label=${quote(opts.title ?? `${g.name} (${g.mode})`)}, labelloc=t, newrank=true];`,
    `  node [fontname="Helvetica", fontsize=10, margin="0.08,0.03"];`,
    `  edge [fontname="Helvetica", fontsize=8, color="#555555", fontcolor="#336699"];`,
  ];
  // Scalar constants are drawn once per use, beside their user, so a shared 0 draws no long edges.
  const isScalarConst = (n: Node) => n.op === "const" && n.shape.length === 0;
  const scalarUses = (n: Node) =>
    n.inputs.flatMap((i) => (isScalarConst(g.nodes[i]!) ? [`    n${i}u${n.id} [label=${quote(nodeLabel(g, g.nodes[i]!))}, ${nodeStyle(g.nodes[i]!)}];`] : []));
  const nodeLine = (n: Node, indent: string) => `${indent}n${n.id} [label=${quote(nodeLabel(g, n))}, tooltip=${quote(tooltip(g, n))}, ${nodeStyle(n)}];`;
  const drawn = new Set<number>();
  for (const k of opts.kernels ?? []) {
    lines.push(`  subgraph ${quote(`cluster_k${k.id}`)} {`);
    lines.push(`    label=${quote(`${k.name}\n${k.kind}, ${human(k.flops)} FLOPs`)}; style="rounded,dashed"; color="#3366cc"; fontsize=9;`);
    for (const id of k.nodes) {
      const n = g.nodes[id]!;
      if (isScalarConst(n) || drawn.has(id)) continue;
      drawn.add(id);
      lines.push(nodeLine(n, "    "), ...scalarUses(n));
    }
    lines.push("  }");
  }
  for (const n of g.nodes) {
    if (isScalarConst(n) || drawn.has(n.id)) continue;
    lines.push(nodeLine(n, "  "), ...scalarUses(n).map((l) => l.slice(2)));
  }
  for (const n of g.nodes) {
    for (const i of n.inputs) {
      const src = g.nodes[i]!;
      if (isScalarConst(src)) lines.push(`  n${i}u${n.id} -> n${n.id} [style=dotted, arrowsize=0.5];`);
      else lines.push(`  n${i} -> n${n.id} [label=${quote(src.shape.length ? formatShape(src.dtype, src.shape) : src.dtype)}];`);
    }
  }
  g.outputs.forEach((o, i) => {
    const src = g.nodes[o.node]!;
    lines.push(`  out${i} [label=${quote(o.name)}, shape=doubleoctagon, style=filled, fillcolor="#d8f5d0"];`);
    lines.push(`  n${o.node} -> out${i} [label=${quote(formatShape(src.dtype, src.shape))}];`);
  });
  for (const u of g.updates) lines.push(`  n${u.value} -> n${u.param} [style=dashed, color="#cc3333", label="update", constraint=false];`);
  lines.push("}");
  return lines.join("\n");
}

/** The graph `inspect` shows, lowered: the plan whose kernels are drawn (node ids index plan.graph). */
export function planFor(g: Graph): Plan {
  return lowerToPlan(g);
}

/** JSON of a compiled graph: nodes with their operand edges and kernel, outputs, updates and kernels. */
export function planJson(plan: Plan) {
  const kernelOf = new Map<number, number>();
  for (const k of plan.kernels) for (const id of k.nodes) if (!kernelOf.has(id)) kernelOf.set(id, k.id);
  const g = plan.graph;
  return {
    nodes: g.nodes.map((n) => ({
      id: n.id,
      op: n.op,
      inputs: [...n.inputs],
      dtype: n.dtype,
      shape: [...n.shape],
      ...(n.name !== undefined ? { name: n.name } : {}),
      ...(kernelOf.has(n.id) ? { kernel: kernelOf.get(n.id)! } : {}),
      ...(n.origin ? { origin: n.origin } : {}),
    })),
    outputs: g.outputs.map((o) => ({ ...o })),
    updates: g.updates.map((u) => ({ ...u })),
    kernels: plan.kernels.map((k) => ({ id: k.id, name: k.name, kind: k.kind, nodes: [...k.nodes], output: k.output, flops: k.flops, bytes: k.bytes })),
  };
}

let graphviz: Promise<{ dot(src: string): string }> | undefined;

/** SVG of DOT text, laid out by Graphviz (WebAssembly, loaded on first use). */
export async function dotToSvg(dot: string): Promise<string> {
  graphviz ??= import("@hpcc-js/wasm-graphviz").then((m) => m.Graphviz.load());
  return (await graphviz).dot(dot);
}

/** DOT of a graph with (when `withKernels`) its fused kernels as clusters. */
export function inspectDot(g: Graph, withKernels: boolean): string {
  if (!withKernels) return graphToDot(g);
  const plan = planFor(g);
  return graphToDot(plan.graph, { kernels: plan.kernels, title: `${g.name} (${g.mode}): ${plan.kernels.length} fused kernels` });
}

/**
 * SVG pictures of a graph's forward (inference) graph and its gradient graph, kernels as clusters;
 * for tools/gen.ts, which writes them to generated/<name>/. Returns the files written.
 */
export async function writeGraphPictures(def: GraphDef, outDir: string, bindings: Record<string, number> = {}): Promise<string[]> {
  const forward = def.build({ bindings, mode: "infer" });
  const gradient = optimizeGraph(grad(def.build({ bindings, mode: "train" })));
  fs.mkdirSync(outDir, { recursive: true });
  const files: string[] = [];
  for (const [suffix, g] of [["forward", forward], ["grad", gradient]] as const) {
    const file = path.join(outDir, `${def.name}_${suffix}.svg`);
    fs.writeFileSync(file, await dotToSvg(inspectDot(g, true)));
    files.push(file);
  }
  return files;
}
