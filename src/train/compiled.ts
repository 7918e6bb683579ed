// The program factories the trainer uses: compile every entry into one program (params shared by
// name), or run them on the reference interpreter.
import { compile } from "../compile.ts";
import type { ThreadsOption } from "../runtime/threads.ts";
import type { Graph } from "../ir/types.ts";
import { InterpretedProgram } from "./interpreted_program.ts";
import type { ProgramFactory, TrainableProgram } from "./trainer.ts";

export type Backend = "ts" | "wasm" | "interp";

/** `threads` (wasm only): see CompileOptions.threads. */
export function compiledPrograms(backend: Backend, threads: ThreadsOption = 1): ProgramFactory {
  if (backend === "interp") {
    if (threads !== 1) throw new Error(`threads: ${threads} needs the wasm backend; the interpreter runs on one thread`);
    return async (entries: Record<string, Graph>) => new InterpretedProgram(entries);
  }
  return async (entries: Record<string, Graph>): Promise<TrainableProgram> => compile(entries, { backend, ...(threads !== 1 ? { threads } : {}) });
}
