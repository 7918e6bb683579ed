// `npm run fuzz -- --minutes 30 [--seed N] [--out fuzz-failures] [--backend ts|wasm] [--jobs N]`: random graphs
// (test/fuzz/graphs.ts) and their gradients on both backends against the float64 interpreter, for a
// time budget. Each failure is shrunk by fast-check to a smallest spec that still fails, printed, and
// written to <out>/<seed>.json (the spec, the failure, and a ready-to-paste regression test line).
// Prints the number of graphs run and failures; exits 1 when any failed. --jobs N runs N processes (seeds
// 1,000,003 apart) and adds up their counts.
import fc from "fast-check";
import * as fs from "node:fs";
import * as path from "node:path";
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import type { Backend } from "../../src/compile.ts";
import type { Failure } from "./check.ts";
import { BACKENDS, checkGraph } from "./check.ts";
import type { GraphSpec } from "./graphs.ts";
import { buildGraph, graphSpecArb } from "./graphs.ts";

const { values } = parseArgs({
  options: {
    minutes: { type: "string", default: "1" },
    seed: { type: "string" },
    out: { type: "string", default: "fuzz-failures" },
    backend: { type: "string" },
    jobs: { type: "string", default: "1" },
    "summary-json": { type: "boolean", default: false },
  },
});
const jobs = Number(values.jobs);
if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`--jobs must be a positive integer, got '${values.jobs}'`);
const minutes = Number(values.minutes);
if (!(minutes > 0)) throw new Error(`--minutes must be a positive number, got '${values.minutes}'`);
const backends: readonly Backend[] = values.backend ? [values.backend as Backend] : BACKENDS;
const deadline = Date.now() + minutes * 60_000;
let seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 2 ** 31;

let graphs = 0;
const failures: { seed: number; spec: GraphSpec; failures: Failure[] }[] = [];

/**
 * After fast-check's shrinking: replaces each step by "keep" (its operand, no node — so later steps still
 * pick the same values), then drops what is left of them, as long as the graph still fails.
 */
async function minimize(spec: GraphSpec): Promise<GraphSpec> {
  const fails = async (s: GraphSpec) => (await failuresOf(s).catch(() => [{ backend: "ts" as const, what: "crash" }])).length > 0;
  let best = spec;
  for (let i = 0; i < best.steps.length; i++) {
    if (best.steps[i]!.op === "keep") continue;
    const tried = { ...best, steps: best.steps.map((st, j) => (j === i ? { ...st, op: "keep" as const } : st)) };
    if (await fails(tried)) best = tried;
  }
  for (let i = best.steps.length - 1; i >= 0; i--) {
    if (best.steps[i]!.op !== "keep") continue;
    const tried = { ...best, steps: best.steps.filter((_, j) => j !== i) };
    if (await fails(tried)) best = tried;
  }
  for (const grad of [false]) if (best.grad !== grad && (await fails({ ...best, grad }))) best = { ...best, grad };
  if (best.outputs.length && (await fails({ ...best, outputs: [] }))) best = { ...best, outputs: [] };
  return best;
}

async function failuresOf(spec: GraphSpec): Promise<Failure[]> {
  const g = buildGraph(spec);
  if (g.nodes.length > 400) return [];
  return checkGraph(g, spec.seed, backends);
}

/** Runs `jobs` copies of this script on disjoint seeds and adds up their summaries. */
async function runJobs(): Promise<void> {
  const script = process.argv[1]!;
  const summaries = await Promise.all(
    Array.from({ length: jobs }, (_, i) => {
      const args = [...process.execArgv, script, "--minutes", String(minutes), "--seed", String((seed + i * 1_000_003) % 2 ** 31), "--out", values.out!, "--summary-json"];
      if (values.backend) args.push("--backend", values.backend);
      return new Promise<{ graphs: number; failures: number }>((resolve, reject) => {
        const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
        let summary = { graphs: 0, failures: 0 };
        let buffered = "";
        child.stdout.on("data", (chunk: Buffer) => {
          buffered += chunk.toString();
          const lines = buffered.split("\n");
          buffered = lines.pop()!;
          for (const line of lines) {
            if (line.startsWith("FUZZ_SUMMARY ")) summary = JSON.parse(line.slice("FUZZ_SUMMARY ".length));
            else console.log(`[job ${i + 1}] ${line}`);
          }
        });
        child.on("error", reject);
        child.on("close", () => resolve(summary));
      });
    }),
  );
  const total = summaries.reduce((a, b) => ({ graphs: a.graphs + b.graphs, failures: a.failures + b.failures }));
  console.log(`fuzz: ${total.graphs} graphs (${backends.join(" + ")}, forward and gradients) in ${minutes} min on ${jobs} processes, ${total.failures} failures`);
  process.exitCode = total.failures ? 1 : 0;
}

if (jobs > 1) {
  await runJobs();
  process.exit();
}

while (Date.now() < deadline) {
  const result = await fc.check(
    fc.asyncProperty(graphSpecArb, async (spec) => {
      if (Date.now() >= deadline) return true;
      graphs++;
      const found = await failuresOf(spec);
      if (found.length) throw new Error(found.map((f) => `${f.backend}: ${f.what}`).join("; "));
      return true;
    }),
    { seed, numRuns: 1_000_000, endOnFailure: false, interruptAfterTimeLimit: Math.max(1, deadline - Date.now()) },
  );
  if (result.failed && result.counterexample) {
    const spec = await minimize(result.counterexample[0]);
    const found = await failuresOf(spec);
    failures.push({ seed, spec, failures: found });
    fs.mkdirSync(values.out!, { recursive: true });
    const file = path.join(values.out!, `${seed}.json`);
    const test = `it("fuzz seed ${seed}", async () => { const spec: GraphSpec = ${JSON.stringify(spec)}; expect(await checkGraph(buildGraph(spec), spec.seed)).toEqual([]); });`;
    fs.writeFileSync(file, JSON.stringify({ seed, failures: found, spec, test }, null, 1) + "\n");
    console.log(`FAIL seed ${seed}: ${found.map((f) => `${f.backend}: ${f.what}`).join("; ") || String(result.errorInstance)}`);
    console.log(`  shrunk spec: ${JSON.stringify(spec)}`);
    console.log(`  written to ${file}`);
  }
  seed = (seed + 1) % 2 ** 31;
}
if (values["summary-json"]) console.log(`FUZZ_SUMMARY ${JSON.stringify({ graphs, failures: failures.length })}`);
else console.log(`fuzz: ${graphs} graphs (${backends.join(" + ")}, forward and gradients) in ${minutes} min, ${failures.length} failures`);
process.exitCode = failures.length ? 1 : 0;
