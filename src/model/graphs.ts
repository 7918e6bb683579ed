// The entry graphs the model API compiles from one graph definition:
//
//   predict   inference mode, only the model's inputs, no labels and no loss (the nodes only the loss
//             needed are gone, so the program neither asks for labels nor computes the loss);
//   evaluate  inference mode with labels: the loss, the scalar outputs (loss terms) and the metrics,
//             each reduced inside the compiled program to one number per batch;
//   train     the training step of src/train/train_graph.ts.
import type { GraphDef } from "../dsl/builder.ts";
import { GraphBuilder } from "../dsl/builder.ts";
import type { Tensor } from "../dsl/tensor.ts";
import type { Graph, NodeOf } from "../ir/types.ts";
import { formatShape, inputsOf } from "../ir/types.ts";
import { GraphRewriter } from "../passes/rewrite.ts";

/** Ids of every node `roots` depend on (roots included). */
function dependencies(g: Graph, roots: readonly number[]): Set<number> {
  const live = new Set<number>(roots);
  for (let id = g.nodes.length - 1; id >= 0; id--) if (live.has(id)) for (const i of g.nodes[id]!.inputs) live.add(i);
  return live;
}

function inputNamesOf(g: Graph, nodes: ReadonlySet<number>): Set<string> {
  return new Set(inputsOf(g).filter((n) => nodes.has(n.id)).map((n) => n.attrs.name));
}

/** Which inputs are the model's (what predict takes) and which are targets (only the loss needs them). */
export interface ModelSignature {
  readonly inputs: readonly NodeOf<"input">[];
  readonly targets: readonly NodeOf<"input">[];
  /** Outputs predict returns: every output but the loss that needs no target. */
  readonly outputs: readonly string[];
}

/**
 * The model's inputs are those its per-example outputs (any output but the loss and scalars) read;
 * every other input is a target. `inputs` overrides the choice by name.
 */
export function signatureOf(g: Graph, inputs?: readonly string[]): ModelSignature {
  const all = inputsOf(g);
  const perExample = g.outputs.filter((o) => o.name !== "loss" && o.node !== g.loss && g.nodes[o.node]!.shape.length > 0);
  const modelInputs = inputs ? new Set(inputs) : inputNamesOf(g, dependencies(g, perExample.map((o) => o.node)));
  for (const name of inputs ?? []) {
    if (!all.some((n) => n.attrs.name === name)) {
      throw new Error(`model: no input named '${name}'; graph '${g.name}' declares ${all.map((n) => n.attrs.name).join(", ")}`);
    }
  }
  const outputs = g.outputs
    .filter((o) => o.name !== "loss" && o.node !== g.loss)
    .filter((o) => [...inputNamesOf(g, dependencies(g, [o.node]))].every((n) => modelInputs.has(n)))
    .map((o) => o.name);
  return {
    inputs: all.filter((n) => modelInputs.has(n.attrs.name)),
    targets: all.filter((n) => !modelInputs.has(n.attrs.name)),
    outputs,
  };
}

/** `g` with only `outputs` kept, and only the nodes they need: no loss, no updates, no unused inputs. */
export function pruneToOutputs(g: Graph, outputs: readonly string[], name = g.name): Graph {
  const kept = g.outputs.filter((o) => outputs.includes(o.name));
  const live = dependencies(g, kept.map((o) => o.node));
  const rw = new GraphRewriter({ ...g, name, outputs: kept, updates: [] } as Graph);
  for (const n of g.nodes) if (live.has(n.id)) rw.map[n.id] = rw.keep(n);
  const pruned = rw.finish();
  const { loss: _loss, ...rest } = pruned;
  return Object.freeze({ ...rest, name });
}

/** The inference graph for batch size `batch`: the model's inputs in, its predictions out. */
export function buildPredictGraph(def: GraphDef, batch: number, opts: { seed?: number; inputs?: readonly string[] } = {}): Graph {
  const g = def.build({ mode: "infer", bindings: { N: batch }, seed: opts.seed ?? 0 });
  return buildPredictGraphFrom(g, signatureOf(g, opts.inputs));
}

/** `g` (an inference-mode build) pruned to the outputs of its signature. */
export function buildPredictGraphFrom(g: Graph, sig: ModelSignature): Graph {
  if (!sig.outputs.length) {
    throw new Error(`model: graph '${g.name}' has no output besides the loss that its inputs alone determine; add g.output("logits", …)`);
  }
  return pruneToOutputs(g, sig.outputs, `${g.name}_predict`);
}

/** A metric computed inside the evaluation program: a count (summed over batches) or a batch mean. */
export type MetricSpec = "accuracy" | { readonly topK: number };

export function metricName(m: MetricSpec): string {
  return m === "accuracy" ? "accuracy" : `top${m.topK}Accuracy`;
}

/** How a metric output of one batch combines over the dataset: a count of rows, or a mean over them. */
export type Reduction = "count" | "mean";

export interface EvalGraph {
  readonly graph: Graph;
  /** Output name → how to combine it over batches. */
  readonly metrics: Readonly<Record<string, Reduction>>;
}

/** Rows whose label is among the k largest logits (ties at the boundary count as in, like TF's in_top_k). */
function topKCorrect(logits: Tensor, labels: Tensor, k: number): Tensor {
  const classes = logits.shape[logits.rank - 1]!;
  const ids = logits.builder.constant([...Array(classes).keys()], [1, classes], "i32");
  const oneHot = labels.reshape([labels.shape[0]!, 1]).eq(ids);
  const labelLogit = logits.mul(oneHot).sum(-1, true);
  const above = logits.gt(labelLogit).sum(-1);
  return above.lt(k).sum();
}

/**
 * The evaluation graph for batch size `batch`: the loss, every scalar output (loss terms) and the
 * metrics asked for, which need a "logits" output [N, C] and an i32 label input [N].
 */
export function buildEvaluateGraph(def: GraphDef, batch: number, metrics: readonly MetricSpec[], opts: { seed?: number } = {}): EvalGraph {
  const model = def.build({ mode: "infer", bindings: { N: batch }, seed: opts.seed ?? 0 });
  const b = new GraphBuilder(`${def.name}_evaluate`, "infer", model.bindings, opts.seed ?? 0);
  const map = b.replay(model);
  const reductions: Record<string, Reduction> = {};
  for (const o of model.outputs) if (model.nodes[o.node]!.shape.length === 0 && model.nodes[o.node]!.dtype === "f32") reductions[o.name] = "mean";
  if (metrics.length) {
    const logitsOut = model.outputs.find((o) => o.name === "logits");
    const labels = inputsOf(model).find((n) => n.dtype === "i32" && n.shape.length === 1);
    if (!logitsOut || !labels || model.nodes[logitsOut.node]!.shape.length !== 2) {
      throw new Error(
        `metrics ${metrics.map(metricName).join(", ")} need a "logits" output [N, classes] and an i32 label input [N]; ` +
          `graph '${def.name}' has outputs ${model.outputs.map((o) => o.name).join(", ")}`,
      );
    }
    const logits = map[logitsOut.node]!;
    const y = map[labels.id]!;
    for (const m of metrics) {
      const name = metricName(m);
      if (m !== "accuracy" && (!Number.isInteger(m.topK) || m.topK < 1)) throw new Error(`metric top-k: k must be a positive integer, got ${m.topK}`);
      b.output(name, m === "accuracy" ? logits.argmax(-1).eq(y).sum() : topKCorrect(logits, y, m.topK));
      reductions[name] = "count";
    }
  }
  const graph = b.build();
  return { graph: pruneToOutputs(graph, Object.keys(reductions), graph.name), metrics: reductions };
}

/** Every input's first dimension must be the batch symbol N, or no batch size but one could be compiled. */
export function checkBatchSymbol(def: GraphDef, probe: Graph): void {
  const two = def.build({ mode: "infer", bindings: { N: 2 } });
  for (const input of inputsOf(probe)) {
    const other = inputsOf(two).find((n) => n.attrs.name === input.attrs.name);
    if (input.shape[0] !== 1 || other?.shape[0] !== 2) {
      throw new Error(
        `model: graph '${def.name}' input '${input.attrs.name}' is ${formatShape(input.dtype, input.shape)} for N = 1; ` +
          `the model API compiles entries for any batch size, so declare its first dimension as the batch symbol: g.input("${input.attrs.name}", ["N", …])`,
      );
    }
  }
}
