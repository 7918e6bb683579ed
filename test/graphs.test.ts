// The example graphs: each builds in both modes; AlexNet's and LeNet-5's shapes and parameter counts
// match numbers computed independently here; the small ones run and learn on the interpreter.
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { grad } from "../src/autodiff/grad.ts";
import type { GraphDef } from "../src/dsl/builder.ts";
import { defineGraph } from "../src/dsl/builder.ts";
import { GraphError } from "../src/ir/errors.ts";
import type { Graph } from "../src/ir/types.ts";
import { paramsOf, sizeOf } from "../src/ir/types.ts";
import { interpret } from "../src/interp/interpret.ts";
import * as nn from "../src/nn/index.ts";
import alexnet from "../graphs/alexnet.ts";
import lenet5 from "../graphs/lenet5.ts";
import mnistMlp from "../graphs/mnist_mlp.ts";
import perceptron from "../graphs/perceptron.ts";
import xor from "../graphs/xor.ts";

const GRAPH_DIR = fileURLToPath(new URL("../graphs", import.meta.url));
const graphFiles = fs.readdirSync(GRAPH_DIR).filter((f) => f.endsWith(".ts"));

const trainableCount = (g: Graph) => paramsOf(g).filter((p) => p.attrs.trainable).reduce((n, p) => n + sizeOf(p.shape), 0);
const shapesOf = (g: Graph, op: string) => g.nodes.filter((n) => n.op === op).map((n) => [...n.shape]);
const outputNames = (g: Graph) => g.outputs.map((o) => o.name);

/** Σ over layers of weights + biases: conv kh·kw·cin·cout + cout, dense in·out + out. */
function countLayers(convs: [number, number, number][], denses: [number, number][]): number {
  const conv = convs.reduce((n, [k, cin, cout]) => n + k * k * cin * cout + cout, 0);
  return conv + denses.reduce((n, [i, o]) => n + i * o + o, 0);
}

describe("every example graph", () => {
  it("there are the five required graphs (and any others)", () => {
    for (const f of ["perceptron.ts", "xor.ts", "mnist_mlp.ts", "lenet5.ts", "alexnet.ts"]) expect(graphFiles).toContain(f);
  });

  it.each(graphFiles)("%s builds in inference and training mode with named outputs and a loss", async (file) => {
    const def = (await import(path.join(GRAPH_DIR, file))).default as GraphDef;
    expect(def.name).toBe(file.replace(/\.ts$/, ""));
    for (const mode of ["infer", "train"] as const) {
      const g = def.build({ mode });
      expect(g.loss, `${file} (${mode}) declares a loss`).toBeDefined();
      expect(outputNames(g)).toContain("logits");
      expect(g.nodes[g.loss!]!.shape).toEqual([]);
      // every node, however deep inside the library it was made, carries the graph file's own line
      const sources = new Set(g.nodes.map((n) => n.source.file));
      expect([...sources]).toEqual([path.join("graphs", file)]);
    }
  });
});

describe("AlexNet", () => {
  const g = alexnet.build({ bindings: { N: 1 } });

  it("has feature maps of side 55, 27, 27, 13, 13, 13, 13, 6 (conv1, pool, conv2, pool, conv3–5, pool)", () => {
    const spatial = g.nodes.filter((n) => n.op === "conv2d" || n.op === "maxPool").map((n) => n.shape[1]);
    expect(spatial).toEqual([55, 27, 27, 13, 13, 13, 13, 6]);
    expect(shapesOf(g, "conv2d").map((s) => s[3])).toEqual([96, 256, 384, 384, 256]);
    expect(shapesOf(g, "matmul")).toEqual([
      [1, 4096],
      [1, 4096],
      [1, 1000],
    ]);
  });

  it("has 62,378,344 parameters, the sum over its layers", () => {
    const expected = countLayers(
      [
        [11, 3, 96],
        [5, 96, 256],
        [3, 256, 384],
        [3, 384, 384],
        [3, 384, 256],
      ],
      [
        [6 * 6 * 256, 4096],
        [4096, 4096],
        [4096, 1000],
      ],
    );
    expect(expected).toBe(62_378_344);
    expect(trainableCount(g)).toBe(expected);
  });

  it("drops out before the two 4096-unit layers in training only", () => {
    const train = alexnet.build({ mode: "train", bindings: { N: 1 } });
    expect(train.nodes.filter((n) => n.op === "randomUniform").map((n) => [...n.shape])).toEqual([
      [1, 9216],
      [1, 4096],
    ]);
    expect(g.nodes.some((n) => n.op === "randomUniform")).toBe(false);
    expect(train.updates.map((u) => (train.nodes[u.param]!.op === "param" ? train.nodes[u.param]!.name : ""))).toEqual(["drop6/rng", "drop7/rng"]);
  });
});

describe("LeNet-5", () => {
  const g = lenet5.build({ bindings: { N: 1 } });

  it("has the classic shapes: 28×28×6, 14×14×6, 10×10×16, 5×5×16, 400, 120, 84, 10", () => {
    expect(shapesOf(g, "conv2d")).toEqual([
      [1, 28, 28, 6],
      [1, 10, 10, 16],
    ]);
    expect(shapesOf(g, "maxPool")).toEqual([
      [1, 14, 14, 6],
      [1, 5, 5, 16],
    ]);
    expect(shapesOf(g, "reshape")).toContainEqual([1, 400]);
    expect(shapesOf(g, "matmul")).toEqual([
      [1, 120],
      [1, 84],
      [1, 10],
    ]);
    expect(trainableCount(g)).toBe(countLayers([[5, 1, 6], [5, 6, 16]], [[400, 120], [120, 84], [84, 10]]));
    expect(trainableCount(g)).toBe(61_706);
  });

  it("runs on the interpreter: probabilities sum to 1 and the loss is −log p(label)", () => {
    const x = Float32Array.from({ length: 784 }, (_, i) => ((i * 37) % 101) / 101);
    const r = interpret(g, { feeds: { x, labels: Int32Array.from([3]) }, params: nn.initGraphParams(g, 5), float: "f64" });
    const probs = [...r.outputs.probs!.data];
    expect(probs.reduce((a, b) => a + b)).toBeCloseTo(1, 12);
    expect(r.outputs.loss!.data[0]).toBeCloseTo(-Math.log(probs[3]!), 10);
  });
});

describe("mnist_mlp", () => {
  it("flattens [N, 28, 28, 1] images into 784-256-128-10 and its loss is the mean −log p(label)", () => {
    const g = mnistMlp.build({ bindings: { N: 2 } });
    expect(shapesOf(g, "matmul")).toEqual([
      [2, 256],
      [2, 128],
      [2, 10],
    ]);
    expect(trainableCount(g)).toBe(countLayers([], [[784, 256], [256, 128], [128, 10]]));
    const x = Float32Array.from({ length: 2 * 784 }, (_, i) => ((i * 53) % 97) / 97);
    const r = interpret(g, { feeds: { x, labels: Int32Array.from([7, 1]) }, params: nn.initGraphParams(g, 1), float: "f64" });
    const p = r.outputs.probs!.data;
    expect(r.outputs.loss!.data[0]).toBeCloseTo(-(Math.log(p[7]!) + Math.log(p[10 + 1]!)) / 2, 10);
  });
});

describe("the small networks learn", () => {
  /** Plain gradient descent on the float64 interpreter; returns the losses before each step. */
  function descend(def: GraphDef, feeds: Record<string, number[]>, steps: number, lr: number, seed: number) {
    const g = def.build({ mode: "train" });
    const gg = grad(g);
    const params = nn.initGraphParams(g, seed) as Record<string, Float32Array>;
    const p: Record<string, Float64Array> = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Float64Array.from(v)]));
    const losses: number[] = [];
    for (let s = 0; s < steps; s++) {
      const o = interpret(gg, { feeds, params: p, float: "f64" }).outputs;
      losses.push(o.loss!.data[0]!);
      for (const name of Object.keys(p)) p[name] = p[name]!.map((w, i) => w - lr * o[`grad/${name}`]!.data[i]!);
    }
    return { losses, final: interpret(g, { feeds, params: p, float: "f64" }).outputs };
  }

  it("perceptron: the loss's gradient is the perceptron rule, and descent learns AND", () => {
    const x = [0, 0, 0, 1, 1, 0, 1, 1];
    const target = [0, 0, 0, 1];
    const g = perceptron.build();
    const w = [0.3, -0.2];
    const b = [0.1];
    const o = interpret(grad(g), { feeds: { x, target }, params: { "unit/kernel": w, "unit/bias": b }, float: "f64" }).outputs;
    // Rosenblatt: Δw = η·mean((t − y)·x), so ∂L/∂w = mean((y − t)·x)
    const y = [0, 1, 2, 3].map((n) => (x[2 * n]! * w[0]! + x[2 * n + 1]! * w[1]! + b[0]! > 0 ? 1 : 0));
    [0, 1].forEach((i) =>
      expect(o["grad/unit/kernel"]!.data[i]).toBeCloseTo([0, 1, 2, 3].reduce((s, n) => s + (y[n]! - target[n]!) * x[2 * n + i]!, 0) / 4, 14),
    );
    expect(o["grad/unit/bias"]!.data[0]).toBeCloseTo([0, 1, 2, 3].reduce((s, n) => s + y[n]! - target[n]!, 0) / 4, 14);

    const { losses, final } = descend(perceptron, { x, target }, 40, 1, 3);
    expect(losses[0]).toBeGreaterThan(0);
    expect([...final.y!.data]).toEqual(target);
    expect(final.loss!.data[0]).toBe(0);
  });

  it("xor: gradient descent lowers the cross-entropy steadily and learns XOR", () => {
    const x = [0, 0, 0, 1, 1, 0, 1, 1];
    const target = [0, 1, 1, 0];
    const { losses, final } = descend(xor, { x, target }, 1200, 2, 0);
    for (let s = 1; s < 100; s++) expect(losses[s]).toBeLessThanOrEqual(losses[s - 1]! + 1e-12);
    expect(losses.at(-1)!).toBeLessThan(0.05);
    [...final.probs!.data].forEach((p, i) => expect(Math.abs(p - target[i]!)).toBeLessThan(0.1));
  });
});

describe("a bad graph", () => {
  it("a VALID 5×5 window on a 4×4 input throws a GraphError naming this file and line", () => {
    let line = 0;
    let error: unknown;
    try {
      defineGraph("bad", { N: 1 }, (g) => {
        const x = g.input("x", ["N", 4, 4, 1]);
        line = Number(/:(\d+):\d+\)?$/.exec(new Error().stack!.split("\n")[1]!)![1]) + 1;
        nn.conv2d(x, 8, 5, { padding: "VALID" });
      }).build();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GraphError);
    const e = error as GraphError;
    expect(e.source.file).toBe(path.join("test", "graphs.test.ts"));
    expect(e.source.line).toBe(line);
    expect(e.message).toContain(`test/graphs.test.ts:${line}: conv2d: VALID window does not fit`);
    expect(e.message).toMatch(/hint: .*SAME/);
  });
});
