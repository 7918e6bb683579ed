// The reference interpreter: runs any graph with the primitives' reference rules, in float32 or
// float64. It is the oracle every backend is tested against, and the engine behind gradcheck.
import type { Graph, Node } from "../ir/types.ts";
import { formatSource, inputsOf, paramsOf } from "../ir/types.ts";
import { ruleOf } from "../prims/index.ts";
import type { RefContext } from "../prims/rule.ts";
import type { Feed } from "../runtime/feeds.ts";
import { checkFeeds, IndexError } from "../runtime/feeds.ts";
import type { HostTensor, TensorData } from "../runtime/tensor.ts";

export interface InterpretOptions {
  readonly feeds?: Readonly<Record<string, Feed>>;
  /** Values of every param (trainable or state), by name. */
  readonly params: Readonly<Record<string, Feed>>;
  /** Accept NaN and ±∞ in f32 feeds and params (default false: a FeedError, as in generated programs). */
  readonly allowNonFinite?: boolean;
  /** Precision of float math; "f64" for gradient checks. Default "f32". */
  readonly float?: "f32" | "f64";
}

export interface InterpretResult {
  readonly outputs: Record<string, HostTensor>;
  /** New values of updated params (training steps), by param name. */
  readonly updates: Record<string, HostTensor>;
  /** Every node's value, by node id. */
  readonly values: readonly HostTensor[];
}

function toData(src: ArrayLike<number>, node: Node, ctx: RefContext): TensorData {
  if (node.dtype === "i32") return Int32Array.from(src);
  return ctx.float === "f64" ? Float64Array.from(src) : Float32Array.from(src);
}

/** A node's reference value; an out-of-range index is reported at the user's line. */
function evaluate(node: Node, args: HostTensor[], ctx: RefContext): TensorData {
  try {
    return ruleOf<typeof node.op>(node).reference(args, node.attrs, node, ctx);
  } catch (e) {
    if (e instanceof IndexError) {
      throw new IndexError(`${formatSource(node.source)}: ${e.message}\n  hint:    indices must lie in [0, table.shape[axis]); check the vocabulary size or the data`);
    }
    throw e;
  }
}

export function interpret(graph: Graph, opts: InterpretOptions): InterpretResult {
  const ctx: RefContext = { float: opts.float ?? "f32" };
  const inputs = inputsOf(graph);
  const params = paramsOf(graph);
  const slot = (n: Node & { attrs: { name: string; range?: readonly [number, number]; rangeReason?: string } }) => ({
    name: n.attrs.name,
    dtype: n.dtype,
    shape: n.shape,
    ...(n.attrs.range ? { range: n.attrs.range, rangeReason: n.attrs.rangeReason } : {}),
  });
  const check = { allowNonFinite: opts.allowNonFinite ?? false };
  const feedData = checkFeeds(`${graph.name}: inputs`, inputs.map(slot), opts.feeds ?? {}, check);
  const paramData = checkFeeds(`${graph.name}: params`, params.map(slot), opts.params, { ...check, role: "param" });
  const supplied = new Map<number, ArrayLike<number>>();
  inputs.forEach((n, i) => supplied.set(n.id, feedData[i]!));
  params.forEach((n, i) => supplied.set(n.id, paramData[i]!));

  const values: HostTensor[] = [];
  for (const node of graph.nodes) {
    const given = supplied.get(node.id);
    const args = node.inputs.map((i) => values[i]!);
    const data = given ? toData(given, node, ctx) : evaluate(node, args, ctx);
    values.push({ dtype: node.dtype, shape: node.shape, data });
  }
  const outputs: Record<string, HostTensor> = {};
  for (const o of graph.outputs) outputs[o.name] = values[o.node]!;
  const updates: Record<string, HostTensor> = {};
  for (const u of graph.updates) {
    const p = graph.nodes[u.param]!;
    if (p.op === "param") updates[p.attrs.name] = values[u.value]!;
  }
  return { outputs, updates, values };
}
