// Models and weights made by PyTorch (test/fixtures/onnx/make_fixtures.py, committed outputs): the
// ONNX models import, compile and agree with ONNX Runtime and with torch's own outputs; the state_dict
// loads into a gradfuse graph of the same architecture and gives torch's outputs.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { gradcheck } from "../src/autodiff/gradcheck.ts";
import { grad, gradOutputName } from "../src/autodiff/grad.ts";
import { compile } from "../src/compile.ts";
import { defineGraph } from "../src/dsl/builder.ts";
import { loadSafetensors } from "../src/data/safetensors.ts";
import { TorchWeightsError, fromTorchStateDict, torchName } from "../src/data/torch_weights.ts";
import { interpret } from "../src/interp/interpret.ts";
import { avgPool2d, batchNorm, conv2d, dense, flatten, gelu, leakyRelu, logSoftmax, maxPool2d, relu } from "../src/nn/index.ts";
import * as ops from "../src/dsl/ops.ts";
import { fromOnnx } from "../src/onnx/import.ts";
import type { HostTensor } from "../src/runtime/tensor.ts";
import { relativeError, runOrt } from "./onnx-helpers.ts";

const DIR = "test/fixtures/onnx";

function nchwToNhwc(t: HostTensor): HostTensor {
  if (t.shape.length !== 4) return t;
  const [n, c, h, w] = t.shape as [number, number, number, number];
  const out = new Float32Array(t.data.length);
  for (let a = 0; a < n; a++)
    for (let b = 0; b < c; b++)
      for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) out[((a * h + y) * w + x) * c + b] = t.data[((a * c + b) * h + y) * w + x]!;
  return { dtype: "f32", shape: [n, h, w, c], data: out };
}

describe.each(["cnn", "mlp", "deconv"])("PyTorch's %s.onnx", (name) => {
  const file = `${DIR}/${name}.onnx`;
  const bytes = readFileSync(file);
  const io = loadSafetensors(`${DIR}/${name}.io.safetensors`).tensors;
  const x = io.x!;
  const torchY = io.y!;

  it("imports, compiles (wasm) and agrees with ONNX Runtime and with torch within 1e-5", async () => {
    const imported = fromOnnx(bytes, { source: file });
    const graph = imported.def.build({ bindings: { N: x.shape[0]! } });
    const program = await compile(graph);
    program.setParams(imported.params);
    const ours = program.run(graph.name, { x: nchwToNhwc(x) }).y!;
    const theirs = (await runOrt(bytes, { x })).y!;
    expect([...ours.shape]).toEqual([...torchY.shape]);
    expect(relativeError(ours.data, theirs.data)).toBeLessThan(1e-5);
    expect(relativeError(ours.data, torchY.data)).toBeLessThan(1e-5);
    expect(relativeError(theirs.data, torchY.data)).toBeLessThan(1e-5);
  });
});

it("an imported model compiles with the TypeScript backend too (parameter names like 'onnx::Conv_37' included)", async () => {
  const file = `${DIR}/cnn.onnx`;
  const io = loadSafetensors(`${DIR}/cnn.io.safetensors`).tensors;
  const imported = fromOnnx(readFileSync(file), { source: file });
  expect(Object.keys(imported.params)).toContain("onnx::Conv_37");
  const graph = imported.def.build({ bindings: { N: io.x!.shape[0]! } });
  const program = await compile(graph, { backend: "ts" });
  program.setParams(imported.params);
  expect(relativeError(program.run(graph.name, { x: nchwToNhwc(io.x!) }).y!.data, io.y!.data)).toBeLessThan(1e-5);
});

it("an imported model fine-tunes: a loss added with `extend`, plain gradient steps lower it", () => {
  const imported = fromOnnx(readFileSync(`${DIR}/mlp.onnx`), {
    extend: (g, { y }) => g.loss(y!.sub(g.input("target", ["N", 4])).square().mean()),
  });
  const graph = grad(imported.def.build({ bindings: { N: 3 } }));
  const io = loadSafetensors(`${DIR}/mlp.io.safetensors`).tensors;
  const feeds = { x: io.x!, target: { dtype: "f32" as const, shape: [3, 4], data: Float32Array.of(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0) } };
  const params = Object.fromEntries(Object.entries(imported.params).map(([k, t]) => [k, { ...t, data: Float32Array.from(t.data) }]));
  const losses: number[] = [];
  for (let step = 0; step < 20; step++) {
    const out = interpret(graph, { feeds, params }).outputs;
    losses.push(out.loss!.data[0]!);
    for (const [name, t] of Object.entries(params)) {
      const g = out[gradOutputName(name)]!.data;
      t.data.forEach((v, i) => ((t.data as Float32Array)[i] = v - 0.5 * g[i]!));
    }
  }
  expect(losses[19]!).toBeLessThan(losses[0]! * 0.8);
});

it("an imported model differentiates: its gradient passes a finite-difference check", () => {
  const imported = fromOnnx(readFileSync(`${DIR}/mlp.onnx`));
  const graph = imported.def.build({ bindings: { N: 2 } });
  const params = Object.fromEntries(Object.entries(imported.params).map(([k, t]) => [k, t.data]));
  const r = gradcheck(graph, { params, maxPerTensor: 6 });
  expect(r.ok, r.message).toBe(true);
});

/** The same architecture as make_fixtures.py's Cnn, written with gradfuse's layers. */
const torchCnn = defineGraph("torch_cnn", { N: 2 }, (g) => {
  const x = g.input("x", ["N", 10, 10, 3]);
  let h = conv2d(x, 4, 3, { padding: [[1, 1], [1, 1]], name: "conv1" });
  h = maxPool2d(relu(batchNorm(h, { epsilon: 1e-5, name: "bn1" })), { poolSize: 2 });
  h = leakyRelu(conv2d(h, 6, 3, { strides: 2, name: "conv2" }), 0.1);
  // avg_pool2d(2, stride 1, padding 1, count_include_pad=True): zeros count, so pad first.
  h = avgPool2d(h.pad([[0, 0], [1, 1], [1, 1], [0, 0]]), { poolSize: 2, strides: 1 });
  // avg_pool2d(2, stride 2, ceil_mode=True, count_include_pad=False): the ceil cell is padding not counted.
  h = ops.avgPool(h, { window: 2, strides: 2, padding: [[0, 1], [0, 1]] });
  h = gelu(dense(flatten(h), 10, { name: "fc1" }));
  g.output("y", logSoftmax(dense(h, 5, { name: "fc2" })));
});

describe("PyTorch state_dict → gradfuse parameters", () => {
  const io = loadSafetensors(`${DIR}/cnn.io.safetensors`).tensors;
  const graph = torchCnn.build();

  it.each(["", ".f16", ".bf16"])("cnn.state_dict%s.safetensors loads into the same architecture and gives torch's outputs", (suffix) => {
    const st = loadSafetensors(`${DIR}/cnn.state_dict${suffix}.safetensors`);
    expect(st.dtypes["bn1.num_batches_tracked"]).toBe("I64");
    expect(st.tensors["bn1.num_batches_tracked"]!.data[0]).toBe(1234);
    expect(st.conversions).toContain("bn1.num_batches_tracked: I64 → i32");
    const { params, notes, unused } = fromTorchStateDict(graph, st.tensors, { flattenedFrom: { "fc1/kernel": [6, 2, 2] } });
    expect(unused).toEqual(["bn1.num_batches_tracked"]);
    expect(notes).toContain("conv1/kernel ← conv1.weight [4,3,3,3]: conv OIHW → HWIO");
    expect(notes).toContain("fc1/kernel ← fc1.weight [10,24]: Linear [out, in] → [in, out], rows C·H·W [6,2,2] → H·W·C");
    const y = interpret(graph, { feeds: { x: nchwToNhwc(io.x!) }, params }).outputs.y!;
    // Half-precision weights are rounded (F16: 11 significant bits, BF16: 8), so they agree less closely.
    const tolerance = suffix === "" ? 1e-5 : suffix === ".f16" ? 5e-3 : 3e-2;
    expect(relativeError(y.data, io.y!.data)).toBeLessThan(tolerance);
  });

  it("without flattenedFrom the outputs differ (the row order matters), so the test can fail", () => {
    const st = loadSafetensors(`${DIR}/cnn.state_dict.safetensors`);
    const { params } = fromTorchStateDict(graph, st.tensors);
    const y = interpret(graph, { feeds: { x: nchwToNhwc(io.x!) }, params }).outputs.y!;
    expect(relativeError(y.data, io.y!.data)).toBeGreaterThan(1e-3);
  });

  it("names and mismatches are clear errors", () => {
    expect(torchName("bn1/movingVar")).toBe("bn1.running_var");
    expect(torchName("block/conv/kernel")).toBe("block.conv.weight");
    const st = loadSafetensors(`${DIR}/cnn.state_dict.safetensors`).tensors;
    const { ["fc2.bias"]: _gone, ...partial } = st;
    expect(() => fromTorchStateDict(graph, partial)).toThrow(TorchWeightsError);
    expect(() => fromTorchStateDict(graph, partial)).toThrow(/no tensor for fc2\/bias \(looked for 'fc2.bias'\)/);
    const swapped = { ...st, "fc2.weight": st["fc1.weight"]! };
    expect(() => fromTorchStateDict(graph, swapped)).toThrow(/state_dict 'fc2.weight' \[10,24\] does not fit 'fc2\/kernel' \[10,5\]/);
  });
});
