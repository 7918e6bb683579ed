// DSL functions for primitives that are not natural as methods: several inputs, or attributes
// (like SAME padding) resolved from the input shapes during shape inference.
import { GraphError, ShapeError } from "../ir/errors.ts";
import { callSite } from "../ir/source.ts";
import type { PaddingSpec, Shape } from "../ir/types.ts";
import { checkAttrShape } from "../prims/conv.ts";
import { resolvePadding2D } from "../prims/padding.ts";
import type { ValueType } from "../prims/rule.ts";
import type { OptionSpec } from "./options.ts";
import { checkOptions, rule } from "./options.ts";
import type { Tensor, TensorLike } from "./tensor.ts";

/** `cond ? a : b` elementwise (cond is an f32 0/1 mask), with broadcasting. */
export function where(cond: Tensor, a: TensorLike, b: TensorLike): Tensor {
  return cond.builder.emit("where", [cond, cond.lift(a), cond.lift(b)], {});
}

export function concat(tensors: readonly Tensor[], axis: number): Tensor {
  const first = tensors[0];
  if (!first) throw new ShapeError("concat needs at least one tensor");
  return first.builder.emit("concat", tensors, { axis: axis < 0 ? first.rank + axis : axis });
}

/**
 * Rows of `table` picked by integer `indices` along `axis` (an embedding lookup when axis is 0):
 * the result's shape is table[:axis] ++ indices.shape ++ table[axis+1:]. Indices must lie in
 * [0, table.shape[axis]); see src/prims/gather.ts for what happens when they do not.
 */
export function gather(table: Tensor, indices: Tensor, axis = 0): Tensor {
  return table.builder.emit("gather", [table, indices], { axis: axis < 0 ? table.rank + axis : axis });
}

/** zeros(shape) with each row of `updates` added at the index it names along `axis` (repeats sum): gather's adjoint. */
export function scatterAdd(updates: Tensor, indices: Tensor, shape: Shape, axis = 0): Tensor {
  return updates.builder.emit("scatterAdd", [updates, indices], { axis: axis < 0 ? shape.length + axis : axis, shape: [...shape] });
}

export interface Conv2DOptions {
  readonly strides?: number | readonly [number, number];
  readonly dilations?: number | readonly [number, number];
  readonly padding?: PaddingSpec;
  /** Channel groups (default 1); the filter is [kh, kw, cin/groups, cout]; groups = cin is depthwise. */
  readonly groups?: number;
}

// Values are checked for their type here; the shape rules check their ranges, with the formula.
const CONV_OPTIONS: OptionSpec<Conv2DOptions> = { strides: rule.pairType, dilations: rule.pairType, padding: rule.paddingType, groups: rule.number };

function pair(v: number | readonly [number, number] | undefined, dflt: number): [number, number] {
  if (v === undefined) return [dflt, dflt];
  return typeof v === "number" ? [v, v] : [v[0], v[1]];
}

function requireRank(t: ValueType | undefined, rank: number, what: string): ValueType {
  if (!t || t.shape.length !== rank) {
    throw new ShapeError(`${what} must have rank ${rank}, got [${t?.shape.join(",") ?? ""}]`, {
      hint: rank === 4 ? "activations are NHWC, filters HWIO [kh, kw, cin, cout]" : undefined,
    });
  }
  return t;
}

function convAttrs(xShape: Shape, kh: number, kw: number, opts: Conv2DOptions) {
  const strides = pair(opts.strides, 1);
  const dilations = pair(opts.dilations, 1);
  const { pads, padding } = resolvePadding2D(
    opts.padding ?? "VALID",
    { size: xShape[1]!, window: kh, stride: strides[0], dilation: dilations[0] },
    { size: xShape[2]!, window: kw, stride: strides[1], dilation: dilations[1] },
  );
  return { strides, dilations, pads, padding, groups: opts.groups ?? 1 } as const;
}

/** 2-D convolution: x NHWC, w HWIO [kh, kw, cin, cout]. Padding defaults to VALID, as in TensorFlow. */
export function conv2d(x: Tensor, w: Tensor, opts: Conv2DOptions = {}): Tensor {
  checkOptions("conv2d", opts, CONV_OPTIONS);
  return x.builder.emit("conv2d", [x, w], (types) => {
    const xs = requireRank(types[0], 4, "conv2d input").shape;
    const ws = requireRank(types[1], 4, "conv2d filter").shape;
    return convAttrs(xs, ws[0]!, ws[1]!, opts);
  });
}

/** The gradient of conv2d with respect to its input, given the forward input shape. */
export function conv2dBackpropInput(dy: Tensor, w: Tensor, inputShape: Shape, opts: Conv2DOptions = {}): Tensor {
  checkOptions("conv2dBackpropInput", opts, CONV_OPTIONS);
  return dy.builder.emit("conv2dBackpropInput", [dy, w], (types) => {
    const ws = requireRank(types[1], 4, "conv2dBackpropInput filter").shape;
    checkAttrShape(inputShape, "inputShape", "NHWC [N, H, W, C]");
    return { ...convAttrs(inputShape, ws[0]!, ws[1]!, opts), inputShape };
  });
}

/** The gradient of conv2d with respect to its filter, given the filter shape. */
export function conv2dBackpropFilter(x: Tensor, dy: Tensor, filterShape: Shape, opts: Conv2DOptions = {}): Tensor {
  checkOptions("conv2dBackpropFilter", opts, CONV_OPTIONS);
  return x.builder.emit("conv2dBackpropFilter", [x, dy], (types) => {
    const xs = requireRank(types[0], 4, "conv2dBackpropFilter input").shape;
    checkAttrShape(filterShape, "filterShape", "HWIO [kh, kw, cin, cout]");
    return { ...convAttrs(xs, filterShape[0]!, filterShape[1]!, opts), filterShape };
  });
}

export interface PoolOptions {
  readonly window: number | readonly [number, number];
  /** Defaults to the window (non-overlapping pooling). */
  readonly strides?: number | readonly [number, number];
  /**
   * Gaps between window taps (default 1). VALID is TensorFlow's tf.nn.pool; SAME with a dilation > 1
   * (which TensorFlow refuses) follows ONNX's SAME_UPPER: pad = max(0, (out-1)*s + (k-1)*d + 1 - in),
   * the extra cell after — the same formula as SAME without dilation.
   */
  readonly dilations?: number | readonly [number, number];
  readonly padding?: PaddingSpec;
}

/** Every key of PoolOptions has a rule here, so an option added to pooling cannot be ignored silently. */
const POOL_OPTIONS: OptionSpec<PoolOptions> = { window: rule.pairType, strides: rule.pairType, dilations: rule.pairType, padding: rule.paddingType };

function poolAttrs(xShape: Shape, opts: PoolOptions) {
  const window = pair(opts.window, 1);
  const strides = pair(opts.strides ?? opts.window, 1);
  const dilations = pair(opts.dilations, 1);
  const { pads, padding } = resolvePadding2D(
    opts.padding ?? "VALID",
    { size: xShape[1]!, window: window[0], stride: strides[0], dilation: dilations[0] },
    { size: xShape[2]!, window: window[1], stride: strides[1], dilation: dilations[1] },
  );
  return { window, strides, dilations, pads, padding } as const;
}

function checkPoolOptions(fn: string, opts: PoolOptions): void {
  checkOptions(fn, opts, POOL_OPTIONS);
  if (opts?.window === undefined) throw new GraphError(fn, callSite(), "needs a window", { hint: "e.g. { window: 2 } or { window: [3, 3], strides: 2 }" });
}

/** Max pooling over NHWC; padded cells count as −∞. */
export function maxPool(x: Tensor, opts: PoolOptions): Tensor {
  checkPoolOptions("maxPool", opts);
  return x.builder.emit("maxPool", [x], (types) => poolAttrs(requireRank(types[0], 4, "maxPool input").shape, opts));
}

/** Average pooling over NHWC; SAME padding divides by the number of in-bounds cells. */
export function avgPool(x: Tensor, opts: PoolOptions): Tensor {
  checkPoolOptions("avgPool", opts);
  return x.builder.emit("avgPool", [x], (types) => poolAttrs(requireRank(types[0], 4, "avgPool input").shape, opts));
}

/** Routes dy to the arg-max cell of each window of x (the first one in row-major order on ties). */
export function maxPoolBackprop(x: Tensor, dy: Tensor, opts: PoolOptions): Tensor {
  checkPoolOptions("maxPoolBackprop", opts);
  return x.builder.emit("maxPoolBackprop", [x, dy], (types) =>
    poolAttrs(requireRank(types[0], 4, "maxPoolBackprop input").shape, opts),
  );
}

/** Spreads dy evenly over the in-bounds cells of each window. */
export function avgPoolBackprop(dy: Tensor, inputShape: Shape, opts: PoolOptions): Tensor {
  checkPoolOptions("avgPoolBackprop", opts);
  return dy.builder.emit("avgPoolBackprop", [dy], () => {
    checkAttrShape(inputShape, "inputShape", "NHWC [N, H, W, C]");
    return { ...poolAttrs(inputShape, opts), inputShape };
  });
}

/**
 * Uniform [0, 1) values from the counter-based generator: element i is a hash of (seed, counter, i),
 * so the same seed and counter give the same bits on every backend. `counter` is an i32 scalar
 * (usually a state that a training step increments).
 */
export function randomUniform(counter: Tensor, shape: readonly number[], seed?: number): Tensor {
  return counter.builder.emit("randomUniform", [counter], {
    seed: seed ?? counter.builder.nextRandomSeed(),
    shape,
  });
}
