/**
 * The WebAssembly path of the driver, for tests, benchmarks and compile.ts: graph(s) → planProgram →
 * emitWasmProgram → a loaded WasmProgram. `fma: "auto"` compiles the relaxed-SIMD variant too and lets
 * the loader pick it where the engine supports it; `threaded` compiles the threaded build too (shared
 * memory; the one-thread build is the fallback where memory cannot be shared).
 */
import type { Graph } from "../../ir/types.ts";
import { planProgram } from "../../passes/lower.ts";
import type { ProgramPlan } from "../../passes/plan.ts";
import { resolveThreads, type ThreadsOption } from "../../runtime/threads.ts";
import { loadWasmProgram, type WasmProgram } from "../../runtime/wasm.ts";
import { renderDeclarations, renderLoader } from "./loader.ts";
import { emitWasmProgram, type WasmProgram as EmittedWasm } from "./module.ts";

export interface CompileWasmOptions {
  /** false: plain SIMD; true: relaxed-SIMD FMA only; "auto": both binaries, chosen at load. Default false. */
  readonly fma?: boolean | "auto";
  readonly name?: string;
  /** Render the .wat text too (default true). */
  readonly text?: boolean;
  /** Threads to run on: a count or "auto" (the machine's cores). Default 1. */
  readonly threads?: ThreadsOption;
  /** Work below which a kernel stays on one thread (default: the measured threshold; tests pass 0 to split every kernel). */
  readonly parallelMinWork?: number;
}

/** A program's binaries: the one-thread build (plain, and FMA) and, for threads, the threaded build. */
export interface EmittedVariants {
  readonly plain: EmittedWasm;
  readonly fma?: EmittedWasm;
  readonly threaded?: { readonly plain: EmittedWasm; readonly fma?: EmittedWasm };
}

function isGraph(v: Graph | Readonly<Record<string, Graph>>): v is Graph {
  return Array.isArray((v as Graph).nodes);
}

/** Emits a planned program, its relaxed-SIMD FMA variant when fma is "auto", and the threaded build(s) when `threaded`. */
export function emitWasmVariants(
  program: ProgramPlan,
  opts: Omit<CompileWasmOptions, "threads"> & { readonly name: string; readonly threaded?: boolean },
): EmittedVariants {
  const fma = opts.fma ?? false;
  const base = {
    name: opts.name,
    text: opts.text ?? true,
    ...(opts.parallelMinWork !== undefined ? { parallelMinWork: opts.parallelMinWork } : {}),
  };
  let threaded: EmittedVariants["threaded"];
  if (opts.threaded) {
    const tPlain = emitWasmProgram(program, { ...base, fma: fma === true, threads: true });
    threaded = fma === "auto" ? { plain: tPlain, fma: emitWasmProgram(program, { ...base, text: false, fma: true, threads: true }) } : { plain: tPlain };
  }
  const plain = emitWasmProgram(program, { ...base, fma: fma === true });
  const one = fma === "auto" ? { plain, fma: emitWasmProgram(program, { ...base, text: false, fma: true }) } : { plain };
  return threaded ? { ...one, threaded } : one;
}

/** Loads emitted variants as a Program (the FMA one where the engine supports relaxed SIMD) on `threads` threads. */
export function loadEmittedWasm(emitted: EmittedVariants, threads: ThreadsOption = 1): WasmProgram {
  const { plain, fma, threaded } = emitted;
  const program = loadWasmProgram(
    plain.manifest,
    {
      plain: plain.binary,
      ...(fma ? { fma: fma.binary } : {}),
      ...(threaded ? { threaded: { plain: threaded.plain.binary, ...(threaded.fma ? { fma: threaded.fma.binary } : {}), memoryBytes: threaded.plain.memoryBytes } } : {}),
    },
    { threads },
  );
  if (plain.text !== undefined) program.source = plain.text;
  return program;
}

/**
 * The files of a program's directory: `<name>.wasm` (+ `<name>.fma.wasm` for fma "auto"), the threaded
 * build `<name>.threads.wasm` (+ `<name>.threads.fma.wasm`) when there is one, the readable `<name>.wat`,
 * the loader `<name>.js` and its `<name>.d.ts`. (manifest.json is written by the driver, for both backends.)
 */
export function wasmProgramFiles(emitted: EmittedVariants, name: string): Record<string, string | Uint8Array> {
  const { plain, fma, threaded } = emitted;
  if (plain.text === undefined) throw new Error("wasmProgramFiles: the program was emitted without its text (text: false)");
  const loader = {
    name,
    wasmFile: `${name}.wasm`,
    kernels: plain.kernelComments,
    ...(fma ? { fmaFile: `${name}.fma.wasm` } : {}),
    ...(threaded ? { threads: { wasmFile: `${name}.threads.wasm`, memoryBytes: threaded.plain.memoryBytes, ...(threaded.fma ? { fmaFile: `${name}.threads.fma.wasm` } : {}) } } : {}),
  };
  return {
    [`${name}.wasm`]: plain.binary,
    ...(fma ? { [`${name}.fma.wasm`]: fma.binary } : {}),
    ...(threaded ? { [`${name}.threads.wasm`]: threaded.plain.binary } : {}),
    ...(threaded?.fma ? { [`${name}.threads.fma.wasm`]: threaded.fma.binary } : {}),
    [`${name}.wat`]: plain.text,
    [`${name}.js`]: renderLoader(plain.manifest, loader),
    [`${name}.d.ts`]: renderDeclarations(loader),
  };
}

/** Synchronous graph(s) → WasmProgram, for tests and benchmarks (compile() is the async driver). */
export function compileWasm(entries: Graph | Readonly<Record<string, Graph>>, opts: CompileWasmOptions = {}): WasmProgram {
  const graphs = isGraph(entries) ? { [entries.name]: entries } : entries;
  if (Object.keys(graphs).length === 0) throw new Error("compileWasm: no entries given; pass a graph or { name: graph, ... }");
  const name = opts.name ?? Object.values(graphs)[0]!.name;
  const threads = resolveThreads(opts.threads, "compileWasm: threads");
  const { threads: _, ...emitOpts } = opts;
  return loadEmittedWasm(emitWasmVariants(planProgram(graphs), { ...emitOpts, name, threaded: threads > 1 }), threads);
}
