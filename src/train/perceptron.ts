// Rosenblatt's perceptron learning rule as a graph update. The threshold unit y = step(x·W + b) has
// zero gradient almost everywhere, so the rule is not derived by autodiff: it is written out,
//   W ← W + η·xᵀ(t − y)/N,   b ← b + η·mean(t − y),
// which for N = 1 is the classic online rule w ← w + η(t − y)x. The step also outputs "errors", the
// number of misclassified examples in the batch, so a loop can stop at zero.
import type { GraphDef } from "../dsl/builder.ts";
import { GraphBuilder } from "../dsl/builder.ts";
import type { Graph, NodeOf } from "../ir/types.ts";
import { LR_INPUT } from "./train_graph.ts";

export const ERRORS_OUTPUT = "errors";

function problem(def: GraphDef, what: string): Error {
  return new Error(
    `perceptron rule: graph '${def.name}' ${what}; it needs an input "x" [N, in], one f32 target input [N, out], ` +
      'an output "y" (the 0/1 predictions), and one kernel [in, out] plus one bias [out] as its trainable params',
  );
}

export function buildPerceptronRuleGraph(def: GraphDef, opts: { bindings?: Readonly<Record<string, number>> } = {}): Graph {
  const model = def.build({ mode: "train", ...(opts.bindings ? { bindings: opts.bindings } : {}) });
  const b = new GraphBuilder(`${def.name}_rule`, "train", model.bindings);
  const map = b.replay(model);
  const inputs = model.nodes.filter((n): n is NodeOf<"input"> => n.op === "input");
  const x = inputs.find((n) => n.attrs.name === "x");
  const targets = inputs.filter((n) => n !== x);
  const yOut = model.outputs.find((o) => o.name === "y");
  const params = model.nodes.filter((n): n is NodeOf<"param"> => n.op === "param" && n.attrs.trainable);
  const kernel = params.find((p) => p.shape.length === 2);
  const bias = params.find((p) => p.shape.length === 1);
  if (!x || x.shape.length !== 2) throw problem(def, 'has no input "x" of rank 2');
  if (targets.length !== 1 || targets[0]!.dtype !== "f32") throw problem(def, `has inputs ${inputs.map((n) => n.attrs.name).join(", ")}`);
  if (!yOut) throw problem(def, 'has no output "y"');
  if (!kernel || !bias || params.length !== 2) throw problem(def, `has trainable params ${params.map((p) => p.attrs.name).join(", ") || "(none)"}`);

  const lr = b.input(LR_INPUT, []);
  const n = x.shape[0]!;
  const delta = map[targets[0]!.id]!.sub(map[yOut.node]!); // t − y: +1 missed a 1, −1 missed a 0
  const w = map[kernel.id]!;
  const bb = map[bias.id]!;
  b.update(w, w.add(map[x.id]!.matmul(delta, { transposeA: true }).mul(lr.div(n))));
  b.update(bb, bb.add(delta.mean(0).mul(lr)));
  b.output(ERRORS_OUTPUT, delta.abs().sum());
  return b.build();
}
