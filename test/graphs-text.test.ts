// The text example graphs: each trains for a few epochs, compiled to WebAssembly, on a small synthetic
// corpus whose label is whether token 5 or token 6 occurs (padding after a random length), and must
// lower its loss and beat chance; bindings are shrunk (T, V, batch) so the test stays short.
import { describe, expect, it } from "vitest";
import type { GraphDef } from "../src/dsl/builder.ts";
import { compiledPrograms } from "../src/train/compiled.ts";
import { train } from "../src/train/trainer.ts";
import type { Dataset } from "../src/data/batches.ts";
import { Rng } from "../src/data/rng.ts";
import textcnn from "../graphs/textcnn.ts";
import lstmText from "../graphs/lstm_text.ts";
import transformerText from "../graphs/transformer_text.ts";
import charRnnNames from "../graphs/char_rnn_names.ts";

const T = 8;
const V = 20;

/** A def with some bindings replaced (the graph files' own defaults are sized for the real corpora). */
function shrunk(def: GraphDef, bindings: Record<string, number>): GraphDef {
  return { name: def.name, defaults: { ...def.defaults, ...bindings }, build: (o = {}) => def.build({ ...o, bindings: { ...bindings, ...o.bindings } }) };
}

function synthetic(n: number, seed: number): Dataset {
  const rng = new Rng(seed);
  const x = new Int32Array(n * T);
  const y = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const len = 3 + (rng.nextU32() % (T - 2));
    y[i] = rng.nextU32() % 2;
    for (let t = 0; t < len; t++) x[i * T + t] = 7 + (rng.nextU32() % (V - 7)); // filler tokens
    x[i * T + (rng.nextU32() % len)] = y[i] ? 6 : 5; // the one informative token
  }
  return { x: { dtype: "i32", shape: [n, T], data: x }, y: { dtype: "i32", shape: [n], data: y } };
}

describe.each([
  ["textcnn", textcnn, 0.005],
  ["lstm_text", lstmText, 0.02],
  ["transformer_text", transformerText, 0.003],
  ["char_rnn_names", charRnnNames, 0.02],
] as const)("%s", (_name, def, lr) => {
  it("lowers its loss and beats chance on a token-presence task (wasm)", async () => {
    const result = await train({
      def: shrunk(def, { T, V }),
      train: synthetic(256, 1),
      test: synthetic(64, 2),
      epochs: 6,
      batchSize: 16,
      optimizer: { kind: "adam" },
      schedule: { kind: "constant", lr },
      program: compiledPrograms("wasm"),
      progress: "quiet",
      seed: 3,
    });
    const losses = result.epochs.map((e) => e.trainLoss);
    expect(losses.at(-1)!).toBeLessThan(losses[0]! * 0.8);
    expect(result.test!.accuracy!).toBeGreaterThan(0.75);
  }, 120_000);
});
