// `gradfuse compile`: writes a graph's program directory (see compile.ts's writeProgramDir).
import { grad } from "../autodiff/grad.ts";
import type { Backend } from "../compile.ts";
import { emitProgramFiles, writeProgramDir } from "../compile.ts";
import type { GraphDef } from "../dsl/builder.ts";
import type { Mode } from "../ir/types.ts";
import type { ThreadsOption } from "../runtime/threads.ts";

export interface CompileToDirOptions {
  readonly bindings: Record<string, number>;
  readonly mode: Mode;
  readonly grad: boolean;
  readonly backend: Backend;
  /** The program's directory. */
  readonly outDir: string;
  /** Program name (file stem); default the graph's name (with "_grad" for gradient programs). */
  readonly name?: string;
  readonly fma?: boolean | "auto";
  /** More than 1: also write the threaded build (<name>.threads.wasm). */
  readonly threads?: ThreadsOption;
}

/** The program name a compile of `def` gets by default. */
export function programName(def: GraphDef, gradient: boolean): string {
  return gradient ? `${def.name}_grad` : def.name;
}

/** Compiles and writes the program directory; returns the paths written. */
export async function compileToDir(def: GraphDef, opts: CompileToDirOptions): Promise<string[]> {
  const built = def.build({ bindings: opts.bindings, mode: opts.grad ? "train" : opts.mode });
  const graph = opts.grad ? grad(built) : built;
  const name = opts.name ?? programName(def, opts.grad);
  const extra = { ...(opts.fma !== undefined ? { fma: opts.fma } : {}), ...(opts.threads !== undefined ? { threads: opts.threads } : {}) };
  const files = await emitProgramFiles(graph, { backend: opts.backend, name, ...extra });
  return writeProgramDir(opts.outDir, files, opts.backend);
}
