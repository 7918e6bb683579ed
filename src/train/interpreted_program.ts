// A program that runs its entry graphs on the reference interpreter, with persistent params shared
// by name between entries and each graph's `updates` applied after a run — the same contract as a
// compiled Program. It is the oracle the training tests compare compiled runs against, and it trains
// tiny graphs (perceptron, xor) without a compile step.
import type { Graph } from "../ir/types.ts";
import { paramsOf, sizeOf } from "../ir/types.ts";
import { interpret } from "../interp/interpret.ts";
import type { Feed } from "../runtime/feeds.ts";
import type { ParamSlot } from "../runtime/init.ts";
import { initializeParams } from "../runtime/init.ts";
import type { HostTensor } from "../runtime/tensor.ts";

export class InterpretedProgram {
  private readonly params = new Map<string, HostTensor>();
  private readonly entries: Readonly<Record<string, Graph>>;

  constructor(
    entries: Graph | Readonly<Record<string, Graph>>,
    private readonly float: "f32" | "f64" = "f32",
  ) {
    this.entries = isGraph(entries) ? { [entries.name]: entries } : entries;
  }

  get entryNames(): string[] {
    return Object.keys(this.entries);
  }

  /** Runs one entry; its updates replace the persistent params. Returns the named outputs. */
  run(entry: string, feeds: Readonly<Record<string, Feed>>): Record<string, HostTensor> {
    const graph = this.entries[entry];
    if (!graph) throw new Error(`no entry '${entry}' in this program; it has ${this.entryNames.join(", ")}`);
    const params: Record<string, HostTensor> = {};
    for (const p of paramsOf(graph)) {
      const value = this.params.get(p.attrs.name);
      if (!value) {
        throw new Error(`param '${p.attrs.name}' of entry '${entry}' has no value; call initParams(seed) or setParams() first`);
      }
      params[p.attrs.name] = value;
    }
    const result = interpret(graph, { feeds, params, float: this.float });
    for (const [name, value] of Object.entries(result.updates)) this.params.set(name, value);
    return result.outputs;
  }

  /** Copies of every param value (as float32/int32, like a compiled program's arena). */
  getParams(): Record<string, HostTensor> {
    const out: Record<string, HostTensor> = {};
    for (const [name, t] of this.params) {
      const data = t.dtype === "i32" ? Int32Array.from(t.data) : this.float === "f64" ? Float64Array.from(t.data) : Float32Array.from(t.data);
      out[name] = { dtype: t.dtype, shape: [...t.shape], data };
    }
    return out;
  }

  /** Initializes every param of every entry from its init spec (seeded per param name). */
  initParams(seed: number): void {
    const slots = [...this.paramSlots().values()];
    this.setParams(initializeParams(slots, seed));
  }

  /** Sets params by name; every name must be a param of some entry, with the right size. */
  setParams(values: Readonly<Record<string, HostTensor | ArrayLike<number>>>): void {
    const slots = this.paramSlots();
    for (const [name, value] of Object.entries(values)) {
      const slot = slots.get(name);
      if (!slot) throw new Error(`setParams: no param named '${name}'; params are ${[...slots.keys()].join(", ")}`);
      const data = "data" in value ? value.data : value;
      if (data.length !== sizeOf(slot.shape)) {
        throw new Error(`setParams: '${name}' has ${data.length} values, expected ${sizeOf(slot.shape)} for [${slot.shape.join(",")}]`);
      }
      const copy = slot.dtype === "i32" ? Int32Array.from(data) : this.float === "f64" ? Float64Array.from(data) : Float32Array.from(data);
      this.params.set(name, { dtype: slot.dtype, shape: [...slot.shape], data: copy });
    }
  }

  /** Every param of every entry, by name (entries share a param by having the same name). */
  paramSlots(): Map<string, ParamSlot> {
    const slots = new Map<string, ParamSlot>();
    for (const g of Object.values(this.entries)) for (const p of paramsOf(g)) slots.set(p.attrs.name, p.attrs);
    return slots;
  }
}

function isGraph(v: Graph | Readonly<Record<string, Graph>>): v is Graph {
  return Array.isArray((v as Graph).nodes);
}
