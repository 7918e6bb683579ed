// Normalization layers. Statistics are fused reductions after lowering; here they are plain means.
// Channels are the last axis (NHWC, or [N, C]).
import { GraphError } from "../ir/errors.ts";
import { callSite } from "../ir/source.ts";
import type { InitSpec } from "../ir/types.ts";
import type { Tensor } from "../dsl/tensor.ts";
import { layerName } from "./naming.ts";
import type { OptionSpec } from "../dsl/options.ts";
import { checkOptions, rule } from "../dsl/options.ts";

export interface BatchNormOptions {
  /**
   * Weight of the old running value in each update (Keras's convention): running ←
   * momentum·running + (1 − momentum)·batch. Default 0.99. (PyTorch's momentum m is 1 − this.)
   */
  readonly momentum?: number;
  /** Added to the variance before the square root. Default 1e-3 (Keras). */
  readonly epsilon?: number;
  /** Learn the shift beta (default true). */
  readonly center?: boolean;
  /** Learn the scale gamma (default true). */
  readonly scale?: boolean;
  readonly gammaInit?: InitSpec;
  readonly betaInit?: InitSpec;
  readonly name?: string;
}

function checkEpsilon(op: string, eps: number): void {
  if (!(eps > 0) || !Number.isFinite(eps)) {
    throw new GraphError(op, callSite(), `epsilon must be a positive number, got ${eps}`, { hint: "typical values are 1e-5 to 1e-3" });
  }
}

/** gamma·x̂ + beta with the optional learned per-channel scale and shift `<scope>/gamma`, `<scope>/beta`. */
function affine(xhat: Tensor, channels: number, opts: { center?: boolean; scale?: boolean; gammaInit?: InitSpec; betaInit?: InitSpec }): Tensor {
  const b = xhat.builder;
  let y = xhat;
  if (opts.scale !== false) y = y.mul(b.param("gamma", [channels], opts.gammaInit ?? { kind: "ones" }));
  if (opts.center !== false) y = y.add(b.param("beta", [channels], opts.betaInit ?? { kind: "zeros" }));
  return y;
}

/**
 * Batch normalization (Ioffe & Szegedy, 2015) over every axis but the channels: N for [N, C], N, H, W
 * for NHWC. Training: normalizes with the batch mean and (biased) variance, and the step updates
 * the running statistics `<name>/movingMean` and `<name>/movingVar` (states, initialized to 0 and 1).
 * Inference: normalizes with the running statistics.
 */
export function batchNorm(x: Tensor, opts: BatchNormOptions = {}): Tensor {
  checkOptions("batchNorm", opts, {
    momentum: rule.inRange(0, 1, true), epsilon: rule.positive, center: rule.boolean, scale: rule.boolean,
    gammaInit: rule.init, betaInit: rule.init, name: rule.name,
  } satisfies OptionSpec<BatchNormOptions>);
  if (x.rank < 2) {
    throw new GraphError("batchNorm", callSite(), `needs a batch and a channel axis, got ${x}`, { hint: "pass [N, C] or NHWC activations" });
  }
  const momentum = opts.momentum ?? 0.99;
  if (!(momentum >= 0 && momentum <= 1)) {
    throw new GraphError("batchNorm", callSite(), `momentum must be in [0, 1], got ${momentum}`, {
      hint: "it is the weight of the old running value (Keras's convention, default 0.99)",
    });
  }
  const eps = opts.epsilon ?? 1e-3;
  checkEpsilon("batchNorm", eps);
  const b = x.builder;
  const channels = x.shape[x.rank - 1]!;
  const axes = [...x.shape.keys()].slice(0, -1);
  return b.scope(layerName(b, opts.name, "batchNorm"), () => {
    const movingMean = b.state("movingMean", [channels], { kind: "zeros" });
    const movingVar = b.state("movingVar", [channels], { kind: "ones" });
    let mean = movingMean;
    let variance = movingVar;
    if (b.isTraining) {
      mean = x.mean(axes);
      variance = x.sub(mean).square().mean(axes);
      b.update(movingMean, movingMean.mul(momentum).add(mean.mul(1 - momentum)));
      b.update(movingVar, movingVar.mul(momentum).add(variance.mul(1 - momentum)));
    }
    const xhat = x.sub(mean).div(variance.add(eps).sqrt());
    return affine(xhat, channels, opts);
  });
}

export interface LayerNormOptions {
  /** Default 1e-5 (PyTorch). */
  readonly epsilon?: number;
  readonly center?: boolean;
  readonly scale?: boolean;
  readonly gammaInit?: InitSpec;
  readonly betaInit?: InitSpec;
  readonly name?: string;
}

/**
 * Layer normalization (Ba et al., 2016): each example's features on the last axis are normalized by
 * their own mean and (biased) variance, the same in training and inference; then a learned
 * per-feature scale `<name>/gamma` and shift `<name>/beta`.
 */
export function layerNorm(x: Tensor, opts: LayerNormOptions = {}): Tensor {
  checkOptions("layerNorm", opts, {
    epsilon: rule.positive, center: rule.boolean, scale: rule.boolean, gammaInit: rule.init, betaInit: rule.init, name: rule.name,
  } satisfies OptionSpec<LayerNormOptions>);
  if (x.rank < 1) throw new GraphError("layerNorm", callSite(), `needs a feature axis, got ${x}`, { hint: "pass [N, C] activations" });
  const eps = opts.epsilon ?? 1e-5;
  checkEpsilon("layerNorm", eps);
  const b = x.builder;
  const features = x.shape[x.rank - 1]!;
  return b.scope(layerName(b, opts.name, "layerNorm"), () => {
    const mean = x.mean(-1, true);
    const centered = x.sub(mean);
    const variance = centered.square().mean(-1, true);
    return affine(centered.div(variance.add(eps).sqrt()), features, opts);
  });
}
