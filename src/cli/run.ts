// `gradfuse run <graph.ts>`: inference with trained weights through the model API (an inference entry
// that takes only the model's inputs). Weights come from a weights file (--weights, what model.save
// writes) or a training checkpoint (--checkpoint), or are initialized from --seed. The examples are
// an --input file (an image, an IDX images file or a CSV) or the first test examples of --data; it
// prints each prediction (next to its label when known), or with --json one object per example.
import * as path from "node:path";
import { Command } from "commander";
import type { Dataset } from "../data/batches.ts";
import { datasetSize, gatherDataset } from "../data/batches.ts";
import { readCsvFeatures } from "../data/csv.ts";
import { IMAGE_EXTENSIONS, readImage } from "../data/images.ts";
import { idxKind, readIdxImages } from "../data/idx.ts";
import type { GraphDef } from "../dsl/builder.ts";
import type { ModelBackend } from "../model/model.ts";
import { model, readWeightsFile } from "../model/model.ts";
import type { HostTensor } from "../runtime/tensor.ts";
import { CliError, loadGraphDef } from "./load.ts";
import { dataFlags, imageSizeOf, intOption, loadData } from "./train.ts";
import { parseThreads, threadsOption } from "./threads.ts";

interface RunFlags {
  checkpoint?: string;
  weights?: string;
  input?: string;
  labelColumn?: string;
  json?: boolean;
  seed: string;
  data: string;
  count: string;
  backend: string;
  threads?: string;
}

/** The weights of a weights file or a training checkpoint, as one clear CLI error when the file is bad. */
export function weightsFrom(file: string, flag: string): Record<string, HostTensor> {
  let weights: Record<string, HostTensor>;
  try {
    weights = readWeightsFile(file);
  } catch (e) {
    throw new CliError(`${flag} ${(e as Error).message}`);
  }
  if (!Object.keys(weights).length) throw new CliError(`${flag} ${file}: holds no weights; is it a gradfuse weights file or training checkpoint?`);
  return weights;
}

/** Model parameters and states of a training checkpoint, by name (kept for scripts that used it). */
export function checkpointParams(file: string): Record<string, HostTensor> {
  return weightsFrom(file, "--checkpoint");
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

interface Examples {
  readonly x: HostTensor;
  readonly labels?: readonly number[];
  readonly classes?: readonly string[];
}

/** The examples of an --input file, by its kind: an image, a CSV, or an IDX images file. */
function readInput(def: GraphDef, file: string, labelColumn: string): Examples {
  const ext = path.extname(file).toLowerCase();
  try {
    if (IMAGE_EXTENSIONS.includes(ext)) {
      const size = imageSizeOf(def);
      if (!size) throw new Error(`the graph's input "x" is not an image [N, height, width, channels]`);
      return { x: readImage(file, size) };
    }
    if (ext === ".csv") {
      const csv = readCsvFeatures(file, labelColumn);
      return { x: csv.x, ...(csv.hasLabels ? { labels: [...csv.y.data] } : {}), ...(csv.classes ? { classes: csv.classes } : {}) };
    }
    if (idxKind(file) === "images") return { x: readIdxImages(file) };
  } catch (e) {
    throw new CliError(`--input ${(e as Error).message}`);
  }
  throw new CliError(`--input ${file}: not an image (${IMAGE_EXTENSIONS.join(", ")}), a .csv file or an IDX images file`);
}

function testExamples(def: GraphDef, f: RunFlags): Examples {
  const count = intOption(f.count, "--count");
  const { test } = loadData({ data: f.data, seed: intOption(f.seed, "--seed", 0), ...dataFlags(def, {}) });
  if (count > datasetSize(test)) throw new CliError(`--count ${count} is more than the ${datasetSize(test)} test examples`);
  const batch: Dataset = gatherDataset(test, Int32Array.from({ length: count }, (_, i) => i));
  return { x: batch.x, labels: [...batch.y.data] };
}

export async function runInference(file: string, f: RunFlags): Promise<{ predictions: number[]; labels?: number[]; classes?: readonly string[] }> {
  const def = await loadGraphDef(file);
  if (f.backend !== "ts" && f.backend !== "wasm") throw new CliError(`--backend must be wasm or ts, got '${f.backend}'`);
  if (f.weights && f.checkpoint) throw new CliError("give --weights or --checkpoint, not both");
  const weights = f.weights ? weightsFrom(f.weights, "--weights") : f.checkpoint ? weightsFrom(f.checkpoint, "--checkpoint") : undefined;
  const examples = f.input ? readInput(def, f.input, f.labelColumn ?? "label") : testExamples(def, f);
  const threads = parseThreads(f.threads, f.backend);
  const m = await model(def, { backend: f.backend as ModelBackend, seed: intOption(f.seed, "--seed", 0), ...(threads !== 1 ? { threads } : {}) });
  if (weights) {
    try {
      m.setWeights(weights);
      const missing = Object.keys(m.getWeights()).filter((n) => !(n in weights));
      if (missing.length) throw new Error(`holds no ${missing.join(", ")}; is it from another model?`);
    } catch (e) {
      throw new CliError(`${f.weights ? "--weights " + f.weights : "--checkpoint " + f.checkpoint}: ${(e as Error).message}`);
    }
  }
  let out: Record<string, HostTensor>;
  try {
    out = await m.predict(examples.x);
  } catch (e) {
    throw new CliError(`${f.input ? `--input ${f.input}` : "--data"}: ${(e as Error).message}`);
  } finally {
    await m.dispose();
  }
  const output = out.logits ?? out[m.outputs[0]!]!;
  return { predictions: argmaxRows(output), ...(examples.labels ? { labels: [...examples.labels] } : {}), ...(examples.classes ? { classes: examples.classes } : {}) };
}

export function runCommand(): Command {
  return new Command("run")
    .description("run a graph in inference mode (no labels, no loss) and print its predictions")
    .argument("<graph>", "a graph module, e.g. graphs/lenet5.ts")
    .option("--weights <file>", "weights from a weights file (model.save) or a training checkpoint")
    .option("--checkpoint <file>", "weights from a training checkpoint (default: initialized from --seed)")
    .option("--input <file>", "predict these examples: an image (.png/.jpg), a .csv, or an IDX images file")
    .option("--label-column <name>", "csv --input: the label column, shown next to the predictions when present", "label")
    .option("--json", "one JSON object per example: {index, predicted, label?}")
    .option("--seed <n>", "seed for the data split (and the parameters without --weights/--checkpoint)", "0")
    .option("--data <name>", "without --input: mnist, fashion-mnist, idx:<dir>, csv:<file> or images:<dir>", "mnist")
    .option("--count <n>", "without --input: how many test examples", "10")
    .option("--backend <name>", "wasm or ts", "wasm")
    .addOption(threadsOption())
    .action(async (file: string, f: RunFlags) => {
      const { predictions, labels, classes } = await runInference(file, f);
      const name = (c: number) => (classes ? classes[c] : c);
      if (f.json) {
        predictions.forEach((p, i) =>
          process.stdout.write(JSON.stringify({ index: i, predicted: name(p), ...(labels ? { label: name(labels[i]!) } : {}) }) + "\n"),
        );
        return;
      }
      process.stdout.write(`predicted: ${predictions.map(name).join(" ")}\n`);
      if (!labels) return;
      const right = predictions.filter((p, i) => p === labels[i]).length;
      process.stdout.write(`labels:    ${labels.map(name).join(" ")}\n`);
      process.stdout.write(`${right} of ${labels.length} right (${((100 * right) / labels.length).toFixed(1)}%)\n`);
    });
}
