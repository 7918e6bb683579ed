// gradfuse compile | inspect | summary | exec | run | train | search | schedule | export
import * as fs from "node:fs";
import * as path from "node:path";
import { Command, CommanderError } from "commander";
import { GraphError } from "../ir/errors.ts";
import type { Mode } from "../ir/types.ts";
import { inspect } from "./inspect.ts";
import { CliError, execScript, loadGraphDef, parseBindings } from "./load.ts";
import { compileToDir, programName } from "./compile.ts";
import { runCommand } from "./run.ts";
import { scheduleCommand } from "./schedule.ts";
import { searchCommand } from "./search.ts";
import { summaryCommand } from "./summary.ts";
import { trainCommand } from "./train.ts";
import { userErrorMessage } from "./errors.ts";
import { exportCommand } from "./export.ts";
import { parseThreads, threadsOption } from "./threads.ts";

function parseMode(v: string): Mode {
  if (v !== "train" && v !== "infer") throw new CliError(`--mode must be train or infer, got '${v}'`);
  return v;
}

/** The package's version, from its package.json (src/cli/ and dist/cli/ are both two levels down). */
export function packageVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

/** The help text shared by every command that takes a batch size. */
export const BATCH_HELP = "batch size: binds the graph's batch symbol N";
const BIND_HELP = "bind other symbols of the graph, e.g. T=32,H=64";

function program(): Command {
  const cli = new Command("gradfuse")
    .description("A dataflow graph compiler for deep learning")
    .version(packageVersion(), "-V, --version", "print the version")
    .exitOverride()
    .showHelpAfterError();

  cli
    .command("inspect <graph>")
    .description("print the typed graph (one line per node), totals, fused kernels and the memory plan")
    .option("--batch <n>", BATCH_HELP)
    .option("--bind <symbols>", BIND_HELP)
    .option("--mode <mode>", "train or infer", "infer")
    .option("--grad", "show the gradient graph (forward + backward)")
    .option("--json", "print JSON: {nodes:[{id, op, attrs, dtype, shape, flops, source}], params, flops}")
    .option("--dot", "print the graph as Graphviz DOT (fused kernels as clusters, shapes on edges)")
    .option("--svg", "print the graph as SVG, laid out by Graphviz")
    .option("--no-plan", "skip the kernels and memory plan")
    .option("--no-timings", "skip the time of each compile stage")
    .action(async (file: string, o: { batch?: string; bind?: string; mode: string; grad?: boolean; json?: boolean; dot?: boolean; svg?: boolean; plan: boolean; timings: boolean }) => {
      const def = await loadGraphDef(file);
      const text = await inspect(def, {
        bindings: parseBindings(o.batch, o.bind),
        mode: parseMode(o.mode),
        grad: !!o.grad,
        json: !!o.json,
        plan: o.plan,
        timings: o.timings,
        dot: !!o.dot,
        svg: !!o.svg,
      });
      process.stdout.write(text + "\n");
    });

  cli
    .command("compile <graph>")
    .description("compile a graph to a standalone program directory (imports only gradfuse/runtime)")
    .option("--batch <n>", BATCH_HELP)
    .option("--bind <symbols>", BIND_HELP)
    .option("--mode <mode>", "train or infer", "infer")
    .option("--grad", "compile the gradient graph")
    .option("--backend <backend>", "wasm (WebAssembly SIMD) or ts (readable TypeScript)", "wasm")
    .option("--out <dir>", "the program's directory (default generated/<name>, and generated/<name>/ts for --backend ts)")
    .option("--json", "print one JSON object: {program, backend, dir, files}")
    .addOption(threadsOption())
    .action(async (file: string, o: { batch?: string; bind?: string; mode: string; grad?: boolean; backend: string; out?: string; json?: boolean; threads: string }) => {
      if (o.backend !== "ts" && o.backend !== "wasm") throw new CliError(`--backend must be ts or wasm, got '${o.backend}'`);
      const def = await loadGraphDef(file);
      const name = programName(def, !!o.grad);
      const outDir = o.out ?? path.join("generated", name, ...(o.backend === "ts" ? ["ts"] : []));
      const written = await compileToDir(def, {
        bindings: parseBindings(o.batch, o.bind),
        mode: parseMode(o.mode),
        grad: !!o.grad,
        backend: o.backend,
        outDir,
        threads: parseThreads(o.threads, o.backend),
      });
      if (o.json) process.stdout.write(JSON.stringify({ program: name, backend: o.backend, dir: outDir, files: written }) + "\n");
      else for (const f of written) process.stdout.write(`wrote ${f}\n`);
    });

  cli
    .command("exec <script> [args...]")
    .description("run a TypeScript script that imports gradfuse, with plain node (bundled like a graph file)")
    .allowUnknownOption()
    .helpOption(false)
    .action(async (script: string, args: string[]) => {
      await execScript(script, args);
    });

  cli.addCommand(runCommand());
  cli.addCommand(trainCommand());
  cli.addCommand(searchCommand());
  cli.addCommand(scheduleCommand());
  cli.addCommand(exportCommand());
  cli.addCommand(summaryCommand());
  return cli;
}

/** ONNX and safetensors errors say what was wrong with which file: print them like the others. */
/** Runs the CLI; returns the exit code. Known errors print one clear message, not a stack. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    await program().parseAsync([...argv]);
    return 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    const message = userErrorMessage(e);
    if (message === undefined) throw e;
    process.stderr.write(`gradfuse: ${message}\n`);
    return 1;
  }
}

