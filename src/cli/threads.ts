// `--threads <n|auto>` for the commands that compile WebAssembly (compile, run, train).
import { Option } from "commander";
import type { ThreadsOption } from "../runtime/threads.ts";
import { CliError } from "./load.ts";

export function threadsOption(): Option {
  return new Option("--threads <n>", 'threads to run the WebAssembly program on: a count, or "auto" (the machine\'s cores)').default("1");
}

/** The value of --threads, checked: a whole number from 1 to 256, or "auto"; more than one needs the wasm backend. */
export function parseThreads(v: string | undefined, backend: string): ThreadsOption {
  if (v === undefined) return 1;
  const threads = v === "auto" ? "auto" : Number(v);
  if (threads !== "auto" && (!/^\d+$/.test(v) || threads < 1 || threads > 256)) {
    throw new CliError(`--threads must be a whole number from 1 to 256 or "auto", got '${v}'`);
  }
  if (threads !== 1 && backend !== "wasm") throw new CliError(`--threads ${v} needs the wasm backend; --backend ${backend} runs on one thread`);
  return threads;
}
