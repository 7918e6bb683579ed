// The TypeScript backend against the reference interpreter (float32): every primitive (broadcasting,
// every movement, reductions with keepDims, matmul flags and batch dims, convolutions and their
// backprops, pools, random bits), fused chains, gradient graphs, a training step's in-place updates,
// feed errors, and the generated module's imports.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { grad } from "../src/autodiff/grad.ts";
import { compile, lowerToPlan } from "../src/compile.ts";
import { defineGraph } from "../src/dsl/builder.ts";
import { randomUniform, where } from "../src/dsl/ops.ts";
import { interpret } from "../src/interp/interpret.ts";
import type { Graph } from "../src/ir/types.ts";
import { paramsOf } from "../src/ir/types.ts";
import { initializeParams } from "../src/runtime/init.ts";
import { InterpretedProgram } from "../src/train/interpreted_program.ts";
import { buildTrainGraph } from "../src/train/train_graph.ts";
import { FeedError } from "../src/runtime/feeds.ts";
import { cnn, convolutions, elementwise, feedsFor, graphOf, indexing, matmuls, mlp, movement, pools, randomGraph, reductions, relError, rows } from "./op-cases.ts";
import type { HostTensor } from "../src/runtime/tensor.ts";

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

describe.each([
  ["elementwise", elementwise],
  ["reductions", reductions],
  ["rows", rows],
  ["movement", movement],
  ["indexing", indexing],
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
    ["wrong dtype", { ...good, k: new Float32Array(3) }, /'k' expected dtype i32 \(an Int32Array\), given a Float32Array/],
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
  it("imports only gradfuse/runtime, writes its JavaScript and manifest.json, and runs from disk", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gradfuse-"));
    const g = grad(cnn.build());
    const program = await compile(g, { backend: "ts", outDir: dir });
    expect(fs.readdirSync(dir).sort()).toEqual(["cnn.js", "cnn.ts", "manifest.json"]);
    const text = fs.readFileSync(path.join(dir, "cnn.ts"), "utf8");
    const specifiers = new Set([...text.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1]!));
    expect([...specifiers]).toEqual(["gradfuse/runtime"]);
    expect(text).toMatch(/function k\d+_c1_conv2d_add_maximum\(\)/);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as { backend: string; entries: object };
    expect(manifest.backend).toBe("ts");
    expect(Object.keys(manifest.entries)).toEqual(["cnn"]);
    // The JavaScript on disk is the same program: load it with Node's own loader (its gradfuse/runtime
    // import answered by this checkout's runtime) and compare a step.
    const js = fs.readFileSync(path.join(dir, "cnn.js"), "utf8").replace('"gradfuse/runtime"', JSON.stringify(pathToFileURL(path.resolve("src/runtime/index.ts")).href));
    fs.writeFileSync(path.join(dir, "cnn.mjs"), js);
    const mod = (await import(path.join(dir, "cnn.mjs"))) as { createProgram: () => typeof program };
    const fromDisk = mod.createProgram();
    program.initParams(5);
    fromDisk.initParams(5);
    const feeds = feedsFor(g);
    const a = program.run("cnn", feeds);
    const b = fromDisk.run("cnn", feeds);
    for (const name of Object.keys(a)) expect(Array.from(b[name]!.data)).toEqual(Array.from(a[name]!.data));
  });
});
