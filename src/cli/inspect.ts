// `gradfuse inspect <graph.ts>`: the typed graph, one line per node, with FLOPs and the user's
// source line; totals; with --grad the gradient graph; then the fused kernels and the memory plan.
import { grad } from "../autodiff/grad.ts";
import type { GraphDef } from "../dsl/builder.ts";
import { formatCall } from "../ir/print.ts";
import { graphStats, nodeFlops } from "../ir/stats.ts";
import type { Graph, Mode } from "../ir/types.ts";
import { formatSource } from "../ir/types.ts";
import { lowerToPlan, optimizeGraph, planProgram, planSummary } from "../compile.ts";
import { dotToSvg, inspectDot, planJson } from "./dot.ts";

export interface InspectOptions {
  readonly bindings: Record<string, number>;
  readonly mode: Mode;
  readonly grad: boolean;
  readonly json: boolean;
  readonly plan: boolean;
  /** Time each compile stage (building, autodiff, every pass, code generation for each backend). */
  readonly timings?: boolean;
  /** Print the graph as Graphviz DOT, or as SVG laid out by Graphviz (src/cli/dot.ts). */
  readonly dot?: boolean;
  readonly svg?: boolean;
}

export interface InspectJson {
  nodes: { id: number; op: string; inputs: number[]; name?: string; attrs: unknown; dtype: string; shape: number[]; flops: number; source: string; origin?: unknown }[];
  outputs: { name: string; node: number }[];
  updates: { param: number; value: number }[];
  /** The graph as compiled (after the passes; its own node ids), with every node's kernel. */
  compiled?: ReturnType<typeof planJson>;
  params: number;
  flops: number;
  forwardFlops?: number;
  backwardFlops?: number;
}

/** The graph to show: the model, or (with --grad) its gradient graph after cse and dce. */
export function inspectedGraph(def: GraphDef, opts: Pick<InspectOptions, "bindings" | "mode" | "grad">): Graph {
  const g = def.build({ bindings: opts.bindings, mode: opts.grad ? "train" : opts.mode });
  return opts.grad ? optimizeGraph(grad(g)) : g;
}

export function inspectJson(g: Graph, withGradTotals: boolean, withPlan = false): InspectJson {
  const stats = graphStats(g);
  return {
    nodes: g.nodes.map((n) => ({
      id: n.id,
      op: n.op,
      inputs: [...n.inputs],
      ...(n.name !== undefined ? { name: n.name } : {}),
      attrs: n.attrs,
      dtype: n.dtype,
      shape: [...n.shape],
      flops: nodeFlops(g, n),
      source: formatSource(n.source),
      ...(n.origin ? { origin: n.origin } : {}),
    })),
    outputs: g.outputs.map((o) => ({ ...o })),
    updates: g.updates.map((u) => ({ ...u })),
    ...(withPlan ? { compiled: planJson(lowerToPlan(g)) } : {}),
    params: stats.params,
    flops: stats.flops,
    ...(withGradTotals ? { forwardFlops: stats.forwardFlops, backwardFlops: stats.backwardFlops } : {}),
  };
}

const human = (n: number) =>
  n >= 1e9 ? `${(n / 1e9).toFixed(2)}G` : n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)}K` : `${n}`;

export function inspectText(g: Graph, opts: { grad: boolean; plan: boolean }): string {
  const calls = g.nodes.map(formatCall);
  const width = Math.min(96, Math.max(...calls.map((c) => c.length)) + 2);
  const lines = [`graph ${g.name} (${g.mode}) ${JSON.stringify(g.bindings)}`];
  g.nodes.forEach((n, i) => {
    const flops = nodeFlops(g, n);
    const origin = n.origin ? `  [${n.origin.role} of %${n.origin.node}]` : "";
    lines.push(`${calls[i]!.padEnd(width)}${(flops ? human(flops) : "").padStart(8)}   ${formatSource(n.source)}${origin}`);
  });
  for (const o of g.outputs) lines.push(`output ${o.name} = %${o.node}`);
  for (const u of g.updates) lines.push(`update %${u.param} <- %${u.value}`);
  const s = graphStats(g);
  lines.push("");
  lines.push(`parameters: ${s.params.toLocaleString("en-US")} (${human(s.paramBytes)}B)`);
  lines.push(`FLOPs: ${human(s.flops)}` + (opts.grad ? ` (forward ${human(s.forwardFlops)}, backward ${human(s.backwardFlops)}, ratio ${(s.backwardFlops / s.forwardFlops).toFixed(2)})` : ""));
  lines.push(`values: ${human(s.valueBytes)}B before memory planning`);
  if (opts.plan) {
    const program = planProgram({ [g.name]: g });
    lines.push("");
    lines.push(planSummary(program.entries[0]!));
    for (const [entry, prepare] of Object.entries(program.prepares ?? {})) {
      lines.push("");
      lines.push(`prepare entry '${prepare}': the param-only work of '${entry}' (folded batch norm, …), run only after params change`);
      lines.push(planSummary(program.entries.find((e) => e.entry === prepare)!));
    }
  }
  return lines.join("\n");
}

const since = (t0: number) => performance.now() - t0;

/**
 * Milliseconds of each compile stage up to the plan: build (+ autodiff) and each pass. Code generation
 * is not run: inspect prints no code (`gradfuse compile` and GRADFUSE_DEBUG=2 time it).
 */
export async function compileTimings(def: GraphDef, opts: Pick<InspectOptions, "bindings" | "mode" | "grad">): Promise<{ stage: string; ms: number }[]> {
  let t0 = performance.now();
  const built = def.build({ bindings: opts.bindings, mode: opts.grad ? "train" : opts.mode });
  const stages = [{ stage: "build + shape inference", ms: since(t0) }];
  let g = built;
  if (opts.grad) {
    t0 = performance.now();
    g = grad(built);
    stages.push({ stage: "autodiff", ms: since(t0) });
  }
  stages.push(...lowerToPlan(g).timings.map((t) => ({ stage: t.pass, ms: t.ms })));
  return stages;
}

export async function inspect(def: GraphDef, opts: InspectOptions): Promise<string> {
  const g = inspectedGraph(def, opts);
  if (opts.dot || opts.svg) {
    const dot = inspectDot(g, opts.plan);
    return opts.svg ? dotToSvg(dot) : dot;
  }
  const stages = opts.timings ? await compileTimings(def, opts) : undefined;
  if (opts.json) return JSON.stringify({ ...inspectJson(g, opts.grad, opts.plan), ...(stages ? { timings: stages } : {}) }, null, 2);
  const text = inspectText(g, opts);
  if (!stages) return text;
  return `${text}\ncompile time: ${stages.map((s) => `${s.stage} ${s.ms.toFixed(1)} ms`).join(", ")}`;
}
