// `npm run gen`: writes the committed compiler output for every example graph into generated/<name>/:
// the TypeScript backend's module (<name>.ts), the WebAssembly backend's (<name>_wasm.wasm, the
// readable <name>_wasm.wat and the thin wrapper <name>_wasm.ts), its `inspect` text, and
// for lenet5 the gradient program and `inspect --grad` text. A test compares these files with what
// the compiler produces now, so a compiler change shows up as a diff a reviewer reads.
import * as fs from "node:fs";
import * as path from "node:path";
import { compileToDir } from "../src/cli/compile.ts";
import { inspect } from "../src/cli/inspect.ts";
import { loadGraphDef } from "../src/cli/load.ts";

export const EXAMPLES = ["perceptron", "xor", "mnist_mlp", "lenet5", "alexnet"] as const;
/** Examples whose gradient program is committed too. */
export const GRAD_EXAMPLES = new Set(["lenet5"]);
export const GENERATED_DIR = "generated";

export interface GeneratedFile {
  readonly path: string;
  readonly contents: string | Uint8Array;
}

/** Writes everything `npm run gen` makes under outRoot, as if it lived in importRoot (tests compare). */
export async function generateAll(outRoot: string, importRoot = GENERATED_DIR): Promise<string[]> {
  const written: string[] = [];
  for (const name of EXAMPLES) {
    const def = await loadGraphDef(path.join("graphs", `${name}.ts`));
    const base = { bindings: {}, mode: "infer" as const, backend: "ts" as const, outDir: outRoot, importRoot };
    written.push(...(await compileToDir(def, { ...base, grad: false })));
    written.push(...(await compileToDir(def, { ...base, grad: false, backend: "wasm", stem: `${name}_wasm` })));
    const dir = path.join(outRoot, name);
    const inspectText = await inspect(def, { bindings: {}, mode: "infer", grad: false, json: false, plan: true });
    fs.writeFileSync(path.join(dir, "inspect.txt"), inspectText + "\n");
    written.push(path.join(dir, "inspect.txt"));
    if (GRAD_EXAMPLES.has(name)) {
      written.push(...(await compileToDir(def, { ...base, grad: true })));
      written.push(...(await compileToDir(def, { ...base, grad: true, backend: "wasm", stem: `${name}_grad_wasm` })));
      const gradText = await inspect(def, { bindings: {}, mode: "train", grad: true, json: false, plan: true });
      fs.writeFileSync(path.join(dir, "inspect-grad.txt"), gradText + "\n");
      written.push(path.join(dir, "inspect-grad.txt"));
    }
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const files = await generateAll(GENERATED_DIR);
  for (const f of files) process.stdout.write(`wrote ${f}\n`);
}
