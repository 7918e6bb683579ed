// gradfuse compile | inspect | run | train | search | schedule
import { Command, CommanderError } from "commander";
import { GraphError } from "../ir/errors.ts";
import { FeedError } from "../runtime/feeds.ts";
import type { Mode } from "../ir/types.ts";
import { inspect } from "./inspect.ts";
import { CliError, loadGraphDef, parseBatch } from "./load.ts";
import { compileToDir } from "./compile.ts";
import { runCommand } from "./run.ts";
import { scheduleCommand } from "./schedule.ts";
import { searchCommand } from "./search.ts";
import { trainCommand } from "./train.ts";
import { parseThreads, threadsOption } from "./threads.ts";

function parseMode(v: string): Mode {
  if (v !== "train" && v !== "infer") throw new CliError(`--mode must be train or infer, got '${v}'`);
  return v;
}

function program(): Command {
  const cli = new Command("gradfuse")
    .description("A dataflow graph compiler for deep learning")
    .exitOverride()
    .showHelpAfterError();

  cli
    .command("inspect <graph>")
    .description("print the typed graph (one line per node), totals, fused kernels and the memory plan")
    .option("--batch <n>", "bind the batch symbol N")
    .option("--mode <mode>", "train or infer", "infer")
    .option("--grad", "show the gradient graph (forward + backward)")
    .option("--json", "print JSON: {nodes:[{id, op, attrs, dtype, shape, flops, source}], params, flops}")
    .option("--no-plan", "skip the kernels and memory plan")
    .option("--no-timings", "skip the time of each compile stage")
    .action(async (file: string, o: { batch?: string; mode: string; grad?: boolean; json?: boolean; plan: boolean; timings: boolean }) => {
      const def = await loadGraphDef(file);
      const text = await inspect(def, {
        bindings: parseBatch(o.batch),
        mode: parseMode(o.mode),
        grad: !!o.grad,
        json: !!o.json,
        plan: o.plan,
        timings: o.timings,
      });
      process.stdout.write(text + "\n");
    });

  cli
    .command("compile <graph>")
    .description("compile a graph to a standalone module in <out>/<name>/")
    .option("--batch <n>", "bind the batch symbol N")
    .option("--mode <mode>", "train or infer", "infer")
    .option("--grad", "compile the gradient graph")
    .option("--backend <backend>", "wasm (WebAssembly SIMD) or ts (readable TypeScript)", "wasm")
    .option("--out <dir>", "output directory", "generated")
    .addOption(threadsOption())
    .action(async (file: string, o: { batch?: string; mode: string; grad?: boolean; backend: string; out: string; threads: string }) => {
      const def = await loadGraphDef(file);
      if (o.backend !== "ts" && o.backend !== "wasm") throw new CliError(`--backend must be ts or wasm, got '${o.backend}'`);
      const written = await compileToDir(def, {
        bindings: parseBatch(o.batch),
        mode: parseMode(o.mode),
        grad: !!o.grad,
        backend: o.backend,
        outDir: o.out,
        threads: parseThreads(o.threads, o.backend),
      });
      for (const f of written) process.stdout.write(`wrote ${f}\n`);
    });

  cli.addCommand(runCommand());
  cli.addCommand(trainCommand());
  cli.addCommand(searchCommand());
  cli.addCommand(scheduleCommand());
  return cli;
}

/** Runs the CLI; returns the exit code. Known errors print one clear message, not a stack. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    await program().parseAsync([...argv]);
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    if (e instanceof GraphError || e instanceof CliError || e instanceof FeedError) {
      process.stderr.write(`gradfuse: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
}

