// `gradfuse run <graph.ts>`: inference with trained parameters. Compiles the graph in inference mode,
// loads the parameters from a training checkpoint (or initializes them from a seed), runs it on the
// first test examples of a dataset and prints each prediction next to its label.
import { Command } from "commander";
import { compile } from "../compile.ts";
import { gatherDataset, datasetSize } from "../data/batches.ts";
import type { Dataset } from "../data/batches.ts";
import { loadCheckpoint } from "../train/checkpoint.ts";
import type { HostTensor } from "../runtime/tensor.ts";
import { intOption, loadData } from "./train.ts";
import { CliError, loadGraphDef } from "./load.ts";
import { parseThreads, threadsOption } from "./threads.ts";

interface RunFlags {
  checkpoint?: string;
  seed: string;
  data: string;
  count: string;
  backend: string;
  threads?: string;
}

/** Model parameters and states of a training checkpoint ("params/<name>"), by name. */
export function checkpointParams(file: string): Record<string, HostTensor> {
  const { tensors } = loadCheckpoint(file);
  const params = Object.entries(tensors).filter(([name]) => name.startsWith("params/"));
  if (!params.length) throw new CliError(`${file}: holds no "params/…" tensors; is it a gradfuse training checkpoint?`);
  return Object.fromEntries(params.map(([name, t]) => [name.slice("params/".length), t]));
}

function argmaxRows(t: HostTensor): number[] {
  const classes = t.shape[t.shape.length - 1]!;
  const rows = t.data.length / classes;
  return Array.from({ length: rows }, (_, r) => {
    let best = 0;
    for (let c = 1; c < classes; c++) if (t.data[r * classes + c]! > t.data[r * classes + best]!) best = c;
    return best;
  });
}

export async function runInference(file: string, f: RunFlags): Promise<{ predictions: number[]; labels: number[] }> {
  const def = await loadGraphDef(file);
  const count = intOption(f.count, "--count");
  const { test } = loadData({ data: f.data, seed: intOption(f.seed, "--seed", 0) });
  if (count > datasetSize(test)) throw new CliError(`--count ${count} is more than the ${datasetSize(test)} test examples`);
  const batch: Dataset = gatherDataset(test, Int32Array.from({ length: count }, (_, i) => i));
  const graph = def.build({ bindings: { N: count }, mode: "infer" });
  const output = graph.outputs.find((o) => o.name === "logits") ?? graph.outputs[0];
  if (!output) throw new CliError(`${file}: the graph declares no outputs; add g.output("logits", …)`);
  if (f.backend !== "ts" && f.backend !== "wasm") throw new CliError(`--backend must be wasm or ts, got '${f.backend}'`);
  const program = await compile(graph, { backend: f.backend, threads: parseThreads(f.threads, f.backend) });
  if (f.checkpoint) program.setParams(checkpointParams(f.checkpoint));
  else program.initParams(intOption(f.seed, "--seed", 0));
  const hasLabels = graph.nodes.some((n) => n.op === "input" && n.attrs.name === "labels");
  const feeds: Record<string, HostTensor> = hasLabels ? { x: batch.x, labels: batch.y } : { x: batch.x };
  const predictions = argmaxRows(program.run(graph.name, feeds)[output.name]!);
  return { predictions, labels: [...batch.y.data] };
}

export function runCommand(): Command {
  return new Command("run")
    .description("run a graph in inference mode on the first test examples and print its predictions")
    .argument("<graph>", "a graph module, e.g. graphs/lenet5.ts")
    .option("--checkpoint <file>", "parameters from a training checkpoint (default: initialized from --seed)")
    .option("--seed <n>", "seed for the data split (and the parameters without --checkpoint)", "0")
    .option("--data <name>", "mnist, fashion-mnist or idx:<dir>", "mnist")
    .option("--count <n>", "how many test examples", "10")
    .option("--backend <name>", "wasm or ts", "wasm")
    .addOption(threadsOption())
    .action(async (file: string, f: RunFlags) => {
      const { predictions, labels } = await runInference(file, f);
      const right = predictions.filter((p, i) => p === labels[i]).length;
      process.stdout.write(`predicted: ${predictions.join(" ")}\nlabels:    ${labels.join(" ")}\n`);
      process.stdout.write(`${right} of ${labels.length} right (${((100 * right) / labels.length).toFixed(1)}%)\n`);
    });
}
