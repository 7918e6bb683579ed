// Reads a file that sits next to a generated program (its .wasm): from the file system in Node, by
// fetch in a browser or a worker. Import-free like the rest of the runtime: Node's fs comes from
// `process.getBuiltinModule`, so a bundler for the browser sees no `node:` import.
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
