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
import { emitWasmProgram } from "../src/codegen/wasm/module.ts";
import { enableRelaxedSimdInNode } from "../src/codegen/wasm/simd.ts";
import type { GraphDef } from "../src/dsl/builder.ts";
import { defineGraph } from "../src/dsl/builder.ts";
import { randomUniform, where } from "../src/dsl/ops.ts";
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
import { blockedConvolutions, cnn, convolutions, directConvCases, simdCases, elementwise, feedsFor, graphOf, indexing, matmuls, mlp, movement, pools, randomGraph, reductions, relError, rows } from "./op-cases.ts";

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
  ["blocked convolutions", blockedConvolutions],
  ["pooling", pools],
] as const)("%s", (_family, cases) => {
  it.each(cases.map((c) => [c[0], c] as const))("%s matches the interpreter", (_name, c) => {
    expectMatchesInterpreter(graphOf(c));
  });
});

describe("blocked convolutions", () => {
  it("take the blocked path: a GEMM by row blocks (whole output rows), its packing a phase of its own", () => {
    const g = graphOf(blockedConvolutions[0]!);
    const emitted = emitWasmProgram(planProgram({ [g.name]: g }), { name: g.name, exportKernels: true });
    // 2×24×24 rows of 3·3·32 patch floats (1.3 MB): 16 blocks of 3 output rows, after packing 3 panels of 8 filters.
    expect(emitted.text).toContain("_gemm_pack");
    const tiles = Object.values(emitted.kernelPhases!).flat().map((p) => p.tiles);
    expect(tiles).toContain(16);
    expect(tiles).toContain(3);
  });
});

describe("SIMD paths", () => {
  it.each(simdCases.map((c) => [c[0], c] as const))("%s matches the interpreter", (_name, c) => {
    expectMatchesInterpreter(graphOf(c));
  });
});

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
