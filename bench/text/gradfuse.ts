/**
 * gradfuse's side of `npm run bench:text`: `npx tsx bench/text/gradfuse.ts --workload lstm.train --json`.
 * Writes the model with the DSL and nn layers, compiles the SGD training step once (wasm backend,
 * src/train/train_graph.ts), sets bench/text/workloads.ts's initial parameters, and times
 * `program.run("trainStep", { x, labels, lr })` with the shared loop of bench/peers/common.ts.
 */
import { compile } from "../../src/compile.ts";
import { defineGraph } from "../../src/dsl/builder.ts";
import type { GraphDef } from "../../src/dsl/builder.ts";
import { paramsOf } from "../../src/ir/types.ts";
import { addSinusoidalPositions, dense, embedding, lstm, softmaxCrossEntropy, transformerEncoderBlock } from "../../src/nn/index.ts";
import { buildTrainGraph, LR_INPUT } from "../../src/train/train_graph.ts";
import { errorMessage, timeIt } from "../peers/common.ts";
import { textArgs } from "./args.ts";
import type { TextMeasurement, TextWorkloadId } from "./workloads.ts";
import { CLASSES, LEARNING_RATE, LSTM, N, T, TRANSFORMER, V, frozenEmbedding, initialValue, labels, modelOf, paramShapes, tokenIds } from "./workloads.ts";

function defOf(w: TextWorkloadId): GraphDef {
  const trainable = !frozenEmbedding(w);
  if (modelOf(w) === "lstm") {
    return defineGraph("bench_lstm_text", { N }, (g) => {
      const ids = g.input("x", ["N", T], "i32");
      const h = lstm(embedding(ids, V, LSTM.E, { name: "embed", trainable }), LSTM.H, { name: "lstm", unitForgetBias: false });
      g.loss(softmaxCrossEntropy(dense(h, CLASSES, { name: "out" }), g.input("labels", ["N"], "i32")));
    });
  }
  return defineGraph("bench_transformer_text", { N }, (g) => {
    const ids = g.input("x", ["N", T], "i32");
    const x = addSinusoidalPositions(embedding(ids, V, TRANSFORMER.d, { name: "embed", trainable }));
    const h = transformerEncoderBlock(x, { heads: TRANSFORMER.heads, ffDim: TRANSFORMER.ff, activation: "relu", norm: "pre", name: "block" });
    g.loss(softmaxCrossEntropy(dense(h.mean(1), CLASSES, { name: "out" }), g.input("labels", ["N"], "i32")));
  });
}

async function measure(w: TextWorkloadId, args: ReturnType<typeof textArgs>): Promise<TextMeasurement> {
  const t0 = performance.now();
  const graph = buildTrainGraph(defOf(w), { optimizer: { kind: "sgd" } });
  const program = await compile({ trainStep: graph }, { backend: "wasm" });
  const compileMs = performance.now() - t0;
  program.initParams(0);
  const shapes = paramShapes(w);
  const trainable = paramsOf(graph).filter((p) => p.attrs.trainable || p.attrs.name.endsWith("embeddings")).map((p) => p.attrs.name);
  const missing = trainable.filter((n) => !(n in shapes));
  if (missing.length) throw new Error(`bench/text/workloads.ts has no initial value for ${missing.join(", ")}`);
  program.setParams(Object.fromEntries(Object.entries(shapes).map(([name, shape]) => [name, initialValue(name, shape)])));
  const feeds = { x: tokenIds(), labels: labels(), [LR_INPUT]: Float32Array.of(LEARNING_RATE) };
  const firstLoss = program.run("trainStep", feeds).loss!.data[0]!;
  const timed = await timeIt(() => program.run("trainStep", feeds), args);
  return { system: "gradfuse-wasm", workload: w, samplesMs: timed.samplesMs, firstLoss, info: { compileMs: Math.round(compileMs) } };
}

const args = textArgs();
for (const w of args.workloads) {
  let m: TextMeasurement;
  try {
    m = await measure(w, args);
  } catch (e) {
    m = { system: "gradfuse-wasm", workload: w, error: errorMessage(e) };
  }
  process.stdout.write(JSON.stringify(m) + "\n");
}
