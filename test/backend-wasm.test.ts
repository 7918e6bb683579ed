// The WebAssembly SIMD backend against the reference interpreter (float32): every primitive (the shared
// table of test/op-cases.ts), random bits bit for bit, fused chains, gradient graphs, random graphs and
// their gradients, a program with two entries, every example graph's forward pass, training steps of
// mnist_mlp and lenet5, relaxed-SIMD FMA on and off, feed errors, and the wrapper module loading the
// .wasm from disk. Tolerance (normwise relative error): 1e-4 when a graph has exp/log/tanh/pow (the
// backend's own approximations, see src/codegen/wasm/math.ts), 1e-5 otherwise.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { grad } from "../src/autodiff/grad.ts";
import { compileWasm, emitWasmVariants, wasmProgramFiles } from "../src/codegen/wasm/compile.ts";
import { planProgram } from "../src/passes/lower.ts";
import { enableRelaxedSimdInNode } from "../src/codegen/wasm/simd.ts";
import type { GraphDef } from "../src/dsl/builder.ts";
import { defineGraph } from "../src/dsl/builder.ts";
import { concat, conv2d, conv2dBackpropFilter, randomUniform, where } from "../src/dsl/ops.ts";
import type { Conv2DOptions } from "../src/dsl/ops.ts";
import { interpret } from "../src/interp/interpret.ts";
import type { Graph } from "../src/ir/types.ts";
import { paramsOf } from "../src/ir/types.ts";
import { FeedError } from "../src/runtime/feeds.ts";
import { initializeParams } from "../src/runtime/init.ts";
import type { HostTensor } from "../src/runtime/tensor.ts";
import { loadWasmProgram } from "../src/runtime/wasm.ts";
import { InterpretedProgram } from "../src/train/interpreted_program.ts";
import { buildTrainGraph } from "../src/train/train_graph.ts";
import type { Case } from "./op-cases.ts";
import { cnn, convolutions, elementwise, feedsFor, graphOf, indexing, matmuls, mlp, movement, pools, randomGraph, reductions, relError, rows } from "./op-cases.ts";

const TRANSCENDENTAL = new Set(["exp", "log", "tanh", "pow"]);
const toleranceFor = (g: Graph) => (g.nodes.some((n) => TRANSCENDENTAL.has(n.op)) ? 1e-4 : 1e-5);

function expectClose(got: Record<string, HostTensor>, want: Record<string, HostTensor>, tolerance: number, what: string): void {
  for (const [name, ref] of Object.entries(want)) {
    const out = got[name]!;
    expect(out.shape, name).toEqual([...ref.shape]);
    expect(out.dtype, name).toBe(ref.dtype);
    expect(relError(out, ref), `${what}: output '${name}'`).toBeLessThanOrEqual(tolerance);
  }
}

function expectMatchesInterpreter(g: Graph, opts: { fma?: boolean } = {}): Record<string, HostTensor> {
  const program = compileWasm(g, { fma: opts.fma ?? false });
  const params = initializeParams(paramsOf(g).map((p) => ({ ...p.attrs, trainable: false })), 7);
  program.setParams(params);
  const feeds = feedsFor(g);
  const got = program.run(g.name, feeds);
  expectClose(got, interpret(g, { feeds, params }).outputs, toleranceFor(g), g.name);
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
  it.each(cases.map((c) => [c[0], c] as const))("%s matches the interpreter", (_name, c) => {
    expectMatchesInterpreter(graphOf(c));
  });
});

// Shapes that take the SIMD paths (multiples of 4 on the last axis, broadcasts that splat or stay
// contiguous, reductions across output lanes and along rows, pools over 4k channels, im2col with
// SIMD copies, fused GEMM epilogues with side outputs), and their scalar remainders.
const simdCases: Case[] = [
  ["SIMD flat loop with scalar tail", (g) => g.output("out", g.input("x", [7, 3]).mul(g.input("s", [])).exp().add(1))],
  ["SIMD nest: [3,8] + [8] bias, [3,1] column", (g) => g.output("out", g.input("x", [3, 8]).add(g.input("b", [8])).mul(g.input("c", [3, 1])).maximum(0))],
  ["SIMD slice and pad of leading axes", (g) => g.output("out", g.input("x", [5, 8]).slice([1, 0], [3, 8]).pad([[2, 1], [0, 0]], 0.5).sqrt().abs())],
  ["SIMD concat along the last axis (pieces of 4)", (g) => g.output("out", concat([g.input("a", [2, 4]), g.input("b", [2, 8]).neg()], 1))],
  ["SIMD rows of 7 with a scalar tail: [3,7] + [7] bias, [3,1] column", (g) => g.output("out", g.input("x", [3, 7]).add(g.input("b", [7])).mul(g.input("c", [3, 1])).maximum(0))],
  ["SIMD rows of 10 with a scalar tail: softmax's x - max", (g) => {
    const x = g.input("x", [5, 10]);
    g.output("out", x.sub(x.max(1, true)).exp());
  }],
  ["SIMD rows of 6 over a slice of a wider row", (g) => g.output("out", g.input("x", [4, 9]).slice([0, 2], [4, 6]).mul(g.input("s", [1, 6])).sqrt().abs())],
  ["transpose of the last axis falls back to scalar", (g) => g.output("out", g.input("x", [4, 8]).transpose().add(1))],
  ["sum over the batch axis (across output lanes)", (g) => g.output("out", g.input("x", [5, 12]).mul(2).sum(0))],
  ["max and argmax across output lanes", (g) => {
    g.output("m", g.input("x", [6, 8]).max(0, true));
    g.output("a", g.input("y", [6, 8]).argmax(0));
  }],
  ["row sum and max along the last axis with a tail", (g) => {
    const x = g.input("x", [3, 19]);
    g.output("s", x.sum(1));
    g.output("m", x.max(1, true));
  }],
  ["i32 elementwise SIMD", (g) => g.output("out", g.input("k", [8], "i32").mul(g.input("j", [8], "i32")).sub(g.input("m", [8], "i32")).abs().sign().cast("f32"))],
  ["where, compare and pow on f32x4", (g) => g.output("out", where(g.input("x", [2, 8]).ge(0), g.input("pos", [2, 8]).pow(g.input("y", [8])), g.input("pos2", [2, 8]).log()))],
  ["matmul with fused bias, side output and tanh", (g) => {
    const h = g.input("a", [9, 7]).matmul(g.input("b", [7, 10])).add(g.input("c", [10]));
    g.output("pre", h);
    g.output("out", h.tanh().mul(g.input("r", [9, 10])));
  }],
];
describe("SIMD paths", () => {
  it.each(simdCases.map((c) => [c[0], c] as const))("%s matches the interpreter", (_name, c) => {
    expectMatchesInterpreter(graphOf(c));
  });
});

// Direct convolutions (few output channels, see src/codegen/wasm/contraction.ts): cin 1 and 3, cout 1,
// 6 and 16 (partial and whole lane vectors), SAME / VALID / explicit asymmetric pads, strides,
// dilations, pixel-block remainders, and fused epilogues (bias + relu, a side output, an SGD update),
// plus a random epilogue that is not fused (a pass over the output instead).
const directConvs: [string, number[], number[], Conv2DOptions][] = [
  ["cin 1 → 6, 5×5 SAME", [2, 9, 11, 1], [5, 5, 1, 6], { padding: "SAME" }],
  ["cin 1 → 1, 3×3 VALID", [2, 7, 9, 1], [3, 3, 1, 1], { padding: "VALID" }],
  ["cin 3 → 16, 3×3 SAME stride 2", [2, 9, 8, 3], [3, 3, 3, 16], { padding: "SAME", strides: 2 }],
  ["cin 3 → 6, 3×3 SAME dilation 2", [1, 8, 10, 3], [3, 3, 3, 6], { padding: "SAME", dilations: 2 }],
  ["cin 1 → 16, 4×4 SAME (asymmetric pads) stride [2,1]", [2, 9, 7, 1], [4, 4, 1, 16], { padding: "SAME", strides: [2, 1] }],
  ["cin 3 → 5, explicit pads, dilation [1,2]", [1, 7, 9, 3], [2, 3, 3, 5], { padding: [[0, 2], [1, 0]], dilations: [1, 2] }],
  ["cin 6 → 16, 5×5 VALID (LeNet conv2)", [2, 14, 14, 6], [5, 5, 6, 16], { padding: "VALID" }],
];
const directConvCases: Case[] = directConvs.flatMap(([label, xs, ws, opts]): Case[] => [
  [`conv2d ${label} + bias + relu`, (g) => g.output("out", conv2d(g.input("x", xs), g.input("w", ws), opts).add(g.input("b", [ws[3]!])).maximum(0))],
  [`conv2dBackpropFilter ${label}`, (g) => {
    const y = conv2d(g.input("x", xs), g.input("w", ws), opts);
    g.output("out", conv2dBackpropFilter(g.input("x2", xs), g.input("dy", [...y.shape]), ws, opts));
  }],
]);
directConvCases.push(
  ["direct conv2d with a side output", (g) => {
    const pre = conv2d(g.input("x", [2, 6, 6, 1]), g.input("w", [3, 3, 1, 6]), { padding: "SAME" }).add(g.input("b", [6]));
    g.output("pre", pre);
    g.output("out", pre.maximum(0).mul(g.input("s", [6])));
  }],
  ["direct conv2d with a dropout mask (epilogue pass)", (g) => {
    const y = conv2d(g.input("x", [2, 6, 6, 3]), g.input("w", [3, 3, 3, 6]), { padding: "SAME" });
    g.output("out", where(randomUniform(g.input("k", [], "i32"), [...y.shape], 5).lt(0.5), 0, y));
  }],
  ["direct conv2dBackpropFilter with an SGD update", (g) => {
    const dw = conv2dBackpropFilter(g.input("x", [2, 8, 8, 1]), g.input("dy", [2, 8, 8, 6]), [5, 5, 1, 6], { padding: "SAME" });
    g.output("out", g.input("w", [5, 5, 1, 6]).sub(dw.mul(0.1)));
  }],
);
describe("direct convolutions", () => {
  it.each(directConvCases.map((c) => [c[0], c] as const))("%s matches the interpreter", (_name, c) => {
    expectMatchesInterpreter(graphOf(c));
  });
});

describe("randomUniform", () => {
  it("gives the interpreter's bits exactly, and a fused dropout mask", () => {
    const g = defineGraph("rand", {}, (g) => {
      const counter = g.input("k", [], "i32");
      const r = randomUniform(counter, [3, 5], 1234);
      g.output("r", r);
      g.output("r8", randomUniform(counter, [2, 8], 77));
      g.output("masked", where(r.lt(0.3), 0, g.input("x", [3, 5]).div(0.7)));
    }).build();
    const program = compileWasm(g);
    for (const k of [0, 1, 99]) {
      const feeds = { k: Int32Array.of(k), x: feedsFor(g).x! };
      const got = program.run("rand", feeds);
      const want = interpret(g, { feeds, params: {} }).outputs;
      for (const name of ["r", "r8", "masked"]) expect(Array.from(got[name]!.data), name).toEqual(Array.from(want[name]!.data));
    }
  });
});

describe("fused chains and gradient graphs", () => {
  it("a softmax over a broadcast bias", () => {
    const g = defineGraph("softmax", {}, (g) => {
      const z = g.input("x", [4, 6]).add(g.input("b", [6]));
      const e = z.sub(z.max(1, true)).exp();
      g.output("p", e.div(e.sum(1, true)));
    }).build();
    expectMatchesInterpreter(g);
  });
  it("grad of a small MLP", () => {
    expectMatchesInterpreter(grad(mlp.build()));
  });
  it("grad of a small CNN (conv, pools, dilation, SAME)", () => {
    expectMatchesInterpreter(grad(cnn.build()));
  });
  it.each(Array.from({ length: 20 }, (_, i) => i + 1))("random graph %i and its gradient", (seed) => {
    expectMatchesInterpreter(grad(randomGraph(seed)));
  });
});

describe("relaxed-SIMD FMA", () => {
  const available = enableRelaxedSimdInNode();
  it.runIf(available)("GEMMs and convolutions with f32x4.relaxed_madd match the interpreter", () => {
    expectMatchesInterpreter(grad(cnn.build()), { fma: true });
    expectMatchesInterpreter(graphOf(matmuls[4]!), { fma: true });
  });
  it.runIf(available)("with fma 'auto' the loader picks the FMA binary where the engine has it", () => {
    const g = grad(mlp.build());
    const program = compileWasm(g, { fma: "auto" });
    expect(program.variant).toBe("relaxed-simd-fma");
    const plain = compileWasm(g, { fma: false });
    expect(plain.variant).toBe("simd");
  });
});

describe("programs", () => {
  it("two entries share params by name: trainStep updates what forward reads", () => {
    const entries = { forward: mlp.build(), trainStep: buildTrainGraph(mlp, { optimizer: { kind: "momentum", momentum: 0.9 } }) };
    const program = compileWasm(entries);
    const oracle = new InterpretedProgram(entries);
    expect(program.entries).toEqual(["forward", "trainStep"]);
    program.initParams(11);
    oracle.setParams(program.getParams());
    const feeds = feedsFor(entries.forward);
    for (let step = 0; step < 3; step++) {
      const got = program.run("trainStep", { ...feeds, lr: Float32Array.of(0.1) });
      const want = oracle.run("trainStep", { ...feeds, lr: Float32Array.of(0.1) });
      expect(relError(got.loss!, want.loss!)).toBeLessThanOrEqual(1e-4);
      oracle.setParams(program.getParams());
    }
    expect(Array.from(program.getParams()["opt/step"]!.data)).toEqual([3]);
    expectClose(program.run("forward", feeds), oracle.run("forward", feeds), 1e-4, "forward");
  });

  it("feed errors are the TypeScript backend's FeedErrors", () => {
    const g = defineGraph("feeds", {}, (g) => {
      g.output("y", g.input("x", [2, 3]).add(g.input("k", [3], "i32").cast("f32")));
    }).build();
    const program = compileWasm(g);
    expect(() => program.run("feeds", { x: new Float32Array(6) } as never)).toThrow(FeedError);
    expect(() => program.run("feeds", { x: new Float32Array(5), k: new Int32Array(3) })).toThrow(/'x' has 5 values, expected 6/);
    expect(() => compileWasm(mlp.build()).run("mlp", feedsFor(mlp.build()))).toThrow(/initParams\(seed\) or program.setParams/);
  });

  it("the program directory's loader reads the .wasm beside it and runs the same program", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gradfuse-wasm-"));
    const g = grad(cnn.build());
    const emitted = emitWasmVariants(planProgram({ [g.name]: g }), { name: g.name });
    for (const [name, contents] of Object.entries(wasmProgramFiles(emitted, g.name))) fs.writeFileSync(path.join(dir, name), contents);
    expect(emitted.plain.text).toMatch(/\(func \$k\d+_c1_conv2d/);
    const loaderText = fs.readFileSync(path.join(dir, `${g.name}.js`), "utf8");
    expect(loaderText).toContain('from "gradfuse/runtime"');
    // The loader imports gradfuse/runtime by name; here that name is answered by this checkout's runtime.
    fs.writeFileSync(path.join(dir, "loader.mjs"), loaderText.replace('"gradfuse/runtime"', JSON.stringify(pathToFileURL(path.resolve("src/runtime/index.ts")).href)));
    const mod = (await import(path.join(dir, "loader.mjs"))) as { load: () => Promise<ReturnType<typeof loadWasmProgram>> };
    const fromDisk = await mod.load();
    const inProcess = loadWasmProgram(emitted.plain.manifest, emitted.plain.binary);
    fromDisk.initParams(5);
    inProcess.initParams(5);
    const feeds = feedsFor(g);
    const a = inProcess.run("cnn", feeds);
    const b = fromDisk.run("cnn", feeds);
    for (const name of Object.keys(a)) expect(Array.from(b[name]!.data)).toEqual(Array.from(a[name]!.data));
  });
});

const GRAPH_DIR = fileURLToPath(new URL("../graphs", import.meta.url));
const graphFiles = fs.readdirSync(GRAPH_DIR).filter((f) => f.endsWith(".ts"));
/** Small batches keep the interpreter (the oracle) fast; AlexNet is left to the TypeScript backend's tests. */
const SMALL_BINDINGS: Record<string, number> = { N: 2 };

describe("example graphs", () => {
  it.each(graphFiles.filter((f) => f !== "alexnet.ts"))("%s forward (inference) matches the interpreter", async (file) => {
    const def = (await import(path.join(GRAPH_DIR, file))).default as GraphDef;
    expectMatchesInterpreter(def.build({ mode: "infer", bindings: SMALL_BINDINGS }));
  });

  it.each(["mnist_mlp.ts", "lenet5.ts"])("%s: two training steps match the interpreted program", async (file) => {
    const def = (await import(path.join(GRAPH_DIR, file))).default as GraphDef;
    const train = buildTrainGraph(def, { optimizer: { kind: "momentum", momentum: 0.9 }, bindings: { N: 4 } });
    const program = compileWasm({ trainStep: train });
    const oracle = new InterpretedProgram({ trainStep: train });
    program.initParams(3);
    oracle.setParams(program.getParams());
    const feeds = { ...feedsFor(train), lr: Float32Array.of(0.05) };
    for (let step = 0; step < 2; step++) {
      const got = program.run("trainStep", feeds);
      const want = oracle.run("trainStep", feeds);
      expect(relError(got.loss!, want.loss!), `step ${step} loss`).toBeLessThanOrEqual(1e-4);
      const after = program.getParams();
      const wantAfter = oracle.getParams();
      for (const [name, value] of Object.entries(wantAfter)) expect(relError(after[name]!, value), `step ${step}: ${name}`).toBeLessThanOrEqual(1e-4);
      oracle.setParams(after);
    }
  });
});
