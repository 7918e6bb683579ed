// The start-up section of `npm run bench` (also `npm run bench:startup`): what a user waits for before
// any kernel runs, as medians over fresh processes of plain node on the built package (dist/, so run
// `npm run build` first: `npm run bench` does). Budgets from the package issue, on this 2-core machine:
//   gradfuse --version, --help                                    ≤ 0.3 s wall
//   import gradfuse/runtime + load LeNet-5 (batch 1) + one inference ≤ 0.15 s wall
//   gradfuse inspect graphs/lenet5.ts                              ≤ 1.5 s wall
//   compile the LeNet-5 training program, fresh process            ≤ 1.5 s wall, ≤ 400 MB peak RSS
//   the same compile again in that process                         ≤ 100 ms
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const BIN = path.join(ROOT, "bin", "gradfuse.mjs");

export interface StartupFigure {
  readonly what: string;
  readonly value: number;
  readonly unit: "s" | "ms" | "MB";
  readonly budget: number;
  /** What it was before the package issue (from its report), for the table. */
  readonly before: string;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Wall seconds of one fresh `node args…` process (it must exit 0). */
function wallSeconds(args: readonly string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
  const s = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`node ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  return s;
}

function compileBatch1Program(): string {
  // Inside the checkout (runs/ is not committed), so its `gradfuse/runtime` import resolves to this package.
  const dir = path.join(ROOT, "runs", "startup", "lenet5-b1");
  fs.rmSync(dir, { recursive: true, force: true });
  const r = spawnSync(process.execPath, [BIN, "compile", "graphs/lenet5.ts", "--batch", "1", "--out", dir], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`compiling lenet5 at batch 1 failed: ${r.stderr}`);
  return dir;
}

export function measureStartup(runs = 5): StartupFigure[] {
  if (!fs.existsSync(path.join(ROOT, "dist", "index.js"))) throw new Error("bench/startup: dist/ is missing; run npm run build");
  const repeat = (args: readonly string[]) => median(Array.from({ length: runs }, () => wallSeconds(args)));
  const program = compileBatch1Program();
  const compiles = Array.from({ length: runs }, () => {
    const r = spawnSync(process.execPath, [path.join(ROOT, "bench", "startup", "compile-train.mjs")], { cwd: ROOT, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`compile-train.mjs exited ${r.status}: ${r.stderr}`);
    return JSON.parse(r.stdout) as { sinceStartMs: number; secondMs: number; maxRssMB: number };
  });
  return [
    { what: "gradfuse --version", value: repeat([BIN, "--version"]), unit: "s", budget: 0.3, before: "unknown option" },
    { what: "gradfuse --help", value: repeat([BIN, "--help"]), unit: "s", budget: 0.3, before: "7–18 s, 1.66 GB" },
    {
      what: "gradfuse/runtime + load LeNet-5 (batch 1) + one inference",
      value: repeat([path.join(ROOT, "bench", "startup", "runtime-infer.mjs"), program]),
      unit: "s",
      budget: 0.15,
      before: "needed the checkout (tsx)",
    },
    { what: "gradfuse inspect graphs/lenet5.ts", value: repeat([BIN, "inspect", "graphs/lenet5.ts"]), unit: "s", budget: 1.5, before: "both code generators run: codegen ts 1.4 s + wasm 3.5 s" },
    { what: "compile LeNet-5 training program, fresh process", value: median(compiles.map((c) => c.sinceStartMs / 1000)), unit: "s", budget: 1.5, before: "1.6 s after imports (tsx: +8 s)" },
    { what: "  its peak RSS", value: median(compiles.map((c) => c.maxRssMB)), unit: "MB", budget: 400, before: "1.6 GB under tsx" },
    { what: "  the same compile again in that process", value: median(compiles.map((c) => c.secondMs)), unit: "ms", budget: 100, before: "55 ms" },
  ];
}

export function startupTable(figures: readonly StartupFigure[]): string {
  const fmt = (f: StartupFigure) => (f.unit === "s" ? `${f.value.toFixed(3)} s` : f.unit === "ms" ? `${f.value.toFixed(0)} ms` : `${f.value.toFixed(0)} MB`);
  const lines = ["start-up (medians of fresh processes, plain node on dist/):", "| what | now | budget | met | before |", "|---|---:|---:|:-:|---|"];
  for (const f of figures) lines.push(`| ${f.what} | ${fmt(f)} | ≤ ${f.budget} ${f.unit} | ${f.value <= f.budget ? "yes" : "NO"} | ${f.before} |`);
  return lines.join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const runs = Number(process.argv[2] ?? 5);
  process.stdout.write(startupTable(measureStartup(runs)) + "\n");
}
