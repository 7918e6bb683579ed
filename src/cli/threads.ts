// `--threads <n|auto>` for the commands that compile WebAssembly (compile, run, train).
import { Option } from "commander";
import type { ThreadsOption } from "../runtime/threads.ts";
import { CliError } from "./load.ts";

export function threadsOption(): Option {
  return new Option("--threads <n>", 'threads to run the WebAssembly program on: a count, or "auto" (the machine\'s cores)').default("1");
}

/** The value of --threads, checked: a whole number from 1 to 256, or "auto". */
export function parseThreads(v: string | undefined): ThreadsOption {
  if (v === undefined) return 1;
  if (v === "auto") return "auto";
  const n = Number(v);
  if (!/^\d+$/.test(v) || n < 1 || n > 256) throw new CliError(`--threads must be a whole number from 1 to 256 or "auto", got '${v}'`);
  return n;
}
