// fuse, rematerialize and schedule on small graphs: which nodes share a kernel, what reaches memory,
// and that the kernel order is topological. IR only: nothing runs.
import { describe, expect, it } from "vitest";
import { grad } from "../src/autodiff/grad.ts";
import type { GraphBuilder } from "../src/dsl/builder.ts";
import { defineGraph } from "../src/dsl/builder.ts";
import { conv2d, maxPool, randomUniform, where } from "../src/dsl/ops.ts";
import { batchNorm, logSoftmax, softmax, softmaxCrossEntropy } from "../src/nn/index.ts";
import type { Graph } from "../src/ir/types.ts";
import { fuse, kindOf } from "../src/passes/fuse.ts";
import { optimizeGraph } from "../src/passes/lower.ts";
import type { Kernel } from "../src/passes/plan.ts";
import { rematerialize } from "../src/passes/rematerialize.ts";
import { schedule } from "../src/passes/schedule.ts";

const build = (body: (g: GraphBuilder) => void) => optimizeGraph(defineGraph("t", {}, body).build());
const opsOf = (g: Graph, k: Kernel) => k.nodes.map((id) => g.nodes[id]!.op).filter((op) => op !== "const");

/** Every non-leaf node is computed by exactly one kernel; kernel inputs come from earlier kernels or leaves. */
function expectPartition(g: Graph, kernels: Kernel[]): void {
  const owner = new Map<number, number>();
  for (const k of kernels) {
    for (const id of k.nodes) {
      if (g.nodes[id]!.op === "const") continue;
      expect(owner.has(id), `%${id} is in two kernels`).toBe(false);
      owner.set(id, k.id);
    }
    expect(Math.max(...k.nodes)).toBe(k.output);
  }
  for (const n of g.nodes) if (kindOf(n) !== "leaf") expect(owner.has(n.id), `%${n.id} (${n.op}) has no kernel`).toBe(true);
  const ordered = schedule(kernels);
  const done = new Set<number>();
  for (const k of ordered) {
    for (const i of k.inputs) {
      const leaf = kindOf(g.nodes[i]!) === "leaf";
      expect(leaf || done.has(i), `${k.name} reads %${i} before it is written`).toBe(true);
    }
    done.add(k.output);
    for (const side of k.sideOutputs) done.add(side);
  }
}

describe("fuse", () => {
  it("an elementwise chain with broadcasts and reshapes is one loop kernel that reads only the leaves", () => {
    const g = build((g) => {
      const x = g.input("x", [2, 6]);
      const b = g.input("b", [6]);
      g.output("y", x.add(b).tanh().mul(2).reshape([3, 4]).exp());
    });
    const ks = fuse(g);
    expect(ks).toHaveLength(1);
    expect(ks[0]!.kind).toBe("loop");
    expect(opsOf(g, ks[0]!)).toEqual(["add", "tanh", "mul", "reshape", "exp"]);
    expect(ks[0]!.inputs.map((i) => g.nodes[i]!.op)).toEqual(["input", "input"]);
    expectPartition(g, ks);
  });

  it("a matmul takes bias add and activation as its epilogue; a value with two users reaches memory", () => {
    const g = build((g) => {
      const x = g.input("x", [4, 3]);
      const h = x.matmul(g.param("fc/w", [3, 5], { kind: "zeros" })).add(g.param("fc/b", [5], { kind: "zeros" })).tanh();
      g.output("y", h.matmul(g.param("fc2/w", [5, 2], { kind: "zeros" })).add(h.sum()));
    });
    const ks = schedule(fuse(g));
    const first = ks[0]!;
    expect(first.kind).toBe("contraction");
    expect(opsOf(g, first)).toEqual(["matmul", "add", "tanh"]);
    expect(first.epilogue.map((e) => g.nodes[e]!.op)).toEqual(["add", "tanh"]);
    expect(first.name).toBe("k0_fc_matmul_add_tanh");
    // tanh output feeds a matmul and a sum: stored once, read by both.
    expect(ks.filter((k) => k.inputs.includes(first.output))).toHaveLength(2);
    expectPartition(g, ks);
  });

  it("a reduction absorbs its elementwise producers and takes an elementwise epilogue", () => {
    const g = build((g) => {
      const x = g.input("x", [4, 6]);
      g.output("y", x.mul(x).sub(1).sum(1).sqrt());
    });
    const ks = fuse(g);
    expect(ks).toHaveLength(1);
    expect(ks[0]!.kind).toBe("reduce");
    expect(opsOf(g, ks[0]!)).toEqual(["mul", "sub", "reduceSum", "sqrt"]);
  });

  it("contraction and window operands are read from memory, never fused in", () => {
    const g = build((g) => {
      const x = g.input("x", [1, 6, 6, 2]).exp();
      const y = conv2d(x, g.input("w", [3, 3, 2, 2]).mul(0.5), { padding: "SAME" });
      g.output("p", maxPool(y.neg().add(1), { window: 2 }));
    });
    const ks = schedule(fuse(g));
    expect(ks.map((k) => k.kind)).toEqual(["loop", "loop", "contraction", "window"]);
    const conv = ks[2]!;
    expect(opsOf(g, conv)).toEqual(["conv2d", "neg", "add"]);
    expectPartition(g, ks);
  });

  it("outputs, the loss and update values are stored even when fusable", () => {
    const g = build((g) => {
      const x = g.input("x", [3]);
      const a = x.exp();
      g.output("a", a);
      g.output("b", a.add(1));
    });
    const ks = fuse(g);
    expect(ks).toHaveLength(2);
    expectPartition(g, ks);
  });

  it("a random op's counter is read from memory; the random values fuse into their consumer", () => {
    const g = build((g) => {
      const k = g.input("k", [], "i32");
      g.output("y", where(randomUniform(k.add(1), [4], 3).lt(0.5), g.input("x", [4]), 0));
    });
    const ks = schedule(fuse(g));
    expect(ks.map((k) => opsOf(g, k))).toEqual([["add"], ["randomUniform", "compare", "where"]]);
  });

  it("fuses conv + bias + ReLU in a gradient graph, storing the pre-activation for the backward mask", () => {
    const def = defineGraph("cnn", {}, (g) => {
      const x = g.input("x", [2, 6, 6, 1]);
      const z = conv2d(x, g.param("c/w", [3, 3, 1, 2], { kind: "zeros" }), { padding: "SAME" }).add(g.param("c/b", [2], { kind: "zeros" }));
      g.loss(maxPool(z.maximum(0), { window: 2 }).square().mean());
    });
    const g = rematerialize(optimizeGraph(grad(def.build())));
    const ks = schedule(fuse(g));
    expect(opsOf(g, ks[0]!)).toEqual(["conv2d", "add", "maximum"]);
    expect(ks[0]!.sideOutputs.map((id) => g.nodes[id]!.op)).toEqual(["add"]);
    // The side output is read only by kernels after this one.
    const readers = ks.filter((k) => k.inputs.includes(ks[0]!.sideOutputs[0]!));
    expect(readers.length).toBeGreaterThan(0);
    for (const r of readers) expect(r.output).toBeGreaterThan(ks[0]!.output);
    expectPartition(g, ks);
  });

  it("partitions a CNN's gradient graph into kernels in topological order", () => {
    const def = defineGraph("cnn", {}, (g) => {
      const x = g.input("x", [2, 6, 6, 1]);
      const h = conv2d(x, g.param("c/w", [3, 3, 1, 2], { kind: "zeros" }), { padding: "SAME" }).maximum(0);
      g.loss(maxPool(h, { window: 2 }).square().mean());
    });
    const g = rematerialize(optimizeGraph(grad(def.build())));
    expectPartition(g, fuse(g));
  });
});

describe("rematerialize", () => {
  it("copies a cheap shared value into each fusable consumer, so nothing stores it", () => {
    const before = build((g) => {
      const z = g.input("x", [4, 6]).add(g.input("b", [6]));
      const e = z.sub(z.max(1, true)).exp();
      g.output("p", e.div(e.sum(1, true)));
    });
    const after = rematerialize(before);
    // The bias add is computed inside the max, and exp(z − max) with its add inside the sum and the
    // division: 3 kernels, none of them stores the add, the sub or the exp.
    expect(after.nodes.filter((n) => n.op === "add")).toHaveLength(3);
    expect(after.nodes.filter((n) => n.op === "exp")).toHaveLength(2);
    const ks = fuse(after);
    expect(ks).toHaveLength(3);
    for (const k of ks) expect(["add", "sub", "exp"]).not.toContain(after.nodes[k.output]!.op);
    expectPartition(after, ks);
  });

  it("does not copy a chain whose recomputation costs more than the rule allows", () => {
    const g = build((g) => {
      const x = g.input("x", [4, 6]);
      // exp, log, tanh, sqrt: cost 16 per element > MAX_CONE_COST, so it is stored once and read twice.
      const big = x.exp().log().tanh().sqrt();
      g.output("a", big.sum(1));
      g.output("b", big.mul(2));
    });
    const after = rematerialize(g);
    expect(after.nodes.filter((n) => n.op === "exp")).toHaveLength(1);
    expect(fuse(after)).toHaveLength(3);
    // A small chain read by many consumers is not copied to all of them either ((users − 1) · cost bound).
    const many = build((g) => {
      const e = g.input("x", [4, 6]).exp().add(1);
      for (let i = 0; i < 6; i++) g.output(`o${i}`, e.mul(i + 2));
    });
    expect(rematerialize(many).nodes.filter((n) => n.op === "exp")).toHaveLength(1);
  });

  it("leaves the only consumer of a contraction alone so it stays an epilogue", () => {
    const g = build((g) => {
      const y = g.input("x", [2, 3]).matmul(g.input("w", [3, 4])).add(g.input("b", [4]));
      g.output("relu", where(y.gt(0), y, 0));
      g.output("mask", y.gt(0).mul(g.input("dy", [2, 4])));
    });
    const after = rematerialize(g);
    expect(after.nodes.filter((n) => n.op === "add")).toHaveLength(1);
    expect(after.nodes.filter((n) => n.op === "compare")).toHaveLength(2);
    const ks = schedule(fuse(after));
    // The ReLU joins the matmul's epilogue; the pre-activation, which the mask needs, is a side output.
    expect(opsOf(after, ks[0]!)).toEqual(["matmul", "add", "compare", "where"]);
    expect(ks[0]!.sideOutputs.map((id) => after.nodes[id]!.op)).toEqual(["add"]);
    expect(ks.map((k) => opsOf(after, k))).toEqual([["matmul", "add", "compare", "where"], ["compare", "mul"]]);
  });
});

describe("softmax, cross-entropy and normalization statistics fuse into few kernels", () => {
  /** The plan's kernels after the whole graph-level pipeline (rematerialize included). */
  const kernelsOf = (def: { build(opts?: { mode?: "train" | "infer" }): Graph }, opts: { grad?: boolean; mode?: "train" | "infer" } = {}) => {
    const built = def.build({ mode: opts.mode ?? "infer" });
    const g = rematerialize(optimizeGraph(opts.grad ? grad(built) : built));
    const ks = schedule(fuse(g));
    expectPartition(g, ks);
    return { g, ks };
  };
  const stores = (g: Graph, ks: Kernel[], op: string) => ks.some((k) => [k.output, ...k.sideOutputs].some((id) => g.nodes[id]!.op === op));

  it("softmax is 3 kernels: max, Σ exp(x − max), exp(x − max) / Σ; exp(x − max) never reaches memory", () => {
    const def = defineGraph("sm", {}, (g) => g.output("p", softmax(g.input("x", [8, 10]))));
    const { g, ks } = kernelsOf(def);
    expect(ks.map((k) => k.kind)).toEqual(["reduce", "reduce", "loop"]);
    expect(opsOf(g, ks[1]!)).toEqual(["sub", "exp", "reduceSum"]);
    expect(opsOf(g, ks[2]!)).toEqual(["sub", "exp", "div"]);
    expect(stores(g, ks, "exp") || stores(g, ks, "sub")).toBe(false);
  });

  it("log-softmax cross-entropy forward is 3 kernels: max, Σ exp, and the per-row loss; then the batch mean", () => {
    const def = defineGraph("ce", {}, (g) => {
      g.loss(softmaxCrossEntropy(g.input("logits", [8, 10]), g.input("labels", [8], "i32")));
    });
    const { g, ks } = kernelsOf(def);
    expect(ks.map((k) => k.kind)).toEqual(["reduce", "reduce", "reduce", "reduce"]);
    // The per-row loss recomputes x − max and builds the one-hot mask inside its reduction.
    expect(opsOf(g, ks[2]!)).toEqual(expect.arrayContaining(["compare", "sub", "mul", "reduceSum", "neg"]));
    expect(stores(g, ks, "exp") || stores(g, ks, "sub") || stores(g, ks, "compare")).toBe(false);
  });

  it("softmax + cross-entropy with its gradient: forward 5 kernels, backward 3 with dlogits never stored", () => {
    const def = defineGraph("smce", {}, (g) => {
      const x = g.input("x", [8, 10]).add(g.param("b", [10], { kind: "zeros" }));
      g.output("probs", softmax(x));
      g.loss(softmaxCrossEntropy(x, g.input("labels", [8], "i32")));
    });
    const { g, ks } = kernelsOf(def, { grad: true });
    // Forward: max, Σ exp, probs, per-row loss, batch mean. Backward: Σ of the upstream gradient per
    // row, the bias gradient (which computes dlogits = −t/N + softmax·Σ inside its reduction), its
    // reshape. Before rematerializing chains the sub, exp, one-hot mask, scaled one-hot and dlogits were
    // each stored by their own loop kernel.
    expect(ks).toHaveLength(8);
    expect(ks.filter((k) => k.kind === "loop").map((k) => opsOf(g, k).at(-1))).toEqual(["div", "reshape"]);
    expect(stores(g, ks, "exp") || stores(g, ks, "compare") || stores(g, ks, "sub")).toBe(false);
  });

  it("log-softmax's gradient does not store exp(x − max)", () => {
    const def = defineGraph("ls", {}, (g) => g.loss(logSoftmax(g.input("x", [8, 10]).add(g.param("b", [10], { kind: "zeros" }))).mul(g.input("t", [8, 10])).sum().neg()));
    const { g, ks } = kernelsOf(def, { grad: true });
    expect(stores(g, ks, "exp")).toBe(false);
    expect(ks.length).toBeLessThanOrEqual(6);
  });

  it("batch-norm statistics (training): mean and variance are one reduction each, normalize is one loop", () => {
    const def = defineGraph("bn", {}, (g) => g.output("y", batchNorm(g.input("x", [4, 3, 3, 8]), { name: "bn" })));
    const { g, ks } = kernelsOf(def, { mode: "train" });
    const big = ks.filter((k) => g.nodes[k.core]!.shape.length > 1 || k.kind === "reduce");
    // mean (Σx · 1/n), variance (Σ(x − mean)² · 1/n, with the running-variance update as epilogue), y.
    expect(ks.filter((k) => k.kind === "reduce")).toHaveLength(2);
    expect(ks.filter((k) => k.kind === "loop" && g.nodes[k.output]!.shape.join(",") === "4,3,3,8")).toHaveLength(1);
    expect(big.length).toBeGreaterThanOrEqual(3);
    // x − mean is recomputed in the variance reduction and in the normalize loop, never stored.
    expect(stores(g, ks, "sub")).toBe(false);
  });
});
