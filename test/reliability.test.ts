// Bad input caught where it enters, with an error that says what, where and how to fix it: feeds and
// params (length, dtype, finiteness, labels), bindings and sizes, names of graphs and entries, DSL
// options, optimizer settings, and the CLI's one-line errors. The README's "What happens when …" table
// names these tests.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { userErrorMessage } from "../src/cli/errors.ts";
import { main } from "../src/cli/main.ts";
import { compile, planProgram } from "../src/compile.ts";
import { emitWasmVariants, loadEmittedWasm } from "../src/codegen/wasm/compile.ts";
import { defineGraph } from "../src/dsl/builder.ts";
import * as ops from "../src/dsl/ops.ts";
import { interpret } from "../src/interp/interpret.ts";
import * as nn from "../src/nn/index.ts";
import { checkLabels } from "../src/data/labels.ts";
import { IDX_IMAGES_MAGIC, IDX_LABELS_MAGIC, loadIdxPair } from "../src/data/idx.ts";
import { mnistSplit } from "../src/data/mnist.ts";
import { InterpretedProgram } from "../src/train/interpreted_program.ts";
import { parseOptimizer } from "../src/train/optimizers.ts";
import { train } from "../src/train/trainer.ts";

const BACKENDS = ["ts", "wasm"] as const;

const classifier = defineGraph("clf", { N: 2 }, (g) => {
  const x = g.input("x", ["N", 3]);
  const labels = g.input("labels", ["N"], "i32");
  const logits = x.matmul(g.param("w", [3, 5], { kind: "normal", std: 0.1 }));
  g.output("logits", logits);
  g.loss(nn.softmaxCrossEntropy(logits, labels));
});

// Typed-array feeds take run()'s fast path: copied into the arena, then scanned there (in a wasm
// program by the module's SIMD scan, 16 floats at a time, then one by one: src/codegen/wasm/scan.ts).
const wide = defineGraph("wide", { N: 3 }, (g) => {
  const x = g.input("x", ["N", 37]);
  const labels = g.input("labels", ["N"], "i32");
  const logits = x.matmul(g.param("w", [37, 4], { kind: "normal", std: 0.1 }));
  g.output("logits", logits);
  g.loss(nn.softmaxCrossEntropy(logits, labels));
});

describe.each([["ts", 1], ["wasm", 1], ["wasm", 2]] as const)("the fast feed path's finite scan (%s, %i threads)", (backend, threads) => {
  it("finds NaN and ±Infinity in every block and in the tail, names the index, and a clean feed runs after", async () => {
    // At 2 threads every kernel is split (parallelMinWork 0), so the threaded build is the one loaded.
    const p = threads > 1
      ? loadEmittedWasm(emitWasmVariants(planProgram({ wide: wide.build() }), { name: "wide", threaded: true, parallelMinWork: 0 }), threads)
      : await compile(wide.build(), { backend });
    if (threads > 1) expect((p as { threads?: number }).threads).toBe(threads);
    try {
      p.initParams(1);
      const labels = Int32Array.from([0, 1, 3]);
      const clean = Float32Array.from({ length: 111 }, (_, i) => Math.sin(i));
      for (const [at, bad] of [[0, NaN], [17, Infinity], [95, -Infinity], [110, NaN], [111 - 16, Infinity]] as const) {
        const x = clean.slice();
        x[at] = bad;
        const row = Math.floor(at / 37);
        expect(() => p.run("wide", { x, labels })).toThrow(`'x' has ${bad} at index ${at} [${row},${at - row * 37}]; inputs must be finite`);
      }
      const expected = p.run("wide", { x: clean, labels }).logits!.data;
      expect(Array.from(p.run("wide", { x: clean, labels }).logits!.data)).toEqual(Array.from(expected));
      const withNaN = clean.slice();
      withNaN[50] = NaN;
      expect(() => p.run("wide", { x: withNaN, labels }, { allowNonFinite: true })).not.toThrow();
    } finally {
      p.dispose();
    }
  });
});

describe.each(BACKENDS)("feeds and params (%s)", (backend) => {
  const programP = compile(classifier.build(), { backend }).then((p) => (p.initParams(1), p));
  const x = new Float32Array(6).fill(0.5);

  it("a host tensor with the right shape but too few values is a FeedError (not the previous run's tail)", async () => {
    const p = await programP;
    expect(() => p.run("clf", { x: { dtype: "f32", shape: [2, 3], data: new Float32Array(4) }, labels: [0, 1] })).toThrow(/'x' has 4 values, expected 6/);
  });

  it("NaN or ±Infinity in an f32 input is a FeedError naming the index, unless allowNonFinite", async () => {
    const p = await programP;
    const bad = Float32Array.from([0, 1, 2, 3, NaN, 5]);
    expect(() => p.run("clf", { x: bad, labels: [0, 1] })).toThrow(/'x' has NaN at index 4 \[1,1\]; inputs must be finite \(pass \{ allowNonFinite: true \}/);
    expect(() => p.run("clf", { x: Float32Array.from([Infinity, 0, 0, 0, 0, 0]), labels: [0, 1] })).toThrow(/'x' has Infinity at index 0/);
    expect(Number.isNaN(p.run("clf", { x: bad, labels: [0, 1] }, { allowNonFinite: true }).loss!.data[0])).toBe(true);
  });

  it("labels: floats are not truncated, out-of-range classes are a FeedError naming the class count", async () => {
    const p = await programP;
    expect(() => p.run("clf", { x, labels: Float32Array.from([1, 2]) as never })).toThrow(/'labels' expected dtype i32 \(an Int32Array\), given a Float32Array .*float labels are not truncated silently/);
    expect(() => p.run("clf", { x, labels: [1.5, 2] })).toThrow(/'labels' is i32 but has 1.5 at index 0/);
    expect(() => p.run("clf", { x, labels: Int32Array.from([0, 5]) })).toThrow(/'labels' has 5 at index 1, outside \[0, 4\] \(one-hot over 5 classes\)/);
    expect(() => p.run("clf", { x, labels: Int32Array.from([-1, 0]) })).toThrow(/'labels' has -1 at index 0, outside \[0, 4\]/);
    expect(p.run("clf", { x, labels: Int32Array.from([4, 0]) }).loss!.data[0]).toBeGreaterThan(0);
  });

  it("setParams checks the shape (not just the size) and finiteness, and writes nothing when one value is bad", async () => {
    const p = await programP;
    const before = p.getParams().w!.data.slice();
    expect(() => p.setParams({ w: { dtype: "f32", shape: [5, 3], data: new Float32Array(15) } })).toThrow(/setParams: 'w' has shape \[5,3\], expected \[3,5\]/);
    expect(() => p.setParams({ w: new Float32Array(15).fill(NaN) })).toThrow(/setParams: 'w' has NaN at index 0 \[0,0\]/);
    expect(() => p.setParams({ w: new Float32Array(14) })).toThrow(/'w' has 14 values, expected 15/);
    expect(p.getParams().w!.data).toEqual(before);
  });
});

describe("the interpreter checks feeds the same way", () => {
  it("rejects out-of-range labels and NaN inputs", () => {
    const g = classifier.build();
    const params = { w: new Float32Array(15) };
    expect(() => interpret(g, { feeds: { x: new Float32Array(6), labels: Int32Array.from([0, 9]) }, params })).toThrow(/'labels' has 9 at index 1, outside \[0, 4\]/);
    expect(() => interpret(g, { feeds: { x: new Float32Array(6).fill(NaN), labels: Int32Array.from([0, 1]) }, params })).toThrow(/'x' has NaN/);
  });

  it("g.input(..., 'i32', { range }) declares a range for any integer feed", () => {
    const g = defineGraph("r", {}, (g) => void g.output("y", g.input("k", [2], "i32", { range: [1, 4] }).cast("f32"))).build();
    expect(() => interpret(g, { feeds: { k: [1, 4] }, params: {} })).toThrow(/'k' has 4 at index 1, outside \[1, 3\] \(declared range of 'k'\)/);
  });
});

describe("datasets: labels outside the graph's classes are rejected before training", () => {
  const fiveClasses = defineGraph("five", { N: 8 }, (g) => {
    const x = g.input("x", ["N", 28, 28, 1]);
    const logits = nn.dense(nn.flatten(x), 5);
    g.output("logits", logits);
    g.loss(nn.softmaxCrossEntropy(logits, g.input("labels", ["N"], "i32")));
  });

  it("a 5-class graph trained on 10-class MNIST is a DataError naming the example and the class count", async () => {
    const { train: data } = mnistSplit({ train: 64, test: 16 });
    await expect(
      train({ def: fiveClasses, train: data, epochs: 1, batchSize: 8, optimizer: { kind: "sgd" }, schedule: { kind: "constant", lr: 0.1 }, program: async (e) => new InterpretedProgram(e) }),
    ).rejects.toThrow(/train data: label \d of example \d+ is outside \[0, 4\] \(one-hot over 5 classes in graph 'five\w*'\); the labels go up to 9/);
  });

  it("label 200 in an IDX labels file is caught against a 10-class graph", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gradfuse-idx-"));
    const idx = (magic: number, dims: number[], data: number[]) => {
      const out = new Uint8Array(4 + 4 * dims.length + data.length);
      const view = new DataView(out.buffer);
      view.setUint32(0, magic, false);
      dims.forEach((d, i) => view.setUint32(4 + 4 * i, d, false));
      out.set(data, 4 + 4 * dims.length);
      return out;
    };
    try {
      fs.writeFileSync(path.join(dir, "img"), idx(IDX_IMAGES_MAGIC, [3, 28, 28], new Array(3 * 784).fill(7)));
      fs.writeFileSync(path.join(dir, "lab"), idx(IDX_LABELS_MAGIC, [3], [1, 200, 3]));
      const data = loadIdxPair(path.join(dir, "img"), path.join(dir, "lab"));
      const tenClasses = defineGraph("ten", { N: 3 }, (g) => {
        const logits = nn.dense(nn.flatten(g.input("x", ["N", 28, 28, 1])), 10);
        g.loss(nn.softmaxCrossEntropy(logits, g.input("labels", ["N"], "i32")));
      }).build({ mode: "train" });
      expect(() => checkLabels(tenClasses, "labels", data, "train data")).toThrow(/train data: label 200 of example 1 is outside \[0, 9\]/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("bindings and sizes", () => {
  it.each([[-4], [2.5], [NaN], [0]])("binding N to %s is an error naming the symbol", (N) => {
    expect(() => classifier.build({ bindings: { N } })).toThrow(/bindings: symbol "N" of graph 'clf' is bound to .*\n.*hint: +bind each symbol to a positive integer/);
  });

  it("a tensor over 4 GiB is an error at the user's line naming its bytes, before anything is allocated", () => {
    const def = defineGraph("big", {}, (g) => void g.output("y", g.input("x", [2_000_000, 1]).matmul(g.input("w", [1, 100_000]))));
    expect(() => def.build()).toThrow(/reliability\.test\.ts:\d+: matmul: the result f32\[2000000,100000\] needs 800,000,000,000 bytes, more than the 4,294,967,296 \(4 GiB\)/);
  });
});

describe.each(BACKENDS)("names (%s)", (backend) => {
  const scaled = (name: string, k: number) => defineGraph(name, {}, (g) => void g.output("y", g.input("x", [2]).mul(k))).build();

  it("entries 'a-b' and 'a_b' in one program are two entries; 'memory' and a newline are fine too", async () => {
    const p = await compile({ "a-b": scaled("a-b", 2), a_b: scaled("a_b", 3), memory: scaled("m", 4), "x\ny */": scaled("z", 5) }, { backend });
    expect([...p.run("a-b", { x: [1, 1] }).y!.data]).toEqual([2, 2]);
    expect([...p.run("a_b", { x: [1, 1] }).y!.data]).toEqual([3, 3]);
    expect([...p.run("memory", { x: [1, 1] }).y!.data]).toEqual([4, 4]);
    expect([...p.run("x\ny */", { x: [1, 1] }).y!.data]).toEqual([5, 5]);
  });

  it.each(["case", "class", "2layer", "__proto__", "constructor", "", "a b", "first_non_finite", "threads_barrier", "gf_exp_f32x4"])("a graph named %j compiles and runs", async (name) => {
    const p = await compile(scaled(name, 2), { backend });
    expect([...p.run(name, { x: [1, 2] }).y!.data]).toEqual([2, 4]);
    expect(() => p.run("toString", { x: [1, 2] })).toThrow(/has no entry 'toString'/);
  });
});

describe("DSL options", () => {
  const at = /reliability\.test\.ts:\d+: /;
  it.each([
    ["a maxPool option it does not have", () => defineGraph("o", {}, (g) => void ops.maxPool(g.input("x", [1, 4, 4, 1]), { window: 2, dilation: 2 } as never)).build(), /maxPool: unknown option 'dilation'[\s\S]*maxPool takes window, strides, dilations, padding/],
    ["a misspelled dense option", () => defineGraph("o", {}, (g) => void nn.dense(g.input("x", [1, 4]), 3, { activaton: "relu" } as never)).build(), /dense: unknown option 'activaton'/],
    ["an unknown activation", () => defineGraph("o", {}, (g) => void nn.dense(g.input("x", [1, 4]), 3, { activation: "relux" as never })).build(), /dense: option 'activation' is "relux"[\s\S]*hint: +activation takes an activation name/],
    ["a bad reduction", () => defineGraph("o", {}, (g) => void nn.mse(g.input("x", [1, 4]), g.input("y", [1, 4]), { reduction: "avg" as never })).build(), /mse: option 'reduction' is "avg"[\s\S]*one of "mean", "sum", "none"/],
    ["conv2d padding 'same'", () => defineGraph("o", {}, (g) => void ops.conv2d(g.input("x", [1, 4, 4, 1]), g.input("w", [3, 3, 1, 1]), { padding: "same" as never })).build(), /conv2d: option 'padding' is "same"/],
    ["batchNorm momentum 2", () => defineGraph("o", {}, (g) => void nn.batchNorm(g.input("x", [2, 4]), { momentum: 2 })).build(), /batchNorm: option 'momentum' is 2[\s\S]*\[0, 1\]/],
    ["matmul transpose (a typo)", () => defineGraph("o", {}, (g) => void g.input("a", [2, 2]).matmul(g.input("b", [2, 2]), { transpose: true } as never)).build(), /matmul: unknown option 'transpose'/],
    ["build({ mod: 'train' })", () => classifier.build({ mod: "train" } as never), /build: unknown option 'mod'[\s\S]*build takes bindings, mode, seed/],
    ["param({ trainabel })", () => defineGraph("o", {}, (g) => void g.param("w", [2], { kind: "zeros" }, { trainabel: false } as never)).build(), /param: unknown option 'trainabel'/],
  ])("%s is an error at the user's line", (_what, build, message) => {
    expect(build).toThrow(at);
    expect(build).toThrow(message);
  });
});

describe("compile options", () => {
  it("an unknown compile option or backend is an error naming it", async () => {
    await expect(compile(classifier.build(), { backnd: "ts" } as never)).rejects.toThrow(/compile: unknown option 'backnd'[\s\S]*compile takes backend, fma, outDir, debug, name, allowNonFinite/);
    await expect(compile(classifier.build(), { backend: "js" as never })).rejects.toThrow(/compile: option 'backend' is "js"[\s\S]*one of "wasm", "ts"/);
  });

  it("compile({ allowNonFinite: true }) accepts NaN inputs on every run", async () => {
    const p = await compile(classifier.build(), { backend: "ts", allowNonFinite: true });
    p.initParams(0);
    expect(Number.isNaN(p.run("clf", { x: new Float32Array(6).fill(NaN), labels: [0, 1] }).loss!.data[0])).toBe(true);
  });
});

describe("optimizer settings", () => {
  it.each([["adam:beta1=2", /beta1=2 is out of range; beta1 must be in \[0, 1\)/], ["adam:epsilon=0", /epsilon=0 is out of range/], ["momentum:momentum=-0.1", /momentum=-0.1 is out of range/], ["sgd:lr=1", /unknown setting 'lr'/]])(
    "%s is rejected",
    (text, message) => expect(() => parseOptimizer(text)).toThrow(message),
  );
});

describe("CLI: one clear line per user error, no stack", () => {
  let err = "";
  let tmp = "";
  beforeEach(() => {
    err = "";
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gradfuse-rel-"));
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    vi.spyOn(process.stderr, "write").mockImplementation((s) => ((err += String(s)), true));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    fs.rmSync(tmp, { recursive: true, force: true });
  });
  const run = (...args: string[]) => main(["node", "gradfuse", ...args]);

  it("a syntax error in a graph file is file:line:col: message", () => {
    // What tsx throws when `gradfuse inspect bad.ts` imports a file with a syntax error (esbuild's text).
    const e = Object.assign(new Error('Transform failed with 1 error:\n/work/x/graphs/bad.ts:1:18: ERROR: Unexpected ";"'), { name: "TransformError" });
    expect(userErrorMessage(e)).toBe(`${path.relative(process.cwd(), "/work/x/graphs/bad.ts")}:1:19: syntax error: Unexpected ";"`);
    expect(userErrorMessage(new TypeError("x is undefined"))).toBeUndefined(); // a bug keeps its stack
  });

  it("inspect <directory>, compile --out <file>/sub, schedule --svg <missing dir>/x.svg, adam:beta1=2", async () => {
    expect(await run("inspect", tmp)).toBe(1);
    expect(err).toMatch(/is a directory, not a graph module/);
    const file = path.join(tmp, "f");
    fs.writeFileSync(file, "");
    err = "";
    expect(await run("compile", "graphs/xor.ts", "--out", path.join(file, "sub"))).toBe(1);
    expect(err).toMatch(/^gradfuse: .*f\/sub.*: a part of the path is a file, not a directory \(mkdir\)\n$/);
    err = "";
    expect(await run("schedule", "step", "--svg", path.join(tmp, "missing", "x.svg"))).toBe(1);
    expect(err).toMatch(/^gradfuse: .*missing\/x\.svg: no such file or directory \(open\)\n$/);
    err = "";
    expect(await run("train", "graphs/xor.ts", "--optimizer", "adam:beta1=2")).toBe(1);
    expect(err).toMatch(/^gradfuse: --optimizer: optimizer adam: beta1=2 is out of range; beta1 must be in \[0, 1\)\n$/);
  });
});
