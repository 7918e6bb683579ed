/**
 * `npm run bench:text [-- --quick] [--json file]`: text-model training steps, gradfuse (wasm) against
 * TensorFlow.js's WASM backend (SIMD, one thread), in one run. Each (system, workload) pair runs in a
 * fresh Node process (as bench/harness.ts does for the main bench), one at a time; the table gives
 * the medians, the speed-up (TF.js time / gradfuse time) and both systems' first-step losses from the
 * shared initial weights (they must agree: it is the same computation). Workloads:
 * bench/text/workloads.ts. TF.js WASM cannot train an embedding ("Kernel 'UnsortedSegmentSum' not
 * registered for backend 'wasm'"), so the ".frozen" workloads, which keep the table fixed in both
 * systems, are the ones with a ratio.
 */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { TextMeasurement, TextWorkloadId } from "./workloads.ts";
import { TEXT_WORKLOADS, stepFlops } from "./workloads.ts";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const SYSTEMS = [
  { system: "gradfuse-wasm", script: "bench/text/gradfuse.ts", nodeArgs: [] }, // the runtime turns Liftoff off itself
  { system: "tfjs-wasm", script: "bench/text/tfjs.ts", nodeArgs: [] },
] as const;

const argv = process.argv.slice(2);
const quick = argv.includes("--quick");
const jsonOut = argv.includes("--json") ? argv[argv.indexOf("--json") + 1] : undefined;
const protocol = quick ? ["--warmup", "2", "--reps", "7", "--budget-ms", "4000"] : ["--warmup", "5", "--reps", "30", "--budget-ms", "15000"];

function runChild(script: string, nodeArgs: readonly string[], workload: TextWorkloadId): Promise<TextMeasurement | { error: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [...nodeArgs, "--import", "tsx", script, "--workload", workload, ...protocol], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.on("close", (code) => {
      const line = out.trim().split("\n").filter(Boolean).pop();
      if (!line) return done({ error: `exited ${code} without a result: ${err.trim().split("\n").pop() ?? ""}` });
      try {
        done(JSON.parse(line) as TextMeasurement);
      } catch {
        done({ error: `unreadable result: ${line.slice(0, 200)}` });
      }
    });
  });
}

const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

const results: Record<string, Record<string, TextMeasurement | { error: string }>> = {};
for (const w of TEXT_WORKLOADS) {
  results[w] = {};
  for (const s of SYSTEMS) {
    process.stderr.write(`measuring ${w} on ${s.system}…\n`);
    results[w]![s.system] = await runChild(s.script, s.nodeArgs, w);
  }
}

const fmt = (m: TextMeasurement | { error: string } | undefined) => (m && "samplesMs" in m && m.samplesMs ? `${median(m.samplesMs).toFixed(1)} ms` : "n/a");
console.log(`\n| workload | gradfuse (wasm) | TF.js WASM | speed-up | GFLOP/s (gradfuse) | first-step loss (gradfuse / TF.js) |`);
console.log("|---|---:|---:|---:|---:|---|");
const notes: string[] = [];
for (const w of TEXT_WORKLOADS) {
  const g = results[w]!["gradfuse-wasm"];
  const t = results[w]!["tfjs-wasm"];
  const gm = g && "samplesMs" in g && g.samplesMs ? median(g.samplesMs) : undefined;
  const tm = t && "samplesMs" in t && t.samplesMs ? median(t.samplesMs) : undefined;
  const ratio = gm && tm ? `${(tm / gm).toFixed(1)}×` : "—";
  const gflops = gm ? (stepFlops(w) / (gm * 1e6)).toFixed(2) : "—";
  const loss = (m: typeof g) => (m && "firstLoss" in m && m.firstLoss !== undefined ? m.firstLoss.toFixed(6) : "—");
  console.log(`| ${w} | ${fmt(g)} | ${fmt(t)} | ${ratio} | ${gflops} | ${loss(g)} / ${loss(t)} |`);
  for (const [name, m] of [["gradfuse-wasm", g], ["tfjs-wasm", t]] as const) if (m && "error" in m && m.error) notes.push(`${w} on ${name}: ${m.error}`);
}
if (notes.length) console.log("\n" + notes.map((n) => `- ${n}`).join("\n"));
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 2));
