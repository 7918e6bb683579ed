// Scalar expressions and index arithmetic for generated loop bodies. The elementwise render table is
// the only place that spells an operation in TypeScript (a second backend has its own table).
import type { CompareOp, DType, Node, Shape } from "../../ir/types.ts";
import type { ElementwisePrim } from "../../prims/elementwise.ts";
import { stridesOf } from "../../runtime/tensor.ts";

/** A number as a TypeScript literal; f32 values are rounded to float32 first, as the interpreter stores them. */
export function literal(v: number, dtype: DType): string {
  const x = dtype === "f32" ? Math.fround(v) : v | 0;
  if (Number.isNaN(x)) return "NaN";
  if (x === Infinity) return "Infinity";
  if (x === -Infinity) return "-Infinity";
  if (Object.is(x, -0)) return "-0";
  return x < 0 ? `(${x})` : String(x);
}

const CMP: Record<CompareOp, string> = { eq: "===", ne: "!==", lt: "<", le: "<=", gt: ">", ge: ">=" };

type Render = (args: readonly string[], node: Node) => string;
const f32 = (e: string) => `Math.fround(${e})`;
/** i32 arithmetic wraps like Int32Array stores do; f32 arithmetic rounds like the interpreter's per-op stores. */
const arith = (op: string): Render => ([a, b], n) => (n.dtype === "i32" ? `((${a} ${op} ${b}) | 0)` : f32(`${a} ${op} ${b}`));

/** How each elementwise primitive is spelled in TypeScript (tinygrad style: one entry per op). */
export const renderElementwise: Record<ElementwisePrim, Render> = {
  neg: ([a], n) => (n.dtype === "i32" ? `((-${a}) | 0)` : `(-${a})`),
  abs: ([a]) => `Math.abs(${a})`,
  sign: ([a]) => `Math.sign(${a})`,
  exp: ([a]) => f32(`Math.exp(${a})`),
  log: ([a]) => f32(`Math.log(${a})`),
  sqrt: ([a]) => f32(`Math.sqrt(${a})`),
  tanh: ([a]) => f32(`Math.tanh(${a})`),
  erf: ([a]) => `erf32(${a})`,
  stopGradient: ([a]) => a!,
  // Saturating, like the reference and wasm's trunc_sat (a bare `| 0` wraps 3e9 and sends ±∞ to 0).
  cast: ([a], n) => (n.dtype === "i32" ? `(Math.max(-2147483648, Math.min(2147483647, ${a})) | 0)` : f32(a!)),
  add: arith("+"),
  sub: arith("-"),
  mul: ([a, b], n) => (n.dtype === "i32" ? `Math.imul(${a}, ${b})` : f32(`${a} * ${b}`)),
  div: arith("/"),
  pow: ([a, b]) => f32(`Math.pow(${a}, ${b})`),
  maximum: ([a, b]) => `Math.max(${a}, ${b})`,
  minimum: ([a, b]) => `Math.min(${a}, ${b})`,
  compare: ([a, b], n) => `(${a} ${CMP[(n as Node & { op: "compare" }).attrs.cmp]} ${b} ? 1 : 0)`,
  where: ([c, a, b]) => `(${c} !== 0 ? ${a} : ${b})`,
};

/**
 * A position in a value of `shape`: per-axis coordinate expressions, a flat row-major offset
 * expression, or both. Either is derived from the other when needed.
 */
export interface Index {
  readonly shape: Shape;
  readonly coords?: readonly string[];
  readonly flat?: string;
}

const isSimple = (e: string) => /^[A-Za-z_$][\w$]*$|^\d+$/.test(e);

/** `a + b` with constant folding of zero terms. */
export function plus(terms: readonly string[]): string {
  const kept = terms.filter((t) => t !== "0");
  return kept.length === 0 ? "0" : kept.join(" + ");
}

export function times(e: string, k: number): string {
  if (k === 0 || e === "0") return "0";
  if (k === 1) return e;
  return isSimple(e) ? `${e} * ${k}` : `(${e}) * ${k}`;
}

/** The flat offset of an index (no statements needed). */
export function flatOf(idx: Index): string {
  if (idx.flat !== undefined) return idx.flat;
  const strides = stridesOf(idx.shape);
  return plus(idx.coords!.map((c, a) => (idx.shape[a] === 1 ? "0" : times(c, strides[a]!))));
}

/** A block of generated statements with memoized values; child blocks see their parents' values. */
export class Block {
  readonly lines: string[] = [];
  private readonly memo = new Map<string, string>();

  constructor(
    private readonly names: { n: number },
    readonly parent?: Block,
  ) {}

  child(): Block {
    return new Block(this.names, this);
  }

  lookup(key: string): string | undefined {
    return this.memo.get(key) ?? this.parent?.lookup(key);
  }

  remember(key: string, name: string): void {
    this.memo.set(key, name);
  }

  /** Binds `expr` to a fresh const (unless trivial) and returns its name. */
  bind(expr: string, prefix = "t"): string {
    if (isSimple(expr)) return expr;
    const name = `${prefix}${this.names.n++}`;
    this.lines.push(`const ${name} = ${expr};`);
    return name;
  }

  fresh(prefix: string): string {
    return `${prefix}${this.names.n++}`;
  }

  push(...lines: string[]): void {
    this.lines.push(...lines);
  }
}

/** Coordinates of an index, computed from its flat offset with div/mod when necessary. */
export function coordsOf(idx: Index, block: Block): readonly string[] {
  if (idx.coords) return idx.coords;
  const rank = idx.shape.length;
  if (rank === 0) return [];
  const flat = block.bind(idx.flat!, "f");
  if (rank === 1) return [flat];
  const strides = stridesOf(idx.shape);
  return idx.shape.map((d, a) => {
    if (d === 1) return "0";
    const q = strides[a] === 1 ? flat : `((${flat} / ${strides[a]}) | 0)`;
    return a === 0 ? block.bind(q, "q") : block.bind(`${q} % ${d}`, "q");
  });
}

/** The index of a NumPy-broadcast operand of shape `inShape` inside a value at `idx`. */
export function broadcastIndex(idx: Index, inShape: Shape, block: Block): Index {
  if (inShape.join(",") === idx.shape.join(",")) return idx;
  if (inShape.every((d) => d === 1)) return { shape: inShape, flat: "0" };
  const coords = coordsOf(idx, block);
  const offset = idx.shape.length - inShape.length;
  return { shape: inShape, coords: inShape.map((d, a) => (d === 1 ? "0" : coords[a + offset]!)) };
}
