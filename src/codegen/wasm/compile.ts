/**
 * The WebAssembly path of the driver, for tests, benchmarks and (until compile.ts calls it) users:
 * graph(s) → planProgram → emitWasmProgram → a loaded WasmProgram. `fma: "auto"` compiles the
 * relaxed-SIMD variant too and lets the loader pick it where the engine supports it.
 */
import type { Graph } from "../../ir/types.ts";
import { planProgram } from "../../passes/lower.ts";
import type { ProgramPlan } from "../../passes/plan.ts";
import { loadWasmProgram, type WasmProgram } from "../../runtime/wasm.ts";
import { renderDeclarations, renderLoader } from "./loader.ts";
import { emitWasmProgram, type WasmProgram as EmittedWasm } from "./module.ts";

export interface CompileWasmOptions {
  /** false: plain SIMD; true: relaxed-SIMD FMA only; "auto": both binaries, chosen at load. Default false. */
  readonly fma?: boolean | "auto";
  readonly name?: string;
  /** Render the .wat text too (default true). */
  readonly text?: boolean;
}

function isGraph(v: Graph | Readonly<Record<string, Graph>>): v is Graph {
  return Array.isArray((v as Graph).nodes);
}

export interface EmittedVariants {
  readonly plain: EmittedWasm;
  readonly fma?: EmittedWasm;
}

/** Emits a planned program, and its relaxed-SIMD FMA variant when fma is "auto". */
export function emitWasmVariants(
  program: ProgramPlan,
  opts: CompileWasmOptions & { readonly name: string },
): EmittedVariants {
  const fma = opts.fma ?? false;
  const base = { name: opts.name, text: opts.text ?? true };
  const plain = emitWasmProgram(program, { ...base, fma: fma === true });
  return fma === "auto" ? { plain, fma: emitWasmProgram(program, { ...base, fma: true }) } : { plain };
}

/** Loads emitted variants as a Program (the FMA one where the engine supports relaxed SIMD). */
export function loadEmittedWasm(emitted: EmittedVariants): WasmProgram {
  const { plain, fma } = emitted;
  const program = loadWasmProgram(plain.manifest, fma ? { plain: plain.binary, fma: fma.binary } : plain.binary);
  if (plain.text !== undefined) program.source = plain.text;
  return program;
}

/**
 * The files of a program's directory: `<name>.wasm` (+ `<name>.fma.wasm` for fma "auto", or the FMA
 * module itself for fma true), the readable `<name>.wat`, the loader `<name>.js` and its `<name>.d.ts`.
 * (manifest.json is written by the driver, for both backends alike.)
 */
export function wasmProgramFiles(emitted: EmittedVariants, name: string): Record<string, string | Uint8Array> {
  const { plain, fma } = emitted;
  if (plain.text === undefined) throw new Error("wasmProgramFiles: the program was emitted without its text (text: false)");
  const loader = { name, wasmFile: `${name}.wasm`, kernels: plain.kernelComments, ...(fma ? { fmaFile: `${name}.fma.wasm` } : {}) };
  return {
    [`${name}.wasm`]: plain.binary,
    ...(fma ? { [`${name}.fma.wasm`]: fma.binary } : {}),
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
  return loadEmittedWasm(emitWasmVariants(planProgram(graphs), { ...opts, name }));
}
