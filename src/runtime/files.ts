// Reads a file that sits next to a generated program (its .wasm): from the file system in Node, by
// fetch in a browser or a worker. Import-free like the rest of the runtime: Node's fs comes from
// `process.getBuiltinModule`, so a bundler for the browser sees no `node:` import.
import type { ProgramManifest, ProgramModule } from "./program.ts";
import { Program } from "./program.ts";
import { loadWasmProgram } from "./wasm.ts";
type NodeFs = { readFileSync(path: string | URL): Uint8Array };
type NodeProcess = { getBuiltinModule?: (id: string) => unknown };

function nodeFs(): NodeFs | undefined {
  const proc = (globalThis as { process?: NodeProcess }).process;
  return proc?.getBuiltinModule?.("node:fs") as NodeFs | undefined;
}

/** The bytes at `url` (a file: URL in Node, any fetchable URL elsewhere). */
export async function readProgramFile(url: URL): Promise<Uint8Array<ArrayBuffer>> {
  const fs = url.protocol === "file:" ? nodeFs() : undefined;
  if (fs) {
    const bytes = fs.readFileSync(url);
    return new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  }
  if (typeof fetch !== "function") throw new Error(`cannot read ${url.href}: this engine has neither Node's fs nor fetch`);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`cannot read ${url.href}: HTTP ${response.status} ${response.statusText}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** What `loadProgramDir` reads of a program directory's manifest.json (see compile.ts's ManifestFile). */
interface ManifestJson extends ProgramManifest {
  readonly format?: string;
  readonly backend?: "wasm" | "ts";
  readonly files?: readonly string[];
}

/**
 * Loads a compiled program from its directory (a file: URL in Node, any URL in a browser), whichever
 * backend wrote it: manifest.json says which files to read. A wasm program's .wasm is read and
 * instantiated; a TypeScript-backend program's `<name>.js` is imported.
 */
export async function loadProgramDir(dir: URL | string): Promise<Program> {
  const base = new URL(typeof dir === "string" ? dir : dir.href);
  if (!base.pathname.endsWith("/")) base.pathname += "/";
  const manifestUrl = new URL("manifest.json", base);
  let manifest: ManifestJson;
  try {
    manifest = JSON.parse(new TextDecoder().decode(await readProgramFile(manifestUrl))) as ManifestJson;
  } catch (e) {
    throw new Error(`${manifestUrl.href}: not a gradfuse program directory (${e instanceof Error ? e.message : String(e)})`);
  }
  if (manifest.format !== "gradfuse-program/1") throw new Error(`${manifestUrl.href}: not a gradfuse program manifest (format ${String(manifest.format)})`);
  const file = (suffix: string) => manifest.files?.find((f) => f.endsWith(suffix) && !f.endsWith(`.fma${suffix}`));
  if (manifest.backend === "ts") {
    const js = file(".js");
    if (!js) throw new Error(`${manifestUrl.href}: lists no .js file`);
    const mod = (await import(new URL(js, base).href)) as ProgramModule;
    return new Program(mod.manifest, mod.instantiate);
  }
  const wasm = file(".wasm");
  if (!wasm) throw new Error(`${manifestUrl.href}: lists no .wasm file`);
  const plain = await readProgramFile(new URL(wasm, base));
  const fmaFile = wasm.replace(/\.wasm$/, ".fma.wasm");
  const fma = manifest.files?.includes(fmaFile) ? await readProgramFile(new URL(fmaFile, base)) : undefined;
  return loadWasmProgram(manifest, fma ? { plain, fma } : plain);
}
