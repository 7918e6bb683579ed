// Folding a per-channel affine map into the contraction before it: batch norm at inference.
// Guarantees: a conv2d(x, W), a transposed convolution conv2dBackpropInput(x, W) with one group, or a
// matmul(x, W) (W of rank 2) whose W is param-invariant and whose x is
// not, followed by a chain of add, sub, mul and div (y / p) by param-invariant per-channel operands p
// (shape [C], [1, …, C] or one element, C the output channels), each link the single consumer of the
// one before and none observable but the last, becomes
//     contraction(x, W') + B'    with W' = W·S (S scaling each output channel) and B' the shift,
// built from the chain's own operands in the chain's order: with y ← y + p, B ← B + p; with y ← y·p,
// W ← W·p and B ← B·p; and so on. Batch norm at inference, (conv(x, W) + b − mean) / √(var + ε) · γ + β,
// becomes conv(x, W / √(var + ε) · γ) + ((b − mean) / √(var + ε) · γ + β): the hoisting pass then
// computes W' and B' once per change of the params, and each run is the contraction and one bias add.
// A chain of a single add (a bias) is left alone: it is already the contraction's epilogue.
// Values agree with the unfolded graph up to float rounding (the scale is applied to the weights
// before the sum instead of to the sum). "Param-invariant" is hoist.ts's: params the graph updates
// are not (so batch norm in a training step, whose statistics change, is never folded). O(nodes).
import type { Graph, Node, NodeOf } from "../ir/types.ts";
import { sizeOf } from "../ir/types.ts";
import { paramInvariant } from "./hoist.ts";
import { consumersOf, GraphRewriter, rootsOf } from "./rewrite.ts";

type StepOp = "add" | "sub" | "rsub" | "mul" | "div";

/** One link of the chain: y ← y op p (rsub: y ← p − y). */
interface Step {
  readonly op: StepOp;
  readonly operand: number;
}

interface Fold {
  readonly core: NodeOf<"conv2d"> | NodeOf<"conv2dBackpropInput"> | NodeOf<"matmul">;
  readonly steps: readonly Step[];
  /** The chain's last node, replaced by the folded value. */
  readonly end: number;
}

/** The weight axis a contraction's output channels run along. */
function channelAxis(core: Fold["core"]): number {
  if (core.op === "conv2d") return 3;
  // A transposed convolution's output channels are the forward convolution's input channels.
  if (core.op === "conv2dBackpropInput") return 2;
  return core.attrs.transposeB ? 0 : 1;
}

/** Whether `p` scales or shifts each of the C channels of a value of shape `shape` (last axis C). */
function isPerChannel(p: Node, shape: readonly number[]): boolean {
  const channels = shape[shape.length - 1]!;
  if (p.dtype !== "f32" || p.shape.length > shape.length) return false;
  const size = sizeOf(p.shape);
  if (size === 1) return true;
  return size === channels && p.shape[p.shape.length - 1] === channels;
}

/** The chain link `u` as a step on `cur`, or undefined when it is not one. */
function stepOf(g: Graph, u: Node, cur: number, shape: readonly number[], invariant: readonly boolean[]): Step | undefined {
  if (u.dtype !== "f32" || u.shape.join(",") !== shape.join(",")) return undefined;
  if (u.op !== "add" && u.op !== "sub" && u.op !== "mul" && u.op !== "div") return undefined;
  const [a, b] = u.inputs as [number, number];
  if (a === b) return undefined;
  const other = a === cur ? b : a;
  if (!invariant[other] || !isPerChannel(g.nodes[other]!, shape)) return undefined;
  if (u.op === "div") return a === cur ? { op: "div", operand: b } : undefined;
  if (u.op === "sub") return { op: a === cur ? "sub" : "rsub", operand: other };
  return { op: u.op, operand: other };
}

/** Every contraction with a foldable chain after it. */
function findFolds(g: Graph): Fold[] {
  const invariant = paramInvariant(g);
  const consumers = consumersOf(g);
  const roots = rootsOf(g);
  const folds: Fold[] = [];
  for (const core of g.nodes) {
    if (core.op !== "conv2d" && core.op !== "matmul" && core.op !== "conv2dBackpropInput") continue;
    // With groups, a transposed convolution's output channel reads one block of the filter's axis 3 too.
    if (core.op === "conv2dBackpropInput" && core.attrs.groups !== 1) continue;
    const [x, w] = core.inputs as [number, number];
    if (invariant[x] || !invariant[w] || core.dtype !== "f32") continue;
    if (core.op === "matmul" && g.nodes[w]!.shape.length !== 2) continue;
    const steps: Step[] = [];
    let cur = core.id;
    while (consumers[cur]!.length === 1 && !roots.has(cur)) {
      const step = stepOf(g, g.nodes[consumers[cur]![0]!]!, cur, core.shape, invariant);
      if (!step) break;
      steps.push(step);
      cur = consumers[cur]![0]!;
    }
    const scales = steps.some((s) => s.op === "mul" || s.op === "div" || s.op === "rsub");
    if (scales || steps.length >= 2) folds.push({ core, steps, end: cur });
  }
  return folds;
}

/** Builds new nodes (shapes given, inputs as new ids) for one fold. */
class FoldBuilder {
  constructor(
    private readonly rw: GraphRewriter,
    private readonly at: Node,
  ) {}

  private emit<P extends "add" | "sub" | "mul" | "div" | "neg" | "reshape">(op: P, inputs: number[], shape: readonly number[], attrs: NodeOf<P>["attrs"]): number {
    const node = { id: -1, op, inputs: [], attrs, dtype: "f32", shape, source: this.at.source } as unknown as Node;
    return this.rw.push(node, inputs);
  }

  binary(op: "add" | "sub" | "mul" | "div", a: number, b: number): number {
    const sa = this.rw.node(a).shape;
    const sb = this.rw.node(b).shape;
    const rank = Math.max(sa.length, sb.length);
    const dim = (s: readonly number[], k: number) => s[s.length - rank + k] ?? 1;
    const shape = Array.from({ length: rank }, (_, k) => Math.max(dim(sa, k), dim(sb, k)));
    return this.emit(op, [a, b], shape, {} as never);
  }

  neg(a: number): number {
    return this.emit("neg", [a], this.rw.node(a).shape, {} as never);
  }

  reshape(a: number, shape: readonly number[]): number {
    if (this.rw.node(a).shape.join(",") === shape.join(",")) return a;
    return this.emit("reshape", [a], shape, { shape });
  }

  /** A contraction like `core` over new operands. */
  contraction(core: Fold["core"], x: number, w: number): number {
    const { name: _name, ...unnamed } = core;
    return this.rw.push(unnamed as Node, [x, w]);
  }
}

/** Emits W' and B' for one fold and the folded value; returns the new id standing for the chain's end. */
function emitFold(rw: GraphRewriter, g: Graph, fold: Fold): number {
  const end = g.nodes[fold.end]!;
  const b = new FoldBuilder(rw, end);
  const [x, w] = fold.core.inputs.map((i) => rw.map[i]!) as [number, number];
  const weight = g.nodes[fold.core.inputs[1]!]!;
  const channels = fold.core.shape[fold.core.shape.length - 1]!;
  const axis = channelAxis(fold.core);
  // [1, 1, 1, C] for a filter, [1, C] (or [C, 1] transposed) for dense weights.
  const alongWeight = weight.shape.map((_, k) => (k === axis ? channels : 1));
  let scaled = w;
  let shift: number | undefined;
  for (const step of fold.steps) {
    const p = rw.map[step.operand]!;
    const perChannel = sizeOf(g.nodes[step.operand]!.shape) === 1 ? b.reshape(p, []) : b.reshape(p, [channels]);
    const onWeight = sizeOf(g.nodes[step.operand]!.shape) === 1 ? perChannel : b.reshape(p, alongWeight);
    switch (step.op) {
      case "add":
        shift = shift === undefined ? perChannel : b.binary("add", shift, perChannel);
        break;
      case "sub":
        shift = shift === undefined ? b.neg(perChannel) : b.binary("sub", shift, perChannel);
        break;
      case "rsub":
        scaled = b.neg(scaled);
        shift = shift === undefined ? perChannel : b.binary("sub", perChannel, shift);
        break;
      case "mul":
      case "div":
        scaled = b.binary(step.op, scaled, onWeight);
        if (shift !== undefined) shift = b.binary(step.op, shift, perChannel);
        break;
    }
  }
  const folded = b.contraction(fold.core, x, scaled);
  if (shift === undefined) return folded;
  return b.binary("add", folded, shift);
}

/** Folds every foldable chain (see the header); the old contraction and chain are left for dce. */
export function foldAffineIntoContractions(g: Graph): Graph {
  const folds = findFolds(g);
  if (folds.length === 0) return g;
  const byEnd = new Map(folds.map((f) => [f.end, f]));
  const rw = new GraphRewriter(g);
  for (const n of g.nodes) {
    const fold = byEnd.get(n.id);
    if (!fold) {
      rw.map[n.id] = rw.keep(n);
      continue;
    }
    const id = emitFold(rw, g, fold);
    // The folded value keeps the chain end's name (kernel names, outputs).
    const node = rw.nodes[id]!;
    if (n.name !== undefined) rw.nodes[id] = Object.freeze({ ...node, name: n.name }) as Node;
    rw.map[n.id] = id;
  }
  return rw.finish();
}
