// `npm run gen`: writes the committed compiler output for every example graph into generated/:
//   generated/<name>/       the WebAssembly program (<name>.wasm, the readable <name>.wat, the loader
//                           <name>.js with its <name>.d.ts, manifest.json) and the `inspect` text;
//   generated/<name>/ts/    the TypeScript backend's program (<name>.ts, <name>.js, manifest.json);
//   generated/lenet5_grad/  for lenet5 also the gradient program (both backends) and inspect-grad.txt,
//                           and generated/lenet5/lenet5_{forward,grad}.svg, its graphs drawn by Graphviz.
// A test compares these files with what the compiler produces now, so a compiler change shows up as
// a diff a reviewer reads.
import * as fs from "node:fs";
import * as path from "node:path";
import { compileToDir, programName } from "../src/cli/compile.ts";
import { writeGraphPictures } from "../src/cli/dot.ts";
import { inspect } from "../src/cli/inspect.ts";
import { loadGraphDef } from "../src/cli/load.ts";
import type { GraphDef } from "../src/dsl/builder.ts";

export const EXAMPLES = ["perceptron", "xor", "mnist_mlp", "lenet5", "fashion_cnn", "alexnet", "textcnn", "lstm_text", "transformer_text", "char_rnn_names"] as const;
/** Examples whose gradient program is committed too. */
export const GRAD_EXAMPLES = new Set(["lenet5"]);
export const GENERATED_DIR = "generated";

/** Both backends' program directories for one graph (or its gradient). */
async function writePrograms(def: GraphDef, outRoot: string, gradient: boolean): Promise<string[]> {
  const dir = path.join(outRoot, programName(def, gradient));
  const base = { bindings: {}, mode: "infer" as const, grad: gradient };
  return [
    ...(await compileToDir(def, { ...base, backend: "wasm", outDir: dir })),
    ...(await compileToDir(def, { ...base, backend: "ts", outDir: path.join(dir, "ts") })),
  ];
}

function writeText(file: string, text: string): string {
  fs.writeFileSync(file, text + "\n");
  return file;
}

/** Writes everything `npm run gen` makes under outRoot; returns the paths written. */
export async function generateAll(outRoot: string): Promise<string[]> {
  const written: string[] = [];
  for (const name of EXAMPLES) {
    const def = await loadGraphDef(path.join("graphs", `${name}.ts`));
    written.push(...(await writePrograms(def, outRoot, false)));
    const inspectText = await inspect(def, { bindings: {}, mode: "infer", grad: false, json: false, plan: true, timings: false });
    written.push(writeText(path.join(outRoot, name, "inspect.txt"), inspectText));
    if (GRAD_EXAMPLES.has(name)) {
      written.push(...(await writePrograms(def, outRoot, true)));
      const gradText = await inspect(def, { bindings: {}, mode: "train", grad: true, json: false, plan: true, timings: false });
      written.push(writeText(path.join(outRoot, programName(def, true), "inspect-grad.txt"), gradText));
      written.push(...(await writeGraphPictures(def, path.join(outRoot, name))));
    }
  }
  return written;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  fs.rmSync(GENERATED_DIR, { recursive: true, force: true });
  const files = await generateAll(GENERATED_DIR);
  for (const f of files) process.stdout.write(`wrote ${f}\n`);
}
