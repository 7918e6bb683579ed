// The TypeScript backend against the reference interpreter (float32): every primitive (broadcasting,
// every movement, reductions with keepDims, matmul flags and batch dims, convolutions and their
// backprops, pools, random bits), fused chains, gradient graphs, a training step's in-place updates,
// feed errors, and the generated module's imports.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { describe, expect, it } from "vitest";
import { grad } from "../src/autodiff/grad.ts";
import { compile, lowerToPlan } from "../src/compile.ts";
import type { GraphBuilder } from "../src/dsl/builder.ts";
import { defineGraph } from "../src/dsl/builder.ts";
import {
  avgPool,
  avgPoolBackprop,
  concat,
  conv2d,
  conv2dBackpropFilter,
  conv2dBackpropInput,
  maxPool,
  maxPoolBackprop,
  randomUniform,
  where,
} from "../src/dsl/ops.ts";
import type { Conv2DOptions, PoolOptions } from "../src/dsl/ops.ts";
import { interpret } from "../src/interp/interpret.ts";
import type { Graph } from "../src/ir/types.ts";
import { inputsOf, paramsOf, sizeOf } from "../src/ir/types.ts";
import { initializeParams } from "../src/runtime/init.ts";
import { InterpretedProgram } from "../src/train/interpreted_program.ts";
import { buildTrainGraph } from "../src/train/train_graph.ts";
import { FeedError } from "../src/runtime/feeds.ts";
import type { HostTensor } from "../src/runtime/tensor.ts";

/** Deterministic feeds: f32 in (-1.5, 1.5) (inputs named "pos…" in (0.1, 2)), i32 small integers. */
function feedsFor(g: Graph): Record<string, Float32Array | Int32Array> {
  const feeds: Record<string, Float32Array | Int32Array> = {};
  for (const n of inputsOf(g)) {
    const size = sizeOf(n.shape);
    const salt = n.attrs.name.length * 7.3;
    if (n.dtype === "i32") feeds[n.attrs.name] = Int32Array.from({ length: size }, (_, i) => (i * 7 + 3) % 5);
    else if (n.attrs.name.startsWith("pos")) feeds[n.attrs.name] = Float32Array.from({ length: size }, (_, i) => 0.1 + Math.abs(Math.sin(i * 1.7 + salt)) * 1.9);
    else feeds[n.attrs.name] = Float32Array.from({ length: size }, (_, i) => Math.sin(i * 0.91 + salt) * 1.5);
  }
  return feeds;
}

/** Normwise relative error: max |a - b| / max(1, max |b|). */
function relError(a: HostTensor, b: HostTensor): number {
  let diff = 0;
  let scale = 1;
  for (let i = 0; i < b.data.length; i++) {
    const x = a.data[i]!;
    const y = b.data[i]!;
    if (Number.isNaN(y) && Number.isNaN(x)) continue;
    if (x === y) continue; // also equal infinities
    diff = Math.max(diff, Math.abs(x - y));
    scale = Math.max(scale, Math.abs(y));
  }
  return diff / scale;
}

async function expectMatchesInterpreter(g: Graph, tolerance = 1e-5): Promise<Record<string, HostTensor>> {
  const program = await compile(g, { backend: "ts" });
  const params = initializeParams(paramsOf(g).map((p) => ({ ...p.attrs, trainable: false })), 7);
  program.setParams(params);
  const feeds = feedsFor(g);
  const got = program.run(g.name, feeds);
  const want = interpret(g, { feeds, params }).outputs;
  for (const [name, ref] of Object.entries(want)) {
    const out = got[name]!;
    expect(out.shape, name).toEqual([...ref.shape]);
    expect(out.dtype, name).toBe(ref.dtype);
    expect(relError(out, ref), `${g.name}: output '${name}'`).toBeLessThanOrEqual(tolerance);
  }
  return got;
}

type Case = [string, (g: GraphBuilder) => void];
const graphOf = ([name, body]: Case) => defineGraph(name.replace(/\W+/g, "_"), {}, body).build();
const out = (g: GraphBuilder, t: Parameters<GraphBuilder["output"]>[1]) => g.output("out", t);

const elementwise: Case[] = [
  ["neg abs sign", (g) => out(g, g.input("x", [2, 3]).neg().abs().add(g.input("y", [2, 3]).sign()))],
  ["exp log sqrt", (g) => out(g, g.input("pos", [2, 3]).log().add(g.input("pos2", [2, 3]).sqrt()).exp())],
  ["tanh stopGradient", (g) => out(g, g.input("x", [5]).tanh().stopGradient())],
  ["cast f32→i32→f32", (g) => out(g, g.input("x", [2, 3]).mul(3).cast("i32").cast("f32"))],
  ["i32 add mul neg", (g) => out(g, g.input("k", [6], "i32").add(g.input("j", [6], "i32")).mul(g.input("m", [6], "i32")).neg())],
  ["add broadcast [2,3]+[3]", (g) => out(g, g.input("x", [2, 3]).add(g.input("b", [3])))],
  ["sub broadcast [2,1]-[1,3]", (g) => out(g, g.input("x", [2, 1]).sub(g.input("y", [1, 3])))],
  ["mul div broadcast scalar", (g) => out(g, g.input("x", [4]).mul(g.input("s", [])).div(g.input("pos", [4])))],
  ["pow", (g) => out(g, g.input("pos", [2, 3]).pow(g.input("y", [3])))],
  ["maximum minimum", (g) => out(g, g.input("x", [2, 3]).maximum(g.input("y", [2, 3])).minimum(0.5))],
  ...(["eq", "ne", "lt", "le", "gt", "ge"] as const).map((cmp): Case => [
    `compare ${cmp}`,
    (g) => out(g, g.input("x", [3, 4]).mul(2).cast("i32").compare(cmp, g.input("y", [4]).mul(2).cast("i32"))),
  ]),
  ["where broadcast", (g) => out(g, where(g.input("x", [2, 3]).gt(0), g.input("a", [3]), g.input("b", [2, 1])))],
  ["array constant", (g) => out(g, g.input("x", [2, 3]).add(g.constant([1, 2, 3, 4, 5, 6], [2, 3])))],
];

const reductions: Case[] = [
  ["reduceSum last axis", (g) => out(g, g.input("x", [3, 4]).sum(1))],
  ["reduceSum axes [0,2] keepDims", (g) => out(g, g.input("x", [2, 3, 4]).sum([0, 2], true))],
  ["reduceSum all of a fused product", (g) => out(g, g.input("x", [3, 4]).mul(g.input("y", [4])).sum())],
  ["reduceMax axis 0", (g) => out(g, g.input("x", [3, 4]).max(0))],
  ["reduceMax keepDims then epilogue", (g) => out(g, g.input("x", [3, 4]).max(1, true).mul(2).add(1))],
  ["argmax axis 1", (g) => out(g, g.input("x", [3, 5]).argmax(1))],
  ["argmax axis 0 keepDims", (g) => out(g, g.input("x", [4, 2]).argmax(0, true))],
  ["mean (sum then div epilogue)", (g) => out(g, g.input("x", [2, 6]).mean(1))],
];

const movement: Case[] = [
  ["reshape", (g) => out(g, g.input("x", [2, 6]).reshape([3, 4]).add(g.input("y", [4])))],
  ["transpose 3-d", (g) => out(g, g.input("x", [2, 3, 4]).transpose([2, 0, 1]).mul(2))],
  ["broadcast", (g) => out(g, g.input("x", [3, 1]).broadcastTo([2, 3, 4]))],
  ["slice", (g) => out(g, g.input("x", [4, 5]).slice([1, 2], [2, 3]))],
  ["pad with value", (g) => out(g, g.input("x", [2, 3]).exp().pad([[1, 0], [2, 1]], -1))],
  ["concat axis 1", (g) => out(g, concat([g.input("a", [2, 1]), g.input("b", [2, 3]).neg(), g.input("c", [2, 2])], 1))],
  ["transpose of reshape of slice", (g) => out(g, g.input("x", [3, 8]).slice([1, 0], [2, 8]).reshape([4, 4]).transpose())],
];

const matmuls: Case[] = [
  ["matmul", (g) => out(g, g.input("a", [3, 4]).matmul(g.input("b", [4, 5])))],
  ["matmul transposeA", (g) => out(g, g.input("a", [4, 3]).matmul(g.input("b", [4, 5]), { transposeA: true }))],
  ["matmul transposeB", (g) => out(g, g.input("a", [3, 4]).matmul(g.input("b", [5, 4]), { transposeB: true }))],
  ["matmul both transposed", (g) => out(g, g.input("a", [4, 3]).matmul(g.input("b", [5, 4]), { transposeA: true, transposeB: true }))],
  ["matmul 4×4 blocks with row and column tails", (g) => out(g, g.input("a", [6, 9]).matmul(g.input("b", [9, 7])).add(g.input("c", [7])).maximum(0))],
  ["matmul blocks, both transposed", (g) => out(g, g.input("a", [9, 8]).matmul(g.input("b", [5, 9]), { transposeA: true, transposeB: true }))],
  ["batched matmul", (g) => out(g, g.input("a", [2, 3, 4]).matmul(g.input("b", [2, 4, 5])))],
  ["batched matmul with epilogue", (g) => out(g, g.input("a", [2, 6, 4]).matmul(g.input("b", [2, 5, 4]), { transposeB: true }).add(g.input("c", [5])).tanh())],
  ["matmul bias relu epilogue", (g) => out(g, g.input("a", [3, 4]).matmul(g.param("w", [4, 5], { kind: "normal", std: 1 })).add(g.param("bias", [5], { kind: "normal", std: 1 })).maximum(0))],
];

const convOptions: [string, Conv2DOptions][] = [
  ["VALID", { padding: "VALID" }],
  ["SAME stride 2", { padding: "SAME", strides: 2 }],
  ["SAME dilation 2", { padding: "SAME", dilations: 2 }],
  ["explicit pads, stride [2,1]", { padding: [[1, 2], [0, 1]], strides: [2, 1] }],
];
const convolutions: Case[] = convOptions.flatMap(([label, opts]): Case[] => [
  [`conv2d ${label}`, (g) => out(g, conv2d(g.input("x", [2, 7, 6, 3]), g.input("w", [3, 2, 3, 4]), opts))],
  [
    `conv2dBackpropInput ${label}`,
    (g) => {
      const y = conv2d(g.input("x", [2, 7, 6, 3]), g.input("w", [3, 2, 3, 4]), opts);
      out(g, conv2dBackpropInput(g.input("dy", [...y.shape]), g.input("w2", [3, 2, 3, 4]), [2, 7, 6, 3], opts));
    },
  ],
  [
    `conv2dBackpropFilter ${label}`,
    (g) => {
      const y = conv2d(g.input("x", [2, 7, 6, 3]), g.input("w", [3, 2, 3, 4]), opts);
      out(g, conv2dBackpropFilter(g.input("x2", [2, 7, 6, 3]), g.input("dy", [...y.shape]), [3, 2, 3, 4], opts));
    },
  ],
]);

// More channels than UNROLL_CHANNELS: the channel loops stay loops.
convolutions.push(
  ["conv2d with 40 channels (loops)", (g) => out(g, conv2d(g.input("x", [1, 4, 3, 34]), g.input("w", [2, 2, 34, 40]), { padding: "SAME" }))],
  [
    "conv2dBackpropInput with 40 channels (loops)",
    (g) => out(g, conv2dBackpropInput(g.input("dy", [1, 4, 3, 40]), g.input("w", [2, 2, 34, 40]), [1, 4, 3, 34], { padding: "SAME" })),
  ],
  [
    "conv2dBackpropFilter with 40 channels (loops)",
    (g) => out(g, conv2dBackpropFilter(g.input("x", [1, 4, 3, 34]), g.input("dy", [1, 4, 3, 40]), [2, 2, 34, 40], { padding: "SAME" })),
  ],
);

const poolOptions: [string, PoolOptions][] = [
  ["VALID 2x2", { window: 2 }],
  ["SAME 3x3 stride 2", { window: 3, strides: 2, padding: "SAME" }],
  ["VALID 3x2 stride 1", { window: [3, 2], strides: 1 }],
];
const pools: Case[] = poolOptions.flatMap(([label, opts]): Case[] => [
  [`maxPool ${label}`, (g) => out(g, maxPool(g.input("x", [2, 7, 5, 3]), opts))],
  [`avgPool ${label}`, (g) => out(g, avgPool(g.input("x", [2, 7, 5, 3]), opts))],
  [
    `maxPoolBackprop ${label}`,
    (g) => {
      const x = g.input("x", [2, 7, 5, 3]);
      out(g, maxPoolBackprop(x, g.input("dy", [...maxPool(x, opts).shape]), opts));
    },
  ],
  [
    `avgPoolBackprop ${label}`,
    (g) => {
      const x = g.input("x", [2, 7, 5, 3]);
      out(g, avgPoolBackprop(g.input("dy", [...avgPool(x, opts).shape]), [2, 7, 5, 3], opts));
    },
  ],
]);

describe.each([
  ["elementwise", elementwise],
  ["reductions", reductions],
  ["movement", movement],
  ["matmul", matmuls],
  ["convolutions", convolutions],
  ["pooling", pools],
] as const)("%s", (_family, cases) => {
  it.each(cases.map((c) => [c[0], c] as const))("%s matches the interpreter", async (_name, c) => {
    await expectMatchesInterpreter(graphOf(c));
  });
});

describe("randomUniform", () => {
  it("gives the interpreter's bits exactly, and a fused dropout mask", async () => {
    const g = defineGraph("rand", {}, (g) => {
      const counter = g.input("k", [], "i32");
      const r = randomUniform(counter, [3, 5], 1234);
      g.output("r", r);
      g.output("masked", where(r.lt(0.3), 0, g.input("x", [3, 5]).div(0.7)));
    }).build();
    const program = await compile(g, { backend: "ts" });
    for (const k of [0, 1, 99]) {
      const feeds = { k: Int32Array.of(k), x: feedsFor(g).x! };
      const got = program.run("rand", feeds);
      const want = interpret(g, { feeds, params: {} }).outputs;
      expect(Array.from(got.r!.data)).toEqual(Array.from(want.r!.data));
      expect(Array.from(got.masked!.data)).toEqual(Array.from(want.masked!.data));
    }
  });
});

describe("fused chains", () => {
  it("a softmax over a broadcast bias is fused and matches", async () => {
    const g = defineGraph("softmax", {}, (g) => {
      const z = g.input("x", [4, 6]).add(g.input("b", [6]));
      const e = z.sub(z.max(1, true)).exp();
      g.output("p", e.div(e.sum(1, true)));
    }).build();
    await expectMatchesInterpreter(g);
    const plan = lowerToPlan(g);
    // max, the exp (used by sum and div), sum, div: the sub and the bias add never reach memory.
    expect(plan.kernels.length).toBeLessThanOrEqual(4);
  });

  it("an elementwise chain of ten ops is one kernel", async () => {
    const g = defineGraph("chain", {}, (g) => {
      let t = g.input("x", [5, 3]);
      for (let i = 0; i < 10; i++) t = i % 2 ? t.mul(1.1).tanh() : t.add(0.3);
      g.output("y", t);
    }).build();
    await expectMatchesInterpreter(g);
    expect(lowerToPlan(g).kernels).toHaveLength(1);
  });
});

const mlp = defineGraph("mlp", { N: 5 }, (g) => {
  const x = g.input("x", ["N", 4]);
  const labels = g.input("labels", ["N"], "i32");
  const h = x.matmul(g.param("fc1/w", [4, 8], { kind: "normal", std: 0.5 })).add(g.param("fc1/b", [8], { kind: "normal", std: 0.1 })).maximum(0);
  const logits = h.matmul(g.param("fc2/w", [8, 3], { kind: "normal", std: 0.5 }));
  const z = logits.sub(logits.max(1, true));
  const logp = z.sub(z.exp().sum(1, true).log());
  const onehot = labels.reshape([5, 1]).compare("eq", g.constant([0, 1, 2], [1, 3], "i32"));
  g.output("logits", logits);
  g.loss(logp.mul(onehot).sum(1).neg().mean());
});

const cnn = defineGraph("cnn", { N: 2 }, (g) => {
  const x = g.input("x", ["N", 8, 8, 2]);
  let h = conv2d(x, g.param("c1/w", [3, 3, 2, 4], { kind: "normal", std: 0.3 }), { padding: "SAME", strides: 1 });
  h = h.add(g.param("c1/b", [4], { kind: "normal", std: 0.1 })).maximum(0);
  h = maxPool(h, { window: 2 });
  h = conv2d(h, g.param("c2/w", [2, 2, 4, 3], { kind: "normal", std: 0.3 }), { padding: "VALID", dilations: 2 });
  h = avgPool(h.tanh(), { window: 2, padding: "SAME" });
  const y = h.reshape([2, -1]).matmul(g.param("fc/w", [3, 2], { kind: "normal", std: 0.5 }));
  g.output("y", y);
  g.loss(y.square().mean());
});

describe("gradient graphs", () => {
  it("grad of a small MLP matches the interpreter", async () => {
    await expectMatchesInterpreter(grad(mlp.build()));
  });
  it("grad of a small CNN (conv, pools, dilation, SAME) matches the interpreter", async () => {
    await expectMatchesInterpreter(grad(cnn.build()));
  });
});

/** A model with a momentum state; the test adds SGD-with-momentum updates to its gradient graph. */
const trainable = defineGraph("train", { N: 5 }, (g) => {
  const x = g.input("x", ["N", 4]);
  const w = g.param("w", [4, 3], { kind: "normal", std: 0.5 });
  const b = g.param("b", [3], { kind: "zeros" });
  g.state("v/w", [4, 3], { kind: "zeros" });
  const y = x.matmul(w).add(b).tanh();
  g.loss(y.square().mean());
  g.output("y", y);
  g.output("w_before", w);
});

describe("training step", () => {
  it("applies updates in place exactly as the interpreter's updates say, and outputs show pre-update values", async () => {
    const g = grad(trainable.build(), { wrt: ["w", "b"] });
    // Rebuild with updates: w ← w - 0.1·dw (+ momentum state), b ← b - 0.1·db.
    const withUpdates = defineGraph("step", { N: 5 }, (b) => {
      const map = b.replay(g);
      const node = (name: string) => map[g.outputs.find((o) => o.name === name)!.node]!;
      const param = (name: string) => map[g.nodes.find((n) => n.op === "param" && n.attrs.name === name)!.id]!;
      const vel = param("v/w").mul(0.9).add(node("grad/w"));
      b.update(param("v/w"), vel);
      b.update(param("w"), param("w").sub(vel.mul(0.1)));
      b.update(param("b"), param("b").sub(node("grad/b").mul(0.1)));
    }).build();
    const program = await compile(withUpdates, { backend: "ts" });
    const params = initializeParams(paramsOf(withUpdates).map((p) => p.attrs), 3);
    program.setParams(params);
    const feeds = feedsFor(withUpdates);
    for (let step = 0; step < 3; step++) {
      const before = program.getParams();
      const got = program.run("step", feeds);
      const want = interpret(withUpdates, { feeds, params: before });
      expect(Array.from(got.w_before!.data)).toEqual(Array.from(before.w!.data));
      expect(relError(got.loss!, want.outputs.loss!)).toBeLessThanOrEqual(1e-5);
      const after = program.getParams();
      expect(Object.keys(want.updates).sort()).toEqual(["b", "v/w", "w"]);
      for (const [name, value] of Object.entries(want.updates)) {
        expect(relError(after[name]!, value), `step ${step}: ${name}`).toBeLessThanOrEqual(1e-5);
        expect(relError(after[name]!, before[name]!), `step ${step}: ${name} changed`).toBeGreaterThan(0);
      }
    }
  });
});

/** A seeded random graph over [4, 6] values: shared values, epilogue chains, reductions, movements. */
function randomGraph(seed: number): Graph {
  let state = seed * 2654435761 + 1;
  const next = (n: number) => {
    state = (Math.imul(state ^ (state >>> 15), 2246822519) + 0x6d2b79f5) >>> 0;
    return state % n;
  };
  return defineGraph(`random${seed}`, {}, (g) => {
    const pool = [g.input("x", [4, 6]), g.input("y", [4, 6])];
    const w = g.param("w", [6, 6], { kind: "normal", std: 0.4 });
    const pick = () => pool[next(pool.length)]!;
    const steps: ((a: ReturnType<typeof pick>, b: ReturnType<typeof pick>) => ReturnType<typeof pick>)[] = [
      (a, b) => a.add(b),
      (a, b) => a.mul(b).tanh(),
      (a) => a.matmul(w),
      (a) => a.matmul(w, { transposeB: true }).add(g.param(`b${pool.length}`, [6], { kind: "normal", std: 0.1 })),
      (a) => where(a.gt(0), a, 0),
      (a) => a.maximum(0),
      (a, b) => a.sub(b.sum(1, true)),
      (a) => a.max(0, true).broadcastTo([4, 6]).mul(a),
      (a) => a.transpose().reshape([4, 6]).neg(),
      (a) => a.reshape([6, 4]).transpose().abs(),
    ];
    for (let i = 0; i < 7; i++) pool.push(steps[next(steps.length)]!(pick(), pick()));
    const observed = pool.slice(2).filter(() => next(3) === 0);
    observed.forEach((t, i) => g.output(`o${i}`, t));
    g.loss(pool[pool.length - 1]!.square().mean());
  }).build();
}

describe("random graphs (fusion, side outputs, reuse) and their gradients", () => {
  it.each(Array.from({ length: 20 }, (_, i) => i + 1))("seed %i matches the interpreter", async (seed) => {
    await expectMatchesInterpreter(grad(randomGraph(seed)));
  });
});

describe("a program with two entries", () => {
  it("shares params by name: trainStep updates what forward reads, as the interpreted program does", async () => {
    const entries = {
      forward: mlp.build(),
      trainStep: buildTrainGraph(mlp, { optimizer: { kind: "momentum", momentum: 0.9 } }),
    };
    const program = await compile(entries, { backend: "ts" });
    const oracle = new InterpretedProgram(entries);
    expect(program.entries).toEqual(["forward", "trainStep"]);
    program.initParams(11);
    oracle.setParams(program.getParams());
    const feeds = feedsFor(entries.forward);
    for (let step = 0; step < 3; step++) {
      const got = program.run("trainStep", { ...feeds, lr: Float32Array.of(0.1) });
      const want = oracle.run("trainStep", { ...feeds, lr: Float32Array.of(0.1) });
      expect(relError(got.loss!, want.loss!)).toBeLessThanOrEqual(1e-5);
      oracle.setParams(program.getParams()); // keep the oracle on the program's float32 trajectory
    }
    expect(Array.from(program.getParams()["opt/step"]!.data)).toEqual([3]);
    const got = program.run("forward", feeds);
    const want = oracle.run("forward", feeds);
    expect(relError(got.logits!, want.logits!)).toBeLessThanOrEqual(1e-5);
  });
});

describe("feed errors", () => {
  const g = defineGraph("feeds", {}, (g) => {
    g.output("y", g.input("x", [2, 3]).add(g.input("k", [3], "i32").cast("f32")));
  }).build();
  const good = { x: new Float32Array(6), k: new Int32Array(3) };
  it.each([
    ["unknown", { ...good, z: new Float32Array(1) }, /unknown name 'z'/],
    ["missing", { x: good.x }, /missing k: i32\[3\]/],
    ["wrong length", { ...good, x: new Float32Array(5) }, /'x' has 5 values, expected 6/],
    ["wrong dtype", { ...good, k: new Float32Array(3) }, /'k' is i32; pass an Int32Array/],
  ])("%s feed → FeedError naming it", async (_label, feeds, message) => {
    const program = await compile(g, { backend: "ts" });
    expect(() => program.run("feeds", feeds as never)).toThrow(FeedError);
    expect(() => program.run("feeds", feeds as never)).toThrow(message);
  });
  it("running before params are set says how to set them", async () => {
    const program = await compile(mlp.build(), { backend: "ts" });
    expect(() => program.run("mlp", feedsFor(mlp.build()))).toThrow(/initParams\(seed\) or program.setParams/);
  });
});

describe("the generated module", () => {
  it("imports nothing outside src/runtime/ and runs from disk", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gradfuse-"));
    const g = grad(cnn.build());
    const program = await compile(g, { backend: "ts", outDir: dir });
    const file = path.join(dir, "cnn.ts");
    const text = fs.readFileSync(file, "utf8");
    const specifiers = [...text.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]!);
    expect(specifiers.length).toBeGreaterThan(0);
    const runtime = path.resolve("src/runtime");
    for (const s of specifiers) expect(path.dirname(path.resolve(dir, s))).toBe(runtime);
    expect(text).toMatch(/function k\d+_c1_conv2d_add_maximum\(\)/);
    // The file on disk is the same program: load it with Node's own loader and compare a step.
    const mod = (await import(file)) as { createProgram: () => typeof program };
    const fromDisk = mod.createProgram();
    program.initParams(5);
    fromDisk.initParams(5);
    const feeds = feedsFor(g);
    const a = program.run("cnn", feeds);
    const b = fromDisk.run("cnn", feeds);
    for (const name of Object.keys(a)) expect(Array.from(b[name]!.data)).toEqual(Array.from(a[name]!.data));
  });
});
