// The driver: graph(s) → passes → plan → generated module → a loaded Program.
//
// Loading in-process: the generated TypeScript is transpiled with the TypeScript compiler bundled in
// ts-morph (`ts.transpileModule`, CommonJS output) and evaluated with `new Function`, its imports of
// src/runtime/ answered by the runtime modules this process already has. The module text is exactly
// what `outDir` receives, so a program compiled here and the file on disk behave the same.
//
// GRADFUSE_DEBUG (or opts.debug), printed to stderr: 1 kernel list, 2 pass timings, 3 fusion groups,
// 4 generated code, 5 the IR after each pass.
import "./runtime/optimized-wasm.ts"; // first: before binaryen or any WebAssembly is compiled
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { ts } from "ts-morph";
import { emitModule } from "./codegen/ts/module.ts";
import { emitWasmVariants, loadEmittedWasm } from "./codegen/wasm/compile.ts";
import { formatGraph } from "./ir/print.ts";
import type { Graph } from "./ir/types.ts";
import { formatShape } from "./ir/types.ts";
import { lowerToPlan, optimizeGraph, planProgram } from "./passes/lower.ts";
import type { Plan, ProgramPlan } from "./passes/plan.ts";
import * as runtimeFeeds from "./runtime/feeds.ts";
import * as runtimeInit from "./runtime/init.ts";
import * as runtimeProgram from "./runtime/program.ts";
import type { Program, ProgramModule } from "./runtime/program.ts";
import * as runtimeRandom from "./runtime/random.ts";
import * as runtimeTensor from "./runtime/tensor.ts";
import { resolveThreads, type ThreadsOption } from "./runtime/threads.ts";
import type { WasmProgram } from "./runtime/wasm.ts";

export { lowerToPlan, optimizeGraph, planProgram };
export type { Plan, ProgramPlan };

export type Backend = "ts" | "wasm";

/** The default backend: WebAssembly SIMD (the TypeScript backend is the readable, portable one). */
export const DEFAULT_BACKEND: Backend = "wasm";

export interface CompileOptions {
  /** Default "wasm". */
  readonly backend?: Backend;
  /**
   * wasm only: false (plain SIMD, the default: as fast here, and every engine has it), true (relaxed-SIMD
   * fused multiply-add), or "auto" (both binaries; the loader picks FMA where the engine supports it).
   */
  readonly fma?: boolean | "auto";
  /** When given, the module is also written to <outDir>/<name>.ts (+ .wasm and .wat with the wasm backend). */
  readonly outDir?: string;
  /** Debug level 0–5; defaults to GRADFUSE_DEBUG. */
  readonly debug?: number;
  /** Program name (file stem); default: the graph's name, or the first entry's graph name. */
  readonly name?: string;
  /**
   * wasm only: threads to run on, a count or "auto" (the machine's cores). Default 1. With more than
   * one, the program runs on worker threads over one shared WebAssembly.Memory, with results bitwise
   * the same as on one thread; where memory cannot be shared it runs on one thread and says so once.
   * Call `program.dispose()` to stop the workers.
   */
  readonly threads?: ThreadsOption;
}

const RUNTIME_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "runtime");

/** The module specifier of src/runtime as seen from a file in `dir`. */
export function runtimeImportFrom(dir: string): string {
  const rel = path.relative(path.resolve(dir), RUNTIME_DIR).split(path.sep).join("/");
  return rel.startsWith(".") ? rel : `./${rel}`;
}

function debugLevel(opts: CompileOptions): number {
  return opts.debug ?? (Number(process.env.GRADFUSE_DEBUG ?? 0) || 0);
}

function isGraph(v: Graph | Readonly<Record<string, Graph>>): v is Graph {
  return Array.isArray((v as Graph).nodes);
}


/** The formatted TypeScript of a plan (or a linked program), importing the runtime from `runtimeImport`. */
export async function emitTypeScript(plan: Plan | ProgramPlan, opts: { name?: string; runtimeImport?: string } = {}): Promise<string> {
  const program: ProgramPlan = "entries" in plan ? plan : { entries: [plan], persistent: persistentOf(plan), arenaBytes: plan.memory.arenaBytes };
  const name = opts.name ?? program.entries[0]!.graph.name;
  return emitModule(program, { name, runtimeImport: opts.runtimeImport ?? runtimeImportFrom(path.join("generated", name)) });
}

/** Persistent slots of a single linked plan (what linkPlans would list). */
function persistentOf(plan: Plan): ProgramPlan["persistent"] {
  return plan.buffers
    .filter((b) => b.region === "persistent" && b.inPlaceOf === undefined)
    .map((b) => ({
      name: b.param ? b.param.name : `${plan.entry}#const${b.node}`,
      dtype: b.dtype,
      shape: b.shape,
      address: b.address,
      ...(b.param ? { init: b.param.init, trainable: b.param.trainable } : {}),
      ...(b.constValue ? { constValue: b.constValue } : {}),
    }));
}

const RUNTIME_MODULES: Record<string, unknown> = {
  "random.ts": runtimeRandom,
  "program.ts": runtimeProgram,
  "feeds.ts": runtimeFeeds,
  "init.ts": runtimeInit,
  "tensor.ts": runtimeTensor,
};

/** Evaluates a generated module's text in this process (see the header comment). */
export function loadModuleText(source: string): ProgramModule {
  const js = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  }).outputText;
  const require = (spec: string) => {
    const mod = RUNTIME_MODULES[path.posix.basename(spec)];
    if (!mod) throw new Error(`generated module imports '${spec}', which is not part of src/runtime/`);
    return mod;
  };
  const exports: Record<string, unknown> = {};
  new Function("require", "exports", js)(require, exports);
  return exports as unknown as ProgramModule;
}

/** The user's lines a kernel was fused from, grouped by file: "graphs/lenet5.ts:13,14". */
function sourceLines(plan: Plan, nodes: readonly number[]): string {
  const byFile = new Map<string, Set<number>>();
  for (const id of nodes) {
    const { file, line } = plan.graph.nodes[id]!.source;
    if (!byFile.has(file)) byFile.set(file, new Set());
    byFile.get(file)!.add(line);
  }
  return [...byFile].map(([file, lines]) => `${file}:${[...lines].sort((a, b) => a - b).join(",")}`).join(" ");
}

export function planSummary(plan: Plan): string {
  const human = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)}K` : `${n}`);
  const lines = [`kernels (${plan.kernels.length}) of entry '${plan.entry}':`];
  for (const k of plan.kernels) {
    const out = plan.graph.nodes[k.output]!;
    lines.push(
      `  ${k.name.padEnd(44)} ${k.kind.padEnd(11)} ${formatShape(out.dtype, out.shape).padEnd(20)} ` +
        `${human(k.flops).padStart(8)} FLOPs ${human(k.bytes).padStart(8)}B  ${sourceLines(plan, k.nodes)}`,
    );
  }
  const m = plan.memory;
  const totalFlops = plan.kernels.reduce((s, k) => s + k.flops, 0);
  const totalBytes = plan.kernels.reduce((s, k) => s + k.bytes, 0);
  lines.push(`  total: ${human(totalFlops)} FLOPs, ${human(totalBytes)}B moved`);
  lines.push(
    `memory: arena ${m.arenaBytes.toLocaleString("en-US")} B (persistent ${m.persistentBytes.toLocaleString("en-US")}, ` +
      `scratch ${m.scratchBytes.toLocaleString("en-US")}); without reuse ${m.unplannedBytes.toLocaleString("en-US")} B; ` +
      `peak live ${m.peakLiveBytes.toLocaleString("en-US")} B`,
  );
  const inPlace = plan.buffers.filter((b) => b.inPlaceOf !== undefined).length;
  if (inPlace) lines.push(`  ${inPlace} buffers written in place`);
  return lines.join("\n");
}

function report(level: number, program: ProgramPlan, code: string, irAfter: string[]): void {
  const err = (s: string) => process.stderr.write(s + "\n");
  if (level >= 5) for (const s of irAfter) err(s);
  for (const plan of program.entries) {
    if (level >= 1) err(planSummary(plan));
    if (level >= 2) err(`pass timings (${plan.entry}): ${plan.timings.map((t) => `${t.pass} ${t.ms.toFixed(1)}ms`).join(", ")}`);
    if (level >= 3) {
      for (const k of plan.kernels) {
        err(`fusion group ${k.name}: core %${k.core}, epilogue [${k.epilogue.map((e) => `%${e}`).join(",")}], reads [${k.inputs.map((i) => `%${i}`).join(",")}]`);
      }
    }
  }
  if (level >= 4) err(code);
}

/** The files of a compiled program, by name; the text of a module's .ts is `source`. */
interface Emitted {
  readonly files: Record<string, string | Uint8Array>;
  readonly source: string;
  readonly load: () => Program;
}

/** Plans the entries, then renders them with the chosen backend. */
async function build(entries: Graph | Readonly<Record<string, Graph>>, opts: CompileOptions, runtimeImport: string): Promise<Emitted> {
  const graphs = isGraph(entries) ? { [entries.name]: entries } : entries;
  if (Object.keys(graphs).length === 0) throw new Error("compile: no entries given; pass a graph or { name: graph, ... }");
  const backend = opts.backend ?? DEFAULT_BACKEND;
  if (backend !== "ts" && backend !== "wasm") throw new Error(`compile: unknown backend '${String(backend)}'; use "wasm" or "ts"`);
  const level = debugLevel(opts);
  const irAfter: string[] = [];
  const hooks = level >= 5 ? { afterPass: (pass: string, g: Graph) => irAfter.push(`--- ${g.name} after ${pass}\n${formatGraph(g)}`) } : {};
  const program = planProgram(graphs, hooks);
  const name = opts.name ?? (isGraph(entries) ? entries.name : Object.values(graphs)[0]!.name);
  const threads = resolveThreads(opts.threads, "compile: threads");
  if (backend === "wasm") {
    const emitted = emitWasmVariants(program, { name, runtimeImport, threaded: threads > 1, ...(opts.fma !== undefined ? { fma: opts.fma } : {}) });
    const { wrapper, binary, text } = emitted.plain;
    report(level, program, text, irAfter);
    const threadFiles = emitted.threaded ? { [`${name}.threads.wasm`]: emitted.threaded.plain.binary } : {};
    return {
      files: { [`${name}.ts`]: wrapper, [`${name}.wasm`]: binary, [`${name}.wat`]: text, ...threadFiles },
      source: wrapper,
      load: () => loadEmittedWasm(emitted, threads),
    };
  }
  if (threads > 1) throw new Error(`compile: threads: ${threads} needs the wasm backend; the TypeScript backend runs on one thread (drop threads or use backend "wasm")`);
  const code = await emitModule(program, { name, runtimeImport });
  report(level, program, code, irAfter);
  return {
    files: { [`${name}.ts`]: code },
    source: code,
    load: () => {
      const mod = loadModuleText(code);
      const loaded = new runtimeProgram.Program(mod.manifest, mod.instantiate);
      loaded.source = code;
      return loaded;
    },
  };
}

/**
 * Compiles one graph or named entries into a loaded Program (the WebAssembly backend by default), and
 * writes its files to `outDir` when asked.
 */
export async function compile(entries: Graph | Readonly<Record<string, Graph>>, opts: CompileOptions = {}): Promise<Program> {
  const dir = opts.outDir ?? path.join("generated", isGraph(entries) ? entries.name : "program");
  const emitted = await build(entries, opts, runtimeImportFrom(dir));
  if (opts.outDir) writeFiles(opts.outDir, emitted.files);
  const program = emitted.load();
  // Worker threads start asynchronously; a compiled program is ready to run on all of them.
  if ("ready" in program) await (program as WasmProgram).ready();
  return program;
}

function writeFiles(dir: string, files: Record<string, string | Uint8Array>): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return Object.entries(files).map(([name, contents]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, contents);
    return file;
  });
}

/** The files of a compiled graph for `gradfuse compile` and `npm run gen`: <stem>.ts (+ .wasm, .wat). */
export async function emitProgramFiles(
  graph: Graph,
  opts: { backend: Backend; stem: string; dir: string; threads?: ThreadsOption },
): Promise<Record<string, string | Uint8Array>> {
  const threads = opts.threads !== undefined ? { threads: opts.threads } : {};
  return (await build(graph, { name: opts.stem, backend: opts.backend, ...threads }, runtimeImportFrom(opts.dir))).files;
}
