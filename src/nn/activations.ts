// Activation functions, composed from primitives: autodiff differentiates them and fusion makes
// them one loop, so none needs a gradient or kernel of its own. The forms are chosen so that their
// derivatives are right everywhere, including at 0 (see softplus), and never overflow (elu, sigmoid).
import { GraphError } from "../ir/errors.ts";
import { callSite } from "../ir/source.ts";
import { randomUniform, where } from "../dsl/ops.ts";
import type { Tensor } from "../dsl/tensor.ts";
import { layerName } from "./naming.ts";
import { checkOptions, rule } from "../dsl/options.ts";

/** 1 where x > 0, else 0 (Rosenblatt's threshold unit). Its derivative is 0 almost everywhere. */
export function step(x: Tensor): Tensor {
  return x.gt(0);
}

export function identity(x: Tensor): Tensor {
  return x;
}

/** 1/(1+e^−x), written as 0.5·tanh(0.5x)+0.5: equal, and no exp to overflow for large |x|. */
export function sigmoid(x: Tensor): Tensor {
  return x.mul(0.5).tanh().mul(0.5).add(0.5);
}

/** clip(x/6 + 1/2, 0, 1): PyTorch's and Keras 3's definition (Keras 2 used 0.2x + 0.5). */
export function hardSigmoid(x: Tensor): Tensor {
  return x.div(6).add(0.5).clip(0, 1);
}

export function tanh(x: Tensor): Tensor {
  return x.tanh();
}

/** max(x, 0), with relu'(0) = 0 as in TensorFlow and PyTorch. */
export function relu(x: Tensor): Tensor {
  return where(x.gt(0), x, 0);
}

/** x for x > 0, alpha·x otherwise. */
export function leakyRelu(x: Tensor, alpha = 0.01): Tensor {
  return where(x.gt(0), x, x.mul(alpha));
}

/**
 * Parametric ReLU: x for x > 0, slope·x otherwise. `slope` broadcasts against x — per channel, it is
 * [C] for NHWC or [N, C] activations. The learned slope parameter is created by nn.preluLayer.
 */
export function prelu(x: Tensor, slope: Tensor): Tensor {
  return where(x.gt(0), x, x.mul(slope));
}

export interface RreluOptions {
  readonly lower?: number;
  readonly upper?: number;
  /** Names the RNG counter state `<name>/rng` (default a unique "rrelu", "rrelu_2", …). */
  readonly name?: string;
}

/**
 * Randomized leaky ReLU (Xu et al., 2015). Training: each negative element gets its own slope drawn
 * uniformly from [lower, upper], fresh every step (an i32 counter state that the step increments keys
 * the generator). Inference: the mean slope (lower + upper)/2. The counter state exists in both modes
 * so a training checkpoint binds to the inference program name for name.
 */
export function rrelu(x: Tensor, opts: RreluOptions = {}): Tensor {
  checkOptions("rrelu", opts, { lower: rule.finite, upper: rule.finite, name: rule.name });
  const lower = opts.lower ?? 1 / 8;
  const upper = opts.upper ?? 1 / 3;
  if (!(lower >= 0 && lower <= upper)) {
    throw new GraphError("rrelu", callSite(), `slopes need 0 <= lower <= upper, got lower ${lower}, upper ${upper}`, {
      hint: "the defaults are lower 1/8 and upper 1/3",
    });
  }
  const counter = rngCounter(x, layerName(x.builder, opts.name, "rrelu"));
  if (!x.builder.isTraining) return where(x.gt(0), x, x.mul((lower + upper) / 2));
  const slope = randomUniform(counter, [...x.shape]).mul(upper - lower).add(lower);
  return where(x.gt(0), x, x.mul(slope));
}

/**
 * An i32 counter state `<scope>/rng` for a random op; in training mode the step writes counter+1 back,
 * so every step draws new bits. Shared by rrelu and dropout.
 */
export function rngCounter(x: Tensor, scope: string): Tensor {
  const b = x.builder;
  const counter = b.scope(scope, () => b.state("rng", [], { kind: "zeros" }, "i32"));
  if (b.isTraining) b.update(counter, counter.add(1));
  return counter;
}

/** x for x > 0, alpha·(e^x − 1) otherwise; exp sees min(x, 0), so a large x cannot overflow it. */
export function elu(x: Tensor, alpha = 1): Tensor {
  return where(x.gt(0), x, x.minimum(0).exp().sub(1).mul(alpha));
}

/** Klambauer et al. (2017): scale·elu(x, alpha) with their self-normalizing constants. */
export const SELU_ALPHA = 1.6732632423543772;
export const SELU_SCALE = 1.0507009873554805;
export function selu(x: Tensor): Tensor {
  return elu(x, SELU_ALPHA).mul(SELU_SCALE);
}

/** x·sigmoid(beta·x) (Ramachandran et al., 2017). */
export function swish(x: Tensor, beta = 1): Tensor {
  return x.mul(sigmoid(beta === 1 ? x : x.mul(beta)));
}

/** x·sigmoid(x): swish with beta = 1. */
export function silu(x: Tensor): Tensor {
  return swish(x);
}

/**
 * log(1 + e^x), stably: max(x, 0) + log(1 + e^−|x|). max(x, 0) is written (x + |x|)/2 so that the
 * derivative at exactly 0 comes out as ½ + 0 = sigmoid(0) (with max's tie rule it would be 1).
 */
export function softplus(x: Tensor): Tensor {
  const ax = x.abs();
  return x.add(ax).mul(0.5).add(ax.neg().exp().add(1).log());
}

/** x / (1 + |x|). */
export function softsign(x: Tensor): Tensor {
  return x.div(x.abs().add(1));
}

export interface GeluOptions {
  /**
   * false / "none" (the default, as in Keras's `approximate=False` and PyTorch's `approximate='none'`):
   * the exact x·Φ(x) = ½x(1 + erf(x/√2)); true / "tanh": the tanh approximation (Hendrycks & Gimpel,
   * 2016) ½x(1 + tanh(√(2/π)(x + 0.044715x³))), within 5e-4 of the exact form.
   */
  readonly approximate?: boolean | "none" | "tanh";
}

/** GELU (Hendrycks & Gimpel, 2016), exact by default; see GeluOptions. */
export function gelu(x: Tensor, opts: GeluOptions = {}): Tensor {
  const a = opts.approximate ?? false;
  if (a !== true && a !== false && a !== "none" && a !== "tanh") {
    throw new GraphError("gelu", callSite(), `approximate must be false, true, "none" or "tanh", got ${JSON.stringify(a)}`, {
      hint: 'leave it out for the exact GELU; "tanh" for the tanh approximation',
    });
  }
  if (a === true || a === "tanh") {
    const inner = x.add(x.mul(x).mul(x).mul(0.044715)).mul(Math.sqrt(2 / Math.PI));
    return x.mul(inner.tanh().add(1)).mul(0.5);
  }
  return x.mul(x.mul(Math.SQRT1_2).erf().add(1)).mul(0.5);
}

export interface SoftmaxOptions {
  readonly axis?: number;
  /** Divides the logits first: above 1 flattens the distribution, below 1 sharpens it. */
  readonly temperature?: number;
}

function scaledLogits(x: Tensor, opts: SoftmaxOptions, op: string): { z: Tensor; axis: number } {
  checkOptions(op, opts, { axis: { takes: "an integer axis", ok: Number.isInteger }, temperature: rule.number });
  const t = opts.temperature ?? 1;
  if (!(t > 0) || !Number.isFinite(t)) {
    throw new GraphError(op, callSite(), `temperature must be a positive finite number, got ${t}`, {
      hint: "1 is the plain softmax",
    });
  }
  const axis = x.axis(opts.axis ?? -1);
  return { z: t === 1 ? x : x.div(t), axis };
}

/**
 * The max is subtracted first so no exp overflows. Softmax does not change when a constant is
 * subtracted, so the max carries no gradient (stopGradient keeps it out of the backward graph).
 */
function shifted(z: Tensor, axis: number): Tensor {
  return z.sub(z.max(axis, true).stopGradient());
}

/** exp(x/T) / Σ exp(x/T) along `axis` (default the last). */
export function softmax(x: Tensor, opts: SoftmaxOptions = {}): Tensor {
  const { z, axis } = scaledLogits(x, opts, "softmax");
  const e = shifted(z, axis).exp();
  return e.div(e.sum(axis, true));
}

/** log softmax, as z − max − log Σ exp(z − max): finite even where softmax underflows to 0. */
export function logSoftmax(x: Tensor, opts: SoftmaxOptions = {}): Tensor {
  const { z, axis } = scaledLogits(x, opts, "logSoftmax");
  const s = shifted(z, axis);
  return s.sub(s.exp().sum(axis, true).log());
}

/**
 * Maxout (Goodfellow et al., 2013) over the channel (last) axis: C channels form C/k groups of k
 * consecutive channels, and each output is its group's maximum: [..., C] → [..., C/k].
 */
export function maxout(x: Tensor, pieces: number): Tensor {
  const c = x.shape[x.rank - 1] ?? 0;
  if (!Number.isInteger(pieces) || pieces < 1 || x.rank < 1 || c % pieces !== 0) {
    throw new GraphError("maxout", callSite(), `cannot split the ${c} channels of ${x} into groups of ${pieces}`, {
      formula: `C % k = ${c} % ${pieces} = ${pieces >= 1 ? c % pieces : "undefined"}`,
      hint: "the last axis must be a multiple of the number of pieces k (e.g. a dense layer of units·k)",
    });
  }
  return x.reshape([...x.shape.slice(0, -1), c / pieces, pieces]).max(-1);
}

/** Activations that take no extra arguments, by name. */
export const ACTIVATIONS = {
  step,
  identity,
  linear: identity,
  sigmoid,
  hardSigmoid,
  tanh,
  relu,
  leakyRelu: (x: Tensor) => leakyRelu(x),
  rrelu: (x: Tensor) => rrelu(x),
  elu: (x: Tensor) => elu(x),
  selu,
  swish: (x: Tensor) => swish(x),
  silu,
  softplus,
  softsign,
  gelu: (x: Tensor) => gelu(x),
  softmax: (x: Tensor) => softmax(x),
  logSoftmax: (x: Tensor) => logSoftmax(x),
} as const satisfies Record<string, (x: Tensor) => Tensor>;

export type ActivationName = keyof typeof ACTIVATIONS;
/** An activation by name (checked by tsc) or any function of a tensor. */
export type Activation = ActivationName | ((x: Tensor) => Tensor);

/** Applies an activation given by name or function; undefined means none (identity). */
export function applyActivation(x: Tensor, activation: Activation | undefined): Tensor {
  if (activation === undefined) return x;
  if (typeof activation === "function") return activation(x);
  const fn = (ACTIVATIONS as Record<string, (x: Tensor) => Tensor>)[activation];
  if (!fn) {
    throw new GraphError("activation", callSite(), `unknown activation '${String(activation)}'`, {
      hint: `use one of ${Object.keys(ACTIVATIONS).join(", ")}, or pass a function (x) => Tensor`,
    });
  }
  return fn(x);
}
