// Threads (src/runtime/threads.ts, the threaded entries of src/codegen/wasm/module.ts): the same bits
// on 1, 2, 3 and 4 threads for every example graph's forward pass and for 20 LeNet-5 training steps
// (outputs, losses and every updated parameter and optimizer state), every op of the shared op table
// at 2 threads against the interpreter and bitwise against 1 thread, disposal (workers stop; a process
// with threads exits by itself), and the fallback to one thread where memory cannot be shared.
// Tests split every kernel (parallelMinWork 0) so the tile ranges and barriers of every kernel kind are
// exercised even at the small batches that keep the suite fast.
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { emitWasmVariants, loadEmittedWasm, type EmittedVariants } from "../src/codegen/wasm/compile.ts";
import { compile } from "../src/compile.ts";
import type { GraphDef } from "../src/dsl/builder.ts";
import { interpret } from "../src/interp/interpret.ts";
import type { Graph } from "../src/ir/types.ts";
import { paramsOf } from "../src/ir/types.ts";
import { planProgram } from "../src/passes/lower.ts";
import { initializeParams } from "../src/runtime/init.ts";
import type { HostTensor } from "../src/runtime/tensor.ts";
import { resolveThreads } from "../src/runtime/threads.ts";
import type { WasmProgram } from "../src/runtime/wasm.ts";
import { buildTrainGraph } from "../src/train/train_graph.ts";
import { blockedConvolutions, convolutions, directConvCases, elementwise, simdCases, feedsFor, graphOf, matmuls, movement, pools, reductions, relError, rows } from "./op-cases.ts";

const GRAPH_DIR = fileURLToPath(new URL("../graphs", import.meta.url));
const graphFiles = fs.readdirSync(GRAPH_DIR).filter((f) => f.endsWith(".ts"));

const loaded: WasmProgram[] = [];
afterEach(() => {
  for (const p of loaded.splice(0)) p.dispose();
});

/** Both builds of a program, every kernel split across threads. */
function emitBoth(entries: Record<string, Graph>): EmittedVariants {
  return emitWasmVariants(planProgram(entries), { name: Object.values(entries)[0]!.name, threaded: true, parallelMinWork: 0 });
}

/** Loaded on `threads` threads (1 when no entry of the program has a threaded form). */
function load(emitted: EmittedVariants, threads: number): WasmProgram {
  const p = loadEmittedWasm(emitted, threads);
  loaded.push(p);
  const split = (emitted.threaded!.plain.text ?? "").includes("/threads");
  expect(p.threads).toBe(split ? threads : 1);
  return p;
}

function expectSameBits(got: Record<string, HostTensor>, want: Record<string, HostTensor>, what: string): void {
  expect(Object.keys(got).sort(), what).toEqual(Object.keys(want).sort());
  for (const [name, w] of Object.entries(want)) {
    const g = got[name]!;
    const same = Buffer.from(g.data.buffer, g.data.byteOffset, g.data.byteLength).equals(Buffer.from(w.data.buffer, w.data.byteOffset, w.data.byteLength));
    if (!same) expect.fail(`${what}: '${name}' differs from one thread (relative error ${relError(g, w)})`);
  }
}

describe("the same bits on any thread count", () => {
  it.each(graphFiles)("%s forward on 1, 2, 3 and 4 threads", async (file) => {
    const def = (await import(path.join(GRAPH_DIR, file))).default as GraphDef;
    const g = def.build({ mode: "infer", bindings: { N: file === "alexnet.ts" ? 1 : 3 } });
    const emitted = emitBoth({ [g.name]: g });
    const params = initializeParams(paramsOf(g).map((p) => ({ ...p.attrs, trainable: false })), 5);
    const feeds = feedsFor(g);
    let reference: Record<string, HostTensor> | undefined;
    for (const threads of [1, 2, 3, 4]) {
      const p = load(emitted, threads);
      p.setParams(params);
      const out = p.run(g.name, feeds);
      if (!reference) reference = out;
      else expectSameBits(out, reference, `${file} on ${threads} threads`);
      p.dispose();
    }
  }, 120_000);

  it("20 LeNet-5 training steps (momentum) on 1, 2, 3 and 4 threads: losses, params and optimizer state", async () => {
    const lenet5 = (await import(path.join(GRAPH_DIR, "lenet5.ts"))).default as GraphDef;
    const train = buildTrainGraph(lenet5, { optimizer: { kind: "momentum", momentum: 0.9 }, bindings: { N: 8 } });
    const emitted = emitBoth({ trainStep: train });
    const batches = Array.from({ length: 4 }, (_, b) => {
      const feeds = feedsFor(train);
      const x = feeds.x as Float32Array;
      for (let i = 0; i < x.length; i++) x[i] = Math.sin(i * 0.37 + b);
      const labels = feeds.labels as Int32Array;
      for (let i = 0; i < labels.length; i++) labels[i] = (i * 7 + b) % 10;
      return { ...feeds, lr: Float32Array.of(0.05) };
    });
    let reference: { losses: number[]; params: Record<string, HostTensor> } | undefined;
    for (const threads of [1, 2, 3, 4]) {
      const p = load(emitted, threads);
      p.initParams(11);
      const losses: number[] = [];
      for (let step = 0; step < 20; step++) losses.push(p.run("trainStep", batches[step % batches.length]!).loss!.data[0]!);
      const params = p.getParams();
      if (!reference) {
        reference = { losses, params };
        expect(losses[19]!).toBeLessThan(losses[0]!);
      } else {
        expect(losses, `losses on ${threads} threads`).toEqual(reference.losses);
        expectSameBits(params, reference.params, `params after 20 steps on ${threads} threads`);
      }
      p.dispose();
    }
  }, 120_000);
});

// The op table of test/op-cases.ts (what test/backend-wasm.test.ts runs on one thread), at 2 threads.
describe.each([
  ["elementwise", elementwise],
  ["reductions", reductions],
  ["rows", rows],
  ["movement", movement],
  ["matmul", matmuls],
  ["convolutions", convolutions],
  ["blocked convolutions", blockedConvolutions],
  ["direct convolutions", directConvCases],
  ["SIMD paths", simdCases],
  ["pooling", pools],
] as const)("%s on 2 threads", (_family, cases) => {
  it.each(cases.map((c) => [c[0], c] as const))("%s matches the interpreter and one thread bit for bit", (_name, c) => {
    const g = graphOf(c);
    const emitted = emitBoth({ [g.name]: g });
    const params = initializeParams(paramsOf(g).map((p) => ({ ...p.attrs, trainable: false })), 7);
    const feeds = feedsFor(g);
    const [one, two] = [load(emitted, 1), load(emitted, 2)];
    one.setParams(params);
    two.setParams(params);
    const want = one.run(g.name, feeds);
    const got = two.run(g.name, feeds);
    expectSameBits(got, want, `${g.name} on 2 threads`);
    const oracle = interpret(g, { feeds, params }).outputs;
    const tolerance = g.nodes.some((n) => ["exp", "log", "tanh", "pow"].includes(n.op)) ? 1e-4 : 1e-5;
    for (const [name, ref] of Object.entries(oracle)) expect(relError(got[name]!, ref), name).toBeLessThanOrEqual(tolerance);
  });
});

describe("what a threaded program is", () => {
  it("imports one shared memory, and exports a threaded form of entries with work to split", () => {
    const def = graphOf(["mm", (g) => g.output("y", g.input("a", [160, 160]).matmul(g.input("b", [160, 160])).maximum(0))]);
    const emitted = emitWasmVariants(planProgram({ mm: def }), { name: "mm", threaded: true });
    const mod = new WebAssembly.Module(emitted.threaded!.plain.binary);
    expect(WebAssembly.Module.imports(mod)).toEqual([{ module: "env", name: "memory", kind: "memory" }]);
    const exports = WebAssembly.Module.exports(mod).map((e) => e.name);
    expect(exports).toEqual(expect.arrayContaining(["entry:mm", "mm/threads", "threads_control"]));
    expect(emitted.threaded!.plain.text).toContain("memory.atomic.wait32");
    // The one-thread build keeps its own memory and has no atomics.
    const single = new WebAssembly.Module(emitted.plain.binary);
    expect(WebAssembly.Module.imports(single)).toEqual([]);
    expect(emitted.plain.text).not.toContain("atomic");
  });

  it("keeps a program too small to gain on one thread (no threaded entry): a tiny graph, batch-1 inference", async () => {
    const tiny = graphOf(["tiny", (g) => g.output("y", g.input("x", [4, 4]).add(1))]);
    const emitted = emitWasmVariants(planProgram({ tiny }), { name: "tiny", threaded: true });
    const exports = WebAssembly.Module.exports(new WebAssembly.Module(emitted.threaded!.plain.binary)).map((e) => e.name);
    expect(exports).not.toContain("tiny/threads");
    const mlp = ((await import(path.join(GRAPH_DIR, "mnist_mlp.ts"))).default as GraphDef).build({ mode: "infer", bindings: { N: 1 } });
    const mlpExports = WebAssembly.Module.exports(new WebAssembly.Module(emitWasmVariants(planProgram({ mlp }), { name: "mlp", threaded: true }).threaded!.plain.binary));
    expect(mlpExports.map((e) => e.name)).not.toContain("mlp/threads");
    const p = load(emitted, 2);
    expect(p.threads).toBe(1);
    expect(Array.from(p.run("tiny", { x: new Float32Array(16).fill(2) }).y!.data)).toEqual(new Array(16).fill(3));
  });

  it("compile({ threads, outDir }) writes the threads build; the directory's loader loads it on threads", async () => {
    const g = graphOf(["mm5", (b) => b.output("y", b.input("a", [128, 160]).matmul(b.input("b", [160, 192])).maximum(0))]);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gradfuse-threads-out-"));
    try {
      const inProcess = (await compile(g, { threads: 2, outDir: dir })) as WasmProgram;
      loaded.push(inProcess);
      expect(fs.readdirSync(dir).sort()).toEqual(["manifest.json", "mm5.d.ts", "mm5.js", "mm5.threads.wasm", "mm5.wasm", "mm5.wat"]);
      // The loader imports gradfuse/runtime by name; here that name is answered by this checkout's runtime.
      const text = fs.readFileSync(path.join(dir, "mm5.js"), "utf8").replace('"gradfuse/runtime"', JSON.stringify(pathToFileURL(path.resolve("src/runtime/index.ts")).href));
      fs.writeFileSync(path.join(dir, "loader.mjs"), text);
      const loader = (await import(path.join(dir, "loader.mjs"))) as { threadsWasmFile: string; load(options?: { threads?: number | "auto" }): Promise<WasmProgram> };
      expect(loader.threadsWasmFile).toBe("mm5.threads.wasm");
      const fromDisk = await loader.load({ threads: 2 });
      loaded.push(fromDisk);
      await fromDisk.ready();
      expect(fromDisk.threads).toBe(2);
      const feeds = feedsFor(g);
      expectSameBits(fromDisk.run("mm5", feeds), inProcess.run("mm5", feeds), "loader on 2 threads");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("checks the threads option", async () => {
    expect(resolveThreads("auto")).toBeGreaterThanOrEqual(1);
    for (const bad of [0, 1.5, -2, 1000, "many" as unknown as number]) expect(() => resolveThreads(bad)).toThrow(/whole number of threads from 1 to 256, or "auto"/);
    const g = graphOf(["t", (b) => b.output("y", b.input("x", [2]).add(1))]);
    await expect(compile(g, { backend: "ts", threads: 2 })).rejects.toThrow(/needs the wasm backend/);
    const single = emitWasmVariants(planProgram({ t: g }), { name: "t" });
    expect(() => loadEmittedWasm(single, 2)).toThrow(/compiled for one thread; compile it with \{ threads: 2 \}/);
  });
});

describe("disposal and fallback", () => {
  it("dispose() stops the workers; the program refuses to run afterwards", async () => {
    const g = graphOf(["mm2", (b) => b.output("y", b.input("a", [160, 160]).matmul(b.input("b", [160, 160])))]);
    const p = (await compile(g, { threads: 2 })) as WasmProgram;
    expect(p.threads).toBe(2);
    const feeds = feedsFor(g);
    p.run("mm2", feeds);
    p.dispose();
    p.dispose();
    expect(() => p.run("mm2", feeds)).toThrow(/disposed/);
  });

  it("a process that runs a program on threads exits by itself (disposed or not)", () => {
    // The child loads the emitted binaries with the runtime alone (no compiler: binaryen under tsx is slow to load).
    const g = graphOf(["mm3", (b) => b.output("y", b.input("a", [128, 128]).matmul(b.input("b", [128, 128])))]);
    const emitted = emitWasmVariants(planProgram({ mm3: g }), { name: "mm3", threaded: true });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gradfuse-threads-"));
    try {
      fs.writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(emitted.plain.manifest));
      fs.writeFileSync(path.join(dir, "plain.wasm"), emitted.plain.binary);
      fs.writeFileSync(path.join(dir, "threads.wasm"), emitted.threaded!.plain.binary);
      for (const dispose of [true, false]) {
        const script = [
          `import * as fs from "node:fs";`,
          `import { loadWasmProgram } from ${JSON.stringify(path.resolve("src/runtime/wasm.ts"))};`,
          `const dir = ${JSON.stringify(dir)};`,
          `const manifest = JSON.parse(fs.readFileSync(dir + "/manifest.json", "utf8"));`,
          `const threaded = { plain: fs.readFileSync(dir + "/threads.wasm"), memoryBytes: ${emitted.threaded!.plain.memoryBytes} };`,
          `const p = loadWasmProgram(manifest, { plain: fs.readFileSync(dir + "/plain.wasm"), threaded }, { threads: 2 });`,
          `const y = p.run("mm3", { a: new Float32Array(128 * 128).fill(1), b: new Float32Array(128 * 128).fill(2) }).y;`,
          dispose ? `p.dispose();` : ``,
          `console.log("ran on", p.threads, "threads:", y.data[0]);`,
        ].join("\n");
        const file = path.join(dir, `child-${dispose}.mts`);
        fs.writeFileSync(file, script);
        const r = spawnSync(process.execPath, ["--import", "tsx", file], { encoding: "utf8", timeout: 60_000 });
        expect(r.error, `the process (dispose: ${dispose}) did not exit within 60 s`).toBeUndefined();
        expect(r.stderr).not.toMatch(/Error/);
        expect(r.stdout).toContain("ran on 2 threads: 256");
        expect(r.status).toBe(0);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 150_000);

  it("without SharedArrayBuffer, runs on one thread, says so once, and computes the same bits", () => {
    const g = graphOf(["mm4", (b) => b.output("y", b.input("a", [32, 48]).matmul(b.input("b", [48, 40])).maximum(0))]);
    const emitted = emitBoth({ mm4: g });
    const feeds = feedsFor(g);
    const want = load(emitted, 2).run("mm4", feeds);
    const saved = globalThis.SharedArrayBuffer;
    const warn = vi.spyOn(process, "emitWarning").mockImplementation(() => {});
    try {
      delete (globalThis as { SharedArrayBuffer?: unknown }).SharedArrayBuffer;
      const a = loadEmittedWasm(emitted, 2);
      const b = loadEmittedWasm(emitted, 4);
      loaded.push(a, b);
      expect(a.threads).toBe(1);
      expect(b.threads).toBe(1);
      const said = warn.mock.calls.map((c) => String(c[0])).filter((m) => m.includes("SharedArrayBuffer"));
      expect(said.length).toBe(1);
      expect(said[0]).toMatch(/mm4: running on 1 thread instead of 2: SharedArrayBuffer is not available/);
      expectSameBits(a.run("mm4", feeds), want, "fallback");
    } finally {
      (globalThis as { SharedArrayBuffer?: unknown }).SharedArrayBuffer = saved;
      warn.mockRestore();
    }
  });
});

describe("gradfuse --threads", () => {
  it("compile --threads 2 writes the threads build; a bad count or the ts backend is a clear error", async () => {
    const { main } = await import("../src/cli/main.ts");
    let out = "";
    let err = "";
    const outSpy = vi.spyOn(process.stdout, "write").mockImplementation((s) => ((out += String(s)), true));
    const errSpy = vi.spyOn(process.stderr, "write").mockImplementation((s) => ((err += String(s)), true));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gradfuse-cli-threads-"));
    try {
      expect(await main(["node", "gradfuse", "compile", "graphs/mnist_mlp.ts", "--batch", "8", "--threads", "2", "--out", dir])).toBe(0);
      expect(out).toContain(path.join(dir, "mnist_mlp.threads.wasm"));
      expect(fs.existsSync(path.join(dir, "mnist_mlp.threads.wasm"))).toBe(true);
      expect(await main(["node", "gradfuse", "compile", "graphs/xor.ts", "--threads", "0", "--out", dir])).toBe(1);
      expect(err).toContain(`--threads must be a whole number from 1 to 256 or "auto", got '0'`);
      expect(await main(["node", "gradfuse", "compile", "graphs/xor.ts", "--threads", "2", "--backend", "ts", "--out", dir])).toBe(1);
      expect(err).toContain("needs the wasm backend");
    } finally {
      outSpy.mockRestore();
      errSpy.mockRestore();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe("a thread that fails", () => {
  // A module whose threaded entry traps on one thread, then meets the others at the barrier: the
  // others must not wait for it forever, and the caller gets an error that says what happened.
  async function faultyPool(failing: number) {
    const binaryen = (await import("binaryen")).default;
    const { addBarrier } = await import("../src/codegen/wasm/module.ts");
    const { ThreadPool } = await import("../src/runtime/threads.ts");
    const m = new binaryen.Module();
    m.setFeatures(binaryen.Features.MVP | binaryen.Features.Atomics | binaryen.Features.BulkMemory);
    m.setMemory(1, 1, null, [], true, false, "memory");
    m.addMemoryImport("memory", "env", "memory", true);
    addBarrier(m, 1024);
    const tid = m.local.get(0, binaryen.i32);
    const body = m.block(null, [
      m.if(m.i32.eq(tid, m.i32.const(failing)), m.unreachable()),
      m.call("threads_barrier", [m.local.get(1, binaryen.i32), m.local.get(2, binaryen.i32)], binaryen.none),
    ]);
    m.addFunction("e", binaryen.createType([binaryen.i32, binaryen.i32, binaryen.i32]), binaryen.none, [], body);
    m.addFunctionExport("e", "e/threads");
    expect(m.validate()).toBeTruthy();
    const module = new WebAssembly.Module(new Uint8Array(m.emitBinary()));
    m.dispose();
    const memory = new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true } as WebAssembly.MemoryDescriptor);
    const instance = new WebAssembly.Instance(module, { env: { memory } });
    const pool = new ThreadPool("faulty", module, instance, memory, 2, 1024, ["e/threads"]);
    await pool.whenReady();
    return pool;
  }

  it.each([
    [1, /faulty: a worker thread failed while running on 2 threads/],
    [0, /faulty: the calling thread failed while running on 2 threads/],
  ])("thread %i traps: the run fails with a clear error instead of hanging, and the pool is stopped", async (failing, message) => {
    const pool = await faultyPool(failing);
    expect(() => pool.run(0)).toThrow(message);
    expect(() => pool.run(0)).toThrow(/disposed/);
  }, 60_000);
});
