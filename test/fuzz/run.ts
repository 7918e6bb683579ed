// `npm run fuzz -- --minutes 30 [--seed N] [--out fuzz-failures] [--backend ts|wasm]`: random graphs
// (test/fuzz/graphs.ts) and their gradients on both backends against the float64 interpreter, for a
// time budget. Each failure is shrunk by fast-check to a smallest spec that still fails, printed, and
// written to <out>/<seed>.json (the spec, the failure, and a ready-to-paste regression test line).
// Prints the number of graphs run and failures; exits 1 when any failed.
import fc from "fast-check";
import * as fs from "node:fs";
import * as path from "node:path";
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
  },
});
const minutes = Number(values.minutes);
if (!(minutes > 0)) throw new Error(`--minutes must be a positive number, got '${values.minutes}'`);
const backends: readonly Backend[] = values.backend ? [values.backend as Backend] : BACKENDS;
const deadline = Date.now() + minutes * 60_000;
let seed = values.seed !== undefined ? Number(values.seed) : Date.now() % 2 ** 31;

let graphs = 0;
let skipped = 0;
const failures: { seed: number; spec: GraphSpec; failures: Failure[] }[] = [];

async function failuresOf(spec: GraphSpec): Promise<Failure[]> {
  const g = buildGraph(spec);
  if (g.nodes.length > 400) return [];
  return checkGraph(g, spec.seed, backends);
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
    const [spec] = result.counterexample;
    const found = await failuresOf(spec);
    failures.push({ seed, spec, failures: found });
    fs.mkdirSync(values.out!, { recursive: true });
    const file = path.join(values.out!, `${seed}.json`);
    fs.writeFileSync(file, JSON.stringify({ seed, failures: found, spec }, null, 1) + "\n");
    console.log(`FAIL seed ${seed}: ${found.map((f) => `${f.backend}: ${f.what}`).join("; ") || String(result.errorInstance)}`);
    console.log(`  shrunk spec: ${JSON.stringify(spec)}`);
    console.log(`  written to ${file}`);
  }
  seed = (seed + 1) % 2 ** 31;
}
console.log(`fuzz: ${graphs} graphs (${backends.join(" + ")}, forward and gradients) in ${minutes} min, ${failures.length} failures${skipped ? `, ${skipped} skipped` : ""}`);
process.exitCode = failures.length ? 1 : 0;
