// `gradfuse compile`: writes a graph's standalone module (and its inspect text) to <out>/<name>/.
import * as fs from "node:fs";
import * as path from "node:path";
import { grad } from "../autodiff/grad.ts";
import type { GraphDef } from "../dsl/builder.ts";
import type { Mode } from "../ir/types.ts";
import { emitProgramFiles } from "../compile.ts";
import type { ThreadsOption } from "../runtime/threads.ts";

export interface CompileToDirOptions {
  readonly bindings: Record<string, number>;
  readonly mode: Mode;
  readonly grad: boolean;
  readonly backend: "ts" | "wasm";
  readonly outDir: string;
  /** Where the module will live, if not where it is written (relative runtime imports are computed from it). */
  readonly importRoot?: string;
  /** File stem; default the graph's name (with "_grad" for gradient programs). */
  readonly stem?: string;
  /** More than 1: also write the threaded build (<stem>.threads.wasm). */
  readonly threads?: ThreadsOption;
}

/** Compiles and writes the module files; returns the paths written. */
export async function compileToDir(def: GraphDef, opts: CompileToDirOptions): Promise<string[]> {
  const built = def.build({ bindings: opts.bindings, mode: opts.grad ? "train" : opts.mode });
  const graph = opts.grad ? grad(built) : built;
  const stem = opts.stem ?? (opts.grad ? `${def.name}_grad` : def.name);
  const dir = path.join(opts.outDir, def.name);
  fs.mkdirSync(dir, { recursive: true });
  const importDir = path.join(opts.importRoot ?? opts.outDir, def.name);
  const files = await emitProgramFiles(graph, { backend: opts.backend, stem, dir: importDir, ...(opts.threads !== undefined ? { threads: opts.threads } : {}) });
  const written: string[] = [];
  for (const [name, contents] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, contents);
    written.push(file);
  }
  return written;
}
