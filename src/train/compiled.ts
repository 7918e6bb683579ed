// The program factories the trainer uses: compile every entry into one program (params shared by
// name), or run them on the reference interpreter.
import { compile } from "../compile.ts";
import type { Graph } from "../ir/types.ts";
import { InterpretedProgram } from "./interpreted_program.ts";
import type { ProgramFactory, TrainableProgram } from "./trainer.ts";

export type Backend = "ts" | "wasm" | "interp";

export function compiledPrograms(backend: Backend): ProgramFactory {
  if (backend === "interp") return async (entries: Record<string, Graph>) => new InterpretedProgram(entries);
  return async (entries: Record<string, Graph>): Promise<TrainableProgram> => compile(entries, { backend });
}
