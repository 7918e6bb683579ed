// The driver: graph(s) → passes → plan → generated program → a loaded Program.
//
// The code generators load when a compile needs them: binaryen for the WebAssembly backend, ts-morph
// and prettier for the TypeScript one, so importing gradfuse costs neither. A program compiled with
// the TypeScript backend is evaluated in-process from the very text `outDir` receives (transpiled to
// CommonJS, its `gradfuse/runtime` import answered by this process's runtime), so the program here
// and the file on disk behave the same.
//
// GRADFUSE_DEBUG (or opts.debug), printed to stderr: 1 kernel list, 2 pass timings, 3 fusion groups,
// 4 generated code, 5 the IR after each pass.
import "./runtime/optimized-wasm.ts"; // first: before binaryen or any WebAssembly is compiled
import * as fs from "node:fs";
import * as path from "node:path";
import { fileStemFor } from "./codegen/names.ts";
import { checkOptions, rule } from "./dsl/options.ts";
import type { OptionSpec } from "./dsl/options.ts";
import { formatGraph } from "./ir/print.ts";
import type { Graph } from "./ir/types.ts";
import { formatShape } from "./ir/types.ts";
import { lowerToPlan, optimizeGraph, planProgram } from "./passes/lower.ts";
import type { Plan, ProgramPlan } from "./passes/plan.ts";
import * as runtime from "./runtime/index.ts";
import type { Program, ProgramManifest, ProgramModule } from "./runtime/program.ts";
import { writeFileAtomic } from "./util/atomic_write.ts";
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
  /** When given, the program's directory: its files and manifest.json are written there (see programFiles). */
  readonly outDir?: string;
  /** Debug level 0–5; defaults to GRADFUSE_DEBUG. */
  readonly debug?: number;
  /** Program name (file stem); default: the graph's name, or the first entry's graph name. */
  readonly name?: string;
  /** Accept NaN and ±∞ in f32 feeds and params on every run (default false: a FeedError). */
  readonly allowNonFinite?: boolean;
  /**
   * wasm only: threads to run on, a count or "auto" (the machine's cores). Default 1. With more than
   * one, the program runs on worker threads over one shared WebAssembly.Memory, with results bitwise
   * the same as on one thread; where memory cannot be shared it runs on one thread and says so once.
   * Call `program.dispose()` to stop the workers.
   */
  readonly threads?: ThreadsOption;
}

/** What the driver is asked for internally: the files even without an outDir (emitProgramFiles). */
interface BuildOptions extends CompileOptions {
  readonly files?: boolean;
}

const COMPILE_OPTIONS: OptionSpec<CompileOptions> = {
  backend: rule.oneOf("wasm", "ts"),
  fma: { takes: 'true, false or "auto"', ok: (v) => typeof v === "boolean" || v === "auto" },
  outDir: rule.name,
  debug: { takes: "a debug level 0–5", ok: (v) => typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 5 },
  name: rule.name,
  allowNonFinite: rule.boolean,
  threads: { takes: 'a positive integer or "auto"', ok: (v) => v === "auto" || (typeof v === "number" && Number.isInteger(v) && v >= 1) },
};

/** A program directory that cannot be written as asked (it holds the other backend's program). */
export class ProgramDirError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ProgramDirError";
  }
}

/** What manifest.json holds: the runtime's manifest, plus which backend wrote which files. */
export interface ManifestFile extends ProgramManifest {
  readonly format: "gradfuse-program/1";
  readonly backend: Backend;
  readonly files: readonly string[];
}

function debugLevel(opts: CompileOptions): number {
  return opts.debug ?? (Number(process.env.GRADFUSE_DEBUG ?? 0) || 0);
}

function isGraph(v: Graph | Readonly<Record<string, Graph>>): v is Graph {
  return Array.isArray((v as Graph).nodes);
}

/** The formatted TypeScript of a plan (or a linked program). */
export async function emitTypeScript(plan: Plan | ProgramPlan, opts: { name?: string } = {}): Promise<string> {
  if (!("entries" in plan) && plan.prepare !== undefined) {
    throw new Error(
      `emitTypeScript: entry '${plan.entry}' reads values its prepare entry '${plan.prepare}' computes (folded batch norm, …), ` +
        "which a single plan does not hold; pass the whole program: emitTypeScript(planProgram({ name: graph }))",
    );
  }
  const program: ProgramPlan = "entries" in plan ? plan : { entries: [plan], persistent: persistentOf(plan), arenaBytes: plan.memory.arenaBytes };
  const name = opts.name ?? program.entries[0]!.graph.name;
  const { emitModule } = await import("./codegen/ts/module.ts");
  return emitModule(program, { name });
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

/** Evaluates a generated TypeScript module's text in this process (see the header comment). */
export async function loadModuleText(source: string): Promise<ProgramModule> {
  const { transpileModule } = await import("./codegen/ts/module.ts");
  const js = transpileModule(source, "cjs");
  const require = (spec: string) => {
    if (spec !== "gradfuse/runtime") throw new Error(`generated module imports '${spec}'; a generated program may import only gradfuse/runtime`);
    return runtime;
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

/** A compiled program: its directory's files by name, and how to load it in this process. */
interface Emitted {
  readonly files: Record<string, string | Uint8Array>;
  readonly load: () => Promise<Program>;
}

/** The manifest.json of a program directory (pretty-printed: people read it). */
function manifestJson(manifest: ProgramManifest, backend: Backend, files: Record<string, unknown>): string {
  const file: ManifestFile = { format: "gradfuse-program/1", backend, files: Object.keys(files), ...manifest };
  return JSON.stringify(file, null, 2) + "\n";
}

/** Renders a planned program with the WebAssembly backend. */
async function buildWasm(program: ProgramPlan, name: string, opts: BuildOptions, threads: number, report: (code: string) => void): Promise<Emitted> {
  const { emitWasmVariants, loadEmittedWasm, wasmProgramFiles } = await import("./codegen/wasm/compile.ts");
  const text = opts.outDir !== undefined || debugLevel(opts) >= 4 || opts.files === true;
  const emitted = emitWasmVariants(program, { name, text, threaded: threads > 1, ...(opts.fma !== undefined ? { fma: opts.fma } : {}) });
  report(emitted.plain.text ?? "");
  if (!text) return { files: {}, load: async () => loadEmittedWasm(emitted, threads) };
  const files = wasmProgramFiles(emitted, fileStemFor(name));
  return {
    files: { ...files, "manifest.json": manifestJson(emitted.plain.manifest, "wasm", files) },
    load: async () => loadEmittedWasm(emitted, threads),
  };
}

/** Renders a planned program with the TypeScript backend: `<name>.ts` and its JavaScript `<name>.js`. */
async function buildTs(program: ProgramPlan, name: string, report: (code: string) => void): Promise<Emitted> {
  const { emitModule, manifestOf, transpileModule } = await import("./codegen/ts/module.ts");
  const code = await emitModule(program, { name });
  report(code);
  const stem = fileStemFor(name);
  const files = { [`${stem}.ts`]: code, [`${stem}.js`]: transpileModule(code, "esm") };
  return {
    files: { ...files, "manifest.json": manifestJson(manifestOf(program, name), "ts", files) },
    load: async () => {
      const mod = await loadModuleText(code);
      const loaded = new runtime.Program(mod.manifest, mod.instantiate);
      loaded.source = code;
      return loaded;
    },
  };
}

/** Plans the entries, then renders them with the chosen backend. */
async function build(entries: Graph | Readonly<Record<string, Graph>>, opts: BuildOptions): Promise<Emitted> {
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
  if (backend === "ts" && threads > 1) {
    throw new Error(`compile: threads: ${threads} needs the wasm backend; the TypeScript backend runs on one thread (drop threads or use backend "wasm")`);
  }
  const reportCode = (code: string) => report(level, program, code, irAfter);
  return backend === "wasm" ? buildWasm(program, name, opts, threads, reportCode) : buildTs(program, name, reportCode);
}

/**
 * Compiles one graph or named entries into a loaded Program (the WebAssembly backend by default), and
 * writes its directory to `outDir` when asked.
 */
export async function compile(entries: Graph | Readonly<Record<string, Graph>>, opts: CompileOptions = {}): Promise<Program> {
  checkOptions("compile", opts, COMPILE_OPTIONS);
  const emitted = await build(entries, opts);
  if (opts.outDir) writeProgramDir(opts.outDir, emitted.files, opts.backend ?? DEFAULT_BACKEND);
  const program = await emitted.load();
  if (opts.allowNonFinite) program.allowNonFinite = true;
  // Worker threads start asynchronously; a compiled program is ready to run on all of them.
  if ("ready" in program) await (program as WasmProgram).ready();
  return program;
}

/**
 * Writes a program's files into `dir`. A directory that holds the other backend's program is refused,
 * so the two backends never write over each other; files the previous compile wrote there and this one
 * does not are removed, so the directory is exactly one program.
 */
export function writeProgramDir(dir: string, files: Record<string, string | Uint8Array>, backend: Backend): string[] {
  const previous = readManifestFile(dir);
  if (previous && previous.backend !== backend) {
    throw new ProgramDirError(
      `${dir} holds a program compiled with the ${previous.backend} backend; write the ${backend} program to another directory ` +
        `(e.g. ${path.join(dir, backend)})`,
    );
  }
  fs.mkdirSync(dir, { recursive: true });
  const written = Object.entries(files).map(([name, contents]) => {
    const file = path.join(dir, name);
    writeFileAtomic(file, contents);
    return file;
  });
  for (const stale of previous?.files ?? []) {
    if (!(stale in files)) fs.rmSync(path.join(dir, stale), { force: true });
  }
  return written;
}

function readManifestFile(dir: string): ManifestFile | undefined {
  const file = path.join(dir, "manifest.json");
  if (!fs.existsSync(file)) return undefined;
  try {
    const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as Partial<ManifestFile>;
    return parsed.format === "gradfuse-program/1" ? (parsed as ManifestFile) : undefined;
  } catch {
    return undefined;
  }
}

/** The files of a compiled graph's directory, for `gradfuse compile` and `npm run gen`. */
export async function emitProgramFiles(
  graph: Graph,
  opts: { backend: Backend; name: string; fma?: boolean | "auto"; threads?: ThreadsOption },
): Promise<Record<string, string | Uint8Array>> {
  const extra = { ...(opts.fma !== undefined ? { fma: opts.fma } : {}), ...(opts.threads !== undefined ? { threads: opts.threads } : {}) };
  return (await build(graph, { name: opts.name, backend: opts.backend, files: true, ...extra })).files;
}
