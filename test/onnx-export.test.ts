// Every example graph, exported to ONNX, runs in ONNX Runtime and gives gradfuse's outputs.
import { describe, expect, it } from "vitest";
import type { GraphDef } from "../src/dsl/builder.ts";
import { interpret } from "../src/interp/interpret.ts";
import { inputsOf } from "../src/ir/types.ts";
import { sizeOf } from "../src/ir/types.ts";
import { OnnxExportError, toOnnx } from "../src/onnx/export.ts";
import type { HostTensor } from "../src/runtime/tensor.ts";
import lenet5 from "../graphs/lenet5.ts";
import mnistMlp from "../graphs/mnist_mlp.ts";
import fashionCnn from "../graphs/fashion_cnn.ts";
import xor from "../graphs/xor.ts";
import perceptron from "../graphs/perceptron.ts";
import { relativeError, runOrt, seededParams, seededValues } from "./onnx-helpers.ts";

async function checkAgainstOrt(def: GraphDef, batch: number): Promise<void> {
  const g = def.build({ bindings: { N: batch }, mode: "infer" });
  const params = seededParams(g);
  const model = toOnnx(g, params);
  const live = new Set(g.outputs.filter((o) => o.node !== g.loss).map((o) => o.name));
  const feeds: Record<string, HostTensor> = {};
  for (const n of inputsOf(g)) {
    const size = sizeOf(n.shape);
    feeds[n.attrs.name] = n.dtype === "f32" ? { dtype: "f32", shape: n.shape, data: seededValues(size) } : { dtype: "i32", shape: n.shape, data: new Int32Array(size) };
  }
  const ours = interpret(g, { feeds, params }).outputs;
  // ONNX Runtime is fed only the inputs the exported outputs need (labels feed only the loss).
  const ortFeeds = Object.fromEntries(Object.entries(feeds).filter(([name]) => name !== "labels" || !g.loss));
  const theirs = await runOrt(model, ortFeeds);
  expect(Object.keys(theirs).sort()).toEqual([...live].sort());
  for (const name of live) {
    expect(theirs[name]!.shape).toEqual([...ours[name]!.shape]);
    const err = relativeError(theirs[name]!.data, ours[name]!.data);
    expect(err, `${def.name}/${name}: relative error ${err}`).toBeLessThan(1e-5);
  }
}

describe("export to ONNX, run in ONNX Runtime", () => {
  it.each([
    ["perceptron", perceptron, 4],
    ["xor", xor, 4],
    ["mnist_mlp", mnistMlp, 3],
    ["lenet5", lenet5, 2],
    ["fashion_cnn", fashionCnn, 2],
  ] as const)("%s matches gradfuse within 1e-5", async (_name, def, batch) => {
    await checkAgainstOrt(def, batch);
  });
});
