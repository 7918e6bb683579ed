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

/**
 * What run() needs of an entry, made once: its function, typed views of its input and output slots
 * over the arena (so a call allocates nothing but the output copies), and whether its params are set.
 */
interface EntryBinding {
  readonly spec: ProgramManifest["entries"][string];
  readonly fn: () => void;
  readonly inputs: readonly { readonly slot: ArenaSlot; readonly view: Float32Array | Int32Array }[];
  readonly outputs: readonly { readonly slot: ArenaSlot; readonly view: Float32Array | Int32Array }[];
  paramsSet: boolean;
}

/** The feed's flat data when it is a typed array or host tensor of the slot's dtype and size; else undefined (checkFeeds says why). */
function quickFeed(slot: ArenaSlot, size: number, feed: Feed | undefined): ArrayLike<number> | undefined {
  const typed = slot.dtype === "i32" ? Int32Array : Float32Array;
  if (feed instanceof typed) return feed.length === size ? feed : undefined;
  if (feed === undefined || !("data" in feed) || !(feed.data instanceof typed) || feed.dtype !== slot.dtype) return undefined;
  if (feed.data.length !== size || feed.shape.length !== slot.shape.length || feed.shape.some((d, i) => d !== slot.shape[i])) return undefined;
  return feed.data;
}

export class Program {
  readonly arena: ArrayBuffer;
  private readonly fns: Readonly<Record<string, () => void>>;
  private readonly paramByName: Map<string, ParamSlotInfo>;
  private readonly hasValue = new Set<string>();
  private readonly bindings = new Map<string, EntryBinding>();
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
    const b = this.bindings.get(entry) ?? this.bind(entry);
    if (!b.paramsSet) this.checkParamsSet(entry, b);
    this.writeFeeds(entry, b, feeds);
    b.fn();
    const outputs: Record<string, HostTensor> = {};
    for (const { slot, view } of b.outputs) outputs[slot.name] = { dtype: slot.dtype, shape: [...slot.shape], data: view.slice() };
    return outputs;
  }

  private bind(entry: string): EntryBinding {
    const spec = this.manifest.entries[entry];
    const fn = this.fns[entry];
    if (!spec || !fn) {
      throw new FeedError(`program '${this.manifest.name}' has no entry '${entry}'; its entries are ${this.entries.join(", ")}`);
    }
    const withView = (slot: ArenaSlot) => ({ slot, view: viewOf(this.arena, slot) });
    const b: EntryBinding = { spec, fn, inputs: spec.inputs.map(withView), outputs: spec.outputs.map(withView), paramsSet: false };
    this.bindings.set(entry, b);
    return b;
  }

  private checkParamsSet(entry: string, b: EntryBinding): void {
    const unset = b.spec.params.filter((p) => !this.hasValue.has(p));
    if (unset.length) {
      throw new FeedError(
        `${this.manifest.name}.${entry}: params ${unset.map((p) => `'${p}'`).join(", ")} have no value; ` +
          "call program.initParams(seed) or program.setParams({...}) first",
      );
    }
    b.paramsSet = true;
  }

  /** Copies the feeds straight into the arena: typed arrays of the right kind and size go through without checks that allocate. */
  private writeFeeds(entry: string, b: EntryBinding, feeds: Readonly<Record<string, Feed>>): void {
    let known = 0;
    for (const { slot, view } of b.inputs) {
      const data = quickFeed(slot, view.length, feeds[slot.name]);
      if (data === undefined) break;
      known++;
    }
    let keys = 0;
    for (const _ in feeds) keys++;
    if (known === b.inputs.length && keys === known) {
      for (const { slot, view } of b.inputs) view.set(quickFeed(slot, view.length, feeds[slot.name])!);
      return;
    }
    // Something is off (or a plain array was given): the full check, with its messages.
    const data = checkFeeds(`${this.manifest.name}.${entry}: inputs`, b.spec.inputs, feeds);
    b.inputs.forEach(({ view }, i) => view.set(data[i]!));
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
