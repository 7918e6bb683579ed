// The one-line-per-node text form used by `gradfuse inspect`, GRADFUSE_DEBUG and generated comments:
//   %7 = conv2d(%3, %5) strides=[2,2] pads=[[0,1],[0,1]] : f32[64,14,14,6]   graphs/lenet5.ts:12
import type { Graph, Node } from "./types.ts";
import { formatShape, formatSource } from "./types.ts";

function formatValue(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(formatValue).join(",")}]`;
  if (typeof v === "object" && v !== null) {
    return `{${Object.entries(v).map(([k, x]) => `${k}:${formatValue(x)}`).join(",")}}`;
  }
  if (typeof v === "string") return v;
  return String(v);
}

/** Attributes added after the first release print only when not at their default (groups 1, pool dilations 1). */
function isDefault(node: Node, key: string, v: unknown): boolean {
  if (key === "groups") return v === 1;
  if (key === "dilations" && node.op.includes("Pool")) return Array.isArray(v) && v.every((d) => d === 1);
  return false;
}

/** Attributes worth printing, as `key=value` pairs (leaf types are already in the node's type). */
export function formatAttrs(node: Node): string {
  const attrs = node.attrs as Record<string, unknown>;
  const skip = new Set(["dtype", "shape", "rangeReason", ...(node.op === "input" || node.op === "param" ? ["name"] : [])]);
  const parts: string[] = [];
  for (const [k, v] of Object.entries(attrs)) {
    if (skip.has(k)) continue;
    if (node.op === "const" && k === "value" && Array.isArray(v) && v.length > 4) {
      parts.push(`value=<${v.length} values>`);
      continue;
    }
    if (k === "padding" && v === "EXPLICIT") continue;
    if (k === "range" && Array.isArray(v)) {
      parts.push(`range=[${v[0]},${v[1]})`); // half-open: i32 labels in [0, classes)
      continue;
    }
    if (isDefault(node, k, v)) continue;
    parts.push(`${k}=${formatValue(v)}`);
  }
  return parts.join(" ");
}

export function formatCall(node: Node): string {
  const head = node.op === "input" || node.op === "param" ? `${node.op} "${node.attrs.name}"` : node.op;
  const args = node.inputs.length ? `(${node.inputs.map((i) => `%${i}`).join(", ")})` : "";
  const attrs = formatAttrs(node);
  return `%${node.id} = ${head}${args}${attrs ? " " + attrs : ""} : ${formatShape(node.dtype, node.shape)}`;
}

/** One line: the call, then (padded) the origin tag for backward nodes and the user's source line. */
export function formatNode(node: Node, width = 72): string {
  const call = formatCall(node);
  const origin = node.origin ? `  [${node.origin.role} of %${node.origin.node}]` : "";
  return `${call.padEnd(width)} ${formatSource(node.source)}${origin}`;
}

export function formatGraph(g: Graph): string {
  const lines = g.nodes.map((n) => formatNode(n));
  for (const o of g.outputs) lines.push(`output ${o.name} = %${o.node}`);
  for (const u of g.updates) lines.push(`update %${u.param} <- %${u.value}`);
  return lines.join("\n");
}
