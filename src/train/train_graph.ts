// The whole training step as ONE graph: the model in train mode, its gradients, penalties, clipping
// and the optimizer's update of every parameter and state. Compiled once, it runs as one program and
// the update fuses with the backward pass.
//
// The learning rate is an input scalar (`lr`) fed each step rather than computed in the graph from the
// step counter: schedules are then host-side pure functions evaluated in float64 (exact, any shape —
// warm-up, restarts, plateaus — and printable), changing the schedule needs no recompilation, and the
// graph stays the same for every schedule. The step counter is still a state (`opt/step`, i32): Adam's
// bias correction reads it, and a checkpoint restores it with the parameters.
import { gradients } from "../autodiff/gradients.ts";
import type { GraphDef } from "../dsl/builder.ts";
import { GraphBuilder } from "../dsl/builder.ts";
import type { Tensor } from "../dsl/tensor.ts";
import type { Graph, NodeOf } from "../ir/types.ts";
import type { OptimizerSpec } from "./optimizers.ts";
import { optimizerStep } from "./optimizers.ts";
import type { ClipSpec } from "./regularize.ts";
import { clipByGlobalNorm, clipByValue } from "./regularize.ts";
import { l1Penalty, l2Penalty } from "../nn/losses.ts";

/** Name of the learning-rate input of a training-step graph. */
export const LR_INPUT = "lr";
/** Name of the step-counter state (i32: steps taken so far). */
export const STEP_STATE = "opt/step";
/** Output with the global gradient norm before clipping (present when clipping by norm). */
export const GRAD_NORM_OUTPUT = "grad_norm";
/** Output of an evaluation graph: how many rows of the batch were classified correctly (f32). */
export const CORRECT_OUTPUT = "correct";

export interface TrainGraphOptions {
  readonly optimizer: OptimizerSpec;
  readonly clip?: ClipSpec;
  /** Decoupled weight decay W ← W − η·λ·W after the optimizer's step (AdamW's λ when it is adamw). */
  readonly weightDecay?: number;
  /** λ of the L1 penalty λ·Σ|W| added to the loss. */
  readonly l1?: number;
  /** λ of the L2 penalty (λ/2)·ΣW² added to the loss. */
  readonly l2?: number;
  /** Symbol bindings, e.g. { N: 64 } for the batch size. */
  readonly bindings?: Readonly<Record<string, number>>;
  /** Seed for the model's random ops (dropout, RReLU). */
  readonly seed?: number;
  /** Also output "correct" (rows whose arg-max logit is the label), for the training accuracy. */
  readonly countCorrect?: boolean;
}

/** Penalties and weight decay apply to weights of rank ≥ 2 (kernels, matrices), not to biases or gains. */
export const isDecayed = (p: Tensor) => p.rank >= 2;

function missingLoss(def: GraphDef): Error {
  return new Error(
    `graph '${def.name}' declares no loss, so it cannot be trained; ` +
      "call g.loss(...) in its definition (e.g. g.loss(softmaxCrossEntropy(logits, labels)))",
  );
}

/** The training-step graph of `def`: outputs the model's outputs (including "loss"), updates every param. */
export function buildTrainGraph(def: GraphDef, opts: TrainGraphOptions): Graph {
  const model = def.build({ mode: "train", ...(opts.bindings ? { bindings: opts.bindings } : {}), seed: opts.seed ?? 0 });
  if (model.loss === undefined) throw missingLoss(def);
  const b = new GraphBuilder(`${def.name}_train`, "train", model.bindings, opts.seed ?? 0);
  const map = b.replay(model);
  advanceUnupdatedRandomCounters(b, model, map);

  const lr = b.input(LR_INPUT, []);
  const step = b.state(STEP_STATE, [], { kind: "zeros" }, "i32");
  const stepsAfter = step.add(1);
  b.update(step, stepsAfter);
  const t = stepsAfter.cast("f32");

  const params = model.nodes
    .filter((n): n is NodeOf<"param"> => n.op === "param" && n.attrs.trainable)
    .map((n) => ({ name: n.attrs.name, w: map[n.id]! }));
  const loss = map[model.loss]!;
  const objective = withPenalties(loss, params.map((p) => p.w).filter(isDecayed), opts);
  let grads = gradients(objective, params.map((p) => p.w));
  if (opts.clip?.kind === "value") grads = clipByValue(grads, opts.clip.value);
  if (opts.clip?.kind === "norm") {
    const clipped = clipByGlobalNorm(grads, opts.clip.maxNorm);
    grads = clipped.grads;
    b.output(GRAD_NORM_OUTPUT, clipped.norm);
  }

  params.forEach(({ name, w }, i) => {
    b.update(w, updatedParam(opts, { b, lr, t }, name, w, grads[i]!));
  });
  if (opts.countCorrect) addCorrectOutput(b, model, map);
  return b.build();
}

/** The "correct" output when the model has a "logits" output [N, C] and an i32 "labels" input [N]. */
function addCorrectOutput(b: GraphBuilder, model: Graph, map: readonly Tensor[]): void {
  const logitsOut = model.outputs.find((o) => o.name === "logits");
  const labels = model.nodes.find((n) => n.op === "input" && n.attrs.name === "labels");
  if (!logitsOut || !labels || labels.dtype !== "i32") return;
  const logits = map[logitsOut.node]!;
  const labelTensor = map[labels.id]!;
  if (logits.rank === 2 && labelTensor.rank === 1) b.output(CORRECT_OUTPUT, logits.argmax(-1).eq(labelTensor).sum());
}

function withPenalties(loss: Tensor, weights: readonly Tensor[], opts: TrainGraphOptions): Tensor {
  let objective = loss;
  if (opts.l1 && weights.length) objective = objective.add(l1Penalty(weights, opts.l1));
  if (opts.l2 && weights.length) objective = objective.add(l2Penalty(weights, opts.l2));
  return objective;
}

/** One parameter's new value: the optimizer's step, then decoupled weight decay if asked for. */
function updatedParam(
  opts: TrainGraphOptions,
  ctx: { b: GraphBuilder; lr: Tensor; t: Tensor },
  name: string,
  w: Tensor,
  g: Tensor,
): Tensor {
  const spec = opts.optimizer;
  if (spec.kind === "adamw") {
    // AdamW owns its decay; --weight-decay overrides its λ, and biases are never decayed.
    const weightDecay = isDecayed(w) ? (opts.weightDecay ?? spec.weightDecay) : 0;
    return optimizerStep({ ...spec, ...(weightDecay !== undefined ? { weightDecay } : {}) }, ctx, name, w, g);
  }
  const next = optimizerStep(spec, ctx, name, w, g);
  return opts.weightDecay && isDecayed(w) ? next.sub(w.mul(ctx.lr).mul(opts.weightDecay)) : next;
}

/**
 * A random op whose counter is a state nobody advances would draw the same dropout mask every step;
 * advance such counters by one per step (a model's own update, if it declares one, wins).
 */
function advanceUnupdatedRandomCounters(b: GraphBuilder, model: Graph, map: readonly Tensor[]): void {
  const updated = new Set(model.updates.map((u) => u.param));
  const counters = new Set<number>();
  for (const n of model.nodes) {
    const c = n.op === "randomUniform" ? model.nodes[n.inputs[0]!] : undefined;
    if (c?.op === "param" && !updated.has(c.id)) counters.add(c.id);
  }
  for (const id of counters) b.update(map[id]!, map[id]!.add(1));
}

export interface EvalGraphOptions {
  readonly bindings?: Readonly<Record<string, number>>;
  readonly seed?: number;
}

/**
 * The inference-mode graph of `def` for evaluation: the model's outputs (with "loss" when declared)
 * plus "correct", the number of rows whose arg-max logit equals the label, when the model has a
 * "logits" output [N, C] and an i32 "labels" input [N].
 */
export function buildEvalGraph(def: GraphDef, opts: EvalGraphOptions = {}): Graph {
  const model = def.build({ mode: "infer", ...(opts.bindings ? { bindings: opts.bindings } : {}), seed: opts.seed ?? 0 });
  const b = new GraphBuilder(`${def.name}_eval`, "infer", model.bindings, opts.seed ?? 0);
  const map = b.replay(model);
  addCorrectOutput(b, model, map);
  return b.build();
}
