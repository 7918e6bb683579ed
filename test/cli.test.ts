// The CLI in-process: inspect (text and JSON, with --grad), compile, and clear errors for bad input.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../src/cli/main.ts";
import type { InspectJson } from "../src/cli/inspect.ts";

let out = "";
let err = "";
beforeEach(() => {
  out = "";
  err = "";
  vi.spyOn(process.stdout, "write").mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((s) => ((err += String(s)), true));
});
afterEach(() => vi.restoreAllMocks());

const run = (...args: string[]) => main(["node", "gradfuse", ...args]);

describe("gradfuse inspect", () => {
  it("prints one line per node with its type, FLOPs and source line, then totals and the plan", async () => {
    expect(await run("inspect", "graphs/lenet5.ts", "--batch", "64")).toBe(0);
    expect(out).toMatch(/%3 = conv2d\(%0, %2\) strides=\[1,1\] dilations=\[1,1\] pads=\[\[2,2\],\[2,2\]\] padding=SAME : f32\[64,28,28,6\] +15\.05M +graphs\/lenet5\.ts:\d+/);
    expect(out).toContain("parameters: 61,706");
    expect(out).toMatch(/kernels \(\d+\) of entry 'lenet5'/);
    expect(out).toMatch(/memory: arena [\d,]+ B .* without reuse [\d,]+ B; peak live [\d,]+ B/);
  });

  it("--json gives nodes, params and flops", async () => {
    expect(await run("inspect", "graphs/mnist_mlp.ts", "--json")).toBe(0);
    const j = JSON.parse(out) as InspectJson;
    expect(j.params).toBe(784 * 256 + 256 + 256 * 128 + 128 + 128 * 10 + 10);
    const matmul = j.nodes.find((n) => n.op === "matmul")!;
    expect(matmul).toMatchObject({ dtype: "f32", shape: [64, 256], flops: 2 * 64 * 784 * 256 });
    expect(matmul.source).toMatch(/^graphs\/mnist_mlp\.ts:\d+$/);
    expect(j.flops).toBe(j.nodes.reduce((s, n) => s + n.flops, 0));
  });

  it.each(["graphs/mnist_mlp.ts", "graphs/lenet5.ts"])("--grad: %s's backward pass costs at most 2.2× its forward pass", async (file) => {
    expect(await run("inspect", file, "--grad", "--json")).toBe(0);
    const j = JSON.parse(out) as InspectJson;
    expect(j.forwardFlops! + j.backwardFlops!).toBe(j.flops);
    expect(j.backwardFlops! / j.forwardFlops!).toBeLessThanOrEqual(2.2);
    expect(j.nodes.some((n) => (n.origin as { role?: string } | undefined)?.role === "grad")).toBe(true);
  });

  it("a shape error is one clear message at the user's line, exit code 1", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gradfuse-cli-"));
    const file = path.join(dir, "bad.mts");
    fs.writeFileSync(
      file,
      [
        `import { defineGraph } from ${JSON.stringify(path.resolve("src/dsl/builder.ts"))};`,
        `import { conv2d } from ${JSON.stringify(path.resolve("src/nn/index.ts"))};`,
        `export default defineGraph("bad", { N: 1 }, (g) => {`,
        `  const x = g.input("x", ["N", 4, 4, 1]);`,
        `  g.output("y", conv2d(x, 8, 5, { padding: "VALID" }));`,
        `});`,
      ].join("\n"),
    );
    expect(await run("inspect", file)).toBe(1);
    expect(err).toContain("bad.mts:5: conv2d: VALID window does not fit on axis H");
    expect(err).toContain("formula: VALID: e = (k-1)*d + 1 = (5-1)*1 + 1 = 5 > in = 4");
  });

  it("a missing file, a bad --batch and a module without a graph are clear errors", async () => {
    expect(await run("inspect", "graphs/nope.ts")).toBe(1);
    expect(err).toContain("graphs/nope.ts: no such file");
    expect(await run("inspect", "graphs/lenet5.ts", "--batch", "0")).toBe(1);
    expect(err).toContain("--batch must be a positive integer, got '0'");
    expect(await run("inspect", "src/ir/types.ts")).toBe(1);
    expect(err).toContain("the default export is not a graph definition");
  });
});

describe("gradfuse compile", () => {
  it("writes a standalone program directory for the chosen batch", async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "gradfuse-out-")), "xor");
    expect(await run("compile", "graphs/xor.ts", "--batch", "4", "--out", dir)).toBe(0);
    expect(fs.readdirSync(dir).sort()).toEqual(["manifest.json", "xor.d.ts", "xor.js", "xor.wasm", "xor.wat"]);
    expect(out).toContain(`wrote ${path.join(dir, "xor.js")}`);
    const loader = fs.readFileSync(path.join(dir, "xor.js"), "utf8");
    expect([...loader.matchAll(/from\s+"([^"]+)"/g)].map((m) => m[1])).toEqual(["gradfuse/runtime"]);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8")) as { backend: string; entries: Record<string, { inputs: { shape: number[] }[] }> };
    expect(manifest.backend).toBe("wasm");
    expect(manifest.entries.xor!.inputs[0]!.shape).toEqual([4, 2]);
  });

  it("--json prints one object naming the files; the backends never write over each other", async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "gradfuse-out-")), "p");
    expect(await run("compile", "graphs/xor.ts", "--out", dir, "--json")).toBe(0);
    const result = JSON.parse(out.trim()) as { program: string; backend: string; files: string[] };
    expect(result).toMatchObject({ program: "xor", backend: "wasm" });
    expect(result.files.map((f) => path.basename(f)).sort()).toEqual(["manifest.json", "xor.d.ts", "xor.js", "xor.wasm", "xor.wat"]);
    expect(await run("compile", "graphs/xor.ts", "--out", dir, "--backend", "ts")).toBe(1);
    expect(err).toMatch(/holds a program compiled with the wasm backend; write the ts program to another directory/);
    expect(fs.existsSync(path.join(dir, "xor.ts"))).toBe(false);
  });
});

describe("GRADFUSE_DEBUG levels", () => {
  it("prints more with each level: kernels, pass timings, fusion groups, code, IR after each pass", async () => {
    const { compile } = await import("../src/compile.ts");
    const { default: xor } = await import("../graphs/xor.ts");
    const g = xor.build({ bindings: { N: 4 } });
    const seen: string[] = [];
    for (const debug of [1, 2, 3, 4, 5]) {
      err = "";
      await compile(g, { backend: "ts", debug });
      seen.push(err);
    }
    expect(seen[0]).toMatch(/kernels \(\d+\) of entry 'xor'/);
    expect(seen[0]).not.toContain("pass timings");
    expect(seen[1]).toMatch(/pass timings \(xor\): simplify [\d.]+ms/);
    expect(seen[2]).toContain("fusion group k0_");
    expect(seen[3]).toContain("export const manifest");
    expect(seen[4]).toMatch(/--- xor after cse\n%0 = input "x"/);
    for (let i = 1; i < 5; i++) expect(seen[i]!.length).toBeGreaterThan(seen[i - 1]!.length);
  });
});

describe("gradfuse run", () => {
  it("predicts with parameters from a checkpoint exactly as with the same parameters set directly", async () => {
    const { runInference } = await import("../src/cli/run.ts");
    const { saveCheckpoint } = await import("../src/train/checkpoint.ts");
    const { compile } = await import("../src/compile.ts");
    const { default: mlpDef } = await import("../graphs/mnist_mlp.ts");
    const flags = { seed: "3", data: "mnist", count: "12", backend: "wasm" };
    const fromSeed = await runInference("graphs/mnist_mlp.ts", flags);
    const program = await compile(mlpDef.build({ bindings: { N: 1 } }));
    program.initParams(3);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "gradfuse-run-")), "ckpt.safetensors");
    saveCheckpoint(file, Object.fromEntries(Object.entries(program.getParams()).map(([k, v]) => [`params/${k}`, v])));
    const fromCheckpoint = await runInference("graphs/mnist_mlp.ts", { ...flags, checkpoint: file });
    expect(fromCheckpoint.predictions).toEqual(fromSeed.predictions);
    expect(fromCheckpoint.labels).toHaveLength(12);
    expect(fromCheckpoint.predictions.every((p) => Number.isInteger(p) && p >= 0 && p < 10)).toBe(true);
  });

  it("rejects a file that is not a training checkpoint and a bad backend", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gradfuse-run-"));
    const { saveCheckpoint } = await import("../src/train/checkpoint.ts");
    const file = path.join(dir, "other.safetensors");
    saveCheckpoint(file, { "opt/step": { dtype: "i32", shape: [1], data: new Int32Array([3]) } });
    expect(await run("run", "graphs/mnist_mlp.ts", "--checkpoint", file, "--count", "2")).toBe(1);
    expect(err).toContain("holds no weights; is it a gradfuse weights file or training checkpoint?");
    expect(await run("run", "graphs/mnist_mlp.ts", "--backend", "interp")).toBe(1);
    expect(err).toContain("--backend must be wasm or ts, got 'interp'");
  });
});
