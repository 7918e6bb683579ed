// A loaded program: one arena (an ArrayBuffer) holding the persistent region (params, state, array
// constants) and a scratch region shared by the entry points, plus the entry functions a generated
// module's `instantiate` returns. Dependency-free: generated modules import it; it never imports the
// compiler.
import type { Feed, FeedCheckOptions, Slot } from "./feeds.ts";
import { checkFeed, checkFeeds, FeedError, firstNonFinite, IndexError, nonFiniteError } from "./feeds.ts";
import type { InitSpec } from "./init.ts";
import { initializeParams } from "./init.ts";
import type { DType, HostTensor } from "./tensor.ts";
import { numel } from "./tensor.ts";

/** A named value at a byte address of the arena. */
export interface ArenaSlot extends Slot {
  readonly address: number;
  /**
   * For an i32 input that reaches the indices of a gather or scatterAdd: the values it must lie in,
   * [0, limit), and the op and source line that need it. Checked before each run (see checkIndices).
   */
  readonly indexRange?: { readonly limit: number; readonly op: string; readonly source: string };
}

export interface ParamSlotInfo extends ArenaSlot {
  readonly init: InitSpec;
  readonly trainable: boolean;
}

/** One entry point as the manifest describes it. */
export interface EntrySpec {
  readonly inputs: readonly ArenaSlot[];
  readonly outputs: readonly ArenaSlot[];
  readonly params: readonly string[];
  /**
   * The entry's prepare entry: it computes the entry's param-invariant values (batch norm folded into
   * the weights, transposed weights, …) into the `derived` slots; run() runs it first whenever params
   * changed since it last ran (setParams, initParams, an entry that updates params).
   */
  readonly prepare?: string;
  /** A prepare entry: run only by run() of the entry it prepares, never by name. */
  readonly role?: "prepare";
  /** The params the entry writes when it runs (a training step): prepares that read them must run again. */
  readonly updatesParams?: readonly string[];
}

/** What a generated module declares about itself (plain data, written into the module). */
export interface ProgramManifest {
  readonly name: string;
  readonly arenaBytes: number;
  readonly params: readonly ParamSlotInfo[];
  readonly entries: Readonly<Record<string, EntrySpec>>;
  /** Persistent slots that prepare entries compute from the params (not params: never set, saved or initialized). */
  readonly derived?: readonly ArenaSlot[];
}

/** A generated module's entry functions over a given arena (params updated in place by each step). */
export type Instantiate = (arena: ArrayBuffer) => Readonly<Record<string, () => void>> | ReadonlyMap<string, () => void>;

export interface ProgramModule {
  readonly manifest: ProgramManifest;
  readonly instantiate: Instantiate;
}

function viewOf(arena: ArrayBuffer, slot: Slot & { address: number }): Float32Array | Int32Array {
  const n = numel(slot.shape);
  return slot.dtype === "i32" ? new Int32Array(arena, slot.address, n) : new Float32Array(arena, slot.address, n);
}

/** The arena of a TypeScript-backend program; an allocation failure names the program and its bytes. */
function allocateArena(manifest: ProgramManifest): ArrayBuffer {
  try {
    return new ArrayBuffer(manifest.arenaBytes);
  } catch (e) {
    throw new RangeError(
      `program '${manifest.name}' could not allocate its arena of ${manifest.arenaBytes.toLocaleString("en-US")} bytes (${e instanceof Error ? e.message : String(e)}); ` +
        "use a smaller batch or smaller layers",
    );
  }
}

/**
 * What run() needs of an entry, made once: its function, typed views of its input and output slots
 * over the arena (so a call allocates nothing but the output copies), and whether its params are set.
 */
interface EntryBinding {
  readonly spec: ProgramManifest["entries"][string];
  readonly fn: () => void;
  /** "<program>.<entry>", the prefix of its index errors. */
  readonly label: string;
  /** "<program>.<entry>: inputs", the prefix of its feed errors. */
  readonly what: string;
  readonly inputs: readonly { readonly slot: ArenaSlot; readonly view: Float32Array | Int32Array }[];
  readonly outputs: readonly { readonly slot: ArenaSlot; readonly view: Float32Array | Int32Array }[];
  /** The prepare entry's name and function, when the entry has one. */
  readonly prepare?: { readonly name: string; readonly fn: () => void };
  /** Prepare entries that read a param this entry updates: their values are stale after a run. */
  readonly invalidates: readonly string[];
  paramsSet: boolean;
}

/** The feed's flat data when it is a typed array or host tensor of the slot's dtype and size; else undefined (checkFeeds says why). */
function quickFeed(slot: ArenaSlot, size: number, feed: Feed | undefined): ArrayLike<number> | undefined {
  const typed = slot.dtype === "i32" ? Int32Array : Float32Array;
  if (feed instanceof typed) return feed.length === size ? feed : undefined;
  if (feed === undefined || typeof feed !== "object" || !("data" in feed) || !(feed.data instanceof typed) || feed.dtype !== slot.dtype) return undefined;
  if (feed.data.length !== size || feed.shape.length !== slot.shape.length || feed.shape.some((d, i) => d !== slot.shape[i])) return undefined;
  return feed.data;
}

export class Program {
  readonly arena: ArrayBuffer;
  private readonly fns: ReadonlyMap<string, () => void>;
  private readonly paramByName: Map<string, ParamSlotInfo>;
  private readonly hasValue = new Set<string>();
  private readonly bindings = new Map<string, EntryBinding>();
  /** Prepare entries whose slots hold the values of the current params (emptied whenever a param may change). */
  private readonly prepared = new Set<string>();
  /** The generated TypeScript, when the program was compiled in-process. */
  source?: string;
  /**
   * Accept NaN and ±∞ in f32 inputs and params for every run (compile option `allowNonFinite`);
   * a call's own `{ allowNonFinite }` overrides it. Default false: a non-finite value is a FeedError.
   */
  allowNonFinite = false;
  /**
   * Check index inputs before each run (default true): a value outside its table is an IndexError
   * naming the input, the position and the op. Off, kernels clamp gather indices into range and drop
   * scatterAdd updates whose index is out of range, and never touch memory outside the table.
   */
  checkIndices = true;

  constructor(
    readonly manifest: ProgramManifest,
    instantiate: Instantiate,
    /** The arena, when a backend owns its memory (a WebAssembly.Memory's buffer); else a new one. */
    arena?: ArrayBuffer,
  ) {
    this.arena = arena ?? allocateArena(manifest);
    const fns = instantiate(this.arena);
    // A Map, so entry names such as "__proto__" or "constructor" are looked up as names, never inherited.
    this.fns = fns instanceof Map ? fns : new Map(Object.entries(fns));
    this.paramByName = new Map(manifest.params.map((p) => [p.name, p]));
  }

  /** Entry point names, e.g. ["forward", "trainStep"] (prepare entries are not among them: run() runs them). */
  get entries(): string[] {
    return Object.keys(this.manifest.entries).filter((e) => this.manifest.entries[e]!.role !== "prepare");
  }

  /**
   * Runs one entry: validates and copies the feeds into the arena, runs the kernels, applies the
   * entry's updates to the persistent params, and returns copies of the outputs (safe to keep).
   */
  run(entry: string, feeds: Readonly<Record<string, Feed>> = {}, opts: FeedCheckOptions = {}): Record<string, HostTensor> {
    const b = this.bindings.get(entry) ?? this.bind(entry);
    if (!b.paramsSet) this.checkParamsSet(entry, b);
    // Before the feeds: a prepare entry's temporaries share the scratch region with the inputs.
    if (b.prepare && !this.prepared.has(b.prepare.name)) {
      b.prepare.fn();
      this.prepared.add(b.prepare.name);
    }
    this.writeFeeds(b, feeds, this.checkOptions(opts));
    for (const p of b.invalidates) this.prepared.delete(p);
    b.fn();
    const outputs: Record<string, HostTensor> = {};
    for (const { slot, view } of b.outputs) outputs[slot.name] = { dtype: slot.dtype, shape: [...slot.shape], data: view.slice() };
    return outputs;
  }

  private bind(entry: string): EntryBinding {
    const spec = Object.hasOwn(this.manifest.entries, entry) ? this.manifest.entries[entry] : undefined;
    const fn = this.fns.get(entry);
    if (!spec || !fn || spec.role === "prepare") {
      throw new FeedError(`program '${this.manifest.name}' has no entry '${entry}'; its entries are ${this.entries.join(", ")}`);
    }
    const prepareFn = spec.prepare !== undefined ? this.fns.get(spec.prepare) : undefined;
    if (spec.prepare !== undefined && !prepareFn) {
      throw new Error(`program '${this.manifest.name}': entry '${entry}' needs its prepare entry '${spec.prepare}', which the module lacks; the module and the manifest are from different compilations`);
    }
    const withView = (slot: ArenaSlot) => ({ slot, view: viewOf(this.arena, slot) });
    const label = `${this.manifest.name}.${entry}`;
    const b: EntryBinding = {
      spec, fn, label, what: `${label}: inputs`, inputs: spec.inputs.map(withView), outputs: spec.outputs.map(withView), paramsSet: false,
      invalidates: this.preparesReading(spec.updatesParams ?? []),
      ...(prepareFn ? { prepare: { name: spec.prepare!, fn: prepareFn } } : {}),
    };
    this.bindings.set(entry, b);
    return b;
  }

  /** The prepare entries that read any of `params`. */
  private preparesReading(params: readonly string[]): string[] {
    if (params.length === 0) return [];
    const written = new Set(params);
    return Object.keys(this.manifest.entries).filter((e) => {
      const spec = this.manifest.entries[e]!;
      return spec.role === "prepare" && spec.params.some((p) => written.has(p));
    });
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

  /**
   * Checks the feeds and copies them straight into the arena. Typed arrays of the right kind and size
   * take a path that allocates nothing; their values are still checked (finite, labels and indices in
   * range) before any is written. Anything else gets the full check, with its messages.
   */
  private writeFeeds(b: EntryBinding, feeds: Readonly<Record<string, Feed>>, opts: FeedCheckOptions): void {
    let known = 0;
    for (const { slot, view } of b.inputs) {
      if (quickFeed(slot, view.length, feeds[slot.name]) === undefined) break;
      known++;
    }
    let keys = 0;
    for (const _ in feeds) keys++;
    if (known === b.inputs.length && keys === known) {
      // f32 values are scanned for NaN/±∞ once they are in the arena (firstNonFinite: SIMD in a wasm
      // program); an input slot is rewritten by every run, so a rejected feed leaves nothing behind.
      const unscanned = { ...opts, allowNonFinite: true };
      for (const { slot, view } of b.inputs) this.checkValues(b, slot, checkFeed(b.what, slot, quickFeed(slot, view.length, feeds[slot.name]) as Feed, unscanned));
      for (const { slot, view } of b.inputs) view.set(quickFeed(slot, view.length, feeds[slot.name])!);
      if (!opts.allowNonFinite) {
        for (const { slot, view } of b.inputs) {
          if (!(view instanceof Float32Array)) continue;
          const bad = this.firstNonFinite(view);
          if (bad >= 0) throw nonFiniteError(b.what, slot, view[bad], bad, opts);
        }
      }
      return;
    }
    const data = checkFeeds(b.what, b.spec.inputs, feeds, opts);
    b.spec.inputs.forEach((slot, i) => this.checkValues(b, slot, data[i]!));
    b.inputs.forEach(({ view }, i) => view.set(data[i]!));
  }

  /** The index of the first NaN or ±∞ in `values` (a view of the arena), or −1. */
  protected firstNonFinite(values: Float32Array): number {
    return firstNonFinite(values);
  }

  /** The index check of gather/scatterAdd inputs (see checkIndices). */
  private checkValues(b: EntryBinding, slot: ArenaSlot, data: ArrayLike<number>): void {
    if (this.checkIndices) checkIndexRange(b.label, slot, data);
  }

  /**
   * Sets params by name (host tensors or flat arrays); each name must be a param of the program, a host
   * tensor must have the param's exact shape and dtype, and values must be finite (unless allowNonFinite).
   * Nothing is written unless every value passes.
   */
  setParams(values: Readonly<Record<string, HostTensor | ArrayLike<number>>>, opts: FeedCheckOptions = {}): void {
    const checked: [ParamSlotInfo, ArrayLike<number>][] = [];
    for (const [name, value] of Object.entries(values)) {
      const slot = this.paramByName.get(name);
      if (!slot) {
        throw new FeedError(`setParams: no param named '${name}'; params are ${[...this.paramByName.keys()].join(", ") || "none"}`);
      }
      checked.push([slot, checkFeed("setParams", slot, value as Feed, { ...this.checkOptions(opts), role: "param" })]);
    }
    for (const [slot, data] of checked) {
      viewOf(this.arena, slot).set(data);
      this.hasValue.add(slot.name);
    }
    if (checked.length) this.prepared.clear();
  }

  private checkOptions(opts: FeedCheckOptions): FeedCheckOptions {
    return { allowNonFinite: opts.allowNonFinite ?? this.allowNonFinite };
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

function checkIndexRange(what: string, slot: ArenaSlot, data: ArrayLike<number>): void {
  const range = slot.indexRange;
  if (!range) return;
  for (let j = 0; j < data.length; j++) {
    const v = data[j]!;
    if (v >= 0 && v < range.limit) continue;
    throw new IndexError(
      `${what}: input '${slot.name}' holds ${v} at flat position ${j}, outside [0, ${range.limit}) of the ${range.op} at ${range.source}\n` +
        "  hint:    ids must be below the table's size (the vocabulary size); set program.checkIndices = false to clamp instead",
    );
  }
}

/** Loads a generated module's exports (`manifest`, `instantiate`) as a Program. */
export function loadProgram(mod: ProgramModule): Program {
  return new Program(mod.manifest, mod.instantiate);
}
