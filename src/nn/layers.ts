// Layers: functions that create their parameters (named `<layer>/<param>`) in the graph being built
// and apply primitives to them. Each layer name is unique: the caller's `name`, or a fresh one from
// builder.uniqueName ("dense", "dense_2", …). Layouts: activations NHWC, dense kernels [in, out],
// conv kernels HWIO [kh, kw, cin, cout].
import { GraphError } from "../ir/errors.ts";
import { callSite } from "../ir/source.ts";
import type { InitSpec, PaddingSpec } from "../ir/types.ts";
import * as ops from "../dsl/ops.ts";
import { where } from "../dsl/ops.ts";
import type { Tensor } from "../dsl/tensor.ts";
import type { Activation } from "./activations.ts";
import { ACTIVATIONS, applyActivation, maxout, prelu, rngCounter } from "./activations.ts";
import type { OptionSpec } from "../dsl/options.ts";
import { checkOptions, rule } from "../dsl/options.ts";
import { init } from "./init.ts";
import { layerName } from "./naming.ts";

export interface DenseOptions {
  readonly activation?: Activation;
  /** Default true. */
  readonly useBias?: boolean;
  /** Default xavierUniform (Glorot uniform, as Keras). */
  readonly kernelInit?: InitSpec;
  /** Default zeros. */
  readonly biasInit?: InitSpec;
  readonly name?: string;
}

const ACTIVATION = rule.activation(Object.keys(ACTIVATIONS));
const DENSE_OPTIONS: OptionSpec<DenseOptions> = { activation: ACTIVATION, useBias: rule.boolean, kernelInit: rule.init, biasInit: rule.init, name: rule.name };

function requireRank(op: string, x: Tensor, rank: number, hint: string): void {
  if (x.rank !== rank) {
    throw new GraphError(op, callSite(), `needs a rank-${rank} input, got ${x}`, { hint });
  }
}

function requireCount(op: string, v: number, what: string): void {
  if (!Number.isInteger(v) || v < 1) {
    throw new GraphError(op, callSite(), `${what} must be a positive integer, got ${v}`, { hint: `e.g. ${what} 64` });
  }
}

/** y = activation(x·W + b), x [N, in], W `<name>/kernel` [in, units], b `<name>/bias` [units]. */
export function dense(x: Tensor, units: number, opts: DenseOptions = {}): Tensor {
  checkOptions("dense", opts, DENSE_OPTIONS);
  return denseNamed(x, units, opts, "dense");
}

/** dense, with `base` for the default name (maxoutLayer's are "maxout", "maxout_2", …). */
function denseNamed(x: Tensor, units: number, opts: DenseOptions, base: string): Tensor {
  requireRank("dense", x, 2, "dense takes [N, features]; flatten image activations first (nn.flatten)");
  requireCount("dense", units, "units");
  const b = x.builder;
  const name = layerName(b, opts.name, base);
  const z = b.scope(name, () => {
    const kernel = b.param("kernel", [x.shape[1]!, units], opts.kernelInit ?? init.xavierUniform());
    const y = x.matmul(kernel);
    return opts.useBias === false ? y : y.add(b.param("bias", [units], opts.biasInit ?? init.zeros()));
  });
  return applyActivation(z, opts.activation);
}

export type Pair = number | readonly [number, number];

export interface Conv2DLayerOptions {
  readonly strides?: Pair;
  readonly dilations?: Pair;
  /** "SAME", "VALID" (the default, as in TensorFlow) or explicit [[top, bottom], [left, right]]. */
  readonly padding?: PaddingSpec;
  /** Channel groups (default 1): the kernel is [kh, kw, cin/groups, filters]. */
  readonly groups?: number;
  readonly activation?: Activation;
  readonly useBias?: boolean;
  /** Default xavierUniform (Glorot uniform, as Keras). */
  readonly kernelInit?: InitSpec;
  readonly biasInit?: InitSpec;
  readonly name?: string;
}

const pairOf = (v: Pair): [number, number] => (typeof v === "number" ? [v, v] : [v[0], v[1]]);

/** A 2-D convolution layer: x NHWC, kernel `<name>/kernel` HWIO [kh, kw, cin/groups, filters], bias [filters]. */
export function conv2d(x: Tensor, filters: number, kernelSize: Pair, opts: Conv2DLayerOptions = {}): Tensor {
  checkOptions("conv2d", opts, CONV_OPTIONS);
  return convLayer(x, filters, kernelSize, opts, "conv2d");
}

const CONV_OPTIONS = {
  strides: rule.pair, dilations: rule.pair, padding: rule.padding, activation: ACTIVATION, useBias: rule.boolean,
  kernelInit: rule.init, biasInit: rule.init, name: rule.name, groups: rule.positiveInt,
} satisfies OptionSpec<Conv2DLayerOptions>;

export interface DepthwiseConv2DOptions extends Omit<Conv2DLayerOptions, "groups"> {
  /** Output channels per input channel (default 1): output c·M + m, TensorFlow's order. */
  readonly depthMultiplier?: number;
}

/** Depthwise convolution (Keras DepthwiseConv2D): kernel [kh, kw, 1, C·depthMultiplier], groups = C. */
export function depthwiseConv2d(x: Tensor, kernelSize: Pair, opts: DepthwiseConv2DOptions = {}): Tensor {
  const { groups: _g, ...depthwiseRules } = CONV_OPTIONS;
  checkOptions("depthwiseConv2d", opts, { ...depthwiseRules, depthMultiplier: rule.positiveInt } satisfies OptionSpec<DepthwiseConv2DOptions>);
  requireRank("depthwiseConv2d", x, 4, "depthwiseConv2d takes NHWC activations [N, H, W, C]");
  const multiplier = opts.depthMultiplier ?? 1;
  requireCount("depthwiseConv2d", multiplier, "depthMultiplier");
  const { depthMultiplier: _m, ...rest } = opts;
  return convLayer(x, x.shape[3]! * multiplier, kernelSize, { ...rest, groups: x.shape[3]! }, "depthwise_conv2d");
}

function convLayer(x: Tensor, filters: number, kernelSize: Pair, opts: Conv2DLayerOptions, base: string): Tensor {
  if (!rule.pair.ok(kernelSize)) throw new GraphError(base, callSite(), `kernelSize is ${JSON.stringify(kernelSize)}; it takes ${rule.pair.takes}`);
  requireRank(base, x, 4, `${base} takes NHWC activations [N, H, W, C]; reshape flat images first`);
  requireCount(base, filters, "filters");
  const groups = opts.groups ?? 1;
  requireCount(base, groups, "groups");
  if (x.shape[3]! % groups !== 0 || filters % groups !== 0) {
    throw new GraphError(base, callSite(), `groups = ${groups} must divide the input channels (${x.shape[3]}) and the filters (${filters})`, {
      hint: "use a groups count that divides both, e.g. 1 or the channel count",
    });
  }
  const [kh, kw] = pairOf(kernelSize);
  const b = x.builder;
  const name = layerName(b, opts.name, base);
  const z = b.scope(name, () => {
    const kernel = b.param("kernel", [kh, kw, x.shape[3]! / groups, filters], opts.kernelInit ?? init.xavierUniform());
    const y = ops.conv2d(x, kernel, {
      ...(opts.strides !== undefined ? { strides: pairOf(opts.strides) } : {}),
      ...(opts.dilations !== undefined ? { dilations: pairOf(opts.dilations) } : {}),
      padding: opts.padding ?? "VALID",
      groups,
    });
    return opts.useBias === false ? y : y.add(b.param("bias", [filters], opts.biasInit ?? init.zeros()));
  });
  return applyActivation(z, opts.activation);
}

export interface Pool2DOptions {
  /** Default 2. */
  readonly poolSize?: Pair;
  /** Default the pool size (non-overlapping windows). */
  readonly strides?: Pair;
  /** Default 1 (see ops.PoolOptions for SAME with dilation). */
  readonly dilations?: Pair;
  /** Default "VALID". */
  readonly padding?: PaddingSpec;
}

function poolOptions(fn: string, opts: Pool2DOptions): ops.PoolOptions {
  checkOptions(fn, opts, { poolSize: rule.pair, strides: rule.pair, dilations: rule.pair, padding: rule.padding } satisfies OptionSpec<Pool2DOptions>);
  const window = pairOf(opts.poolSize ?? 2);
  return { window, strides: pairOf(opts.strides ?? window), dilations: pairOf(opts.dilations ?? 1), padding: opts.padding ?? "VALID" };
}

export function maxPool2d(x: Tensor, opts: Pool2DOptions = {}): Tensor {
  requireRank("maxPool2d", x, 4, "pooling takes NHWC activations [N, H, W, C]");
  return ops.maxPool(x, poolOptions("maxPool2d", opts));
}

export function avgPool2d(x: Tensor, opts: Pool2DOptions = {}): Tensor {
  requireRank("avgPool2d", x, 4, "pooling takes NHWC activations [N, H, W, C]");
  return ops.avgPool(x, poolOptions("avgPool2d", opts));
}

/** [N, H, W, C] → [N, C]: the mean over each feature map. */
export function globalAvgPool(x: Tensor): Tensor {
  requireRank("globalAvgPool", x, 4, "global pooling takes NHWC activations [N, H, W, C]");
  return x.mean([1, 2]);
}

/** [N, H, W, C] → [N, C]: the maximum of each feature map. */
export function globalMaxPool(x: Tensor): Tensor {
  requireRank("globalMaxPool", x, 4, "global pooling takes NHWC activations [N, H, W, C]");
  return x.max([1, 2]);
}

/** [N, ...] → [N, product of the rest], in row-major (H, W, C) order. */
export function flatten(x: Tensor): Tensor {
  if (x.rank < 1) throw new GraphError("flatten", callSite(), `cannot flatten the scalar ${x}`, { hint: "flatten takes [N, ...]" });
  return x.rank === 2 ? x : x.flatten();
}

export interface DropoutOptions {
  /** Names the RNG counter state `<name>/rng` (default a unique "dropout", "dropout_2", …). */
  readonly name?: string;
  /** Seed of the random op; default one derived from the build seed. */
  readonly seed?: number;
}

/**
 * Inverted dropout. Training: each element is kept where a uniform draw is ≥ rate and scaled by
 * 1/(1 − rate), so the expected value is unchanged and inference needs no rescaling; an i32 counter
 * state, which the step increments, keys the draws, so every step drops different units.
 * Inference: the identity. The counter exists in both modes so the two programs have the same state.
 */
export function dropout(x: Tensor, rate: number, opts: DropoutOptions = {}): Tensor {
  checkOptions("dropout", opts, { name: rule.name, seed: rule.seed } satisfies OptionSpec<DropoutOptions>);
  if (!(rate >= 0 && rate < 1)) {
    throw new GraphError("dropout", callSite(), `rate must be in [0, 1), got ${rate}`, {
      hint: "rate is the fraction of units dropped, e.g. 0.5",
    });
  }
  const counter = rngCounter(x, layerName(x.builder, opts.name, "dropout"));
  if (!x.builder.isTraining || rate === 0) return x;
  const keep = ops.randomUniform(counter, [...x.shape], opts.seed).ge(rate);
  return where(keep, x.mul(1 / (1 - rate)), 0);
}

/** A dense layer of units·pieces followed by maxout over groups of `pieces` (Goodfellow et al., 2013). */
export function maxoutLayer(x: Tensor, units: number, pieces: number, opts: Omit<DenseOptions, "activation"> = {}): Tensor {
  checkOptions("maxoutLayer", opts, { useBias: rule.boolean, kernelInit: rule.init, biasInit: rule.init, name: rule.name } satisfies OptionSpec<Omit<DenseOptions, "activation">>);
  requireCount("maxoutLayer", units, "units");
  requireCount("maxoutLayer", pieces, "pieces");
  return maxout(denseNamed(x, units * pieces, opts, "maxout"), pieces);
}

export interface PreluOptions {
  readonly name?: string;
  /** Default 0.25 (He et al., 2015). */
  readonly alphaInit?: InitSpec;
}

/** PReLU with a learned slope per channel (last axis): param `<name>/alpha` [C]. */
export function preluLayer(x: Tensor, opts: PreluOptions = {}): Tensor {
  checkOptions("preluLayer", opts, { name: rule.name, alphaInit: rule.init } satisfies OptionSpec<PreluOptions>);
  if (x.rank < 1) throw new GraphError("preluLayer", callSite(), `needs a channel axis, got ${x}`, { hint: "pass [N, C] or NHWC activations" });
  const b = x.builder;
  const name = layerName(b, opts.name, "prelu");
  const alpha = b.scope(name, () => b.param("alpha", [x.shape[x.rank - 1]!], opts.alphaInit ?? init.constant(0.25)));
  return prelu(x, alpha);
}
