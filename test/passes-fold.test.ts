// Batch norm folded into the contraction before it at inference (src/passes/fold.ts), and the hoisting
// of param-invariant work into a prepare entry that runs only when params changed (src/passes/hoist.ts,
// the runtime's Program.run): agreement with the float64 interpreter on both backends and on 2 threads,
// the plans (what is folded, what is left per run), and that the prepared values are never stale —
// after setParams, initParams, a training step, the model API's setWeights/load and a checkpoint restore.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { emitWasmVariants, loadEmittedWasm } from "../src/codegen/wasm/compile.ts";
import { compile, emitTypeScript } from "../src/compile.ts";
import type { GraphBuilder, GraphDef } from "../src/dsl/builder.ts";
import { defineGraph } from "../src/dsl/builder.ts";
import { conv2dBackpropInput } from "../src/dsl/ops.ts";
import { interpret } from "../src/interp/interpret.ts";
import type { Graph } from "../src/ir/types.ts";
import { paramsOf } from "../src/ir/types.ts";
import { model } from "../src/model/model.ts";
import { batchNorm, conv2d, dense, depthwiseConv2d, relu, softmaxCrossEntropy } from "../src/nn/index.ts";
import { fromOnnx } from "../src/onnx/import.ts";
import { tensorProto, toOnnx } from "../src/onnx/export.ts";
import { ATTR_TYPE, ONNX_DTYPE, decodeModel, encodeModel } from "../src/onnx/proto.ts";
import { countParamInvariantWork } from "../src/passes/hoist.ts";
import { lowerToPlan, optimizeGraph, planProgram } from "../src/passes/lower.ts";
import { initializeParams } from "../src/runtime/init.ts";
import type { Program } from "../src/runtime/program.ts";
import type { HostTensor } from "../src/runtime/tensor.ts";

const disposable: Program[] = [];
afterEach(() => {
  for (const p of disposable.splice(0)) p.dispose();
});

/** Batch-norm params far from their initial values (mean 0, variance 1, γ 1, β 0), so a fold that drops one shows. */
function paramsFor(g: Graph, seed: number): Record<string, HostTensor> {
  const slots = paramsOf(g).map((p) => ({ name: p.attrs.name, dtype: p.dtype, shape: p.shape, init: p.attrs.init }));
  const params = initializeParams(slots, seed);
  const out: Record<string, HostTensor> = {};
  for (const p of paramsOf(g)) {
    const data = Float32Array.from(params[p.attrs.name]!);
    const wave = (f: (i: number) => number) => data.forEach((_, i) => (data[i] = f(i)));
    const name = p.attrs.name;
    if (name.endsWith("/movingMean")) wave((i) => 0.4 * Math.sin(i + seed));
    if (name.endsWith("/movingVar")) wave((i) => 0.3 + Math.abs(Math.cos(i * 1.3 + seed)));
    if (name.endsWith("/gamma")) wave((i) => 1 + 0.6 * Math.sin(i * 0.7 + seed));
    if (name.endsWith("/beta")) wave((i) => 0.5 * Math.cos(i + seed));
    if (name.endsWith("/bias")) wave((i) => 0.2 * Math.sin(i * 2.1 + seed));
    out[name] = { dtype: p.dtype, shape: [...p.shape], data };
  }
  return out;
}

const feedOf = (g: Graph) => {
  const x = g.nodes.find((n) => n.op === "input")!;
  return { x: Float32Array.from({ length: x.shape.reduce((a, b) => a * b, 1) }, (_, i) => Math.sin(i * 0.37)) };
};

/** max |a − b| / max(1, max |b|). */
function normwiseError(a: HostTensor, b: HostTensor): number {
  let diff = 0;
  let scale = 1;
  for (let i = 0; i < b.data.length; i++) {
    diff = Math.max(diff, Math.abs(a.data[i]! - b.data[i]!));
    scale = Math.max(scale, Math.abs(b.data[i]!));
  }
  return diff / scale;
}

const TOL = 1e-5;

/** The float64 interpreter's outputs for `params`. */
const reference = (g: Graph, params: Record<string, HostTensor>) =>
  interpret(g, { params: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v.data])), feeds: feedOf(g), float: "f64" }).outputs;

function expectClose(got: Record<string, HostTensor>, want: Record<string, HostTensor>, what: string): void {
  for (const [name, w] of Object.entries(want)) expect(normwiseError(got[name]!, w), `${what}: ${name}`).toBeLessThanOrEqual(TOL);
}

const graphOf = (name: string, body: (g: GraphBuilder) => void): Graph => defineGraph(name, {}, body).build({ mode: "infer" });

const CASES: Record<string, { graph: Graph; folds: number }> = {
  "conv → BN": {
    graph: graphOf("conv_bn", (g) => g.output("y", batchNorm(conv2d(g.input("x", [2, 6, 6, 3]), 5, 3, { padding: "SAME", useBias: false, name: "c" }), { name: "bn" }))),
    folds: 1,
  },
  "conv + bias → BN": {
    graph: graphOf("conv_bias_bn", (g) => g.output("y", batchNorm(conv2d(g.input("x", [2, 6, 6, 3]), 4, 3, { strides: 2, name: "c" }), { name: "bn" }))),
    folds: 1,
  },
  "dense → BN": {
    graph: graphOf("dense_bn", (g) => g.output("y", batchNorm(dense(g.input("x", [3, 7]), 6, { name: "d" }), { name: "bn" }))),
    folds: 1,
  },
  "dense → BN without center and scale": {
    graph: graphOf("dense_bn_plain", (g) => g.output("y", batchNorm(dense(g.input("x", [3, 7]), 6, { useBias: false, name: "d" }), { name: "bn", center: false, scale: false }))),
    folds: 1,
  },
  "conv → BN → ReLU → conv → BN, two folds": {
    graph: graphOf("two_blocks", (g) => {
      let h = relu(batchNorm(conv2d(g.input("x", [2, 6, 6, 2]), 4, 3, { padding: "SAME", useBias: false, name: "c1" }), { name: "bn1" }));
      h = batchNorm(conv2d(h, 3, 1, { name: "c2" }), { name: "bn2" });
      g.output("y", h);
    }),
    folds: 2,
  },
  "depthwise conv → BN": {
    graph: graphOf("depthwise_bn", (g) => g.output("y", batchNorm(depthwiseConv2d(g.input("x", [2, 5, 5, 3]), 3, { depthMultiplier: 2, padding: "SAME", name: "dw" }), { name: "bn" }))),
    folds: 1,
  },
  "matmul with a transposed weight [out, in] → BN": {
    graph: graphOf("matmul_t_bn", (g) => {
      const w = g.param("w", [5, 7], { kind: "normal", std: 0.5 });
      g.output("y", batchNorm(g.input("x", [3, 7]).matmul(w, { transposeB: true }), { name: "bn" }));
    }),
    folds: 1,
  },
  "transposed convolution → BN": {
    graph: graphOf("deconv_bn", (g) => {
      const w = g.param("w", [3, 3, 4, 2], { kind: "normal", std: 0.5 }); // [kh, kw, out channels, in channels]
      const y = conv2dBackpropInput(g.input("x", [2, 3, 3, 2]), w, [2, 6, 6, 4], { strides: [2, 2], padding: "SAME" });
      g.output("y", batchNorm(y, { name: "bn" }));
    }),
    folds: 1,
  },
  "BN not after a contraction (stays a loop kernel)": {
    graph: graphOf("bn_alone", (g) => g.output("y", batchNorm(g.input("x", [4, 3, 3, 5]), { name: "bn" }))),
    folds: 0,
  },
};

const contractionsOf = (g: Graph) => g.nodes.filter((n) => n.op === "conv2d" || n.op === "conv2dBackpropInput" || n.op === "matmul").length;

describe("the plan of a folded inference entry", () => {
  it.each(Object.entries(CASES))("%s: the entry recomputes nothing param-only; its prepare entry does it", (_, { graph, folds }) => {
    const plan = planProgram({ [graph.name]: graph });
    const [entry, prepare] = plan.entries;
    expect(plan.prepares).toEqual({ [graph.name]: `${graph.name}/prepare` });
    expect(prepare!.entry).toBe(`${graph.name}/prepare`);
    expect(countParamInvariantWork(optimizeGraph(graph))).toBeGreaterThan(0);
    expect(countParamInvariantWork(entry!.graph)).toBe(0);
    // The prepare entry reads no input; it writes only the derived slots.
    expect(prepare!.inputs).toEqual([]);
    expect(prepare!.graph.updates.map((u) => (prepare!.graph.nodes[u.param] as { attrs: { name: string } }).attrs.name)).toEqual(plan.derived);
    // W' and B' per fold (√(var + ε) alone when nothing folds): nothing the entry no longer reads.
    expect(plan.derived).toHaveLength(folds > 0 ? 2 * folds : 1);
    if (folds > 0) {
      // Each contraction is one kernel with at most the bias add and the ReLU as its epilogue: the
      // normalization is gone from the per-run work.
      expect(entry!.kernels.filter((k) => k.kind === "contraction")).toHaveLength(folds);
      const perRunOps = new Set(entry!.kernels.flatMap((k) => k.nodes.map((id) => entry!.graph.nodes[id]!.op)));
      for (const op of ["sqrt", "div", "sub", "mul"]) expect(perRunOps.has(op as never), op).toBe(false);
      expect(entry!.kernels).toHaveLength(contractionsOf(graph));
    } else {
      // Alone, batch norm stays a loop over x, but √(var + ε) is computed once per change of the params.
      expect(entry!.kernels.map((k) => k.kind)).toEqual(["loop"]);
      expect(entry!.kernels[0]!.nodes.some((id) => entry!.graph.nodes[id]!.op === "sqrt")).toBe(false);
    }
  });

  it("entries computing the same values (two batch sizes) share the slots and one prepare entry", async () => {
    const def = defineGraph("two_sizes", { N: 2 }, (g) => g.output("y", relu(batchNorm(conv2d(g.input("x", ["N", 5, 5, 2]), 3, 3, { name: "c" }), { name: "bn" }))));
    const small = def.build({ mode: "infer" });
    const big = def.build({ mode: "infer", bindings: { N: 5 } });
    const plan = planProgram({ evaluate: small, validate: big });
    expect(plan.prepares).toEqual({ evaluate: "evaluate/prepare", validate: "evaluate/prepare" });
    expect(plan.entries.map((e) => e.entry)).toEqual(["evaluate", "validate", "evaluate/prepare"]);
    expect(plan.derived).toHaveLength(2);
    for (const backend of ["ts", "wasm"] as const) {
      const p = await compile({ evaluate: small, validate: big }, { backend });
      disposable.push(p);
      for (const seed of [1, 2]) {
        const params = paramsFor(small, seed);
        p.setParams(params);
        expectClose(p.run("validate", feedOf(big)), reference(big, params), `${backend} validate, seed ${seed}`);
        expectClose(p.run("evaluate", feedOf(small)), reference(small, params), `${backend} evaluate, seed ${seed}`);
      }
    }
  });

  it("emitTypeScript refuses an entry's plan alone when it needs its prepare entry, and takes the program", async () => {
    const { graph } = CASES["conv → BN"]!;
    const plan = lowerToPlan(graph);
    expect(plan.prepare).toBe("conv_bn/prepare");
    await expect(emitTypeScript(plan)).rejects.toThrow(/reads values its prepare entry 'conv_bn\/prepare' computes .* emitTypeScript\(planProgram/);
    expect(await emitTypeScript(planProgram({ conv_bn: graph }))).toContain("function conv_bn_prepare()");
  });

  it("hides the prepare entry and its slots from the program's interface", async () => {
    const { graph } = CASES["conv → BN"]!;
    const p = await compile(graph, { backend: "ts" });
    expect(p.entries).toEqual([graph.name]);
    expect(p.manifest.params.map((s) => s.name).sort()).toEqual(paramsOf(graph).map((n) => n.attrs.name).sort());
    expect(p.manifest.derived!.length).toBeGreaterThan(0);
    p.initParams(0);
    expect(Object.keys(p.getParams()).sort()).toEqual(paramsOf(graph).map((n) => n.attrs.name).sort());
    expect(() => p.setParams({ [p.manifest.derived![0]!.name]: new Float32Array(1) })).toThrow(/no param named/);
    expect(() => p.run(`${graph.name}/prepare`)).toThrow(/has no entry 'conv_bn\/prepare'; its entries are conv_bn/);
  });

  it("hoists nothing from a training step whose updates touch every param", () => {
    const def: GraphDef = defineGraph("step", {}, (g) => {
      const x = g.input("x", [2, 4]);
      const w = g.param("w", [4, 3], { kind: "ones" });
      g.update(w, w.mul(0.5));
      g.output("y", x.matmul(w.transpose([1, 0]).transpose([1, 0]).mul(2)));
    });
    const plan = planProgram({ step: def.build() });
    expect(plan.entries.map((e) => e.entry)).toEqual(["step"]);
    expect(plan.prepares).toBeUndefined();
  });

  it("a training step hoists only what its updates cannot change (frozen params), and keeps it across its own steps", async () => {
    const g = defineGraph("frozen", {}, (b) => {
      const x = b.input("x", [2, 4]);
      const frozen = b.param("frozen", [4, 3], { kind: "normal", std: 1 }, { trainable: false });
      const w = b.param("w", [3, 3], { kind: "normal", std: 1 });
      b.update(w, w.add(0.5));
      b.output("y", x.matmul(frozen.tanh()).matmul(w.exp()));
    }).build({ mode: "train" });
    const plan = planProgram({ step: g });
    expect(plan.prepares).toEqual({ step: "step/prepare" });
    const prepare = plan.entries[1]!;
    expect(prepare.kernels.map((k) => prepare.graph.nodes[k.output]!.op)).toEqual(["tanh"]); // not exp(w): w changes every step
    for (const backend of ["ts", "wasm"] as const) {
      const p = await compile({ step: g }, { backend });
      disposable.push(p);
      const params = paramsFor(g, 3);
      p.setParams(params);
      const prepared = (p as unknown as { prepared: Set<string> }).prepared;
      for (let step = 0; step < 3; step++) {
        const now = p.getParams();
        expectClose(p.run("step", feedOf(g)), reference(g, now), `${backend} step ${step}`);
        expect(prepared.has("step/prepare"), "its own step leaves the prepared values valid").toBe(true);
      }
      p.setParams({ frozen: { ...params.frozen!, data: params.frozen!.data.map((v) => -v) } });
      expect(prepared.has("step/prepare")).toBe(false);
      const flipped = p.getParams();
      expectClose(p.run("step", feedOf(g)), reference(g, flipped), `${backend} after setParams(frozen)`);
    }
  });

  it("hoists a transposed weight a matmul reads, not a slice an elementwise loop reads (index math there)", () => {
    const g = graphOf("moves", (b) => {
      const w = b.param("w", [6, 4], { kind: "normal", std: 1 });
      const bias = b.param("b", [12], { kind: "normal", std: 1 });
      b.output("y", b.input("x", [3, 4]).matmul(w.transpose([1, 0])).add(bias.slice([3], [6])));
    });
    const plan = planProgram({ moves: g });
    expect(plan.entries[0]!.kernels.map((k) => k.kind)).toEqual(["contraction"]);
    const prepare = plan.entries[1]!;
    expect(prepare.kernels.map((k) => prepare.graph.nodes[k.output]!.op)).toEqual(["transpose"]);
  });

  it("hoists other param-only work too: a transposed weight is transposed once", () => {
    const g = graphOf("transposed", (b) => {
      const w = b.param("w", [6, 4], { kind: "normal", std: 1 });
      b.output("y", b.input("x", [3, 4]).matmul(w.transpose([1, 0]).exp()));
    });
    const plan = planProgram({ transposed: g });
    expect(plan.entries[0]!.kernels.map((k) => k.kind)).toEqual(["contraction"]);
    expect(plan.entries[1]!.kernels).toHaveLength(1);
  });
});

/** An ONNX model: x NCHW [1, 2, 5, 5] → Conv (3 filters 3×3, bias) → BatchNormalization. */
function convBatchNormOnnx(): Uint8Array {
  const values = (n: number, f: (i: number) => number) => Float32Array.from({ length: n }, (_, i) => f(i));
  const init = [
    tensorProto("w", "f32", [3, 2, 3, 3], values(54, (i) => Math.sin(i * 0.7))),
    tensorProto("b", "f32", [3], values(3, (i) => 0.1 * i)),
    tensorProto("scale", "f32", [3], values(3, (i) => 1 + 0.3 * i)),
    tensorProto("shift", "f32", [3], values(3, (i) => -0.2 * i)),
    tensorProto("mean", "f32", [3], values(3, (i) => 0.4 - 0.3 * i)),
    tensorProto("var", "f32", [3], values(3, (i) => 0.5 + i)),
  ];
  const info = (name: string, dims?: number[]) => ({ name, type: { tensor_type: { elem_type: ONNX_DTYPE.FLOAT, ...(dims ? { shape: { dim: dims.map((d) => ({ dim_value: d })) } } : {}) } } });
  return encodeModel({
    ir_version: 8,
    opset_import: [{ domain: "", version: 17 }],
    graph: {
      name: "onnx_conv_bn",
      node: [
        { op_type: "Conv", name: "conv", input: ["x", "w", "b"], output: ["c"], attribute: [{ name: "pads", type: ATTR_TYPE.INTS, ints: [1, 1, 1, 1] }] },
        { op_type: "BatchNormalization", name: "bn", input: ["c", "scale", "shift", "mean", "var"], output: ["y"], attribute: [{ name: "epsilon", type: ATTR_TYPE.FLOAT, f: 1e-3 }] },
      ],
      input: [info("x", [1, 2, 5, 5])],
      initializer: init,
      output: [info("y")],
    },
  });
}

describe("ONNX", () => {
  it("a Conv → BatchNormalization model imported from ONNX is folded", async () => {
    const imported = fromOnnx(convBatchNormOnnx(), { source: "conv_bn.onnx" });
    const g = imported.def.build({ mode: "infer" });
    const plan = planProgram({ [g.name]: g });
    expect(plan.entries[0]!.kernels.map((k) => k.kind)).toEqual(["contraction"]);
    expect(plan.derived).toHaveLength(2);
    const p = await compile(g, { backend: "wasm" });
    disposable.push(p);
    p.setParams(imported.params);
    expectClose(p.run(g.name, feedOf(g)), reference(g, imported.params), "imported Conv → BatchNormalization");
  });

  it("export writes the unfolded graph; a model imported back folds like the DSL's", async () => {
    const { graph } = CASES["conv + bias → BN"]!;
    const params = paramsFor(graph, 4);
    const bytes = toOnnx(graph, params);
    const ops = decodeModel(bytes).graph!.node!.map((n) => n.op_type);
    for (const op of ["Conv", "Sub", "Sqrt", "Div", "Mul", "Add"]) expect(ops, op).toContain(op);
    const imported = fromOnnx(bytes, { source: "conv_bias_bn.onnx" });
    const back = imported.def.build({ mode: "infer" });
    const plan = planProgram({ [back.name]: back });
    expect(plan.entries[0]!.kernels.map((k) => k.kind)).toEqual(["contraction"]);
    expect(plan.derived).toHaveLength(2);
    const p = await compile(back, { backend: "wasm" });
    disposable.push(p);
    p.setParams(imported.params);
    expectClose(p.run(back.name, feedOf(back)), reference(graph, params), "imported");
  });
});

type Runner = { name: string; load: (g: Graph) => Promise<Program> };
const RUNNERS: Runner[] = [
  { name: "ts", load: (g) => compile(g, { backend: "ts" }) },
  { name: "wasm", load: (g) => compile(g, { backend: "wasm" }) },
  {
    name: "wasm on 2 threads",
    load: async (g) => {
      const p = loadEmittedWasm(emitWasmVariants(planProgram({ [g.name]: g }), { name: g.name, threaded: true, parallelMinWork: 0 }), 2);
      await p.ready();
      expect(p.threads).toBe(2);
      return p;
    },
  },
];

describe.each(RUNNERS)("folded programs agree with the float64 interpreter ($name)", ({ load }) => {
  it.each(Object.entries(CASES))("%s, and see every change of a param", async (_, { graph }) => {
    const p = await load(graph);
    disposable.push(p);
    const params = paramsFor(graph, 1);
    p.setParams(params);
    expectClose(p.run(graph.name, feedOf(graph)), reference(graph, params), "first run");
    expectClose(p.run(graph.name, feedOf(graph)), reference(graph, params), "second run (prepared values reused)");
    // A change of one batch-norm param between two runs is seen by the next run.
    for (const which of ["movingVar", "gamma", "beta", "movingMean"]) {
      const name = Object.keys(params).find((n) => n.endsWith(`/${which}`));
      if (!name) continue;
      const changed = { ...params, [name]: { ...params[name]!, data: params[name]!.data.map((v, i) => v * 1.5 + (i % 2) * 0.25) } };
      p.setParams({ [name]: changed[name]! });
      expectClose(p.run(graph.name, feedOf(graph)), reference(graph, changed), `after setParams(${name})`);
      p.setParams({ [name]: params[name]! });
    }
    // initParams with another seed: batch norm back to its initial statistics, weights redrawn.
    p.initParams(7);
    const reinit = Object.fromEntries(Object.entries(p.getParams()));
    expectClose(p.run(graph.name, feedOf(graph)), reference(graph, reinit), "after initParams");
  });
});

describe("prepared values are recomputed whenever params change", () => {
  it.each(["ts", "wasm"] as const)("an output computed from params alone (%s)", async (backend) => {
    const g = graphOf("param_only", (b) => {
      const w = b.param("w", [3, 4], { kind: "normal", std: 1 });
      b.output("scaled", w.exp().sum(0));
      b.output("y", b.input("x", [2, 3]).matmul(w.tanh()));
    });
    const p = await compile(g, { backend });
    disposable.push(p);
    for (const seed of [1, 2]) {
      const params = paramsFor(g, seed);
      p.setParams(params);
      expectClose(p.run(g.name, feedOf(g)), reference(g, params), `seed ${seed}`);
    }
  });

  it("after a training step of another entry of the same program", async () => {
    const def = defineGraph("net", {}, (g) => {
      const x = g.input("x", [4, 5]);
      const y = batchNorm(dense(x, 3, { name: "d" }), { name: "bn" });
      g.output("y", y);
      g.loss(y.square().mean());
    });
    const infer = def.build({ mode: "infer" });
    // A hand-written step that moves the folded params (the optimizer does not matter here), named
    // as the inference graph's params so both entries share them.
    const stepDef = defineGraph("net_step", {}, (g: GraphBuilder) => {
      g.scope("d", () => {
        const k = g.param("kernel", [5, 3], { kind: "zeros" });
        const b = g.param("bias", [3], { kind: "zeros" });
        g.update(k, k.mul(0.9).add(0.01));
        g.update(b, b.add(0.1));
      });
      g.scope("bn", () => {
        const gamma = g.param("gamma", [3], { kind: "ones" });
        const mv = g.state("movingVar", [3], { kind: "ones" });
        g.update(gamma, gamma.mul(1.1));
        g.update(mv, mv.add(0.2));
      });
      g.output("done", g.constant(1).add(0));
    });
    const trainStep = stepDef.build({ mode: "train" });
    for (const backend of ["ts", "wasm"] as const) {
      const p = await compile({ predict: infer, trainStep }, { backend });
      disposable.push(p);
      const params = paramsFor(infer, 2);
      p.setParams(params);
      expectClose(p.run("predict", feedOf(infer)), reference(infer, params), `${backend}: before the step`);
      p.run("trainStep", {});
      const moved = p.getParams();
      expect(moved["bn/gamma"]!.data[0]).toBeCloseTo(params["bn/gamma"]!.data[0]! * 1.1, 5);
      expectClose(p.run("predict", feedOf(infer)), reference(infer, moved), `${backend}: after the step`);
    }
  });

  it("through the model API: setWeights, load, and a checkpoint restore", async () => {
    const def = defineGraph("bn_model", { N: 4 }, (g) => {
      const x = g.input("x", ["N", 6, 6, 2]);
      const labels = g.input("labels", ["N"], "i32");
      let h = relu(batchNorm(conv2d(x, 3, 3, { padding: "SAME", useBias: false, name: "c" }), { name: "bn" }));
      h = h.reshape([h.shape[0]!, 108]);
      const logits = dense(h, 2, { name: "out" });
      g.output("logits", logits);
      g.loss(softmaxCrossEntropy(logits, labels));
    });
    const x: HostTensor = { dtype: "f32", shape: [4, 6, 6, 2], data: Float32Array.from({ length: 288 }, (_, i) => Math.sin(i * 0.21)) };
    const wasm = await model(def, { backend: "wasm", seed: 3 });
    const interp = await model(def, { backend: "interp", seed: 3 });
    const predict = async (m: typeof wasm) => (await m.predict(x)).logits!;
    expect(normwiseError(await predict(wasm), await predict(interp))).toBeLessThanOrEqual(TOL);

    // setWeights of one batch-norm statistic.
    const weights = wasm.getWeights();
    const gamma = { ...weights["bn/gamma"]!, data: Float32Array.from([2, -1, 0.5]) };
    const before = await predict(wasm);
    wasm.setWeights({ "bn/gamma": gamma });
    interp.setWeights({ "bn/gamma": gamma });
    const after = await predict(wasm);
    expect(normwiseError(after, before)).toBeGreaterThan(1e-3);
    expect(normwiseError(after, await predict(interp))).toBeLessThanOrEqual(TOL);

    // load: the weights of another model.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gradfuse-fold-"));
    try {
      const other = await model(def, { backend: "interp", seed: 11 });
      const moved = other.getWeights();
      other.setWeights({ "bn/movingMean": { ...moved["bn/movingMean"]!, data: Float32Array.from([0.3, -0.2, 0.1]) } });
      other.save(path.join(dir, "w.safetensors"));
      wasm.load(path.join(dir, "w.safetensors"));
      expect(normwiseError(await predict(wasm), await predict(other))).toBeLessThanOrEqual(TOL);

      // A checkpoint restore after training moved the batch-norm statistics.
      const data = { x, y: { dtype: "i32" as const, shape: [4], data: Int32Array.from([0, 1, 1, 0]) } };
      await interp.fit(data, { epochs: 2, batchSize: 4, schedule: 0.1, progress: false });
      interp.saveCheckpoint(path.join(dir, "ckpt.safetensors"), { epoch: 2, step: 2 });
      await predict(wasm); // the wasm program's prepared values are those of the loaded weights
      wasm.restoreCheckpoint(path.join(dir, "ckpt.safetensors"));
      expect(normwiseError(await predict(wasm), await predict(interp))).toBeLessThanOrEqual(TOL);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
