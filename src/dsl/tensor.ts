// The DSL's value handle: a node of a graph being built, with fluent methods for the primitives.
// Composite functions (activations, losses, layers) live in src/nn/ and use these.
import { GraphError } from "../ir/errors.ts";
import { callSite } from "../ir/source.ts";
import type { CompareOp, DType, Node, Shape } from "../ir/types.ts";
import type { GraphBuilder } from "./builder.ts";
import { checkOptions, rule } from "./options.ts";

export type TensorLike = Tensor | number;

export class Tensor {
  constructor(
    readonly builder: GraphBuilder,
    readonly id: number,
  ) {}

  get node(): Node {
    return this.builder.node(this.id);
  }
  get shape(): Shape {
    return this.node.shape;
  }
  get dtype(): DType {
    return this.node.dtype;
  }
  get rank(): number {
    return this.node.shape.length;
  }
  get size(): number {
    return this.node.shape.reduce((a, b) => a * b, 1);
  }

  toString(): string {
    return `%${this.id}:${this.dtype}[${this.shape.join(",")}]`;
  }

  /** A scalar constant of this tensor's dtype, or the tensor itself. */
  lift(v: TensorLike): Tensor {
    return typeof v === "number" ? this.builder.constant(v, [], this.dtype) : v;
  }

  // ---- elementwise (NumPy broadcasting) ----
  add(o: TensorLike): Tensor {
    return this.builder.emit("add", [this, this.lift(o)], {});
  }
  sub(o: TensorLike): Tensor {
    return this.builder.emit("sub", [this, this.lift(o)], {});
  }
  mul(o: TensorLike): Tensor {
    return this.builder.emit("mul", [this, this.lift(o)], {});
  }
  div(o: TensorLike): Tensor {
    return this.builder.emit("div", [this, this.lift(o)], {});
  }
  pow(o: TensorLike): Tensor {
    return this.builder.emit("pow", [this, this.lift(o)], {});
  }
  maximum(o: TensorLike): Tensor {
    return this.builder.emit("maximum", [this, this.lift(o)], {});
  }
  minimum(o: TensorLike): Tensor {
    return this.builder.emit("minimum", [this, this.lift(o)], {});
  }
  /** `o - this`, for scalars on the left: `x.rsub(1)` is 1 - x. */
  rsub(o: TensorLike): Tensor {
    return this.lift(o).sub(this);
  }
  /** `o / this`: `x.rdiv(1)` is 1 / x. */
  rdiv(o: TensorLike): Tensor {
    return this.lift(o).div(this);
  }
  neg(): Tensor {
    return this.builder.emit("neg", [this], {});
  }
  abs(): Tensor {
    return this.builder.emit("abs", [this], {});
  }
  sign(): Tensor {
    return this.builder.emit("sign", [this], {});
  }
  exp(): Tensor {
    return this.builder.emit("exp", [this], {});
  }
  log(): Tensor {
    return this.builder.emit("log", [this], {});
  }
  sqrt(): Tensor {
    return this.builder.emit("sqrt", [this], {});
  }
  tanh(): Tensor {
    return this.builder.emit("tanh", [this], {});
  }
  /** The error function (exact GELU uses it). */
  erf(): Tensor {
    return this.builder.emit("erf", [this], {});
  }
  square(): Tensor {
    return this.mul(this);
  }
  reciprocal(): Tensor {
    return this.rdiv(1);
  }
  clip(lo: number, hi: number): Tensor {
    if (!(lo <= hi)) {
      throw new GraphError("clip", callSite(), `lower bound ${lo} is above upper bound ${hi}`, {
        hint: "call clip(lo, hi) with lo <= hi",
      });
    }
    return this.maximum(lo).minimum(hi);
  }
  compare(cmp: CompareOp, o: TensorLike): Tensor {
    return this.builder.emit("compare", [this, this.lift(o)], { cmp });
  }
  /** 1 where equal, else 0 (an f32 mask). */
  eq(o: TensorLike): Tensor {
    return this.compare("eq", o);
  }
  ne(o: TensorLike): Tensor {
    return this.compare("ne", o);
  }
  lt(o: TensorLike): Tensor {
    return this.compare("lt", o);
  }
  le(o: TensorLike): Tensor {
    return this.compare("le", o);
  }
  gt(o: TensorLike): Tensor {
    return this.compare("gt", o);
  }
  ge(o: TensorLike): Tensor {
    return this.compare("ge", o);
  }
  cast(to: DType): Tensor {
    return to === this.dtype ? this : this.builder.emit("cast", [this], { to });
  }
  /** The same value, with no gradient flowing through it. */
  stopGradient(): Tensor {
    return this.builder.emit("stopGradient", [this], {});
  }

  // ---- reductions ----
  sum(axes?: number | readonly number[], keepDims = false): Tensor {
    return this.builder.emit("reduceSum", [this], { axes: this.axes(axes), keepDims });
  }
  mean(axes?: number | readonly number[], keepDims = false): Tensor {
    const ax = this.axes(axes);
    const count = ax.reduce((n, a) => n * this.shape[a]!, 1);
    return this.sum(ax, keepDims).div(count);
  }
  max(axes?: number | readonly number[], keepDims = false): Tensor {
    return this.builder.emit("reduceMax", [this], { axes: this.axes(axes), keepDims });
  }
  min(axes?: number | readonly number[], keepDims = false): Tensor {
    return this.neg().max(axes, keepDims).neg();
  }
  argmax(axis = -1, keepDims = false): Tensor {
    return this.builder.emit("argmax", [this], { axis: this.axis(axis), keepDims });
  }

  // ---- movement ----
  /** One dimension may be -1 (inferred). */
  reshape(shape: readonly number[]): Tensor {
    return this.builder.emit("reshape", [this], { shape: inferReshape(this, shape) });
  }
  /** [N, ...] → [N, prod(...)]. */
  flatten(): Tensor {
    return this.reshape([this.shape[0] ?? 1, -1]);
  }
  transpose(perm?: readonly number[]): Tensor {
    const p = perm ? perm.map((a) => this.axis(a)) : [...this.shape.keys()].reverse();
    return this.builder.emit("transpose", [this], { perm: p });
  }
  broadcastTo(shape: readonly number[]): Tensor {
    return this.builder.emit("broadcast", [this], { shape });
  }
  slice(begin: readonly number[], size: readonly number[]): Tensor {
    const sz = size.map((s, i) => (s === -1 ? (this.shape[i] ?? 0) - (begin[i] ?? 0) : s));
    return this.builder.emit("slice", [this], { begin, size: sz });
  }
  pad(pads: readonly (readonly [number, number])[], value = 0): Tensor {
    return this.builder.emit("pad", [this], { pads, value });
  }
  expandDims(axis: number): Tensor {
    const a = axis < 0 ? this.rank + 1 + axis : axis;
    const s = [...this.shape];
    s.splice(a, 0, 1);
    return this.reshape(s);
  }
  squeeze(axes?: readonly number[]): Tensor {
    const drop = new Set(axes ? axes.map((a) => this.axis(a)) : [...this.shape.keys()].filter((a) => this.shape[a] === 1));
    return this.reshape(this.shape.filter((_, i) => !drop.has(i)));
  }
  matmul(o: Tensor, opts: { transposeA?: boolean; transposeB?: boolean } = {}): Tensor {
    checkOptions("matmul", opts, { transposeA: rule.boolean, transposeB: rule.boolean });
    return this.builder.emit("matmul", [this, o], {
      transposeA: opts.transposeA ?? false,
      transposeB: opts.transposeB ?? false,
    });
  }

  /** Normalizes a possibly negative axis; out of range is reported by the shape rule's caller here. */
  axis(a: number): number {
    const r = this.rank;
    const n = a < 0 ? a + r : a;
    if (!Number.isInteger(a) || n < 0 || n >= r) {
      throw new GraphError("axis", callSite(), `axis ${a} is out of range for a rank-${r} tensor ${this}`, {
        hint: `use an axis in [${-r}, ${r - 1}]`,
      });
    }
    return n;
  }

  private axes(axes: number | readonly number[] | undefined): number[] {
    if (axes === undefined) return [...this.shape.keys()];
    const list = typeof axes === "number" ? [axes] : axes;
    return [...new Set(list.map((a) => this.axis(a)))].sort((a, b) => a - b);
  }
}

function inferReshape(t: Tensor, shape: readonly number[]): number[] {
  const unknown = shape.filter((d) => d === -1).length;
  if (unknown > 1) {
    throw new GraphError("reshape", callSite(), `at most one dimension may be -1, got [${shape.join(",")}]`);
  }
  if (unknown === 0) return [...shape];
  const known = shape.reduce((n, d) => (d === -1 ? n : n * d), 1);
  if (known === 0 || t.size % known !== 0) {
    throw new GraphError("reshape", callSite(), `cannot reshape ${t} (${t.size} elements) to [${shape.join(",")}]`, {
      formula: `${t.size} % ${known} = ${known === 0 ? "undefined" : t.size % known}`,
      hint: "the new shape must hold the same number of elements",
    });
  }
  return shape.map((d) => (d === -1 ? t.size / known : d));
}
