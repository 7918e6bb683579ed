// The op contract: what every primitive declares, side by side in its family's module.
import type { DType, NodeOf, Prim, PrimAttrs, Shape } from "../ir/types.ts";
import type { HostTensor, TensorData } from "../runtime/tensor.ts";
import type { Tensor } from "../dsl/tensor.ts";

export interface ValueType {
  readonly dtype: DType;
  readonly shape: Shape;
}

/**
 * How a primitive is lowered; backends render each kind with their own templates/tables.
 * - elementwise: one scalar expression per output element (broadcasting inputs by index).
 * - reduction: init/combine/finalize over some axes.
 * - movement: an index map (reshape, transpose, broadcast, slice, pad, concat).
 * - contraction: a kernel template with an epilogue slot (matmul, convolutions).
 * - window: pooling and its backprops.
 * - leaf: values supplied from outside the computation (inputs, parameters, constants).
 * - random: counter-based random bits.
 */
export type OpKind = "leaf" | "elementwise" | "reduction" | "movement" | "contraction" | "window" | "random";

/** Precision the reference interpreter runs float math in. */
export interface RefContext {
  readonly float: "f32" | "f64";
}

export interface VjpArgs<P extends Prim> {
  readonly node: NodeOf<P>;
  readonly attrs: PrimAttrs[P];
  /** The forward inputs, as tensors of the gradient graph being built. */
  readonly x: readonly Tensor[];
  /** The forward output (reused, never recomputed). */
  readonly y: Tensor;
  /** The adjoint of the output. */
  readonly dy: Tensor;
}

/** Adjoints of the inputs, in input order; `null` means "contributes nothing" (zero). */
export type Vjp<P extends Prim> = (args: VjpArgs<P>) => readonly (Tensor | null)[];

export interface PrimRule<P extends Prim> {
  readonly kind: OpKind;
  /** Output dtype and shape, or a ShapeError quoting the failed formula and a hint. */
  shape(inputs: readonly ValueType[], attrs: PrimAttrs[P]): ValueType;
  /** A plain, obviously correct evaluation. Float outputs are in ctx.float precision. */
  reference(inputs: readonly HostTensor[], attrs: PrimAttrs[P], out: ValueType, ctx: RefContext): TensorData;
  /** Adjoints written with DSL ops, so gradient graphs are ordinary graphs. */
  readonly vjp: Vjp<P>;
  /** Floating-point operations for one evaluation (a multiply-add counts 2). */
  flops(inputs: readonly ValueType[], out: ValueType, attrs: PrimAttrs[P]): number;
}

export type RuleTable<K extends Prim> = { readonly [P in K]: PrimRule<P> };

/** For primitives whose derivative is zero almost everywhere or undefined; the reason is documentation. */
export function zeroGradient<P extends Prim>(_why: string): Vjp<P> {
  return ({ x }) => x.map(() => null);
}

export function allocFor(out: ValueType, ctx: RefContext): TensorData {
  const n = out.shape.reduce((a, b) => a * b, 1);
  if (out.dtype === "i32") return new Int32Array(n);
  return ctx.float === "f64" ? new Float64Array(n) : new Float32Array(n);
}
