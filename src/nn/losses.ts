// Loss functions, composed from primitives. Axis 0 is the batch: each example's loss is the mean
// over its other axes (the sum over classes for cross-entropies), and the batch is reduced by mean
// unless `reduction` says "sum" or "none" (then the result is the per-example vector [N]).
import { GraphError } from "../ir/errors.ts";
import { callSite } from "../ir/source.ts";
import { formatShape } from "../ir/types.ts";
import type { Tensor } from "../dsl/tensor.ts";
import { logSoftmax, softplus } from "./activations.ts";
import { checkOptions, rule, type OptionSpec } from "../dsl/options.ts";

export type Reduction = "mean" | "sum" | "none";

export interface LossOptions {
  readonly reduction?: Reduction;
}

function reduceBatch(perExample: Tensor, reduction: Reduction = "mean"): Tensor {
  if (reduction === "none") return perExample;
  return reduction === "sum" ? perExample.sum() : perExample.mean();
}

/** [N, ...] elementwise losses → [N]: the mean over each example's own elements. */
function meanPerExample(elementwise: Tensor): Tensor {
  if (elementwise.rank <= 1) return elementwise;
  return elementwise.mean([...elementwise.shape.keys()].slice(1));
}

/**
 * Predictions and targets must have the same shape: broadcasting [N, 1] against [N] would silently
 * make an [N, N] loss.
 */
function sameShape(op: string, pred: Tensor, target: Tensor): void {
  if (pred.shape.join(",") === target.shape.join(",") && pred.dtype === target.dtype) return;
  throw new GraphError(op, callSite(), `predictions ${formatShape(pred.dtype, pred.shape)} and targets ${formatShape(target.dtype, target.shape)} differ`, {
    hint: "give both the same shape and dtype (e.g. reshape [N] targets to [N, 1], or cast labels to f32)",
  });
}

const REDUCTION = { reduction: rule.oneOf("mean", "sum", "none") };

function elementwiseLoss(op: string, pred: Tensor, target: Tensor, opts: LossOptions, f: (d: Tensor) => Tensor): Tensor {
  sameShape(op, pred, target);
  return reduceBatch(meanPerExample(f(pred.sub(target))), opts.reduction);
}

/** Mean squared error. */
export function mse(pred: Tensor, target: Tensor, opts: LossOptions = {}): Tensor {
  checkOptions("mse", opts, REDUCTION);
  return elementwiseLoss("mse", pred, target, opts, (d) => d.square());
}

/** Mean absolute error. */
export function mae(pred: Tensor, target: Tensor, opts: LossOptions = {}): Tensor {
  checkOptions("mae", opts, REDUCTION);
  return elementwiseLoss("mae", pred, target, opts, (d) => d.abs());
}

function checkThreshold(op: string, v: number, name: string): void {
  if (!(v >= 0) || !Number.isFinite(v)) {
    throw new GraphError(op, callSite(), `${name} must be a finite number >= 0, got ${v}`, { hint: `the default ${name} is 1` });
  }
}

/**
 * Smooth L1 (PyTorch's): ½d²/β where |d| < β, |d| − ½β beyond; β = 0 is plain L1. Written without
 * a branch: with q = min(|d|, β), it is ½q²/β + (|d| − q).
 */
export function smoothL1(pred: Tensor, target: Tensor, opts: LossOptions & { beta?: number } = {}): Tensor {
  checkOptions("smoothL1", opts, { ...REDUCTION, beta: rule.nonNegative });
  const beta = opts.beta ?? 1;
  checkThreshold("smoothL1", beta, "beta");
  return elementwiseLoss("smoothL1", pred, target, opts, (d) => {
    const a = d.abs();
    if (beta === 0) return a;
    const q = a.minimum(beta);
    return q.square().mul(0.5 / beta).add(a.sub(q));
  });
}

/** Huber loss: ½d² where |d| ≤ δ, δ(|d| − ½δ) beyond; equal to δ·smoothL1 with β = δ. */
export function huber(pred: Tensor, target: Tensor, opts: LossOptions & { delta?: number } = {}): Tensor {
  checkOptions("huber", opts, { ...REDUCTION, delta: rule.positive });
  const delta = opts.delta ?? 1;
  checkThreshold("huber", delta, "delta");
  return elementwiseLoss("huber", pred, target, opts, (d) => {
    const a = d.abs();
    const q = a.minimum(delta);
    return q.square().mul(0.5).add(a.sub(q).mul(delta));
  });
}

/**
 * Binary cross-entropy on probabilities p ∈ [0, 1]: −[t·log p + (1−t)·log(1−p)], with p clamped to
 * [eps, 1−eps] so that a saturated prediction gives a large finite loss, not ∞. Prefer the logits
 * form below when the model's last step is a sigmoid: it is exact where this one clamps.
 */
export function binaryCrossEntropy(probs: Tensor, targets: Tensor, opts: LossOptions & { eps?: number } = {}): Tensor {
  checkOptions("binaryCrossEntropy", opts, { ...REDUCTION, eps: rule.inRange(0, 0.5) });
  const eps = opts.eps ?? 1e-7;
  if (!(eps > 0 && eps < 0.5)) {
    throw new GraphError("binaryCrossEntropy", callSite(), `eps must be in (0, 0.5), got ${eps}`, { hint: "the default is 1e-7" });
  }
  sameShape("binaryCrossEntropy", probs, targets);
  const p = probs.clip(eps, 1 - eps);
  const elementwise = targets.mul(p.log()).add(targets.rsub(1).mul(p.rsub(1).log())).neg();
  return reduceBatch(meanPerExample(elementwise), opts.reduction);
}

/**
 * Binary cross-entropy on logits z (p = sigmoid(z)), stably: max(z, 0) − z·t + log(1 + e^−|z|),
 * i.e. softplus(z) − z·t. Finite and exact for any z, including ±100.
 */
export function binaryCrossEntropyWithLogits(logits: Tensor, targets: Tensor, opts: LossOptions = {}): Tensor {
  checkOptions("binaryCrossEntropyWithLogits", opts, REDUCTION);
  sameShape("binaryCrossEntropyWithLogits", logits, targets);
  const elementwise = softplus(logits).sub(logits.mul(targets));
  return reduceBatch(meanPerExample(elementwise), opts.reduction);
}

/**
 * One-hot rows from integer labels: [..., ] i32 → [..., depth] f32, by comparing each label with a
 * constant iota 0..depth−1. A label outside [0, depth) gives a row of zeros.
 */
export function oneHot(labels: Tensor, depth: number, opts: { readonly range?: readonly [number, number]; readonly reason?: string } = {}): Tensor {
  if (labels.dtype !== "i32" || !Number.isInteger(depth) || depth < 1) {
    throw new GraphError("oneHot", callSite(), `needs i32 labels and a positive integer depth, got ${labels} and ${depth}`, {
      hint: "declare labels with g.input(\"labels\", [\"N\"], \"i32\")",
    });
  }
  // The label feed is checked against this range (a label ≥ depth would silently contribute nothing).
  labels.builder.declareRange(labels, opts.range ?? [0, depth], opts.reason ?? `one-hot over ${depth} classes`);
  const iota = labels.builder.constant([...Array(depth).keys()], [depth], "i32");
  return labels.expandDims(-1).eq(iota);
}

export interface ClassificationLossOptions extends LossOptions {
  /**
   * A weight per class (length C): each position's loss is multiplied by its label's weight and
   * "mean" divides by the sum of those weights (PyTorch's CrossEntropyLoss/NLLLoss), so weighting
   * rare classes up needs no other change. i32 labels only.
   */
  readonly classWeights?: readonly number[];
  /** ε ∈ [0, 1): targets become (1 − ε)·onehot + ε/C (Szegedy et al., 2016). Default 0. */
  readonly labelSmoothing?: number;
  /**
   * A label value that contributes nothing (padding positions in a sequence): excluded from the sum
   * and from "mean"'s count. i32 labels only; e.g. −100 as PyTorch, or the tokenizer's padding id.
   */
  readonly ignoreIndex?: number;
}

/**
 * −Σ_c t_c·logp_c per position from log-probabilities [..., C] (built by `logProbs` after the targets, so
 * graphs keep the node order they had before these options existed), labels
 * being i32 class indices [...] (an out-of-range label contributes 0) or f32 one-hot/soft targets of
 * logp's shape. Without weights or an ignore index, positions of an example are averaged, then the
 * batch; with either, "mean" is Σ wᵢ·lᵢ / Σ wᵢ over every kept position (PyTorch's rule).
 */
const CLASSIFICATION_OPTIONS = {
  ...REDUCTION,
  classWeights: { takes: "an array of one finite weight ≥ 0 per class", ok: (v: unknown) => Array.isArray(v) && v.every((w) => typeof w === "number" && Number.isFinite(w) && w >= 0) },
  labelSmoothing: rule.inRange(0, 1),
  ignoreIndex: { takes: "an integer label", ok: (v: unknown) => Number.isInteger(v) },
} satisfies OptionSpec<ClassificationLossOptions>;

function classificationLoss(op: string, what: string, given: Tensor, logProbs: () => Tensor, labels: Tensor, opts: ClassificationLossOptions): Tensor {
  const { eps: _eps, ...checked } = opts as ClassificationLossOptions & { eps?: number };
  checkOptions(op, checked, CLASSIFICATION_OPTIONS);
  const classes = given.shape[given.rank - 1] ?? 0;
  const batchShape = given.shape.slice(0, -1);
  const intLabels = labels.dtype === "i32" && labels.shape.join(",") === batchShape.join(",") && given.rank >= 1;
  if (!intLabels && !(labels.dtype === "f32" && labels.shape.join(",") === given.shape.join(","))) {
    throw new GraphError(op, callSite(), `labels ${formatShape(labels.dtype, labels.shape)} do not fit ${what} ${formatShape(given.dtype, given.shape)}`, {
      hint: `pass i32 class indices ${formatShape("i32", batchShape)} or f32 one-hot/soft targets ${formatShape("f32", given.shape)}`,
    });
  }
  const weighted = opts.classWeights !== undefined || opts.ignoreIndex !== undefined;
  if (weighted && !intLabels) {
    throw new GraphError(op, callSite(), "classWeights and ignoreIndex need i32 class labels", { hint: "pass class indices instead of one-hot targets" });
  }
  if (opts.classWeights && (opts.classWeights.length !== classes || opts.classWeights.some((w) => !(w >= 0) || !Number.isFinite(w)))) {
    throw new GraphError(op, callSite(), `classWeights needs ${classes} finite weights ≥ 0, got [${opts.classWeights.join(", ")}]`, { hint: "one weight per class, in class order" });
  }
  const eps = opts.labelSmoothing ?? 0;
  if (!(eps >= 0 && eps < 1)) throw new GraphError(op, callSite(), `labelSmoothing must be in [0, 1), got ${eps}`, { hint: "0.1 is common" });
  // An ignored label may lie outside [0, C): the label feed's declared range takes it in.
  const ignore = opts.ignoreIndex;
  const hot = () =>
    ignore === undefined
      ? oneHot(labels, classes)
      : oneHot(labels, classes, { range: [Math.min(0, ignore), Math.max(classes, ignore + 1)], reason: `${classes} classes, or the ignored label ${ignore}` });
  let targets = intLabels ? hot() : labels;
  if (eps > 0) targets = targets.mul(1 - eps).add(eps / classes);
  const perPosition = targets.mul(logProbs()).sum(-1).neg();
  if (!weighted) return reduceBatch(meanPerExample(perPosition), opts.reduction);
  const b = labels.builder;
  let w = opts.classWeights ? hot().mul(b.constant([...opts.classWeights], [classes])).sum(-1) : b.constant(1, batchShape);
  if (opts.ignoreIndex !== undefined) w = w.mul(labels.ne(b.constant(opts.ignoreIndex, [], "i32")));
  const loss = perPosition.mul(w);
  if (opts.reduction === "none") return loss;
  if (opts.reduction === "sum") return loss.sum();
  return loss.sum().div(w.sum().maximum(1e-12));
}

/**
 * Softmax cross-entropy from logits [..., C] (classes on the last axis), by the stable log-softmax:
 * −Σ_c t_c·log_softmax(z)_c. Labels are either i32 class indices of shape [...] (one-hot is built in
 * the graph; an out-of-range label contributes 0) or f32 one-hot/soft targets of the logits' shape.
 * Options: class weights, label smoothing, an ignored label (see ClassificationLossOptions).
 */
export function softmaxCrossEntropy(logits: Tensor, labels: Tensor, opts: ClassificationLossOptions = {}): Tensor {
  // logits [N, T, C] (e.g. sequence steps) give per-position losses [N, T], averaged per example.
  return classificationLoss("softmaxCrossEntropy", "logits", logits, () => logSoftmax(logits), labels, opts);
}

/** Negative log-likelihood of log-probabilities [..., C] (e.g. a logSoftmax output): PyTorch's NLLLoss. */
export function nllLoss(logProbs: Tensor, labels: Tensor, opts: ClassificationLossOptions = {}): Tensor {
  return classificationLoss("nllLoss", "log-probabilities", logProbs, () => logProbs, labels, opts);
}

/**
 * Categorical cross-entropy on probabilities [..., C] (a softmax output; Keras's from_logits=False):
 * the probabilities are clamped to [eps, 1] before the log, so a zero gives a large finite loss.
 * Prefer softmaxCrossEntropy on logits: it is exact where this clamps.
 */
export function categoricalCrossEntropy(probs: Tensor, labels: Tensor, opts: ClassificationLossOptions & { eps?: number } = {}): Tensor {
  const eps = opts.eps ?? 1e-7;
  if (!(eps > 0 && eps < 0.5)) throw new GraphError("categoricalCrossEntropy", callSite(), `eps must be in (0, 0.5), got ${eps}`, { hint: "the default is 1e-7" });
  return classificationLoss("categoricalCrossEntropy", "probabilities", probs, () => probs.clip(eps, 1).log(), labels, opts);
}

function sumOver(op: string, params: readonly Tensor[], term: (w: Tensor) => Tensor): Tensor {
  const first = params[0];
  if (!first) throw new GraphError(op, callSite(), "no parameters to penalize", { hint: "pass a non-empty list of weights" });
  return params.map(term).reduce((a, b) => a.add(b));
}

/** λ·Σ|W| over the given parameters (an f32 scalar); add it to the loss. */
export function l1Penalty(params: readonly Tensor[], lambda: number): Tensor {
  return sumOver("l1Penalty", params, (w) => w.abs().sum()).mul(lambda);
}

/** (λ/2)·ΣW² over the given parameters, so its gradient is λ·W (classic weight decay). */
export function l2Penalty(params: readonly Tensor[], lambda: number): Tensor {
  return sumOver("l2Penalty", params, (w) => w.square().sum()).mul(lambda / 2);
}
