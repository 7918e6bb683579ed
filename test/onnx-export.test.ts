// Every example graph, exported to ONNX, runs in ONNX Runtime and gives gradfuse's outputs.
import { describe, expect, it } from "vitest";
import { defineGraph } from "../src/dsl/builder.ts";
import type { GraphDef } from "../src/dsl/builder.ts";
import * as ops from "../src/dsl/ops.ts";
import { fromOnnx } from "../src/onnx/import.ts";
import { interpret } from "../src/interp/interpret.ts";
import { inputsOf } from "../src/ir/types.ts";
import { sizeOf } from "../src/ir/types.ts";
import { OnnxExportError, toOnnx } from "../src/onnx/export.ts";
import { decodeModel } from "../src/onnx/proto.ts";
import type { HostTensor } from "../src/runtime/tensor.ts";
import lenet5 from "../graphs/lenet5.ts";
import mnistMlp from "../graphs/mnist_mlp.ts";
import fashionCnn from "../graphs/fashion_cnn.ts";
import xor from "../graphs/xor.ts";
import alexnet from "../graphs/alexnet.ts";
import { compile } from "../src/compile.ts";
import perceptron from "../graphs/perceptron.ts";
import { fastParams, relativeError, runOrt, seededParams, seededValues } from "./onnx-helpers.ts";

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

// alexnet's 62M parameters make a 250 MB model and about 1.5 GB of memory in one process: run it with
// GRADFUSE_ONNX_ALEXNET=1 (compiled with the wasm backend, it agrees with ONNX Runtime within 3e-6).
it.runIf(process.env.GRADFUSE_ONNX_ALEXNET === "1")("alexnet matches gradfuse (wasm) within 1e-5", async () => {
  const g = alexnet.build({ bindings: { N: 1 }, mode: "infer" });
  const params = fastParams(g);
  const x = { dtype: "f32" as const, shape: [1, 227, 227, 3], data: seededValues(227 * 227 * 3) };
  const theirs = await runOrt(toOnnx(g, params), { x });
  const program = await compile(g);
  program.setParams(params);
  const ours = program.run(g.name, { x, labels: { dtype: "i32", shape: [1], data: new Int32Array(1) } });
  for (const name of Object.keys(theirs)) expect(relativeError(ours[name]!.data, theirs[name]!.data), name).toBeLessThan(1e-5);
}, 300_000);

describe("export → import round trip", () => {
  it.each([
    ["mnist_mlp", mnistMlp, 3],
    ["lenet5", lenet5, 2],
    ["fashion_cnn", fashionCnn, 2],
    ["xor", xor, 4],
  ] as const)("%s: the imported graph gives the same outputs, with the same parameter names and no transposes", (_name, def, batch) => {
    const g = def.build({ bindings: { N: batch }, mode: "infer" });
    const params = seededParams(g);
    const imported = fromOnnx(toOnnx(g, params), { source: `${def.name}.onnx` });
    const back = imported.def.build({ bindings: { N: batch } });
    const names = (graph: typeof g) => graph.nodes.flatMap((n) => (n.op === "param" ? [`${n.attrs.name}:${n.shape}`] : [])).sort();
    expect(names(back)).toEqual(names(g).filter((n) => !n.includes("/rng:")));
    expect(back.nodes.filter((n) => n.op === "transpose")).toHaveLength(0);
    const feeds: Record<string, HostTensor> = {};
    for (const n of inputsOf(g)) {
      const size = sizeOf(n.shape);
      feeds[n.attrs.name] = n.dtype === "f32" ? { dtype: "f32", shape: n.shape, data: seededValues(size) } : { dtype: "i32", shape: n.shape, data: new Int32Array(size) };
    }
    const ours = interpret(g, { feeds, params }).outputs;
    const backFeeds = Object.fromEntries(inputsOf(back).map((n) => [n.attrs.name, feeds[n.attrs.name]!]));
    const theirs = interpret(back, { feeds: backFeeds, params: imported.params }).outputs;
    for (const o of back.outputs) expect(relativeError(theirs[o.name]!.data, ours[o.name]!.data), o.name).toBeLessThan(1e-6);
  });
});

it("the model keeps the user's names, source lines and NHWC input, at opset 17", () => {
  const g = lenet5.build({ bindings: { N: 2 } });
  const params = seededParams(g);
  const m = decodeModel(toOnnx(g, params));
  expect(m.opset_import).toEqual([{ domain: "", version: 17 }]);
  expect(m.metadata_props).toEqual([{ key: "gradfuse.layout", value: "NHWC" }]);
  expect(m.graph!.initializer!.map((t) => t.name).sort()).toEqual(Object.keys(params).sort());
  expect(m.graph!.input!.map((i) => [i.name, i.type!.tensor_type!.shape!.dim!.map((d) => d.dim_value)])).toEqual([["x", [2, 28, 28, 1]]]);
  expect(m.graph!.output!.map((o) => o.name)).toEqual(["logits", "probs"]);
  const conv = m.graph!.node!.find((n) => n.op_type === "Conv")!;
  expect(conv.name).toMatch(/^conv1\/conv2d_\d+\/Conv$/);
  expect(conv.doc_string).toMatch(/^graphs\/lenet5\.ts:\d+ %\d+ = conv2d$/);
});

describe("export refusals", () => {
  it("a training graph, a missing weight and a wrong-sized weight are clear errors", () => {
    const train = lenet5.build({ bindings: { N: 1 }, mode: "train" });
    expect(() => toOnnx(train, seededParams(train))).toThrow(/built in 'train' mode; export the inference graph/);
    const g = lenet5.build({ bindings: { N: 1 } });
    const params = seededParams(g);
    const { ["fc1/kernel"]: _dropped, ...missing } = params;
    expect(() => toOnnx(g, missing)).toThrow(OnnxExportError);
    expect(() => toOnnx(g, missing)).toThrow(/no value for parameter 'fc1\/kernel' \(f32\[400,120\]\)/);
    expect(() => toOnnx(g, { ...params, "fc1/bias": { dtype: "f32", shape: [3], data: new Float32Array(3) } })).toThrow(/'fc1\/bias' has 3 values but its shape \[120\] needs 120/);
    expect(() => toOnnx(g, params, { outputs: ["nope"] })).toThrow(/has no output 'nope'; its outputs are logits, probs, loss/);
  });

  it("a primitive with no ONNX operator names itself and the user's line", () => {
    const def = defineGraph("rand", {}, (b) => {
      const c = b.state("rng", [], { kind: "zeros" }, "i32");
      b.output("u", ops.randomUniform(c, [3]));
    });
    expect(() => toOnnx(def.build(), { rng: { dtype: "i32", shape: [], data: new Int32Array(1) } })).toThrow(/test\/onnx-export\.test\.ts:\d+: cannot export %1 = randomUniform: gradfuse's counter-based random bits/);
  });
});
