// A fixed-seed slice of the fuzz tester (test/fuzz/): random graphs over every primitive and attribute,
// forward and gradients, on both backends against the float64 interpreter; and the shrunk reproducers
// of the bugs it found, kept as regular tests. `npm run fuzz -- --minutes 30` runs the long version.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gradients } from "../src/autodiff/gradients.ts";
import { defineGraph } from "../src/dsl/builder.ts";
import * as ops from "../src/dsl/ops.ts";
import * as nn from "../src/nn/index.ts";
import { checkGraph } from "./fuzz/check.ts";
import type { GraphSpec } from "./fuzz/graphs.ts";
import { buildGraph, graphSpecArb } from "./fuzz/graphs.ts";

const step = (op: GraphSpec["steps"][number]["op"], source: GraphSpec["steps"][number]["source"] = "value", k = [0, 0, 0, 0, 0, 0], a = 0) => ({ op, a, b: 0, source, k });

describe("fuzz: shrunk reproducers", () => {
  it("d/da Σ(a·b), d/dw Σconv2d(x, w), d/dx Σconv2d, d/dx ΣmaxPool and m·broadcast(1) compile and match (contraction operands that are constants)", async () => {
    const g = defineGraph("operands", {}, (g) => {
      const a = g.input("a", [3, 4]), b = g.input("b", [4, 5]);
      g.output("da", gradients(a.matmul(b).sum(), [a])[0]!);
      const x = g.input("x", [1, 5, 5, 2]), w = g.input("w", [3, 3, 2, 4]);
      const [dx, dw] = gradients(ops.conv2d(x, w).sum(), [x, w]);
      g.output("dx", dx!);
      g.output("dw", dw!);
      g.output("dpool", gradients(ops.maxPool(x, { window: 2 }).sum(), [x])[0]!);
      g.output("y", g.input("m", [3, 4]).matmul(g.constant(1).broadcastTo([4, 5])));
    }).build();
    expect(await checkGraph(g, 1)).toEqual([]);
  });

  it("a random op whose counter is a constant (its key read from memory)", async () => {
    expect(await checkGraph(buildGraph({ inputs: [[1, 1, 1, 1]], steps: [step("random")], outputs: [], grad: false, seed: 0 }), 0)).toEqual([]);
  });

  it("a random op fused into a convolution's epilogue (ts: its key is declared there)", async () => {
    const spec: GraphSpec = { inputs: [[1, 1, 1, 1]], steps: [step("conv2dBackpropInput"), { ...step("random"), a: 33 }], outputs: [], grad: false, seed: 0 };
    expect(await checkGraph(buildGraph(spec), 0)).toEqual([]);
  });

  it("x / c with an array constant holding 0: the folded ∞ survives the TypeScript backend's constant table", async () => {
    const spec: GraphSpec = { inputs: [[1, 1, 1, 3], [1, 1, 1, 1]], steps: [step("div", "arrayConst", [10, 0, 0, 0, 0, 0]), step("neg")], outputs: [2], grad: true, seed: 0 };
    expect(await checkGraph(buildGraph(spec), 0)).toEqual([]);
  });

  it("max-pool backprop routes a window of −∞ (log 0) to its first cell, like the reference", async () => {
    const g = defineGraph("pool_inf", {}, (g) => {
      const x = g.input("x", [1, 4, 4, 1]);
      const y = ops.maxPool(x.log(), { window: 2, strides: 1, padding: "SAME" });
      g.output("dx", gradients(y.mul(g.constant([...Array(16).keys()].map((i) => i / 8), [1, 4, 4, 1])).sum(), [x])[0]!);
    }).build();
    // checkGraph feeds 1/8-grid values: about a fifth are 0 (log 0 = −∞) and some negative (NaN).
    expect(await checkGraph(g, 3)).toEqual([]);
  });

  it("wasm: an average-pool backprop whose exact sum is ~0, then 1/x (pool backprops sum in float64, as the reference)", async () => {
    // From `npm run fuzz -- --minutes 30 --seed 31337`: a float32 sum left −3·10⁻⁸ where the reference's
    // float64 sum gives 5·10⁻¹⁷, and the reciprocal turned that into a wrong sign and magnitude.
    const spec = {
      inputs: [[1, 7, 11, 1], [1, 1, 1, 1]],
      steps: [
        { op: "avgPoolBackprop", a: 0, b: 0, source: "value", k: [5, 0, 0, 0, 0, 0] },
        { op: "reciprocal", a: 11, b: 0, source: "value", k: [0, 0, 0, 0, 0, 0] },
      ],
      outputs: [],
      grad: false,
      seed: 43,
    } as unknown as GraphSpec;
    expect(await checkGraph(buildGraph(spec), 43)).toEqual([]);
  });
});

describe("fuzz: padding contributes nothing (0·∞ is not NaN where a tap is padding)", () => {
  it.each([
    ["conv2d SAME with an epilogue", [1, 5, 5, 2], [3, 3, 2, 4], { padding: "SAME" }],
    ["conv2d explicit pads, stride 2", [2, 6, 5, 1], [2, 3, 1, 3], { padding: [[1, 0], [2, 1]], strides: 2 }],
    ["conv2d dilated SAME (direct kernel: few channels)", [1, 7, 7, 1], [2, 2, 1, 2], { padding: "SAME", dilations: 2 }],
  ] as const)("%s: weights with ±∞ and NaN (log of the 1/8 grid) match the reference, forward and gradients", async (_what, xShape, wShape, opts) => {
    const g = defineGraph("pad_inf", {}, (g) => {
      const x = g.input("x", [...xShape]);
      const w = g.input("w", [...wShape]).log();
      const y = ops.conv2d(x, w, opts as never);
      g.output("y", y.add(g.param("b", [wShape[3]], { kind: "zeros" })).tanh());
      // The filter gradient multiplies x's padding by dy: a dy with ±∞ (1/0 of a padding-only output).
      const dy = ops.conv2d(x, g.input("v", [...wShape]), opts as never).reciprocal();
      g.output("dw", ops.conv2dBackpropFilter(x, dy, [...wShape], opts as never));
    }).build();
    expect(await checkGraph(g, 5)).toEqual([]);
  });
});

describe("fuzz: pool backprops accumulate like the reference", () => {
  it("ts: avgPool's gradient cancels to exactly 0 where the reference's does (then 1/(2√0) is NaN, not ∞)", async () => {
    const spec: GraphSpec = { inputs: [[2, 4, 9, 4]], steps: [step("sqrt"), { ...step("avgPool", "value", [8, 1, 6, 0, 1, 0]), a: 21 }], outputs: [], grad: true, seed: 0 };
    expect(await checkGraph(buildGraph(spec), 0)).toEqual([]);
  });
});

describe("fuzz: casts", () => {
  it("f32 → i32 saturates on both backends like the reference (NaN → 0, ±∞ and 3e9 clamp, −2.7 → −2)", async () => {
    const g = defineGraph("cast_sat", {}, (g) => {
      const x = g.input("x", [6]).abs().add(1); // ≥ 1, so the product keeps each constant's class
      const special = g.constant([NaN, Infinity, -Infinity, 3e9, -2.7, 2.7], [6]).mul(x.div(x));
      g.output("i", special.cast("i32").cast("f32"));
    }).build();
    expect(await checkGraph(g, 1)).toEqual([]);
  });
});

describe("fuzz: rounding", () => {
  it("ts: gradients of max and min after logSoftmax are finite (the reduce epilogue rounds Σexp like its rematerialized copy)", async () => {
    const g = defineGraph("lsm_max", {}, (g) => {
      const x = g.input("x", [3, 7]);
      const y = nn.logSoftmax(x);
      g.output("dmax", gradients(y.max(-1).sum(), [x])[0]!);
      g.output("dmin", gradients(y.min(-1).sum(), [x])[0]!);
    }).build();
    for (const seed of [1, 2, 3]) expect(await checkGraph(g, seed)).toEqual([]);
  });
});

describe("fuzz: a fixed-seed slice of random graphs and their gradients", () => {
  it("matches the float64 interpreter on both backends (fast-check, shrinking)", async () => {
    let graphs = 0;
    await fc.assert(
      fc.asyncProperty(graphSpecArb, async (spec) => {
        graphs++;
        const failures = await checkGraph(buildGraph(spec), spec.seed);
        expect(failures).toEqual([]);
      }),
      { seed: 20261201, numRuns: 120, endOnFailure: true },
    );
    expect(graphs).toBeGreaterThanOrEqual(120);
  }, 120_000);
});
