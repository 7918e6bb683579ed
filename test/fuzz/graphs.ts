// Random graphs for the fuzz tester: a plain-data GraphSpec (what fast-check generates and shrinks) and
// the builder that turns it into an ir.Graph.
//
// A spec is a list of steps over a growing pool of values. Each step names an op and picks its operands
// from the pool by index (modulo the pool size), so any list of steps builds, and fast-check shrinks a
// failing graph by dropping steps and lowering numbers. The second operand of binary ops, matmul's right
// side and every filter come from an OperandSource: an existing value, a scalar or broadcast constant,
// an array constant, a parameter, a new input or a size-1 (keepDims) reduction, so constants and
// broadcast constants meet every op. A step that does not apply to the values it picked (a conv on a
// rank-2 value, a window larger than its input) is skipped; the skip is part of the spec, so shrinking
// stays deterministic. With `grad`, the graph also outputs the gradients of a weighted sum of its outputs
// with respect to every f32 input and parameter (the gradient graph is built by gradients(), as users do).
import fc from "fast-check";
import { gradients } from "../../src/autodiff/gradients.ts";
import type { GraphBuilder } from "../../src/dsl/builder.ts";
import { defineGraph } from "../../src/dsl/builder.ts";
import { avgPool, avgPoolBackprop, concat, conv2d, conv2dBackpropFilter, conv2dBackpropInput, maxPool, maxPoolBackprop, randomUniform, where } from "../../src/dsl/ops.ts";
import type { Tensor } from "../../src/dsl/tensor.ts";
import { GraphError } from "../../src/ir/errors.ts";
import type { Graph, PaddingSpec } from "../../src/ir/types.ts";

export const UNARY = ["neg", "abs", "sign", "exp", "expSafe", "log", "logSafe", "sqrt", "sqrtSafe", "tanh", "square", "reciprocal", "stopGradient", "castRound", "clip", "relu"] as const;
export const BINARY = ["add", "sub", "mul", "div", "divSafe", "pow", "maximum", "minimum", "eq", "ne", "lt", "le", "gt", "ge"] as const;
export const OTHER = [
  "where", "sum", "mean", "max", "min", "argmax", "reshape", "flatten", "transpose", "broadcast", "slice", "pad", "concat",
  "expandSqueeze", "matmul", "conv2d", "conv2dBackpropInput", "conv2dBackpropFilter", "maxPool", "avgPool",
  "maxPoolBackprop", "avgPoolBackprop", "random", "logSoftmax", "softmax", "constant",
] as const;
export const OPS = [...UNARY, ...BINARY, ...OTHER] as const;
/** "keep" re-adds its operand to the pool (no node): the minimizer puts it in place of a step it drops. */
export type OpName = (typeof OPS)[number] | "keep";

/** Where an op's extra operand comes from. */
export const SOURCES = ["value", "scalar", "broadcastConst", "reshapedConst", "arrayConst", "param", "input", "keepDims"] as const;
export type OperandSource = (typeof SOURCES)[number];

export interface Step {
  readonly op: OpName;
  /** Index of the main operand in the pool (mod pool size). */
  readonly a: number;
  /** Index of a second operand (mod pool size), when `source` is "value". */
  readonly b: number;
  readonly source: OperandSource;
  /** Small integers that choose attributes (axes, window, strides, pads, …); read modulo what is needed. */
  readonly k: readonly number[];
}

export interface GraphSpec {
  /** Shapes of the f32 inputs the pool starts with. */
  readonly inputs: readonly (readonly number[])[];
  readonly steps: readonly Step[];
  /** Extra pool indices that become outputs besides the last value (fan-out). */
  readonly outputs: readonly number[];
  readonly grad: boolean;
  /** Seed of the feeds' and params' values. */
  readonly seed: number;
}

/** Dimension sizes: size 1 (broadcasting), primes, and sizes that are not a multiple of 4. */
const DIM = fc.constantFrom(1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11);
const shapeArb = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(1, 2), DIM, DIM, fc.constantFrom(1, 2, 3, 4, 5)).map((s) => [...s]) },
  { weight: 1, arbitrary: fc.array(DIM, { minLength: 1, maxLength: 3 }) },
);
const stepArb: fc.Arbitrary<Step> = fc.record({
  op: fc.constantFrom(...OPS),
  a: fc.nat(40),
  b: fc.nat(40),
  source: fc.constantFrom(...SOURCES),
  k: fc.array(fc.nat(11), { minLength: 6, maxLength: 6 }),
});

export const graphSpecArb: fc.Arbitrary<GraphSpec> = fc.record({
  inputs: fc.array(shapeArb, { minLength: 1, maxLength: 3 }),
  steps: fc.array(stepArb, { minLength: 1, maxLength: 10 }),
  outputs: fc.array(fc.nat(40), { maxLength: 2 }),
  grad: fc.boolean(),
  seed: fc.nat(1000),
});

/** The graph of a spec. Throws only for what would be a gradfuse bug (GraphErrors of a step skip it). */
export function buildGraph(spec: GraphSpec): Graph {
  return defineGraph("fuzz", {}, (g) => new SpecBuilder(g, spec).build()).build();
}

/** A value that grid-aligned constants and feeds take: multiples of 1/8 in [-3, 3] (exact in f32). */
export function gridValue(i: number, seed: number): number {
  const h = Math.imul(i + 1, 0x9e3779b1) ^ Math.imul(seed + 7, 0x85ebca77);
  return (((h >>> 8) % 49) - 24) / 8;
}

/** A threshold offset no grid value or small combination of them hits. */
const OFF_GRID = 1 / 97;

const numel = (s: readonly number[]) => s.reduce((n, d) => n * d, 1);
const pick = <T>(xs: readonly T[], k: number): T => xs[k % xs.length]!;

class SpecBuilder {
  private readonly pool: Tensor[] = [];
  private counter = 0;

  constructor(
    private readonly g: GraphBuilder,
    private readonly spec: GraphSpec,
  ) {}

  build(): void {
    const g = this.g;
    this.spec.inputs.forEach((shape, i) => this.pool.push(g.input(`x${i}`, shape)));
    for (const step of this.spec.steps) {
      let t: Tensor | undefined;
      try {
        t = this.apply(step);
      } catch (e) {
        if (!(e instanceof GraphError)) throw e;
      }
      if (t) this.pool.push(t);
    }
    const outs = [this.pool[this.pool.length - 1]!, ...this.spec.outputs.map((o) => this.pool[o % this.pool.length]!)];
    const unique = [...new Map(outs.map((t) => [t.id, t])).values()];
    unique.forEach((t, i) => g.output(`y${i}`, t));
    if (!this.spec.grad) return;
    const floats = unique.filter((t) => t.dtype === "f32");
    if (floats.length === 0) return;
    // A weighted sum, so every element's adjoint differs (a plain sum's adjoint is a constant 1).
    const loss = floats
      .map((t, i) => t.mul(g.constant(Array.from({ length: t.size }, (_, j) => gridValue(j, i + 99)), [...t.shape])).sum())
      .reduce((acc, l) => acc.add(l));
    const wrt = this.differentiable();
    gradients(loss, wrt).forEach((d, i) => g.output(`d_${wrt[i]!.node.name}`, d));
  }

  /** The f32 inputs and params of the graph (what gradients are taken with respect to). */
  private differentiable(): Tensor[] {
    const seen = new Set<number>();
    return this.pool.concat(this.leaves).filter((t) => {
      const n = t.node;
      if (seen.has(t.id) || t.dtype !== "f32" || (n.op !== "input" && n.op !== "param")) return false;
      seen.add(t.id);
      return true;
    });
  }

  private readonly leaves: Tensor[] = [];

  /** An operand of exactly `shape` (or broadcastable to it, for "keepDims" and "scalar"). */
  private operand(step: Step, shape: readonly number[], k: number): Tensor {
    const g = this.g;
    const v = gridValue(k, this.counter);
    switch (step.source) {
      case "value": {
        const match = this.pool.filter((t) => t.dtype === "f32" && t.shape.join(",") === shape.join(","));
        if (match.length) return pick(match, step.b);
        return g.constant(v).broadcastTo([...shape]);
      }
      case "scalar":
        return shape.length === 0 || k % 2 ? g.constant(v) : g.constant(v).broadcastTo([...shape]);
      case "broadcastConst":
        return g.constant(v).broadcastTo([...shape]);
      case "reshapedConst":
        return g.constant(v).reshape(shape.map(() => 1)).broadcastTo([...shape]);
      case "arrayConst":
        return g.constant(Array.from({ length: numel(shape) }, (_, i) => gridValue(i, k + this.counter)), [...shape]);
      case "param":
      case "input": {
        const name = `${step.source === "param" ? "p" : "i"}${this.counter++}`;
        const t = step.source === "param" ? g.param(name, [...shape], { kind: "normal", std: 0.5 }) : g.input(name, [...shape]);
        this.leaves.push(t);
        return t;
      }
      case "keepDims": {
        // A value with size-1 axes where `shape` has them reduced: broadcasting against `shape`.
        const base = this.operandFromPool(step, shape);
        if (!base) return g.constant(v);
        const axes = shape.map((_, i) => i).filter((i) => (k >> i) & 1);
        return axes.length ? base.sum(axes, true) : base;
      }
    }
  }

  private operandFromPool(step: Step, shape: readonly number[]): Tensor | undefined {
    const match = this.pool.filter((t) => t.dtype === "f32" && t.shape.join(",") === shape.join(","));
    return match.length ? pick(match, step.b) : undefined;
  }

  private apply(step: Step): Tensor | undefined {
    const a = pick(this.pool, step.a);
    const [k0 = 0, k1 = 0, k2 = 0, k3 = 0, k4 = 0, k5 = 0] = step.k;
    const f = a.dtype === "f32" ? a : a.cast("f32");
    const g = this.g;
    const other = () => this.operand(step, f.shape, k0);
    switch (step.op) {
      case "keep": return a;
      case "neg": return f.neg();
      case "abs": return f.abs();
      case "sign": return f.sign();
      case "exp": return f.exp();
      case "expSafe": return f.tanh().mul(3).exp();
      case "log": return f.log();
      case "logSafe": return f.abs().add(0.5).log();
      case "sqrt": return f.sqrt();
      case "sqrtSafe": return f.square().add(0.25).sqrt();
      case "tanh": return f.tanh();
      case "square": return f.square();
      case "reciprocal": return f.reciprocal();
      case "stopGradient": return f.stopGradient();
      case "castRound": return f.mul(2).cast("i32").cast("f32");
      case "clip": return f.clip(-1 + k0 / 8, 1 + k1 / 8);
      case "relu": return f.maximum(0);
      case "add": return f.add(other());
      case "sub": return other().sub(f);
      case "mul": return f.mul(other());
      case "div": return f.div(other());
      case "divSafe": return f.div(other().square().add(0.5));
      case "pow": return f.abs().add(0.25).pow(other().tanh());
      case "maximum": return f.maximum(other());
      case "minimum": return other().minimum(f);
      // Thresholds off the 1/8 grid: a computed value exactly at a threshold (0.125 after an average) flips
      // with one ulp of a legitimately different rounding (x·(1/6) for x/6), which no oracle can judge.
      case "eq": case "ne": return f[step.op](other());
      case "lt": case "le": case "gt": case "ge":
        return f[step.op](other().add(OFF_GRID));
      case "where": return where(f.gt(OFF_GRID), other(), f.mul(0.5));
      case "sum": return k1 % 3 === 0 ? f.sum() : f.sum(this.axes(f, k0), k2 % 2 === 0);
      case "mean": return f.mean(this.axes(f, k0), k2 % 2 === 0);
      case "max": return f.max(this.axes(f, k0), k2 % 2 === 0);
      case "min": return f.min(this.axes(f, k0), k2 % 2 === 0);
      case "argmax": return f.rank ? f.argmax(k0 % f.rank, k1 % 2 === 0).cast("f32") : undefined;
      case "reshape": return f.reshape(this.reshapeTarget(f.shape, k0));
      case "flatten": return f.rank >= 1 ? f.flatten() : undefined;
      case "transpose": return f.rank >= 2 ? f.transpose(this.permutation(f.rank, k0)) : undefined;
      case "broadcast": return f.reshape([1, ...f.shape]).broadcastTo([1 + (k0 % 3), ...f.shape]);
      case "slice": return this.slice(f, step.k);
      case "pad": return f.pad(f.shape.map((_, i) => [(step.k[i] ?? 0) % 3, (step.k[i + 1] ?? 0) % 2] as [number, number]), (k5 % 3) - 1);
      case "concat": return f.rank ? concat([f, other()], k1 % f.rank) : undefined;
      case "expandSqueeze": return f.expandDims(k0 % (f.rank + 1)).tanh().squeeze();
      case "matmul": return this.matmul(step, f);
      case "conv2d": case "conv2dBackpropInput": case "conv2dBackpropFilter":
        return this.conv(step, f);
      case "maxPool": case "avgPool": case "maxPoolBackprop": case "avgPoolBackprop":
        return this.pool2d(step, f);
      case "random": {
        const counter = g.constant(k0, [], "i32");
        return randomUniform(counter, [...f.shape], k1).add(f);
      }
      case "constant": {
        // A constant of a pool value's shape joins the pool, so it becomes the main operand of later ops
        // (a conv's x, a pool's input, matmul's left side), not only the second one.
        const source = pick(["broadcastConst", "arrayConst", "reshapedConst", "scalar"] as const, k1);
        return this.operand({ ...step, source }, f.shape, k0);
      }
      case "logSoftmax": {
        if (!f.rank) return undefined;
        const ax = f.rank - 1;
        const shifted = f.sub(f.max(ax, true));
        return shifted.sub(shifted.exp().sum(ax, true).log());
      }
      case "softmax": {
        if (!f.rank) return undefined;
        const ax = f.rank - 1;
        const e = f.sub(f.max(ax, true).stopGradient()).exp();
        return e.div(e.sum(ax, true));
      }
    }
  }

  private axes(t: Tensor, k: number): number[] {
    const axes = t.shape.map((_, i) => i).filter((i) => (k >> i) & 1);
    return axes.length ? axes : t.rank ? [k % t.rank] : [];
  }

  private permutation(rank: number, k: number): number[] {
    const rest = [...Array(rank).keys()];
    const perm: number[] = [];
    while (rest.length) perm.push(rest.splice(k % rest.length, 1)[0]!), (k = Math.floor(k / 2) + 1);
    return perm;
  }

  /** Another shape of the same size: split or merge axes, or a rank-4 NHWC view when the size allows. */
  private reshapeTarget(shape: readonly number[], k: number): number[] {
    const n = numel(shape);
    const divisors = [...Array(n).keys()].map((d) => d + 1).filter((d) => n % d === 0);
    const d = pick(divisors, k);
    switch (k % 3) {
      case 0: return [d, n / d];
      case 1: return [1, d, n / d, 1];
      default: return [n];
    }
  }

  private slice(t: Tensor, k: readonly number[]): Tensor | undefined {
    if (!t.rank) return undefined;
    const begin = t.shape.map((d, i) => (k[i] ?? 0) % d);
    const size = t.shape.map((d, i) => 1 + ((k[i + 1] ?? 0) % (d - begin[i]!)));
    return t.slice(begin, size);
  }

  private matmul(step: Step, a: Tensor): Tensor | undefined {
    const [k0 = 0, k1 = 0, k2 = 0] = step.k;
    if (a.rank < 2) return undefined;
    const transposeA = k1 % 3 === 1;
    const transposeB = k1 % 3 === 2;
    const batch = a.shape.slice(0, -2);
    const [r, c] = a.shape.slice(-2) as [number, number];
    const inner = transposeA ? r : c;
    const m = 1 + (k2 % 6);
    const b = this.operand(step, [...(k0 % 2 ? batch : []), ...(transposeB ? [m, inner] : [inner, m])], k0);
    if (b.rank > 2 && b.shape.length !== a.shape.length) return undefined;
    return a.matmul(b.rank === 2 && batch.length ? b.reshape([...batch.map(() => 1), ...b.shape]).broadcastTo([...batch, ...b.shape]) : b, { transposeA, transposeB });
  }

  private convOptions(k: readonly number[]): { strides: [number, number]; dilations: [number, number]; padding: PaddingSpec } {
    const [, , k2 = 0, k3 = 0, k4 = 0, k5 = 0] = k;
    const strides: [number, number] = [1 + (k2 % 3), 1 + ((k2 >> 2) % 2)];
    const dilations: [number, number] = [1 + (k3 % 2), 1 + ((k3 >> 1) % 3 === 2 ? 1 : 0)];
    const padding: PaddingSpec = k4 % 3 === 0 ? "SAME" : k4 % 3 === 1 ? "VALID" : [[k5 % 3, (k5 >> 1) % 2], [(k5 >> 2) % 2, k5 % 2]];
    return { strides, dilations, padding };
  }

  private conv(step: Step, x: Tensor): Tensor | undefined {
    if (x.rank !== 4) return undefined;
    const [k0 = 0, k1 = 0] = step.k;
    const kh = 1 + (k0 % 3), kw = 1 + (k1 % 3), cout = 1 + ((k0 + k1) % 4);
    const opts = this.convOptions(step.k);
    const filterShape = [kh, kw, x.shape[3]!, cout];
    const w = this.operand(step, filterShape, k0 + 3);
    const y = conv2d(x, w, opts);
    if (step.op === "conv2d") return y;
    // The backprops take a dy of the forward output's shape: a function of x (so gradients flow).
    const dy = this.g.constant(0.5).broadcastTo([...y.shape]).add(y.tanh());
    if (step.op === "conv2dBackpropInput") return conv2dBackpropInput(dy, w, [...x.shape], opts);
    return conv2dBackpropFilter(x, dy, filterShape, opts);
  }

  private pool2d(step: Step, x: Tensor): Tensor | undefined {
    if (x.rank !== 4) return undefined;
    const [k0 = 0, k1 = 0, k2 = 0, , k4 = 0, k5 = 0] = step.k;
    const window: [number, number] = [1 + (k0 % 3), 1 + (k1 % 3)];
    const strides: [number, number] = [1 + (k2 % 3), 1 + ((k2 >> 2) % 2)];
    const padding: PaddingSpec = k4 % 3 === 0 ? "SAME" : k4 % 3 === 1 ? "VALID" : [[k5 % window[0], (k5 >> 1) % 2], [(k5 >> 2) % window[1], k5 % 2]];
    const opts = { window, strides, padding };
    const y = step.op === "avgPool" || step.op === "avgPoolBackprop" ? avgPool(x, opts) : maxPool(x, opts);
    if (step.op === "maxPool" || step.op === "avgPool") return y;
    const dy = this.operand(step, y.shape, k0);
    if (step.op === "maxPoolBackprop") return maxPoolBackprop(x, dy, opts);
    return avgPoolBackprop(dy, [...x.shape], opts);
  }
}
