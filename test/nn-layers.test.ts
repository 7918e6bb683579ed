// Layers: parameter names and shapes, values against hand-written loops, dropout's two modes,
// batch/layer norm statistics, running-statistic updates and gradient checks.
import { describe, expect, it } from "vitest";
import { gradcheck } from "../src/autodiff/gradcheck.ts";
import { defineGraph } from "../src/dsl/builder.ts";
import type { GraphBuilder } from "../src/dsl/builder.ts";
import type { Tensor } from "../src/dsl/tensor.ts";
import { GraphError } from "../src/ir/errors.ts";
import type { Graph } from "../src/ir/types.ts";
import { paramsOf } from "../src/ir/types.ts";
import { interpret } from "../src/interp/interpret.ts";
import * as nn from "../src/nn/index.ts";

const paramShapes = (g: Graph) => Object.fromEntries(paramsOf(g).map((p) => [p.attrs.name, [...p.shape]]));

/** Seeded values in [-1, 1) for a test tensor. */
function values(n: number, salt = 1): number[] {
  return [...Array(n)].map((_, i) => Math.sin(12.9898 * (i + 1) * salt + 78.233) * 0.999);
}

function build(fn: (g: GraphBuilder) => void, mode: "train" | "infer" = "infer") {
  return defineGraph("t", {}, fn).build({ mode });
}

describe("dense", () => {
  it("computes activation(x·W + b) with params <name>/kernel [in, out] and <name>/bias [out]", () => {
    const g = build((g) => void g.output("y", nn.dense(g.input("x", [2, 3]), 2, { activation: "tanh", name: "fc" })));
    expect(paramShapes(g)).toEqual({ "fc/kernel": [3, 2], "fc/bias": [2] });
    const x = [1, 2, 3, -1, 0.5, 0];
    const W = [0.1, -0.2, 0.3, 0.4, -0.5, 0.6];
    const b = [0.05, -0.05];
    const y = interpret(g, { feeds: { x }, params: { "fc/kernel": W, "fc/bias": b }, float: "f64" }).outputs.y!.data;
    for (let n = 0; n < 2; n++) {
      for (let j = 0; j < 2; j++) {
        let z = b[j]!;
        for (let i = 0; i < 3; i++) z += x[n * 3 + i]! * W[i * 2 + j]!;
        expect(y[n * 2 + j]).toBeCloseTo(Math.tanh(z), 14);
      }
    }
  });

  it("names layers dense, dense_2, … by default, and can leave out the bias", () => {
    const g = build((g) => {
      const h = nn.dense(g.input("x", [1, 3]), 4);
      g.output("y", nn.dense(h, 2, { useBias: false }));
    });
    expect(paramShapes(g)).toEqual({ "dense/kernel": [3, 4], "dense/bias": [4], "dense_2/kernel": [4, 2] });
  });

  it("keeps explicit and default names apart, and refuses a layer name used twice", () => {
    const g = build((g) => {
      const h = nn.dense(g.input("x", [1, 3]), 4, { name: "dense" });
      g.output("y", nn.dense(h, 2));
    });
    expect(Object.keys(paramShapes(g))).toEqual(["dense/kernel", "dense/bias", "dense_2/kernel", "dense_2/bias"]);
    const def = defineGraph("t", {}, (g) => {
      const h = nn.dense(g.input("x", [1, 3]), 4, { name: "fc" });
      nn.dense(h, 2, { name: "fc" });
    });
    expect(() => def.build()).toThrow(/nn-layers\.test\.ts:\d+: layer: the layer name 'fc' is already used/);
  });

  it("records the initializers on the params", () => {
    const g = build((g) => void nn.dense(g.input("x", [1, 3]), 4, { kernelInit: nn.init.heNormal(), biasInit: nn.init.constant(0.1) }));
    expect(paramsOf(g).map((p) => p.attrs.init)).toEqual([{ kind: "heNormal" }, { kind: "constant", value: 0.1 }]);
  });

  it("asks for a flatten on image activations, at the user's line", () => {
    const def = defineGraph("t", {}, (g) => void nn.dense(g.input("x", [2, 4, 4, 1]), 3));
    expect(() => def.build()).toThrow(/nn-layers\.test\.ts:\d+: dense: needs a rank-2 input[\s\S]*flatten/);
  });

  it("gradchecks with respect to kernel, bias and input", () => {
    const g = build((g) => void g.output("y", nn.dense(g.input("x", [2, 3]), 2, { activation: "sigmoid" })));
    const r = gradcheck(g);
    expect(r.ok, r.message).toBe(true);
  });
});

describe("conv2d layer and pooling", () => {
  it("makes an HWIO kernel and bias and computes the convolution (checked against a loop)", () => {
    const [H, W, C, O] = [5, 4, 2, 3];
    const g = build((g) => void g.output("y", nn.conv2d(g.input("x", [1, H, W, C]), O, [3, 2], { padding: "SAME", name: "c" })));
    expect(paramShapes(g)).toEqual({ "c/kernel": [3, 2, C, O], "c/bias": [O] });
    const x = values(H * W * C, 1);
    const k = values(3 * 2 * C * O, 2);
    const bias = [0.1, 0.2, 0.3];
    const y = interpret(g, { feeds: { x }, params: { "c/kernel": k, "c/bias": bias }, float: "f64" }).outputs.y!;
    expect(y.shape).toEqual([1, H, W, O]);
    // SAME with a 3×2 window: pads H [1, 1], W [0, 1]
    for (let i = 0; i < H; i++) {
      for (let j = 0; j < W; j++) {
        for (let o = 0; o < O; o++) {
          let s = bias[o]!;
          for (let a = 0; a < 3; a++) {
            for (let b = 0; b < 2; b++) {
              const [ii, jj] = [i + a - 1, j + b];
              if (ii < 0 || ii >= H || jj >= W) continue;
              for (let c = 0; c < C; c++) s += x[(ii * W + jj) * C + c]! * k[((a * 2 + b) * C + c) * O + o]!;
            }
          }
          expect(y.data[(i * W + j) * O + o]).toBeCloseTo(s, 12);
        }
      }
    }
  });

  it("infers strided, dilated and VALID output sizes", () => {
    const g = build((g) => {
      const x = g.input("x", [2, 17, 17, 3]);
      g.output("a", nn.conv2d(x, 8, 3, { strides: 2, padding: "SAME" })); // ceil(17/2) = 9
      g.output("b", nn.conv2d(x, 8, 3, { dilations: 2 })); // VALID, e = 5: 17 − 5 + 1 = 13
      g.output("c", nn.maxPool2d(x, { poolSize: 3, strides: 2 })); // (17 − 3)/2 + 1 = 8
      g.output("d", nn.avgPool2d(x, { padding: "SAME" })); // ceil(17/2) = 9
    });
    const shapeOf = (name: string) => g.nodes[g.outputs.find((o) => o.name === name)!.node]!.shape;
    expect(shapeOf("a")).toEqual([2, 9, 9, 8]);
    expect(shapeOf("b")).toEqual([2, 13, 13, 8]);
    expect(shapeOf("c")).toEqual([2, 8, 8, 3]);
    expect(shapeOf("d")).toEqual([2, 9, 9, 3]);
  });

  it("global pools and flatten", () => {
    const x = values(2 * 2 * 3 * 2, 3);
    const g = build((g) => {
      const t = g.input("x", [2, 2, 3, 2]);
      g.output("avg", nn.globalAvgPool(t));
      g.output("max", nn.globalMaxPool(t));
      g.output("flat", nn.flatten(t));
    });
    const o = interpret(g, { feeds: { x }, params: {}, float: "f64" }).outputs;
    expect(o.flat!.shape).toEqual([2, 12]);
    expect([...o.flat!.data]).toEqual(x);
    for (let n = 0; n < 2; n++) {
      for (let c = 0; c < 2; c++) {
        const cells = [...Array(6)].map((_, s) => x[(n * 6 + s) * 2 + c]!);
        expect(o.avg!.data[n * 2 + c]).toBeCloseTo(cells.reduce((a, b) => a + b) / 6, 14);
        expect(o.max!.data[n * 2 + c]).toBe(Math.max(...cells));
      }
    }
  });

  it("reports a window that does not fit at the user's line", () => {
    const def = defineGraph("t", {}, (g) => void nn.conv2d(g.input("x", [1, 4, 4, 1]), 2, 5));
    expect(() => def.build()).toThrow(GraphError);
    expect(() => def.build()).toThrow(/nn-layers\.test\.ts:\d+: conv2d:[\s\S]*\(5-1\)\*1 \+ 1 = 5 > in = 4/);
  });
});

describe("dropout", () => {
  const n = 20000;
  const def = defineGraph("t", {}, (g) => void g.output("y", nn.dropout(g.input("x", [n]), 0.3, { name: "drop" })));
  const ones = new Float32Array(n).fill(1);
  const run = (counter: number) => interpret(def.build({ mode: "train" }), { feeds: { x: ones }, params: { "drop/rng": [counter] } });

  it("in training keeps ≈ 1 − rate of the units, scales them by 1/(1 − rate), and preserves the mean", () => {
    const y = [...run(0).outputs.y!.data];
    const kept = y.filter((v) => v !== 0);
    expect(kept.every((v) => Math.abs(v - 1 / 0.7) < 1e-6)).toBe(true);
    expect(kept.length / n).toBeGreaterThan(0.68);
    expect(kept.length / n).toBeLessThan(0.72);
    expect(y.reduce((a, b) => a + b, 0) / n).toBeCloseTo(1, 1);
  });

  it("draws new bits when the counter changes, the same bits for the same counter, and advances the counter", () => {
    const a = run(0);
    const b = run(1);
    const mask = (r: typeof a) => [...r.outputs.y!.data].map((v) => v !== 0);
    const [maskA, maskB] = [mask(a), mask(b)];
    expect(mask(run(0))).toEqual(maskA);
    const differ = maskA.filter((m, i) => m !== maskB[i]).length;
    expect(differ / n).toBeGreaterThan(0.3); // independent masks differ in 2·0.3·0.7 = 42% of the units
    expect([...a.updates["drop/rng"]!.data]).toEqual([1]);
    expect([...b.updates["drop/rng"]!.data]).toEqual([2]);
  });

  it("is the identity at inference, with the same counter state as in training", () => {
    const g = def.build();
    expect(g.nodes[g.outputs[0]!.node]!.op).toBe("input");
    expect(g.updates).toHaveLength(0);
    expect(paramShapes(g)).toEqual(paramShapes(def.build({ mode: "train" })));
  });

  it("gradchecks in training (a fixed mask for a fixed counter)", () => {
    const g = build((g) => void g.output("y", nn.dropout(g.input("x", [12]), 0.5)), "train");
    const r = gradcheck(g);
    expect(r.ok, r.message).toBe(true);
  });

  it("rejects a rate outside [0, 1)", () => {
    expect(() => build((g) => void nn.dropout(g.input("x", [2]), 1))).toThrow(/dropout: rate must be in \[0, 1\), got 1/);
  });
});

describe("batchNorm", () => {
  const [N, H, W, C] = [3, 2, 2, 2];
  const x = values(N * H * W * C, 5).map((v, i) => v * (1 + (i % C)) + (i % C)); // channels differ in mean and scale
  const def = defineGraph("t", {}, (g) => void g.output("y", nn.batchNorm(g.input("x", [N, H, W, C]), { momentum: 0.9, epsilon: 1e-3, name: "bn" })));
  const channel = (c: number) => x.filter((_, i) => i % C === c);
  const statsOf = (v: number[]) => {
    const m = v.reduce((a, b) => a + b) / v.length;
    return { mean: m, variance: v.reduce((a, b) => a + (b - m) ** 2, 0) / v.length };
  };
  const params = (mm: number[], mv: number[]) => ({
    "bn/gamma": [1.5, 0.5],
    "bn/beta": [0.1, -0.2],
    "bn/movingMean": mm,
    "bn/movingVar": mv,
  });

  it("creates gamma, beta and the running statistics", () => {
    expect(paramShapes(def.build())).toEqual({ "bn/movingMean": [C], "bn/movingVar": [C], "bn/gamma": [C], "bn/beta": [C] });
    expect(paramsOf(def.build()).map((p) => [p.attrs.name, p.attrs.trainable])).toEqual([
      ["bn/movingMean", false],
      ["bn/movingVar", false],
      ["bn/gamma", true],
      ["bn/beta", true],
    ]);
  });

  it("in training normalizes with batch statistics over N, H, W and updates the running ones with momentum", () => {
    const r = interpret(def.build({ mode: "train" }), { feeds: { x }, params: params([0.2, -0.1], [1.1, 0.9]), float: "f64" });
    const y = r.outputs.y!.data;
    for (let c = 0; c < C; c++) {
      const { mean, variance } = statsOf(channel(c));
      x.forEach((v, i) => {
        if (i % C === c) expect(y[i]).toBeCloseTo(((v - mean) / Math.sqrt(variance + 1e-3)) * [1.5, 0.5][c]! + [0.1, -0.2][c]!, 12);
      });
      expect(r.updates["bn/movingMean"]!.data[c]).toBeCloseTo(0.9 * [0.2, -0.1][c]! + 0.1 * mean, 14);
      expect(r.updates["bn/movingVar"]!.data[c]).toBeCloseTo(0.9 * [1.1, 0.9][c]! + 0.1 * variance, 14);
    }
  });

  it("at inference normalizes with the running statistics and updates nothing", () => {
    const g = def.build();
    expect(g.updates).toHaveLength(0);
    const y = interpret(g, { feeds: { x }, params: params([0.2, -0.1], [1.1, 0.9]), float: "f64" }).outputs.y!.data;
    x.forEach((v, i) => {
      const c = i % C;
      expect(y[i]).toBeCloseTo(((v - [0.2, -0.1][c]!) / Math.sqrt([1.1, 0.9][c]! + 1e-3)) * [1.5, 0.5][c]! + [0.1, -0.2][c]!, 12);
    });
  });

  it("gradchecks in training mode (x, gamma, beta; through the batch statistics)", () => {
    const g = def.build({ mode: "train" });
    const r = gradcheck(g, { feeds: { x }, params: params([0, 0], [1, 1]) });
    expect(r.ok, r.message).toBe(true);
  });

  it("works on [N, C] activations", () => {
    const g = build((g) => void g.output("y", nn.batchNorm(g.input("x", [4, 3]), { center: false })), "train");
    expect(paramShapes(g)).toEqual({ "batchNorm/movingMean": [3], "batchNorm/movingVar": [3], "batchNorm/gamma": [3] });
    const r = gradcheck(g);
    expect(r.ok, r.message).toBe(true);
  });
});

describe("layerNorm", () => {
  const x = values(2 * 5, 7);
  const def = defineGraph("t", {}, (g) => void g.output("y", nn.layerNorm(g.input("x", [2, 5]), { epsilon: 1e-5, name: "ln" })));

  it("normalizes each example over its features, then scales and shifts per feature", () => {
    const gamma = [1, 2, 0.5, -1, 1.5];
    const beta = [0, 0.1, 0.2, 0.3, 0.4];
    const y = interpret(def.build(), { feeds: { x }, params: { "ln/gamma": gamma, "ln/beta": beta }, float: "f64" }).outputs.y!.data;
    for (let n = 0; n < 2; n++) {
      const row = x.slice(n * 5, n * 5 + 5);
      const m = row.reduce((a, b) => a + b) / 5;
      const v = row.reduce((a, b) => a + (b - m) ** 2, 0) / 5;
      row.forEach((xv, j) => expect(y[n * 5 + j]).toBeCloseTo(((xv - m) / Math.sqrt(v + 1e-5)) * gamma[j]! + beta[j]!, 12));
    }
  });

  it("gradchecks (x, gamma, beta)", () => {
    const r = gradcheck(def.build({ mode: "train" }), { feeds: { x } });
    expect(r.ok, r.message).toBe(true);
  });
});

describe("maxout and prelu layers", () => {
  it("maxoutLayer is a dense layer of units·pieces followed by maxout", () => {
    const g = build((g) => void g.output("y", nn.maxoutLayer(g.input("x", [2, 3]), 4, 3, { name: "mx" })));
    expect(paramShapes(g)).toEqual({ "mx/kernel": [3, 12], "mx/bias": [12] });
    expect(g.nodes[g.outputs[0]!.node]!.shape).toEqual([2, 4]);
    const r = gradcheck(g);
    expect(r.ok, r.message).toBe(true);
  });

  it("preluLayer learns one slope per channel, initialized to 0.25", () => {
    const g = build((g) => void g.output("y", nn.preluLayer(g.input("x", [2, 3, 3, 4]), { name: "act" })));
    expect(paramShapes(g)).toEqual({ "act/alpha": [4] });
    expect(paramsOf(g)[0]!.attrs.init).toEqual({ kind: "constant", value: 0.25 });
    const x = values(72, 9).map((v) => (Math.abs(v) < 0.05 ? v + 0.1 : v)); // away from the kink
    const r = gradcheck(g, { feeds: { x } });
    expect(r.ok, r.message).toBe(true);
  });
});

describe("layers compose into a network whose loss gradchecks", () => {
  it("conv2d (strided, SAME) → maxPool2d → conv2d (dilated) → avgPool2d → flatten → dense → softmax cross-entropy", () => {
    const g = build((g) => {
      const x = g.input("x", [2, 7, 7, 2]);
      let h = nn.conv2d(x, 3, 3, { strides: 2, padding: "SAME", activation: "tanh" }); // 4×4
      h = nn.maxPool2d(h, { poolSize: 2, strides: 1 }); // 3×3
      h = nn.conv2d(h, 2, 2, { dilations: 2, padding: "SAME", activation: "softplus" }); // 3×3
      h = nn.avgPool2d(h, { poolSize: 2, padding: "SAME" }); // 2×2
      g.loss(nn.softmaxCrossEntropy(nn.dense(nn.flatten(h), 3), g.input("labels", [2], "i32")));
    });
    const r = gradcheck(g, { feeds: { x: values(2 * 7 * 7 * 2, 13), labels: [2, 0] }, maxPerTensor: 12 });
    expect(r.ok, r.message).toBe(true);
  });


  it("dense → batchNorm → relu → dropout → dense → softmax cross-entropy (training mode)", () => {
    const g = build((g) => {
      const x = g.input("x", [4, 3]);
      const labels = g.input("labels", [4], "i32");
      let h: Tensor = nn.dense(x, 5, { name: "fc1" });
      h = nn.dropout(nn.relu(nn.batchNorm(h, { name: "bn" })), 0.2, { name: "drop" });
      g.loss(nn.softmaxCrossEntropy(nn.dense(h, 3, { name: "fc2" }), labels));
    }, "train");
    const r = gradcheck(g, { feeds: { x: values(12, 11), labels: [0, 2, 1, 2] } });
    expect(r.ok, r.message).toBe(true);
  });
});

describe("depthwiseConv2d and grouped conv2d layers", () => {
  it("depthwiseConv2d makes a [kh, kw, 1, C·M] kernel and groups = C; gradcheck", () => {
    const g = defineGraph("dw", {}, (g) => void g.output("y", nn.depthwiseConv2d(g.input("x", [1, 5, 5, 3]), 3, { depthMultiplier: 2, padding: "SAME" }))).build();
    const kernel = g.nodes.find((n) => n.op === "param" && n.attrs.name === "depthwise_conv2d/kernel")!;
    expect(kernel.shape).toEqual([3, 3, 1, 6]);
    const conv = g.nodes.find((n) => n.op === "conv2d")!;
    expect((conv.attrs as { groups: number }).groups).toBe(3);
    expect(conv.shape).toEqual([1, 5, 5, 6]);
    expect(gradcheck(g, { seed: 1 }).ok).toBe(true);
  });
  it("conv2d groups that do not divide the channels is an error with a hint", () => {
    expect(() => defineGraph("c", {}, (g) => void g.output("y", nn.conv2d(g.input("x", [1, 4, 4, 6]), 8, 3, { groups: 4 }))).build()).toThrow(/groups = 4 must divide the input channels \(6\)/);
  });
});
