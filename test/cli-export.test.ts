// `gradfuse export`: a graph and its weights (a weights file or a training checkpoint) to a .onnx file
// that ONNX Runtime runs; and the API call that does the same.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../src/cli/main.ts";
import { interpret } from "../src/interp/interpret.ts";
import { decodeModel } from "../src/onnx/proto.ts";
import { exportOnnxFile } from "../src/onnx/files.ts";
import { fromOnnx } from "../src/onnx/import.ts";
import { saveCheckpoint } from "../src/train/checkpoint.ts";
import mnistMlp from "../graphs/mnist_mlp.ts";
import { relativeError, runOrt, seededParams, seededValues } from "./onnx-helpers.ts";

let out = "";
let err = "";
let dir = "";
beforeEach(() => {
  out = "";
  err = "";
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "gradfuse-export-"));
  vi.spyOn(process.stdout, "write").mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((s) => ((err += String(s)), true));
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

const run = (...args: string[]) => main(["node", "gradfuse", ...args]);

describe("gradfuse export", () => {
  it("writes a training checkpoint's parameters as initializers; ONNX Runtime gives gradfuse's outputs", async () => {
    const g = mnistMlp.build({ bindings: { N: 2 } });
    const params = seededParams(g, 5);
    const ckpt = path.join(dir, "ckpt.safetensors");
    saveCheckpoint(ckpt, { ...Object.fromEntries(Object.entries(params).map(([k, v]) => [`params/${k}`, v])), "opt/step": { dtype: "i32", shape: [1], data: Int32Array.of(3) } });
    const onnx = path.join(dir, "mlp.onnx");
    expect(await run("export", "graphs/mnist_mlp.ts", "--weights", ckpt, "--onnx", onnx, "--batch", "2"), err).toBe(0);
    expect(out).toMatch(/wrote .*mlp\.onnx \([\d,]+ bytes, opset 17/);
    const model = decodeModel(fs.readFileSync(onnx));
    expect(model.graph!.initializer!.map((t) => t.name).sort()).toEqual(Object.keys(params).sort());
    expect(model.graph!.input!.map((i) => i.name)).toEqual(["x"]);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    const x = { dtype: "f32" as const, shape: [2, 28, 28, 1], data: seededValues(2 * 784) };
    const theirs = await runOrt(fs.readFileSync(onnx), { x });
    const ours = interpret(g, { feeds: { x, labels: { dtype: "i32", shape: [2], data: new Int32Array(2) } }, params }).outputs;
    expect(relativeError(theirs.probs!.data, ours.probs!.data)).toBeLessThan(1e-5);
  });

  it("reads a checkpoint of today's layout (weights/, optimizer/, counters/): only the weights become initializers", async () => {
    const g = mnistMlp.build({ bindings: { N: 2 } });
    const params = seededParams(g, 6);
    const ckpt = path.join(dir, "ckpt-now.safetensors");
    saveCheckpoint(ckpt, {
      ...Object.fromEntries(Object.entries(params).map(([k, v]) => [`weights/${k}`, v])),
      "optimizer/m/fc1/kernel": params["fc1/kernel"]!,
      "counters/step": { dtype: "i32", shape: [], data: Int32Array.of(3) },
    });
    const onnx = path.join(dir, "mlp-now.onnx");
    expect(await run("export", "graphs/mnist_mlp.ts", "--weights", ckpt, "--onnx", onnx, "--batch", "2"), err).toBe(0);
    expect(decodeModel(fs.readFileSync(onnx)).graph!.initializer!.map((t) => t.name).sort()).toEqual(Object.keys(params).sort());
  });

  it("--seed exports initialized weights; --outputs picks outputs", async () => {
    const onnx = path.join(dir, "lenet.onnx");
    expect(await run("export", "graphs/lenet5.ts", "--seed", "1", "--onnx", onnx, "--outputs", "logits"), err).toBe(0);
    expect(decodeModel(fs.readFileSync(onnx)).graph!.output!.map((o) => o.name)).toEqual(["logits"]);
  });

  it("bad input is one clear message", async () => {
    expect(await run("export", "graphs/lenet5.ts", "--seed", "1")).toBe(1);
    expect(err).toMatch(/--onnx <file.onnx>/);
    err = "";
    expect(await run("export", "graphs/lenet5.ts", "--onnx", path.join(dir, "x.onnx"))).toBe(1);
    expect(err).toMatch(/pass --weights <file>/);
    err = "";
    const junk = path.join(dir, "junk.safetensors");
    fs.writeFileSync(junk, "nope");
    expect(await run("export", "graphs/lenet5.ts", "--weights", junk, "--onnx", path.join(dir, "x.onnx"))).toBe(1);
    expect(err).toMatch(/junk\.safetensors: truncated/);
    err = "";
    const other = path.join(dir, "other.safetensors");
    saveCheckpoint(other, { "params/nothing": { dtype: "f32", shape: [1], data: new Float32Array(1) } });
    expect(await run("export", "graphs/lenet5.ts", "--weights", other, "--onnx", path.join(dir, "x.onnx"))).toBe(1);
    expect(err).toMatch(/no value for parameter 'conv1\/kernel'/);
    expect(fs.existsSync(path.join(dir, "x.onnx"))).toBe(false);
  });
});

it("exportOnnxFile (the API) writes a model that imports back to the same graph outputs", () => {
  const g = mnistMlp.build({ bindings: { N: 1 } });
  const params = seededParams(g, 9);
  const file = path.join(os.tmpdir(), `gradfuse-api-${process.pid}.onnx`);
  try {
    exportOnnxFile(mnistMlp, file, { weights: params, bindings: { N: 1 } });
    const imported = fromOnnx(fs.readFileSync(file), { source: file });
    const x = { dtype: "f32" as const, shape: [1, 28, 28, 1], data: seededValues(784) };
    const a = interpret(imported.def.build(), { feeds: { x }, params: imported.params }).outputs.logits!;
    const b = interpret(g, { feeds: { x, labels: { dtype: "i32", shape: [1], data: new Int32Array(1) } }, params }).outputs.logits!;
    expect(relativeError(a.data, b.data)).toBeLessThan(1e-6);
  } finally {
    fs.rmSync(file, { force: true });
  }
});
