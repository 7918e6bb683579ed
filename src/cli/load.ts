// Loads a user's graph module: its default export must be a GraphDef made by defineGraph().
//
// A graph file is TypeScript, and the compiler runs as plain JavaScript. Where the host can import
// TypeScript itself (vitest, tsx) the file is imported as it is. Under plain node it is bundled with
// esbuild — the file and the relative modules it imports, types stripped — while every package it
// imports ("gradfuse" first of all) stays an import of the very file Node would load, so the graph
// and the compiler share one copy of gradfuse. Loading the compiler itself through a TypeScript
// loader would run binaryen's 10 MB of JavaScript through a transform (8 s and 1.6 GB per start).
// An inline source map makes the DSL's recorded call sites (file:line) the user's own lines.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import type { GraphDef } from "../dsl/builder.ts";

export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}

function isGraphDef(v: unknown): v is GraphDef {
  return typeof v === "object" && v !== null && typeof (v as GraphDef).build === "function" && typeof (v as GraphDef).name === "string";
}

/** Whether an import failed only because this host cannot load TypeScript. */
function isTypeScriptRefusal(e: unknown): boolean {
  return (e as { code?: string }).code === "ERR_UNKNOWN_FILE_EXTENSION";
}

interface EsbuildMessage {
  readonly text: string;
  readonly location?: { readonly file: string; readonly line: number; readonly column: number; readonly lineText: string } | null;
}

/** esbuild's first error as `file:line:col: message` with the offending line, or undefined. */
function formatBuildError(e: unknown): string | undefined {
  const errors = (e as { errors?: readonly EsbuildMessage[] }).errors;
  const first = errors?.[0];
  if (!first) return undefined;
  const loc = first.location;
  if (!loc) return first.text;
  return `${loc.file}:${loc.line}:${loc.column + 1}: ${first.text}\n  ${loc.lineText}\n  ${" ".repeat(loc.column)}^`;
}

/** Bundles a TypeScript graph file into one ES module whose package imports are absolute file URLs. */
async function bundleGraphFile(abs: string, outfile: string): Promise<string> {
  const esbuild = await import("esbuild");
  const packagesAsFileUrls: import("esbuild").Plugin = {
    name: "packages-as-file-urls",
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData === "inner") return undefined;
        if (args.path.startsWith("node:")) return { path: args.path, external: true };
        const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: "inner" });
        if (resolved.errors.length) return { errors: resolved.errors };
        if (resolved.external) return { path: args.path, external: true };
        return { path: pathToFileURL(resolved.path).href, external: true };
      });
    },
  };
  const result = await esbuild.build({
    entryPoints: [abs],
    outfile,
    bundle: true,
    write: false,
    format: "esm",
    platform: "node",
    target: "node20",
    sourcemap: "inline",
    sourcesContent: false,
    logLevel: "silent",
    plugins: [packagesAsFileUrls],
  });
  return result.outputFiles[0]!.text;
}

/** Imports a TypeScript file under plain node (see the header comment). */
async function importBundled(abs: string, shown: string): Promise<{ default?: unknown }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gradfuse-graph-"));
  const outfile = path.join(dir, `${path.basename(abs).replace(/\.[cm]?tsx?$/, "")}.mjs`);
  try {
    let code: string;
    try {
      code = await bundleGraphFile(abs, outfile);
    } catch (e) {
      const message = formatBuildError(e);
      if (message) throw new CliError(`${message.startsWith(abs) ? shown + message.slice(abs.length) : message}`);
      throw e;
    }
    fs.writeFileSync(outfile, code);
    process.setSourceMapsEnabled(true);
    return (await import(pathToFileURL(outfile).href)) as { default?: unknown };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * `gradfuse exec <script.ts> [args]`: runs a user's TypeScript script the way a graph file is loaded,
 * with `process.argv` as if node had run the script itself.
 */
export async function execScript(script: string, args: readonly string[]): Promise<void> {
  const abs = path.resolve(script);
  if (!fs.existsSync(abs) || fs.statSync(abs).isDirectory()) throw new CliError(`${script}: no such script file`);
  process.argv = [process.argv[0]!, abs, ...args];
  await importBundled(abs, script);
}

export async function loadGraphDef(file: string): Promise<GraphDef> {
  const abs = path.resolve(file);
  if (!fs.existsSync(abs)) throw new CliError(`${file}: no such file (give the path of a graph module, e.g. graphs/lenet5.ts)`);
  if (!fs.statSync(abs).isFile()) throw new CliError(`${file}: is a directory, not a graph module (give a file, e.g. graphs/lenet5.ts)`);
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(abs).href)) as { default?: unknown };
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (isTypeScriptRefusal(e)) {
      mod = await importBundled(abs, file);
    } else if (code === "ERR_REQUIRE_CYCLE_MODULE" || code === "ERR_REQUIRE_ESM") {
      throw new CliError(
        `${file}: Node loaded this file as CommonJS (it is not inside a "type": "module" package); ` +
          "rename it to .mts, or add a package.json with \"type\": \"module\" next to it",
      );
    } else {
      throw e;
    }
  }
  if (!isGraphDef(mod.default)) {
    throw new CliError(
      `${file}: the default export is not a graph definition; end the file with ` +
        "`export default defineGraph(\"name\", { N: 1 }, (g) => { ... })`",
    );
  }
  return mod.default;
}

/** Parses "--batch 64" style bindings: the batch size binds the symbol N. */
export function parseBatch(value: string | undefined): Record<string, number> {
  if (value === undefined) return {};
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`--batch must be a positive integer, got '${value}'`);
  return { N: n };
}

/** `--batch 64` and `--bind T=32,H=64` together: every value a positive integer, N bound once. */
export function parseBindings(batch: string | undefined, bind: string | undefined): Record<string, number> {
  const out = parseBatch(batch);
  for (const item of (bind ?? "").split(",").filter((s) => s.trim() !== "")) {
    const m = /^\s*([A-Za-z_]\w*)\s*=\s*(\S+)\s*$/.exec(item);
    if (!m) throw new CliError(`--bind: '${item}' is not SYMBOL=VALUE (e.g. --bind T=32,H=64)`);
    const [, symbol, raw] = m as unknown as [string, string, string];
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new CliError(`--bind: ${symbol} must be a positive integer, got '${raw}'`);
    if (symbol in out) throw new CliError(`--bind: ${symbol} is bound twice${symbol === "N" && batch !== undefined ? " (--batch binds N)" : ""}`);
    out[symbol] = n;
  }
  return out;
}
