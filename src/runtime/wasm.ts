// Loading a compiled WebAssembly program: instantiate the module (synchronously), use its exported
// memory as the arena, and expose the same Program API as the TypeScript backend (entries, run with
// feed validation, get/set/initParams) — Program's own code, over the module's memory. Dependency-free:
// generated wrapper modules import it; it never imports the compiler.
import "./optimized-wasm.ts"; // first: before binaryen or any WebAssembly is compiled
import type { ProgramManifest } from "./program.ts";
import { Program } from "./program.ts";
import { resolveThreads, ThreadPool, threadsUnavailable, warnSingleThreaded, type ThreadsOption } from "./threads.ts";

/** Whether this engine accepts relaxed SIMD: validates `(func (result v128) v128.const 0 ×3 f32x4.relaxed_madd)`. */
export function hasRelaxedSimd(): boolean {
  const zero = [0xfd, 0x0c, ...new Array<number>(16).fill(0)];
  const body = [0x00, ...zero, ...zero, ...zero, 0xfd, 0x85, 0x02, 0x0b];
  const bytes = new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7b, 0x03, 0x02, 0x01, 0x00,
    0x0a, body.length + 2, 0x01, body.length, ...body,
  ]);
  return WebAssembly.validate(bytes);
}

/** The module's binaries: `fma` (relaxed-SIMD multiply-add) is used when the engine supports it. */
export interface WasmBinaries {
  readonly plain: BufferSource;
  readonly fma?: BufferSource;
  /** The build for threads (shared imported memory of `memoryBytes`), when the program was compiled with threads. */
  readonly threaded?: { readonly plain: BufferSource; readonly fma?: BufferSource; readonly memoryBytes: number };
}

export interface WasmLoadOptions {
  /** Threads to run on (a count, or "auto": the machine's cores). Default 1. Needs `binaries.threaded`. */
  readonly threads?: ThreadsOption;
}

/** The export of an entry's threaded form (src/codegen/wasm/module.ts). */
const threadedExport = (entry: string) => `${entry}/threads`;

interface Loaded {
  readonly instance: WebAssembly.Instance;
  readonly memory: WebAssembly.Memory;
  readonly pool?: ThreadPool;
}

/**
 * Instantiates the threaded build over a new shared memory and starts its workers; or, when no entry
 * has anything to split (batch-1 inference, a tiny graph: no `<entry>/threads` export), null: the
 * one-thread build then runs it, without workers that would never be woken.
 */
function loadThreaded(manifest: ProgramManifest, threaded: NonNullable<WasmBinaries["threaded"]>, useFma: boolean, threads: number): Loaded | null {
  const module = new WebAssembly.Module(useFma && threaded.fma ? threaded.fma : threaded.plain);
  if (!WebAssembly.Module.exports(module).some((e) => e.name.endsWith("/threads"))) return null;
  const pages = Math.ceil(threaded.memoryBytes / 65536);
  const memory = new WebAssembly.Memory({ initial: pages, maximum: pages, shared: true } as WebAssembly.MemoryDescriptor);
  const instance = new WebAssembly.Instance(module, { env: { memory } });
  const control = (instance.exports.threads_control as WebAssembly.Global | undefined)?.value as number | undefined;
  if (typeof control !== "number") throw new Error(`${manifest.name}: the threaded module exports no threads_control; was it compiled by gradfuse's wasm backend?`);
  const entries = Object.keys(manifest.entries).filter((e) => typeof instance.exports[threadedExport(e)] === "function").map(threadedExport);
  const pool = new ThreadPool(manifest.name, module, instance, memory, threads, control, entries);
  return { instance, memory, pool };
}

function loadSingle(manifest: ProgramManifest, bytes: BufferSource): Loaded {
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});
  const memory = instance.exports.memory;
  if (!(memory instanceof WebAssembly.Memory)) {
    throw new Error(`${manifest.name}: the WebAssembly module exports no memory; was it compiled by gradfuse's wasm backend?`);
  }
  return { instance, memory };
}

/**
 * A Program whose arena is a WebAssembly memory; `variant` says which binary was loaded, `threads` on
 * how many threads it runs (1 when memory cannot be shared, or when no entry has work to split).
 */
export class WasmProgram extends Program {
  readonly memory: WebAssembly.Memory;
  readonly variant: "simd" | "relaxed-simd-fma";
  readonly threads: number;
  private readonly pool?: ThreadPool;
  private disposed = false;

  constructor(manifest: ProgramManifest, binaries: WasmBinaries, options: WasmLoadOptions = {}) {
    const useFma = binaries.fma !== undefined && hasRelaxedSimd();
    const asked = resolveThreads(options.threads, `${manifest.name}: threads`);
    if (asked > 1 && !binaries.threaded) {
      throw new Error(`${manifest.name}: threads: ${asked} asked for, but the program was compiled for one thread; compile it with { threads: ${asked} } (CLI: --threads ${asked})`);
    }
    const why = asked > 1 ? threadsUnavailable() : null;
    if (why) warnSingleThreaded(manifest.name, asked, why);
    const loaded = (asked > 1 && !why ? loadThreaded(manifest, binaries.threaded!, useFma, asked) : null) ?? loadSingle(manifest, useFma ? binaries.fma! : binaries.plain);
    const { instance, memory, pool } = loaded;
    if (memory.buffer.byteLength < manifest.arenaBytes) {
      throw new Error(`${manifest.name}: the module's memory (${memory.buffer.byteLength} bytes) is smaller than the arena (${manifest.arenaBytes}); the .wasm and the manifest are from different compilations`);
    }
    // Entries are exported as "entry:<name>", apart from "memory" and kernels, whatever the user named them.
    const fns = new Map<string, () => void>();
    for (const entry of Object.keys(manifest.entries)) {
      const fn = instance.exports[`entry:${entry}`];
      if (typeof fn !== "function") throw new Error(`${manifest.name}: the module has no entry '${entry}'; the .wasm and the manifest are from different compilations`);
      const single = fn as () => void;
      const index = pool ? pool.entries.indexOf(threadedExport(entry)) : -1;
      // An entry with nothing worth splitting has no threaded form and runs on this thread alone.
      fns.set(entry, index >= 0 ? () => void (pool!.run(index) || single()) : single);
    }
    // The module's memory never grows, so its buffer stays valid as the arena.
    super(manifest, () => fns, memory.buffer as ArrayBuffer);
    this.memory = memory;
    this.variant = useFma ? "relaxed-simd-fma" : "simd";
    this.threads = pool ? asked : 1;
    if (pool) this.pool = pool;
    const scan = instance.exports.first_non_finite;
    // Modules compiled before the scan existed have none: Program's own loop then scans.
    if (typeof scan === "function") this.scan = scan as (address: number, count: number) => number;
  }

  /** The module's SIMD scan (src/codegen/wasm/scan.ts), over the arena. */
  private scan?: (address: number, count: number) => number;

  protected override firstNonFinite(values: Float32Array): number {
    return this.scan ? this.scan(values.byteOffset, values.length) : super.firstNonFinite(values);
  }

  /** Resolves when the worker threads are ready (compile() awaits it; run() before then waits or runs on one thread). */
  async ready(): Promise<void> {
    await this.pool?.whenReady();
  }

  override run(entry: string, feeds?: Parameters<Program["run"]>[1], opts?: Parameters<Program["run"]>[2]): ReturnType<Program["run"]> {
    if (this.disposed) throw new Error(`${this.manifest.name}: the program was disposed; compile or load it again`);
    return super.run(entry, feeds, opts);
  }

  /** Stops the worker threads; the program cannot run afterwards. Idempotent. */
  override dispose(): void {
    this.disposed = true;
    this.pool?.dispose();
  }
}

/** Loads a compiled module (its bytes, or plain + FMA variants, + the threaded build) as a Program. */
export function loadWasmProgram(manifest: ProgramManifest, bytes: BufferSource | WasmBinaries, options: WasmLoadOptions = {}): WasmProgram {
  const binaries: WasmBinaries = "plain" in bytes ? bytes : { plain: bytes };
  return new WasmProgram(manifest, binaries, options);
}
