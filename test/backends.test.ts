// Every backend against the float32 interpreter: the example graphs (forward, and their gradient
// graphs), and a property-based test (fast-check) over random small graphs of random ops and shapes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { grad } from "../src/autodiff/grad.ts";
import { compile } from "../src/compile.ts";
import type { GraphDef } from "../src/dsl/builder.ts";
import { defineGraph } from "../src/dsl/builder.ts";
import { avgPool, conv2d, gather, maxPool, where } from "../src/dsl/ops.ts";
import type { Tensor } from "../src/dsl/tensor.ts";
import { interpret } from "../src/interp/interpret.ts";
import type { Graph } from "../src/ir/types.ts";
import { inputsOf, paramsOf, sizeOf } from "../src/ir/types.ts";
import { initializeParams } from "../src/runtime/init.ts";
import type { HostTensor } from "../src/runtime/tensor.ts";
import lenet5 from "../graphs/lenet5.ts";
import mnistMlp from "../graphs/mnist_mlp.ts";
import xor from "../graphs/xor.ts";
import perceptron from "../graphs/perceptron.ts";
import fashionCnn from "../graphs/fashion_cnn.ts";

export const BACKENDS = ["ts", "wasm"] as const;

function feedsFor(g: Graph, seed: number): Record<string, Float32Array | Int32Array> {
  const feeds: Record<string, Float32Array | Int32Array> = {};
  for (const n of inputsOf(g)) {
    const size = sizeOf(n.shape);
    feeds[n.attrs.name] =
      n.dtype === "i32"
        ? Int32Array.from({ length: size }, (_, i) => (i * 7 + seed) % 10)
        : Float32Array.from({ length: size }, (_, i) => Math.sin(i * 0.37 + seed));
  }
  return feeds;
}

/** max |a − b| / max(1, max |b|): a normwise error that does not blow up on values near zero. */
function normwiseError(a: HostTensor, b: HostTensor): number {
  let diff = 0;
  let scale = 1;
  for (let i = 0; i < b.data.length; i++) {
    diff = Math.max(diff, Math.abs(a.data[i]! - b.data[i]!));
    scale = Math.max(scale, Math.abs(b.data[i]!));
  }
  return diff / scale;
}

async function expectBackendMatches(backend: (typeof BACKENDS)[number], g: Graph, tol: number, seed = 1) {
  const slots = paramsOf(g).map((p) => ({ name: p.attrs.name, dtype: p.dtype, shape: p.shape, init: p.attrs.init }));
  const params = initializeParams(slots, seed);
  const feeds = feedsFor(g, seed);
  const want = interpret(g, { params, feeds }).outputs;
  const program = await compile(g, { backend });
  program.setParams(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v])));
  const got = program.run(g.name, feeds);
  for (const o of g.outputs) {
    expect(got[o.name]!.shape, o.name).toEqual(want[o.name]!.shape);
    expect(normwiseError(got[o.name]!, want[o.name]!), `${o.name} of ${g.name}`).toBeLessThanOrEqual(tol);
  }
}

// AlexNet is left out: the reference interpreter needs minutes for its 227×227 convolutions.
const EXAMPLES: [string, GraphDef, Record<string, number>][] = [
  ["perceptron", perceptron, { N: 4 }],
  ["xor", xor, { N: 4 }],
  ["mnist_mlp", mnistMlp, { N: 8 }],
  ["lenet5", lenet5, { N: 4 }],
  ["fashion_cnn", fashionCnn, { N: 4 }],
];

describe.each(BACKENDS)("backend %s", (backend) => {
  describe.each(EXAMPLES)("example %s", (_name, def, bindings) => {
    it("forward (inference) matches the interpreter", async () => {
      await expectBackendMatches(backend, def.build({ bindings, mode: "infer" }), 1e-5);
    });
    it("its gradient graph (training mode) matches the interpreter", async () => {
      const g = def.build({ bindings, mode: "train" });
      if (g.loss === undefined) return;
      await expectBackendMatches(backend, grad(g), 1e-4);
    });
  });

  it("random graphs of random ops and shapes match the interpreter (fast-check, fixed seed)", async () => {
    await fc.assert(
      fc.asyncProperty(randomGraphArb, async ({ graph }) => {
        await expectBackendMatches(backend, graph, 1e-4);
        if (graph.loss !== undefined) await expectBackendMatches(backend, grad(graph), 1e-4);
      }),
      { seed: 20261123, numRuns: 25, endOnFailure: true },
    );
  });
});

// ---------- random graphs ----------

type Op = (t: Tensor, other: Tensor) => Tensor;

/** Ops that keep a rank-4 NHWC tensor rank 4 (so any sequence of them composes). */
const NHWC_OPS: Record<string, Op> = {
  add: (a, b) => a.add(b),
  mulTanh: (a, b) => a.mul(b).tanh(),
  relu: (a) => a.maximum(0),
  whereGt: (a, b) => where(a.gt(b), a, b.mul(0.5)),
  expNeg: (a) => a.square().neg().exp(),
  divPos: (a, b) => a.div(b.square().add(1)),
  channelSum: (a) => a.sub(a.sum(3, true)),
  rowMax: (a) => a.mul(a.max(2, true)),
  transposeHW: (a) => a.transpose([0, 2, 1, 3]).transpose([0, 2, 1, 3]).abs(),
  padSlice: (a) => a.pad([[0, 0], [1, 1], [0, 1], [0, 0]], 0.25).slice([0, 1, 0, 0], [...a.shape]),
  conv: (a) => {
    const c = a.shape[3]!;
    const w = a.builder.param(a.builder.uniqueName("w"), [3, 3, c, c], { kind: "normal", std: 0.3 });
    return conv2d(a, w, { padding: "SAME", strides: 1 });
  },
  convDilated: (a) => {
    const c = a.shape[3]!;
    const w = a.builder.param(a.builder.uniqueName("w"), [2, 2, c, c], { kind: "normal", std: 0.3 });
    return conv2d(a, w, { padding: "SAME", dilations: 2 });
  },
  maxPoolSame: (a) => maxPool(a, { window: 3, strides: 1, padding: "SAME" }),
  avgPoolSame: (a) => avgPool(a, { window: 2, strides: 1, padding: "SAME" }),
  maxPoolDilated: (a) => maxPool(a, { window: 2, strides: 1, dilations: 2, padding: "SAME" }),
  avgPoolDilated: (a) => avgPool(a, { window: [2, 3], strides: 1, dilations: [2, 1], padding: "SAME" }),
  erf: (a, b) => a.add(b).erf(),
  // rows in reverse, except that the last output repeats row h-1 (the adjoint sums a repeat; row 0 gets none)
  gatherRows: (a) => {
    const h = a.shape[1]!;
    const rows = Array.from({ length: h }, (_, i) => (i === h - 1 ? h - 1 : h - 1 - i));
    return gather(a, a.builder.constant(rows, [h], "i32"), 1);
  },
};

const randomGraphArb = fc
  .record({
    n: fc.integer({ min: 1, max: 3 }),
    h: fc.integer({ min: 3, max: 7 }),
    w: fc.integer({ min: 3, max: 7 }),
    c: fc.integer({ min: 1, max: 5 }),
    ops: fc.array(fc.constantFrom(...Object.keys(NHWC_OPS)), { minLength: 1, maxLength: 6 }),
    head: fc.constantFrom("dense", "pool"),
  })
  .map((spec) => ({
    spec,
    graph: defineGraph("random", {}, (g) => {
      const x = g.input("x", [spec.n, spec.h, spec.w, spec.c]);
      const y = g.input("y", [spec.n, spec.h, spec.w, spec.c]);
      let t = x;
      for (const op of spec.ops) t = NHWC_OPS[op]!(t, y);
      g.output("features", t);
      const head =
        spec.head === "dense"
          ? t.reshape([spec.n, -1]).matmul(g.param("head", [spec.h * spec.w * spec.c, 3], { kind: "normal", std: 0.2 }))
          : maxPool(t, { window: 2, strides: 2, padding: "SAME" }).mean([1, 2]);
      g.output("head", head);
      g.loss(head.square().mean());
    }).build(),
  }));
