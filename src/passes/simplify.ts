// Algebraic simplification, one forward pass.
// Guarantees: every rewrite gives bit-identical values for every input, including NaN and ±∞:
//   x+0, 0+x, x-0, x*1, 1*x, x/1 → x (only when the result has x's shape and dtype; x*0 is NOT
//   rewritten: it is NaN for x = ±∞ or NaN); neg(neg x) → x; reshape(reshape x) → one reshape;
//   reshape/broadcast to x's own shape → x; transpose(transpose x) → one transpose (none if identity);
//   cast to x's own dtype → x; and constant folding: a node whose inputs are all constants and whose
//   output has at most FOLD_LIMIT elements is evaluated with its reference rule (float32) into a const.
// A replaced node's consumers, outputs, loss and updates follow the replacement. O(nodes).
import type { Graph, Node, NodeOf } from "../ir/types.ts";
import { sizeOf } from "../ir/types.ts";
import { ruleOf } from "../prims/index.ts";
import type { HostTensor } from "../runtime/tensor.ts";
import { GraphRewriter } from "./rewrite.ts";

/** Constant folding evaluates at compile time only small values (folding big ones bloats the module). */
export const FOLD_LIMIT = 256;

const sameShape = (a: Node, b: Node) => a.dtype === b.dtype && a.shape.join(",") === b.shape.join(",");

function isScalarConst(n: Node, v: number): boolean {
  return n.op === "const" && typeof n.attrs.value === "number" && n.attrs.value === v;
}

/** The new id that `n` (with new inputs) can be replaced by, or undefined to keep it. */
function identityRewrite(rw: GraphRewriter, n: Node, inputs: readonly number[]): number | undefined {
  const arg = (k: number) => rw.node(inputs[k]!);
  const ifSame = (k: number) => (sameShape(arg(k), n) ? inputs[k] : undefined);
  switch (n.op) {
    case "add":
      if (isScalarConst(arg(1), 0)) return ifSame(0);
      if (isScalarConst(arg(0), 0)) return ifSame(1);
      return undefined;
    case "sub":
      return isScalarConst(arg(1), 0) ? ifSame(0) : undefined;
    case "mul":
      if (isScalarConst(arg(1), 1)) return ifSame(0);
      if (isScalarConst(arg(0), 1)) return ifSame(1);
      return undefined;
    case "div":
      return isScalarConst(arg(1), 1) ? ifSame(0) : undefined;
    case "neg":
      return arg(0).op === "neg" ? arg(0).inputs[0] : undefined;
    case "reshape":
    case "broadcast":
      return ifSame(0);
    case "cast":
      return arg(0).dtype === n.dtype ? inputs[0] : undefined;
    case "transpose":
      return n.attrs.perm.every((p, a) => p === a) ? inputs[0] : undefined;
    default:
      return undefined;
  }
}

/** Collapses movement chains: reshape(reshape x) and transpose(transpose x) into one node. */
function collapseChain(rw: GraphRewriter, n: Node, inputs: readonly number[]): number | undefined {
  const x = rw.node(inputs[0] ?? -1);
  if (!x) return undefined;
  if (n.op === "reshape" && x.op === "reshape") {
    const src = rw.node(x.inputs[0]!);
    if (sameShape(src, n)) return src.id;
    return rw.push(n, [src.id]);
  }
  if (n.op === "transpose" && x.op === "transpose") {
    const composed = n.attrs.perm.map((p) => x.attrs.perm[p]!);
    const src = x.inputs[0]!;
    if (composed.every((p, a) => p === a)) return src;
    return rw.push({ ...n, attrs: { perm: composed } } as NodeOf<"transpose">, [src]);
  }
  return undefined;
}

function constData(n: NodeOf<"const">): HostTensor {
  const size = sizeOf(n.shape);
  const data = n.dtype === "i32" ? new Int32Array(size) : new Float32Array(size);
  if (typeof n.attrs.value === "number") data.fill(n.attrs.value);
  else data.set(n.attrs.value);
  return { dtype: n.dtype, shape: n.shape, data };
}

/** Evaluates a small all-constant node into a const node (scalar value when every element is equal). */
function foldConstant(rw: GraphRewriter, n: Node, inputs: readonly number[]): number | undefined {
  if (n.op === "const" || n.op === "input" || n.op === "param" || n.op === "randomUniform") return undefined;
  if (inputs.length === 0 || sizeOf(n.shape) > FOLD_LIMIT) return undefined;
  const args = inputs.map((i) => rw.node(i));
  if (!args.every((a) => a.op === "const")) return undefined;
  const values = ruleOf<typeof n.op>(n).reference(
    args.map((a) => constData(a as NodeOf<"const">)),
    n.attrs as never,
    n,
    { float: "f32" },
  );
  const list = Array.from(values);
  const uniform = list.length > 0 && list.every((v) => Object.is(v, list[0]));
  const folded: NodeOf<"const"> = {
    id: n.id,
    op: "const",
    inputs: [],
    attrs: { value: uniform ? list[0]! : list, dtype: n.dtype, shape: n.shape },
    dtype: n.dtype,
    shape: n.shape,
    source: n.source,
    ...(n.name !== undefined ? { name: n.name } : {}),
    ...(n.origin !== undefined ? { origin: n.origin } : {}),
  };
  return rw.push(folded, []);
}

export function simplify(g: Graph): Graph {
  const rw = new GraphRewriter(g);
  for (const n of g.nodes) {
    const inputs = n.inputs.map((i) => rw.map[i]!);
    rw.map[n.id] =
      identityRewrite(rw, n, inputs) ??
      collapseChain(rw, n, inputs) ??
      foldConstant(rw, n, inputs) ??
      rw.push(n, inputs);
  }
  return rw.finish();
}
