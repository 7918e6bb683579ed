// Values inside a kernel: `valueAt(node, index)` returns an expression for a node's value at an index,
// reading memory for materialized nodes and emitting fused computations (memoized per block) for
// the nodes the kernel owns.
import type { Graph, Node } from "../../ir/types.ts";
import { isElementwise } from "../../prims/elementwise.ts";
import type { Buffer, Kernel, Plan } from "../../passes/plan.ts";
import type { Index } from "./expr.ts";
import { Block, broadcastIndex, coordsOf, flatOf, literal, plus, renderElementwise } from "./expr.ts";

export class KernelValues {
  readonly g: Graph;
  private readonly members: Set<number>;
  /** Nodes read from memory at a given element address (the core's accumulator lives in the output buffer). */
  private readonly memoryAt = new Map<number, number>();
  /** randomUniform node → name of its per-call key. */
  readonly randomKeys = new Map<number, string>();
  /**
   * Rows kernels: per-row values already computed for the current row (node → local name). A node is
   * read here at any index, which the rows pass guarantees is the current row (src/passes/rows.ts).
   */
  readonly rowValues = new Map<number, string>();

  constructor(
    readonly plan: Plan,
    readonly kernel: Kernel,
  ) {
    this.g = plan.graph;
    this.members = new Set(kernel.nodes);
    if (kernel.kind !== "loop" && kernel.kind !== "rows") {
      this.members.delete(kernel.core);
      this.memoryAt.set(kernel.core, this.elementAddress(kernel.output));
    }
    kernel.nodes.forEach((id) => {
      if (this.g.nodes[id]!.op === "randomUniform") this.randomKeys.set(id, `key${id}`);
    });
  }

  buffer(node: number): Buffer {
    const b = this.plan.buffers[this.plan.bufferOf[node]!];
    if (!b) throw new Error(`internal: node %${node} has no buffer in entry '${this.plan.entry}'`);
    return b;
  }

  /** Element (not byte) address of a node's buffer. */
  elementAddress(node: number): number {
    return this.buffer(node).address / 4;
  }

  array(node: number): "F" | "I" {
    return this.g.nodes[node]!.dtype === "i32" ? "I" : "F";
  }

  /** `F[addr + flat]` for a value in memory. */
  read(node: number, flat: string): string {
    const base = this.memoryAt.get(node) ?? this.elementAddress(node);
    return `${this.array(node)}[${plus([String(base), flat])}]`;
  }

  /** The statement storing `value` at `flat` of the kernel's output (or of another node it writes). */
  store(flat: string, value: string, node = this.kernel.output): string {
    return `${this.array(node)}[${plus([String(this.elementAddress(node)), flat])}] = ${value};`;
  }

  /** Statements computing the kernel's output at `idx` and storing it, side outputs first. */
  storeEpilogue(idx: Index, block: Block): string[] {
    const v = this.valueAt(this.kernel.output, idx, block);
    const flat = flatOf(idx);
    const sides = this.kernel.sideOutputs.map((id) => this.store(flat, this.valueAt(id, idx, block), id));
    return [...block.lines, ...sides, this.store(flat, v)];
  }

  /** Statements computing each random op's key once per call (the counter is read from memory). */
  randomPrologue(): string[] {
    return [...this.randomKeys].map(([id, key]) => {
      const n = this.g.nodes[id] as Node & { op: "randomUniform" };
      return `const ${key} = randomKey(${n.attrs.seed}, ${this.read(n.inputs[0]!, "0")});`;
    });
  }

  valueAt(id: number, idx: Index, block: Block): string {
    const node = this.g.nodes[id]!;
    if (node.op === "const" && typeof node.attrs.value === "number") return literal(node.attrs.value, node.dtype);
    const row = this.rowValues.get(id);
    if (row !== undefined) return row;
    const flat = flatOf(idx);
    const key = `${id}@${flat}`;
    const known = block.lookup(key);
    if (known) return known;
    if (!this.members.has(id)) return this.read(id, flat);
    const value = this.compute(node, idx, block);
    const name = block.bind(value, "v");
    block.remember(key, name);
    return name;
  }

  private compute(node: Node, idx: Index, block: Block): string {
    if (isElementwise(node.op)) {
      const args = node.inputs.map((i) => this.valueAt(i, broadcastIndex(idx, this.g.nodes[i]!.shape, block), block));
      return renderElementwise[node.op](args, node);
    }
    const x = node.inputs[0]!;
    const xShape = this.g.nodes[x]?.shape ?? [];
    switch (node.op) {
      case "randomUniform":
        return `uniformAt(${this.randomKeys.get(node.id)}, ${flatOf(idx)})`;
      case "reshape":
        return this.valueAt(x, { shape: xShape, flat: flatOf(idx) }, block);
      case "broadcast":
        return this.valueAt(x, broadcastIndex(idx, xShape, block), block);
      case "transpose": {
        const c = coordsOf(idx, block);
        const inCoords = new Array<string>(c.length);
        node.attrs.perm.forEach((p, a) => (inCoords[p] = c[a]!));
        return this.valueAt(x, { shape: xShape, coords: inCoords }, block);
      }
      case "slice": {
        const c = coordsOf(idx, block);
        const begin = node.attrs.begin;
        return this.valueAt(x, { shape: xShape, coords: c.map((v, a) => (begin[a] ? `(${v} + ${begin[a]})` : v)) }, block);
      }
      case "pad":
        return this.padValue(node as Node & { op: "pad" }, idx, block);
      case "concat":
        return this.concatValue(node as Node & { op: "concat" }, idx, block);
      case "gather":
        return this.gatherValue(node as Node & { op: "gather" }, idx, block);
      default:
        throw new Error(`internal: ${node.op} (%${node.id}) cannot be computed inside a fused loop`);
    }
  }

  private padValue(node: Node & { op: "pad" }, idx: Index, block: Block): string {
    const c = coordsOf(idx, block);
    const xShape = this.g.nodes[node.inputs[0]!]!.shape;
    const conds: string[] = [];
    const inCoords = c.map((v, a) => {
      const [before, after] = node.attrs.pads[a]!;
      if (before === 0 && after === 0) return v;
      const shifted = before ? block.bind(`${v} - ${before}`, "q") : v;
      conds.push(`${shifted} >= 0 && ${shifted} < ${xShape[a]}`);
      return shifted;
    });
    const result = block.fresh("v");
    const inner = block.child();
    const value = this.valueAt(node.inputs[0]!, { shape: xShape, coords: inCoords }, inner);
    block.push(`let ${result} = ${literal(node.attrs.value, node.dtype)};`);
    block.push(`if (${conds.join(" && ") || "true"}) {`, ...inner.lines, `${result} = ${value};`, "}");
    return result;
  }

  /** table[p…, clamp(indices[i…]), s…]: the index is read (or computed) at the output's index coordinates. */
  private gatherValue(node: Node & { op: "gather" }, idx: Index, block: Block): string {
    const c = coordsOf(idx, block);
    const [tableId, indicesId] = node.inputs as [number, number];
    const table = this.g.nodes[tableId]!.shape;
    const iShape = this.g.nodes[indicesId]!.shape;
    const axis = node.attrs.axis;
    const index = this.valueAt(indicesId, { shape: iShape, coords: c.slice(axis, axis + iShape.length) }, block);
    // Clamped so a kernel never reads outside the table (checked feeds report bad indices before a run).
    const row = block.bind(`Math.min(Math.max(${index}, 0), ${table[axis]! - 1})`, "q");
    return this.valueAt(tableId, { shape: table, coords: [...c.slice(0, axis), row, ...c.slice(axis + iShape.length)] }, block);
  }

  private concatValue(node: Node & { op: "concat" }, idx: Index, block: Block): string {
    const c = coordsOf(idx, block);
    const axis = node.attrs.axis;
    const result = block.fresh("v");
    block.push(`let ${result} = 0;`);
    let start = 0;
    node.inputs.forEach((input, k) => {
      const shape = this.g.nodes[input]!.shape;
      const end = start + shape[axis]!;
      const inner = block.child();
      const coords = c.map((v, a) => (a === axis && start ? `(${v} - ${start})` : v));
      const value = this.valueAt(input, { shape, coords }, inner);
      const head = k === 0 ? `if (${c[axis]} < ${end}) {` : k === node.inputs.length - 1 ? "} else {" : `} else if (${c[axis]} < ${end}) {`;
      block.push(head, ...inner.lines, `${result} = ${value};`);
      start = end;
    });
    block.push("}");
    return result;
  }
}
