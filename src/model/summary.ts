// model.summary(): a Keras-style table of layers. The IR knows no layers, but every node remembers the
// line of the user's graph file that made it, and a layer is one call on one line: the rows are the
// lines in the order their first node appears, each with the layers named by its parameters, the
// function called on that line, the shape of the line's last value and its parameter count.
import * as fs from "node:fs";
import type { Graph, Node } from "../ir/types.ts";
import { sizeOf } from "../ir/types.ts";
import type { ModelSignature } from "./graphs.ts";
import { buildPredictGraphFrom } from "./graphs.ts";

interface Row {
  readonly where: string;
  name: string;
  type: string;
  shape: readonly number[];
  params: number;
}

const isLeaf = (n: Node) => n.op === "input" || n.op === "param" || n.op === "const";

/** The functions called on a source line, in the order they apply ("h = maxPool2d(relu(x))" → "relu+maxPool2d"). */
function calledOn(file: string, line: number, cache: Map<string, string[] | undefined>): string | undefined {
  if (!cache.has(file)) {
    try {
      cache.set(file, fs.readFileSync(file, "utf8").split("\n"));
    } catch {
      cache.set(file, undefined);
    }
  }
  const text = cache.get(file)?.[line - 1] ?? "";
  // The builder's own methods (g.output, g.loss, …) say where a value goes, not what made it.
  const calls = [...text.matchAll(/([A-Za-z_$][\w$.]*)\s*\(/g)].map((m) => m[1]!).filter((c) => !/\.(output|loss|input|param|state|constant|scope)$/.test(c));
  // Nested calls apply innermost first: maxPool2d(relu(batchNorm(h))) is "batchNorm+relu+maxPool2d".
  return calls.length ? calls.map((c) => c.split(".").pop()!).reverse().join("+") : undefined;
}

const formatRowShape = (s: readonly number[]) => `(N${s.slice(1).map((d) => `, ${d}`).join("")})`;

/** The summary table of the inference graph `g` (built with N = 1). */
export function modelSummary(g: Graph, signature: ModelSignature): string {
  const pruned = buildPredictGraphFrom(g, signature);
  const rows = new Map<string, Row>();
  const files = new Map<string, string[] | undefined>();
  for (const n of pruned.nodes) {
    if (n.op === "input") continue;
    const where = `${n.source.file}:${n.source.line}`;
    let row = rows.get(where);
    if (!row) {
      row = { where, name: "", type: calledOn(n.source.file, n.source.line, files) ?? n.op, shape: n.shape, params: 0 };
      rows.set(where, row);
    }
    if (n.op === "param") {
      row.params += sizeOf(n.shape);
      const layer = n.attrs.name.includes("/") ? n.attrs.name.slice(0, n.attrs.name.lastIndexOf("/")) : n.attrs.name;
      if (!row.name.split(", ").includes(layer)) row.name = row.name ? `${row.name}, ${layer}` : layer;
    } else if (!isLeaf(n)) row.shape = n.shape;
  }
  const kept = [...rows.values()].filter((r) => r.params > 0 || pruned.nodes.some((n) => !isLeaf(n) && `${n.source.file}:${n.source.line}` === r.where));
  const table = [
    ["Layer (type)", "Output shape", "Params", "Defined at"],
    ...signature.inputs.map((i) => [`${i.attrs.name} (input)`, formatRowShape(i.shape), "0", ""]),
    ...kept.map((r) => [`${r.name || "-"} (${r.type})`, formatRowShape(r.shape), r.params.toLocaleString("en-US"), r.where]),
  ];
  const widths = table[0]!.map((_, c) => Math.max(...table.map((r) => r[c]!.length)));
  const line = (r: readonly string[]) => r.map((cell, c) => (c === 2 ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join("  ").trimEnd();
  const params = pruned.nodes.filter((n): n is Extract<Node, { op: "param" }> => n.op === "param");
  const trainable = params.filter((p) => p.attrs.trainable).reduce((s, p) => s + sizeOf(p.shape), 0);
  const total = params.reduce((s, p) => s + sizeOf(p.shape), 0);
  const rule = "─".repeat(widths.reduce((a, b) => a + b, 0) + 6);
  return [
    `Model: ${g.name}`,
    rule,
    line(table[0]!),
    rule,
    ...table.slice(1).map(line),
    rule,
    `Total params: ${total.toLocaleString("en-US")} (trainable ${trainable.toLocaleString("en-US")}, non-trainable ${(total - trainable).toLocaleString("en-US")})`,
    `Outputs: ${signature.outputs.join(", ")}`,
  ].join("\n");
}
