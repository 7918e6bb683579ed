// LeNet-5 on a small slice of MNIST, compiled: one epoch of Adam must lower the loss well below that of
// a uniform guess, and the compiled training step must agree with the reference interpreter on the
// first batch (same parameters, same data, same learning rate).
import { describe, expect, it } from "vitest";
import lenet5 from "../graphs/lenet5.ts";
import { batches } from "../src/data/batches.ts";
import { mnistSplit } from "../src/data/mnist.ts";
import { interpret } from "../src/interp/interpret.ts";
import type { HostTensor } from "../src/runtime/tensor.ts";
import { compiledPrograms } from "../src/train/compiled.ts";
import type { TrainableProgram } from "../src/train/trainer.ts";
import { train, TRAIN_ENTRY } from "../src/train/trainer.ts";
import { LR_INPUT } from "../src/train/train_graph.ts";

describe("lenet5 on 512 MNIST digits", () => {
  it("one epoch of Adam lowers the loss, and the first compiled step matches the interpreter", async () => {
    const { train: data, test } = mnistSplit({ train: 512, test: 256, seed: 1 });
    const compile = compiledPrograms("ts");
    let initial: Record<string, HostTensor> = {};
    let stepGraph: Parameters<typeof compile>[0][string] | undefined;
    const result = await train({
      def: lenet5,
      train: data,
      test,
      epochs: 1,
      batchSize: 32,
      optimizer: { kind: "adam" },
      schedule: { kind: "constant", lr: 0.002 },
      seed: 3,
      program: async (entries) => {
        stepGraph = entries[TRAIN_ENTRY];
        const program = await compile(entries);
        // Record the initial parameters as they are set, for the interpreter check below.
        const recording: TrainableProgram = {
          run: (e, f) => program.run(e, f),
          getParams: () => program.getParams(),
          setParams: (v) => program.setParams(v),
          initParams: (seed) => {
            program.initParams(seed);
            initial = program.getParams();
          },
        };
        return recording;
      },
    });

    const losses = result.steps.map((s) => s.loss);
    expect(losses).toHaveLength(16);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(losses.slice(-4))).toBeLessThan(0.75 * mean(losses.slice(0, 4)));
    // A uniform guess over 10 classes has loss ln 10 ≈ 2.303.
    expect(result.epochs[0]!.testLoss).toBeLessThan(0.75 * Math.LN10);
    expect(result.test!.accuracy).toBeGreaterThan(0.5);

    // The first step, on the interpreter (float32) from the same parameters and batch.
    const first = batches(data, { batchSize: 32, seed: 3, epoch: 0 }).next().value!;
    const reference = interpret(stepGraph!, {
      params: initial,
      feeds: { x: first.x.data, labels: first.y.data, [LR_INPUT]: [0.002] },
    });
    expect(losses[0]).toBeCloseTo(reference.outputs.loss!.data[0]!, 4);
  }, 60_000);
});
