// The IR: a closed set of primitives, their attributes, and immutable nodes in topological order.
// Every stage of the compiler passes these values along; nothing else crosses a stage boundary.

export type DType = "f32" | "i32";
export type Shape = readonly number[];

/** Where the user wrote the call that made a node (file relative to the cwd, 1-based line/column). */
export interface SourceLoc {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/** [before, after] padding per spatial axis (H, W), resolved from SAME/VALID during shape inference. */
export type Pads2D = readonly [readonly [number, number], readonly [number, number]];
export type PaddingSpec = "SAME" | "VALID" | Pads2D;

export type CompareOp = "eq" | "ne" | "lt" | "le" | "gt" | "ge";

/** How a parameter is initialized; interpreted by src/runtime/init.ts (seeded, deterministic). */
export type InitSpec =
  | { readonly kind: "zeros" }
  | { readonly kind: "ones" }
  | { readonly kind: "constant"; readonly value: number }
  | { readonly kind: "identity"; readonly gain?: number }
  | { readonly kind: "normal"; readonly mean?: number; readonly std: number }
  | { readonly kind: "uniform"; readonly low: number; readonly high: number }
  | { readonly kind: "xavierNormal" | "xavierUniform" | "heNormal" | "heUniform"; readonly gain?: number }
  | { readonly kind: "orthogonal"; readonly gain?: number };

export interface ConvLike {
  readonly strides: readonly [number, number];
  readonly dilations: readonly [number, number];
  /**
   * Channel groups: input channels and output channels split into `groups` equal blocks, block g of
   * the output reading only block g of the input; the filter is [kh, kw, cin/groups, cout]. Depthwise
   * convolution is groups = cin, with output channel c·M + m for channel multiplier m (TensorFlow's order).
   */
  readonly groups: number;
  /** Resolved explicit pads; `padding` keeps what the user asked for, for printing. */
  readonly pads: Pads2D;
  readonly padding: "SAME" | "VALID" | "EXPLICIT";
}
export interface PoolLike {
  readonly window: readonly [number, number];
  readonly strides: readonly [number, number];
  /** Gaps between window taps (1: adjacent); effective window (k-1)*d + 1. */
  readonly dilations: readonly [number, number];
  readonly pads: Pads2D;
  readonly padding: "SAME" | "VALID" | "EXPLICIT";
}

type NoAttrs = Record<string, never>;

/**
 * Every primitive and its attributes. Adding a key here makes every `Record<Prim, …>` rule table
 * (shape, reference, derivative, lowering) fail to type-check until the new primitive has its rules.
 */
export interface PrimAttrs {
  // leaves
  // leaves declare their own type: there are no inputs to infer it from
  input: {
    readonly name: string;
    readonly dtype: DType;
    readonly shape: Shape;
    /** i32 inputs only: every fed value must lie in [range[0], range[1]) (checked where feeds enter). */
    readonly range?: readonly [number, number];
    /** Why the range holds, quoted by the feed error ("softmaxCrossEntropy over 10 classes"). */
    readonly rangeReason?: string;
  };
  param: {
    readonly name: string;
    readonly dtype: DType;
    readonly shape: Shape;
    readonly init: InitSpec;
    readonly trainable: boolean;
  };
  /** A scalar `value` is broadcast to `shape`; an array is the row-major contents. */
  const: { readonly value: number | readonly number[]; readonly dtype: DType; readonly shape: Shape };
  // elementwise unary
  neg: NoAttrs;
  abs: NoAttrs;
  sign: NoAttrs;
  exp: NoAttrs;
  log: NoAttrs;
  sqrt: NoAttrs;
  tanh: NoAttrs;
  erf: NoAttrs;
  stopGradient: NoAttrs;
  cast: { readonly to: DType };
  // elementwise binary (NumPy broadcasting)
  add: NoAttrs;
  sub: NoAttrs;
  mul: NoAttrs;
  div: NoAttrs;
  pow: NoAttrs;
  maximum: NoAttrs;
  minimum: NoAttrs;
  compare: { readonly cmp: CompareOp };
  // elementwise ternary
  where: NoAttrs;
  // reductions
  reduceSum: { readonly axes: readonly number[]; readonly keepDims: boolean };
  reduceMax: { readonly axes: readonly number[]; readonly keepDims: boolean };
  argmax: { readonly axis: number; readonly keepDims: boolean };
  // movement
  reshape: { readonly shape: Shape };
  transpose: { readonly perm: readonly number[] };
  broadcast: { readonly shape: Shape };
  slice: { readonly begin: readonly number[]; readonly size: readonly number[] };
  pad: { readonly pads: readonly (readonly [number, number])[]; readonly value: number };
  concat: { readonly axis: number };
  // indexing (inputs: table or updates, then i32 indices)
  gather: { readonly axis: number };
  scatterAdd: { readonly axis: number; readonly shape: Shape };
  // contractions
  matmul: { readonly transposeA: boolean; readonly transposeB: boolean };
  conv2d: ConvLike;
  conv2dBackpropInput: ConvLike & { readonly inputShape: Shape };
  conv2dBackpropFilter: ConvLike & { readonly filterShape: Shape };
  // pooling
  maxPool: PoolLike;
  avgPool: PoolLike;
  maxPoolBackprop: PoolLike;
  avgPoolBackprop: PoolLike & { readonly inputShape: Shape };
  // randomness: uniform [0, 1) from a counter-based generator keyed by (seed, counter input, element index)
  randomUniform: { readonly seed: number; readonly shape: Shape };
}

export type Prim = keyof PrimAttrs;

/** A node of one particular primitive: `switch (node.op)` narrows `attrs`. */
export interface NodeOf<P extends Prim> {
  readonly id: number;
  readonly op: P;
  readonly inputs: readonly number[];
  readonly attrs: PrimAttrs[P];
  readonly dtype: DType;
  readonly shape: Shape;
  /** The user's name for the value (inputs, params, outputs, named layers), if any. */
  readonly name?: string;
  readonly source: SourceLoc;
  /** For nodes made by autodiff or a pass: the forward node they came from. */
  readonly origin?: { readonly role: string; readonly node: number };
}

export type Node = { [P in Prim]: NodeOf<P> }[Prim];

/** Training or inference: dropout, batch norm and RReLU build different graphs in each. */
export type Mode = "train" | "infer";

/** A parameter written back after a training step (optimizer update, running statistics, RNG counter). */
export interface StateUpdate {
  readonly param: number;
  readonly value: number;
}

/** An immutable graph: nodes in topological order (inputs of node i all have ids < i; node i has id i). */
export interface Graph {
  readonly name: string;
  readonly mode: Mode;
  readonly nodes: readonly Node[];
  /** Named outputs, in the order they were declared. */
  readonly outputs: readonly { readonly name: string; readonly node: number }[];
  /** The scalar loss, if the graph declares one. */
  readonly loss?: number;
  readonly updates: readonly StateUpdate[];
  /** Symbol bindings the graph was built with (e.g. { N: 64 }). */
  readonly bindings: Readonly<Record<string, number>>;
}

export function sizeOf(shape: Shape): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

export function formatShape(dtype: DType, shape: Shape): string {
  return `${dtype}[${shape.join(",")}]`;
}

export function formatSource(loc: SourceLoc): string {
  return `${loc.file}:${loc.line}`;
}

export function inputsOf(g: Graph): NodeOf<"input">[] {
  return g.nodes.filter((n): n is NodeOf<"input"> => n.op === "input");
}

export function paramsOf(g: Graph): NodeOf<"param">[] {
  return g.nodes.filter((n): n is NodeOf<"param"> => n.op === "param");
}
