// A loaded program: one arena (an ArrayBuffer) holding the persistent region (params, state, array
// constants) and a scratch region shared by the entry points, plus the entry functions a generated
// module's `instantiate` returns. Dependency-free: generated modules import it; it never imports the
// compiler.
import type { Feed, Slot } from "./feeds.ts";
import { checkFeeds, FeedError } from "./feeds.ts";
import type { InitSpec } from "./init.ts";
import { initializeParams } from "./init.ts";
import type { DType, HostTensor } from "./tensor.ts";
import { numel } from "./tensor.ts";

/** A named value at a byte address of the arena. */
export interface ArenaSlot extends Slot {
  readonly address: number;
}

export interface ParamSlotInfo extends ArenaSlot {
  readonly init: InitSpec;
  readonly trainable: boolean;
}

/** What a generated module declares about itself (plain data, written into the module). */
export interface ProgramManifest {
  readonly name: string;
  readonly arenaBytes: number;
  readonly params: readonly ParamSlotInfo[];
  readonly entries: Readonly<Record<string, { readonly inputs: readonly ArenaSlot[]; readonly outputs: readonly ArenaSlot[]; readonly params: readonly string[] }>>;
}

/** A generated module's entry functions over a given arena (params updated in place by each step). */
export type Instantiate = (arena: ArrayBuffer) => Readonly<Record<string, () => void>>;

export interface ProgramModule {
  readonly manifest: ProgramManifest;
  readonly instantiate: Instantiate;
}

function viewOf(arena: ArrayBuffer, slot: Slot & { address: number }): Float32Array | Int32Array {
  const n = numel(slot.shape);
  return slot.dtype === "i32" ? new Int32Array(arena, slot.address, n) : new Float32Array(arena, slot.address, n);
}

export class Program {
  readonly arena: ArrayBuffer;
  private readonly fns: Readonly<Record<string, () => void>>;
  private readonly paramByName: Map<string, ParamSlotInfo>;
  private readonly hasValue = new Set<string>();
  /** The generated TypeScript, when the program was compiled in-process. */
  source?: string;

  constructor(
    readonly manifest: ProgramManifest,
    instantiate: Instantiate,
    /** The arena, when a backend owns its memory (a WebAssembly.Memory's buffer); else a new one. */
    arena?: ArrayBuffer,
  ) {
    this.arena = arena ?? new ArrayBuffer(manifest.arenaBytes);
    this.fns = instantiate(this.arena);
    this.paramByName = new Map(manifest.params.map((p) => [p.name, p]));
  }

  /** Entry point names, e.g. ["forward", "trainStep"]. */
  get entries(): string[] {
    return Object.keys(this.manifest.entries);
  }

  /**
   * Runs one entry: validates and copies the feeds into the arena, runs the kernels, applies the
   * entry's updates to the persistent params, and returns copies of the outputs (safe to keep).
   */
  run(entry: string, feeds: Readonly<Record<string, Feed>> = {}): Record<string, HostTensor> {
    const spec = this.manifest.entries[entry];
    const fn = this.fns[entry];
    if (!spec || !fn) {
      throw new FeedError(`program '${this.manifest.name}' has no entry '${entry}'; its entries are ${this.entries.join(", ")}`);
    }
    const unset = spec.params.filter((p) => !this.hasValue.has(p));
    if (unset.length) {
      throw new FeedError(
        `${this.manifest.name}.${entry}: params ${unset.map((p) => `'${p}'`).join(", ")} have no value; ` +
          "call program.initParams(seed) or program.setParams({...}) first",
      );
    }
    const data = checkFeeds(`${this.manifest.name}.${entry}: inputs`, spec.inputs, feeds);
    spec.inputs.forEach((slot, i) => viewOf(this.arena, slot).set(data[i]!));
    fn();
    const outputs: Record<string, HostTensor> = {};
    for (const o of spec.outputs) outputs[o.name] = { dtype: o.dtype, shape: [...o.shape], data: viewOf(this.arena, o).slice() };
    return outputs;
  }

  /** Sets params by name (host tensors or flat arrays); each name must be a param of the program. */
  setParams(values: Readonly<Record<string, HostTensor | ArrayLike<number>>>): void {
    for (const [name, value] of Object.entries(values)) {
      const slot = this.paramByName.get(name);
      if (!slot) {
        throw new FeedError(`setParams: no param named '${name}'; params are ${[...this.paramByName.keys()].join(", ") || "none"}`);
      }
      const isHost = typeof value === "object" && value !== null && "data" in value && "shape" in value;
      const data = isHost ? (value as HostTensor).data : (value as ArrayLike<number>);
      if (isHost && (value as HostTensor).dtype !== slot.dtype) {
        throw new FeedError(`setParams: '${name}' has dtype ${(value as HostTensor).dtype}, expected ${slot.dtype}`);
      }
      if (data.length !== numel(slot.shape)) {
        throw new FeedError(`setParams: '${name}' has ${data.length} values, expected ${numel(slot.shape)} for ${slot.dtype}[${slot.shape.join(",")}]`);
      }
      viewOf(this.arena, slot).set(data);
      this.hasValue.add(name);
    }
  }

  /** Copies of every param that has a value, by name. */
  getParams(): Record<string, HostTensor> {
    const out: Record<string, HostTensor> = {};
    for (const p of this.manifest.params) {
      if (this.hasValue.has(p.name)) out[p.name] = { dtype: p.dtype as DType, shape: [...p.shape], data: viewOf(this.arena, p).slice() };
    }
    return out;
  }

  /** Releases what the program holds beyond its arena (a threaded WebAssembly program's workers). */
  dispose(): void {}

  /** Initializes every param from its initializer, seeded by (seed, name): deterministic. */
  initParams(seed = 0): void {
    this.setParams(initializeParams(this.manifest.params, seed));
  }
}

/** Loads a generated module's exports (`manifest`, `instantiate`) as a Program. */
export function loadProgram(mod: ProgramModule): Program {
  return new Program(mod.manifest, mod.instantiate);
}
