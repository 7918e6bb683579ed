// The rows pass (src/passes/rows.ts): which kernels merge into a rows kernel (softmax, cross-entropy
// and its adjoint, every loss option, sequence logits, layer-norm statistics) and which must not (a
// per-row value read across rows); that a merged kernel stores no [N, C] intermediate; the MLP
// training step's kernel list; results against the float64 interpreter on both backends; gradient
// checks of the losses it fuses; and the label-range check that still guards the feeds.
import { describe, expect, it } from "vitest";
import { gradcheck } from "../src/autodiff/gradcheck.ts";
import { emitWasmProgram } from "../src/codegen/wasm/module.ts";
import { compile } from "../src/compile.ts";
import { defineGraph } from "../src/dsl/builder.ts";
import { interpret } from "../src/interp/interpret.ts";
import type { Graph } from "../src/ir/types.ts";
import { paramsOf, sizeOf } from "../src/ir/types.ts";
import { dense, softmaxCrossEntropy, type ClassificationLossOptions } from "../src/nn/index.ts";
import { fuse } from "../src/passes/fuse.ts";
import { lowerToPlan, planProgram } from "../src/passes/lower.ts";
import type { Kernel, Plan } from "../src/passes/plan.ts";
import { schedule } from "../src/passes/schedule.ts";
import { FeedError } from "../src/runtime/feeds.ts";
import { initializeParams } from "../src/runtime/init.ts";
import { buildTrainGraph } from "../src/train/train_graph.ts";
import { feedsFor, graphOf, relError, rows } from "./op-cases.ts";

const rowsKernels = (plan: Plan) => plan.kernels.filter((k) => k.kind === "rows");
/** Every value a kernel writes to memory. */
const written = (k: Kernel) => [...k.sideOutputs, k.output];

describe("which kernels merge", () => {
  const merging = rows.filter(([name]) => !name.includes("not merged"));

  it.each(merging.map((c) => [c[0], c] as const))("%s: rows kernels, each writing per-row values or its last stage's rows", (_name, c) => {
    const plan = lowerToPlan(graphOf(c));
    const merged = rowsKernels(plan);
    expect(merged.length).toBeGreaterThan(0);
    for (const k of merged) {
      const { lead, length, stages } = k.rows!;
      expect(stages.length).toBeGreaterThanOrEqual(2);
      expect(stages.slice(0, -1).every((s) => s.per === "row")).toBe(true);
      // Only the last stage may produce whole rows; every other stored value is one per row.
      for (const id of written(k)) {
        const size = sizeOf(plan.graph.nodes[id]!.shape);
        if (id !== k.output || stages.at(-1)!.per === "row") expect(size, `%${id} of ${k.name}`).toBe(sizeOf(lead));
        else expect(size).toBe(sizeOf(lead) * length);
      }
    }
  });

  it("a row maximum read across the rows stays its own kernel", () => {
    const c = rows.find(([name]) => name.includes("not merged"))!;
    const plan = lowerToPlan(graphOf(c));
    expect(rowsKernels(plan)).toEqual([]);
  });

  it("softmax is one rows kernel: max, Σ exp(x − max), then the row of exp(x − max)/Σ", () => {
    const plan = lowerToPlan(graphOf(rows[0]!));
    expect(plan.kernels).toHaveLength(1);
    const k = plan.kernels[0]!;
    expect(k.rows!.stages.map((s) => `${s.kind}/${s.per}`)).toEqual(["reduce/row", "reduce/row", "loop/element"]);
    expect(k.sideOutputs).toEqual([]);
    expect(k.inputs.map((i) => plan.graph.nodes[i]!.op)).toEqual(["input"]);
  });
});

describe("the MLP training step", () => {
  const mlp = defineGraph("mlp", { N: 64 }, (g) => {
    const h = dense(dense(g.input("x", [g.bindings.N!, 784]), 256, { activation: "relu", name: "fc1" }), 128, { activation: "relu", name: "fc2" });
    g.loss(softmaxCrossEntropy(dense(h, 10, { name: "fc3" }), g.input("labels", [g.bindings.N!], "i32")));
  });
  const train = buildTrainGraph(mlp, { optimizer: { kind: "sgd" } });
  const plan = planProgram({ trainStep: train }).entries[0]!;
  /** The same graph's kernels without the rows pass. */
  const unmerged = schedule(fuse(plan.graph));

  it("has the loss and its adjoint as two rows kernels in place of the chain of seven", () => {
    const merged = rowsKernels(plan);
    expect(merged.map((k) => k.name)).toEqual([expect.stringMatching(/_rows_reduceMax_reduceSum$/), expect.stringMatching(/_rows_reduceSum_add$/)]);
    const [forward, adjoint] = merged as [Kernel, Kernel];
    // Forward: the per-row loss [N], and the row max and Σ exp [N, 1] the adjoint reads; nothing [N, C].
    expect(written(forward).map((id) => sizeOf(plan.graph.nodes[id]!.shape))).toEqual([64, 64, 64]);
    // Adjoint: only dlogits [N, C], which the fc3 weight and bias gradients read.
    expect(written(adjoint).map((id) => plan.graph.nodes[id]!.shape)).toEqual([[64, 10]]);
    // Without the pass: max, Σ exp + log, per-row loss; Σ of the upstream gradient, dlogits.
    const rowsOps = new Set(merged.flatMap((k) => k.nodes));
    const replaced = unmerged.filter((k) => k.nodes.some((id) => rowsOps.has(id) && plan.graph.nodes[id]!.op !== "const"));
    expect(replaced.map((k) => k.kind)).toEqual(["reduce", "reduce", "reduce", "reduce", "loop"]);
    expect(plan.kernels.length).toBe(unmerged.length - 3);
    const bytes = (ks: readonly Kernel[]) => ks.reduce((s, k) => s + k.bytes, 0);
    expect(bytes(merged)).toBeLessThan(bytes(replaced));
  });

  it("renders the row passes in SIMD: 10 classes are two vectors and the row's last four, masked", () => {
    const text = emitWasmProgram(planProgram({ trainStep: train })).text!;
    const bodyOf = (k: Kernel) => {
      const fn = text.slice(text.indexOf(`(func $${k.name}`));
      return fn.slice(0, fn.indexOf("(func ", 1));
    };
    const [forward, adjoint] = rowsKernels(plan).map(bodyOf) as [string, string];
    expect(forward).toContain("f32x4.max");
    expect(forward).toContain("f32x4.add");
    expect(forward).toContain("v128.and"); // the mask of the lanes the whole vectors already summed
    // Logits are read only as vectors; the last one at element 6 of each row (offset 24 bytes).
    expect(forward).not.toMatch(/\(f32\.load /);
    // The adjoint reads the forward's row max and Σ once per row, and writes dlogits only as vectors.
    expect(adjoint).not.toMatch(/\(f32\.store /);
    expect(adjoint).toContain("v128.store");
  });
});

describe("against the float64 interpreter", () => {
  it.each(rows.map((c) => [c[0], c] as const))("%s on both backends", async (_name, c) => {
    const g = graphOf(c);
    const params = initializeParams(paramsOf(g).map((p) => ({ ...p.attrs, trainable: false })), 3);
    const feeds = feedsFor(g);
    const want = interpret(g, { feeds, params, float: "f64" }).outputs;
    for (const backend of ["ts", "wasm"] as const) {
      const program = await compile(g, { backend });
      program.setParams(params);
      const got = program.run(g.name, feeds);
      for (const [name, ref] of Object.entries(want)) expect(relError(got[name]!, ref), `${backend}: ${name}`).toBeLessThanOrEqual(2e-6);
    }
  });
});

describe("the losses it fuses", () => {
  const lossGraph = (shape: number[], classes: number, opts: ClassificationLossOptions) =>
    defineGraph("ce", {}, (g) => void g.loss(softmaxCrossEntropy(g.input("x", [...shape, classes]), g.input("labels", shape, "i32"), opts))).build();
  const options: [string, number[], ClassificationLossOptions][] = [
    ["plain", [3], {}],
    ["label smoothing", [3], { labelSmoothing: 0.2 }],
    ["ignoreIndex and class weights", [4], { ignoreIndex: -1, classWeights: [1, 0.5, 2, 1, 1] }],
    ["sequence logits [N, T, C]", [2, 2], {}],
  ];

  it.each(options)("gradcheck: %s", (_name, shape, opts) => {
    const g: Graph = lossGraph(shape, 5, opts);
    const feeds = feedsFor(g);
    const r = gradcheck(g, { feeds: Object.fromEntries(Object.entries(feeds).map(([k, v]) => [k, [...v]])), wrt: ["x"] });
    expect(r.ok, r.message).toBe(true);
  });

  it.each(["ts", "wasm"] as const)("%s: a label outside [0, C) is refused before the run, naming the loss", async (backend) => {
    const g = lossGraph([3], 5, {});
    const program = await compile(g, { backend });
    const x = new Float32Array(15);
    expect(() => program.run(g.name, { x, labels: Int32Array.from([0, 5, 1]) })).toThrow(FeedError);
    expect(() => program.run(g.name, { x, labels: Int32Array.from([0, 5, 1]) })).toThrow(/5 classes/);
    expect(Number.isFinite(program.run(g.name, { x, labels: Int32Array.from([0, 4, 1]) }).loss!.data[0])).toBe(true);
  });
});
