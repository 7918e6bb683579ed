// `gradfuse search <graph.ts> --grid|--random`: trains one model per hyper-parameter trial with early
// stopping on a held-out validation split, then prints the trials ranked by best validation loss.
import * as path from "node:path";
import { Command } from "commander";
import type { GraphDef } from "../dsl/builder.ts";
import { compiledPrograms } from "../train/compiled.ts";
import { parseOptimizer } from "../train/optimizers.ts";
import { autoProgressMode } from "../train/progress.ts";
import type { SearchSpace, Trial, TrialResult } from "../train/search.ts";
import { gridTrials, randomTrials, rankedTable } from "../train/search.ts";
import { train } from "../train/trainer.ts";
import { CliError, loadGraphDef } from "./load.ts";
import { addTrainingOptions, intOption, loadData, numberOption, parseBackend, splitValidation, userInput } from "./train.ts";

interface SearchFlags {
  grid?: boolean;
  random?: boolean;
  trials: string;
  lrs: string;
  batches: string;
  optimizers: string;
  weightDecays: string;
  epochs: string;
  patience: string;
  validation: string;
  data: string;
  trainSize?: string;
  testSize?: string;
  seed: string;
  backend: string;
  runDir?: string;
  json?: boolean;
}

function list<T>(text: string, flag: string, parse: (s: string) => T): T[] {
  const items = text.split(",").map((s) => s.trim()).filter(Boolean);
  if (!items.length) throw new CliError(`${flag} needs at least one value, e.g. ${flag} 0.001,0.003`);
  return items.map(parse);
}

export function searchSpaceFrom(f: Pick<SearchFlags, "lrs" | "batches" | "optimizers" | "weightDecays">): SearchSpace {
  return {
    lrs: list(f.lrs, "--lrs", (s) => numberOption(s, "--lrs", { exclusive: true })),
    batchSizes: list(f.batches, "--batches", (s) => intOption(s, "--batches")),
    // Optimizer specs have their own commas ("adam:beta1=0.9,beta2=0.99"): separate them with ';' then.
    optimizers: (f.optimizers.includes(";") ? f.optimizers.split(";") : f.optimizers.split(","))
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => userInput("--optimizers", () => parseOptimizer(s))),
    weightDecays: list(f.weightDecays, "--weight-decays", (s) => numberOption(s, "--weight-decays")),
  };
}

async function runTrial(def: GraphDef, trial: Trial, index: number, f: SearchFlags, data: ReturnType<typeof loadData>): Promise<TrialResult> {
  const seed = intOption(f.seed, "--seed", 0);
  const split = splitValidation(data.train, numberOption(f.validation, "--validation", { exclusive: true }), seed);
  const started = performance.now();
  try {
    const r = await train({
      def,
      ...split,
      test: data.test,
      epochs: intOption(f.epochs, "--epochs"),
      batchSize: trial.batchSize,
      optimizer: trial.optimizer,
      schedule: { kind: "constant", lr: trial.lr },
      ...(trial.weightDecay ? { weightDecay: trial.weightDecay } : {}),
      seed,
      program: compiledPrograms(parseBackend(f.backend)),
      runDir: path.join(f.runDir ?? path.join("runs", "search", def.name), `trial-${index + 1}`),
      earlyStopping: { patience: intOption(f.patience, "--patience") },
      progress: autoProgressMode(!!f.json),
    });
    const losses = r.epochs.map((e) => e.validationLoss ?? Infinity);
    const best = r.stoppedEarly?.bestValidationLoss ?? Math.min(...losses);
    return {
      trial,
      bestValidationLoss: best,
      bestEpoch: r.stoppedEarly?.bestEpoch ?? losses.indexOf(best),
      epochs: r.epochs.length,
      ...(r.test?.accuracy !== undefined ? { testAccuracy: r.test.accuracy } : {}),
      seconds: (performance.now() - started) / 1000,
    };
  } catch (e) {
    return { trial, bestValidationLoss: Infinity, bestEpoch: -1, epochs: 0, seconds: (performance.now() - started) / 1000, error: (e as Error).message };
  }
}

export async function runSearch(file: string, f: SearchFlags): Promise<TrialResult[]> {
  if (!!f.grid === !!f.random) throw new CliError("search needs exactly one of --grid or --random");
  const def = await loadGraphDef(file);
  const space = searchSpaceFrom(f);
  const trials = f.grid ? gridTrials(space) : randomTrials(space, intOption(f.trials, "--trials"), intOption(f.seed, "--seed", 0));
  const data = loadData({
    data: f.data,
    seed: intOption(f.seed, "--seed", 0),
    bindings: def.defaults,
    ...(f.trainSize ? { trainSize: intOption(f.trainSize, "--train-size") } : {}),
    ...(f.testSize ? { testSize: intOption(f.testSize, "--test-size") } : {}),
  });
  const results: TrialResult[] = [];
  for (const [i, trial] of trials.entries()) {
    if (!f.json) process.stderr.write(`trial ${i + 1}/${trials.length}: ${JSON.stringify({ ...trial, optimizer: trial.optimizer.kind })}\n`);
    const result = await runTrial(def, trial, i, f, data);
    results.push(result);
    if (f.json) process.stdout.write(JSON.stringify(result) + "\n");
  }
  if (!f.json) process.stdout.write(rankedTable(results) + "\n");
  return results;
}

export function searchCommand(): Command {
  return addTrainingOptions(
    new Command("search")
      .description("grid or random search over learning rate, batch size, optimizer and weight decay, with early stopping")
      .argument("<graph>", "a graph module, e.g. graphs/mnist_mlp.ts"),
  )
    .option("--grid", "try every combination of the lists")
    .option("--random", "sample --trials combinations (lr and weight decay log-uniform within the lists' ranges)")
    .option("--trials <n>", "random trials", "8")
    .option("--lrs <list>", "learning rates (grid) or their range (random)", "0.0003,0.001,0.003")
    .option("--batches <list>", "batch sizes", "64")
    .option("--optimizers <list>", "optimizers (separate with ';' when they carry settings)", "adam")
    .option("--weight-decays <list>", "decoupled weight decays", "0")
    .option("--epochs <n>", "most epochs per trial", "5")
    .option("--patience <n>", "early stopping patience (epochs)", "2")
    .option("--validation <fraction>", "fraction of the training data held out for validation", "0.1")
    .option("--run-dir <dir>", "per-trial run files go to <dir>/trial-<k> (default runs/search/<graph name>)")
    .option("--json", "one JSON object per trial on stdout instead of the table")
    .action(async (file: string, flags: SearchFlags) => {
      await runSearch(file, flags);
    });
}
