// The graph builder behind the DSL. Each emitted node runs its primitive's shape rule at once, so a
// mistake throws a GraphError on the user's own line, with the formula that failed.
import { GraphError, ShapeError } from "../ir/errors.ts";
import { callSite } from "../ir/source.ts";
import type { DType, Graph, InitSpec, Mode, Node, Prim, PrimAttrs, SourceLoc, StateUpdate } from "../ir/types.ts";
import { formatShape } from "../ir/types.ts";
import { rules } from "../prims/index.ts";
import type { ValueType } from "../prims/rule.ts";
import type { OptionSpec } from "./options.ts";
import { checkOptions, rule } from "./options.ts";
import { Tensor } from "./tensor.ts";

export interface EmitOptions {
  readonly name?: string;
  readonly source?: SourceLoc;
  readonly origin?: Node["origin"];
}

/** A dimension in a DSL shape: a number, or a symbol bound at build time (e.g. "N"). */
export type Dim = number | string;

export interface BuildOptions {
  /** Values for symbolic dimensions, e.g. { N: 64 }. Defaults come from the graph definition. */
  readonly bindings?: Readonly<Record<string, number>>;
  readonly mode?: Mode;
  /** Seed for random ops and initializers that do not name their own. */
  readonly seed?: number;
}

export class GraphBuilder {
  private readonly nodes: Node[] = [];
  private readonly outputs: { name: string; node: number }[] = [];
  private readonly updates: StateUpdate[] = [];
  private readonly scopes: string[] = [];
  private readonly usedNames = new Set<string>();
  private lossId: number | undefined;
  /** Source and origin given to every node emitted inside withOrigin() (used by autodiff). */
  private context: { source: SourceLoc; origin: NonNullable<Node["origin"]> } | undefined;
  private randomCount = 0;
  private sourceOverride: SourceLoc | undefined;

  constructor(
    readonly name: string,
    readonly mode: Mode = "infer",
    readonly bindings: Readonly<Record<string, number>> = {},
    readonly seed = 0,
  ) {}

  get isTraining(): boolean {
    return this.mode === "train";
  }

  node(id: number): Node {
    const n = this.nodes[id];
    if (!n) throw new Error(`internal: node %${id} does not exist in graph '${this.name}'`);
    return n;
  }

  /**
   * Appends a primitive. `attrs` may be a function of the input types (for attributes resolved
   * during shape inference, like SAME padding); any ShapeError becomes a GraphError at the call site.
   */
  emit<P extends Prim>(
    op: P,
    inputs: readonly Tensor[],
    attrs: PrimAttrs[P] | ((types: readonly ValueType[]) => PrimAttrs[P]),
    opts: EmitOptions = {},
  ): Tensor {
    for (const t of inputs) {
      if (t.builder !== this) {
        throw new GraphError(op, opts.source ?? callSite(), `an input (%${t.id}) belongs to another graph`, {
          hint: "build every tensor of a graph inside the same defineGraph callback",
        });
      }
    }
    if (this.context) opts = { source: this.context.source, origin: this.context.origin, ...opts };
    else if (this.sourceOverride) opts = { source: this.sourceOverride, ...opts };
    const types = inputs.map((t) => ({ dtype: t.dtype, shape: t.shape }));
    let resolved: PrimAttrs[P] | undefined;
    let out: ValueType;
    try {
      resolved = typeof attrs === "function" ? attrs(types) : attrs;
      out = rules[op].shape(types, resolved);
    } catch (e) {
      if (e instanceof ShapeError) {
        throw new GraphError(op, opts.source ?? callSite(), e.problem, {
          inputs: types.map((t) => formatShape(t.dtype, t.shape)).join(", ") || "(none)",
          attrs: formatAttrs(resolved ?? (typeof attrs === "function" ? undefined : attrs)),
          formula: e.details.formula,
          hint: e.details.hint,
        });
      }
      throw e;
    }
    checkTensorBytes(op, out, opts.name, opts.source ?? callSite());
    const node = {
      id: this.nodes.length,
      op,
      inputs: inputs.map((t) => t.id),
      attrs: resolved,
      dtype: out.dtype,
      shape: Object.freeze([...out.shape]),
      source: opts.source ?? callSite(),
      ...(opts.name !== undefined ? { name: opts.name } : {}),
      ...(opts.origin !== undefined ? { origin: opts.origin } : {}),
    } as Node;
    this.nodes.push(Object.freeze(node));
    return new Tensor(this, node.id);
  }

  /** Resolves symbolic dims ("N") against the build's bindings. */
  resolveShape(shape: readonly Dim[], what: string): number[] {
    return shape.map((d, axis) => {
      if (typeof d === "number") {
        if (!Number.isInteger(d) || d < 0) {
          throw new GraphError("shape", callSite(), `${what}: dimension ${axis} is ${d}`, {
            hint: "dimensions are non-negative integers or symbols such as \"N\"",
          });
        }
        return d;
      }
      const v = Object.hasOwn(this.bindings, d) ? this.bindings[d] : undefined;
      if (v === undefined) {
        throw new GraphError("shape", callSite(), `${what}: symbol "${d}" has no value`, {
          hint: `bind it when building, e.g. { bindings: { ${d}: 64 } } or --batch 64`,
        });
      }
      return v;
    });
  }

  /** A fed value. `range` (i32 only): values must lie in [lo, hi), checked when fed (e.g. class labels). */
  input(name: string, shape: readonly Dim[], dtype: DType = "f32", opts: { range?: readonly [number, number] } = {}): Tensor {
    checkOptions("input", opts, { range: rule.intRange });
    this.claimName(name, "input");
    const t = this.emit("input", [], { name, dtype, shape: this.resolveShape(shape, `input '${name}'`) }, { name });
    if (opts.range !== undefined) this.declareRange(t, opts.range, `declared range of '${name}'`);
    return t;
  }

  /**
   * Declares that the i32 values of `t` lie in [range[0], range[1]) — a loss or embedding over `classes`
   * says so of its labels. When `t` is an input (or a reshape of one), the feed check enforces it, in
   * generated programs and the interpreter alike; ranges declared twice intersect.
   */
  declareRange(t: Tensor, range: readonly [number, number], reason: string): void {
    const [lo, hi] = range;
    if (t.dtype !== "i32" || !Number.isInteger(lo) || !Number.isInteger(hi) || lo >= hi) {
      throw new GraphError("range", callSite(), `a range [${lo}, ${hi}) for ${formatShape(t.dtype, t.shape)} is not valid`, {
        hint: "ranges are for i32 values, as whole numbers lo < hi",
      });
    }
    let n = this.node(t.id);
    while (n.op === "reshape" || n.op === "stopGradient") n = this.node(n.inputs[0]!);
    if (n.op !== "input") return; // a computed index: no feed to check
    const old = n.attrs.range;
    const merged: [number, number] = old ? [Math.max(old[0], lo), Math.min(old[1], hi)] : [lo, hi];
    const rangeReason = old && n.attrs.rangeReason !== reason ? `${n.attrs.rangeReason}; ${reason}` : reason;
    // Nodes are immutable: the input is replaced by the same node with the range (same id, so every
    // Tensor that refers to it sees the new attrs).
    this.nodes[n.id] = Object.freeze({ ...n, attrs: Object.freeze({ ...n.attrs, range: merged, rangeReason }) });
  }

  /** A parameter (trainable by default); its name is prefixed by the enclosing scopes. */
  param(name: string, shape: readonly Dim[], init: InitSpec, opts: { trainable?: boolean } = {}): Tensor {
    checkOptions("param", opts, { trainable: rule.boolean });
    if (!rule.init.ok(init)) throw new GraphError("param", callSite(), `parameter '${name}' needs an initializer, got ${JSON.stringify(init)}`, { hint: "e.g. init.heUniform() or { kind: \"zeros\" }" });
    const full = this.scoped(name);
    this.claimName(full, "parameter");
    const resolved = this.resolveShape(shape, `parameter '${full}'`);
    return this.emit(
      "param",
      [],
      { name: full, dtype: "f32", shape: resolved, init, trainable: opts.trainable ?? true },
      { name: full },
    );
  }

  /** A persistent non-trainable value (running statistics, RNG counters, optimizer state). */
  state(name: string, shape: readonly Dim[], init: InitSpec, dtype: DType = "f32"): Tensor {
    const full = this.scoped(name);
    this.claimName(full, "state");
    const resolved = this.resolveShape(shape, `state '${full}'`);
    return this.emit("param", [], { name: full, dtype, shape: resolved, init, trainable: false }, { name: full });
  }

  constant(value: number | readonly number[], shape: readonly number[] = [], dtype: DType = "f32"): Tensor {
    return this.emit("const", [], { value, dtype, shape: this.resolveShape(shape, "constant") });
  }

  output(name: string, t: Tensor): Tensor {
    if (this.outputs.some((o) => o.name === name)) {
      throw new GraphError("output", callSite(), `output '${name}' is declared twice`, {
        hint: "give each output its own name",
      });
    }
    this.outputs.push({ name, node: t.id });
    return t;
  }

  loss(t: Tensor): Tensor {
    if (t.shape.length !== 0 || t.dtype !== "f32") {
      throw new GraphError("loss", callSite(), `the loss must be an f32 scalar, got ${formatShape(t.dtype, t.shape)}`, {
        hint: "reduce it with .mean() or .sum()",
      });
    }
    this.lossId = t.id;
    if (!this.outputs.some((o) => o.name === "loss")) this.outputs.push({ name: "loss", node: t.id });
    return t;
  }

  /** Declares that after a step, `param` takes the value `value` (same shape and dtype). */
  update(param: Tensor, value: Tensor): void {
    const p = this.node(param.id);
    if (p.op !== "param") {
      throw new GraphError("update", callSite(), `%${param.id} is a ${p.op}, not a parameter or state`, {
        hint: "only values made with param() or state() can be updated",
      });
    }
    if (p.dtype !== value.dtype || p.shape.join(",") !== value.shape.join(",")) {
      throw new GraphError(
        "update",
        callSite(),
        `new value ${formatShape(value.dtype, value.shape)} does not match ${p.name} ${formatShape(p.dtype, p.shape)}`,
      );
    }
    const existing = this.updates.findIndex((u) => u.param === param.id);
    if (existing >= 0) this.updates[existing] = { param: param.id, value: value.id };
    else this.updates.push({ param: param.id, value: value.id });
  }

  /** Runs `fn` with every node it emits attributed to `source` (the ONNX importer: the model's node). */
  withSource<T>(source: SourceLoc, fn: () => T): T {
    const saved = this.sourceOverride;
    this.sourceOverride = source;
    try {
      return fn();
    } finally {
      this.sourceOverride = saved;
    }
  }

  /** Runs `fn` with every node it emits attributed to `source` and tagged with `origin`. */
  withOrigin<T>(source: SourceLoc, origin: NonNullable<Node["origin"]>, fn: () => T): T {
    const saved = this.context;
    this.context = { source, origin };
    try {
      return fn();
    } finally {
      this.context = saved;
    }
  }

  /**
   * Re-emits every node of `graph` (same attrs, names, sources), with its outputs, loss and
   * updates, and returns the new tensor of each old node id. Graph transforms start here.
   */
  replay(graph: Graph): Tensor[] {
    const map: Tensor[] = [];
    for (const node of graph.nodes) {
      if (node.op === "input" || node.op === "param") this.claimName(node.attrs.name, node.op);
      const opts: EmitOptions = {
        source: node.source,
        ...(node.name !== undefined ? { name: node.name } : {}),
        ...(node.origin !== undefined ? { origin: node.origin } : {}),
      };
      map.push(this.emit(node.op, node.inputs.map((i) => map[i]!), node.attrs as never, opts));
    }
    for (const o of graph.outputs) this.outputs.push({ name: o.name, node: map[o.node]!.id });
    if (graph.loss !== undefined) this.lossId = map[graph.loss]!.id;
    for (const u of graph.updates) this.updates.push({ param: map[u.param]!.id, value: map[u.value]!.id });
    return map;
  }

  get lossTensor(): Tensor | undefined {
    return this.lossId === undefined ? undefined : new Tensor(this, this.lossId);
  }

  /** Runs `fn` with `name/` prefixed to parameter names. */
  scope<T>(name: string, fn: () => T): T {
    this.scopes.push(name);
    try {
      return fn();
    } finally {
      this.scopes.pop();
    }
  }

  /** A fresh, unique name under the current scope, e.g. uniqueName("dense") → "dense_2". */
  uniqueName(base: string): string {
    for (let i = 1; ; i++) {
      const candidate = i === 1 ? base : `${base}_${i}`;
      if (!this.usedNames.has(this.scoped(candidate)) && !this.usedNames.has(this.scoped(candidate) + "/")) {
        this.usedNames.add(this.scoped(candidate) + "/");
        return candidate;
      }
    }
  }

  /** Distinct seeds for the random ops of one graph, derived from the build seed. */
  nextRandomSeed(): number {
    return (Math.imul(this.seed + 1, 0x9e3779b1) + Math.imul(++this.randomCount, 0x85ebca77)) >>> 0;
  }

  build(): Graph {
    return Object.freeze({
      name: this.name,
      mode: this.mode,
      nodes: Object.freeze([...this.nodes]),
      outputs: Object.freeze([...this.outputs]),
      ...(this.lossId !== undefined ? { loss: this.lossId } : {}),
      updates: Object.freeze([...this.updates]),
      bindings: this.bindings,
    });
  }

  private scoped(name: string): string {
    return [...this.scopes, name].join("/");
  }

  private claimName(name: string, what: string): void {
    if (this.usedNames.has(name)) {
      throw new GraphError(what, callSite(), `the name '${name}' is already used`, {
        hint: "names of inputs, parameters and state must be unique (use scope() or a layer name)",
      });
    }
    this.usedNames.add(name);
  }
}

const BINDINGS_RULE = { takes: "an object of symbol values, e.g. { N: 64 }", ok: (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v) };

/** The most bytes one tensor may take: a WebAssembly memory (and so any arena) holds at most 4 GiB. */
export const MAX_TENSOR_BYTES = 2 ** 32;

function checkTensorBytes(op: string, out: ValueType, name: string | undefined, source: SourceLoc): void {
  const bytes = out.shape.reduce((n, d) => n * d, 4);
  if (bytes > MAX_TENSOR_BYTES) {
    throw new GraphError(op, source, `${name ? `'${name}' ` : "the result "}${formatShape(out.dtype, out.shape)} needs ${bytes.toLocaleString("en-US")} bytes, more than the ${MAX_TENSOR_BYTES.toLocaleString("en-US")} (4 GiB) a program's memory can hold`, {
      hint: "use a smaller batch (--batch) or smaller layers",
    });
  }
}

/** Symbol bindings are positive integers: { N: -4 }, { N: 2.5 } or { N: NaN } would build nonsense shapes. */
export function checkBindings(graph: string, bindings: Readonly<Record<string, unknown>>): void {
  for (const [symbol, v] of Object.entries(bindings)) {
    if (typeof v !== "number" || !Number.isInteger(v) || v < 1) {
      throw new GraphError("bindings", callSite(), `symbol "${symbol}" of graph '${graph}' is bound to ${typeof v === "number" ? v : JSON.stringify(v)}`, {
        hint: `bind each symbol to a positive integer, e.g. { ${symbol}: 64 } (or --batch 64)`,
      });
    }
  }
}

function formatAttrs(attrs: unknown): string | undefined {
  if (attrs === undefined) return undefined;
  const s = JSON.stringify(attrs);
  return s === "{}" ? undefined : s;
}

/** A graph definition: a name, default bindings, and the function that builds it. */
export interface GraphDef {
  readonly name: string;
  readonly defaults: Readonly<Record<string, number>>;
  build(opts?: BuildOptions): Graph;
}

export function defineGraph(
  name: string,
  defaults: Readonly<Record<string, number>>,
  fn: (g: GraphBuilder) => void,
): GraphDef {
  return {
    name,
    defaults,
    build(opts: BuildOptions = {}): Graph {
      checkOptions("build", opts, { bindings: BINDINGS_RULE, mode: rule.oneOf("train", "infer"), seed: rule.seed } satisfies OptionSpec<BuildOptions>);
      const bindings = { ...defaults, ...opts.bindings };
      checkBindings(name, bindings);
      const g = new GraphBuilder(name, opts.mode ?? "infer", bindings, opts.seed ?? 0);
      fn(g);
      return g.build();
    },
  };
}
