/**
 * Benchmark harness: one measurement per child process.
 *
 * Each (system, workload) pair runs in a fresh Node process:
 *   node --import tsx <script> <args...> --workload W --json --warmup N --reps N --budget-ms N
 * (the same as `npx tsx <script> ...`, without npx's start-up cost). The script prints one
 * JSON line (a RawMeasurement, bench/workloads.ts); the harness turns it into a
 * Measurement. A system that crashes, times out, prints nothing or reports an error
 * gives status "n/a" with the reason — the run goes on.
 *
 * gradfuse's own bench script can be measured the same way: give it a SystemSpec with
 * its script path, as long as it speaks the protocol of bench/peers/common.ts.
 *
 * CLI (reproduce the peer numbers):
 *   npx tsx bench/harness.ts [--quick] [--systems tfjs-cpu,tfjs-wasm,ort-web-wasm,jaxjs-wasm]
 *                            [--workloads mlp.train.b64,...] [--out results.json]
 */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { WORKLOADS, WORKLOAD_IDS, isWorkloadId, summarize } from "./workloads.ts";
import type { Measurement, RawMeasurement, WorkloadId } from "./workloads.ts";

const HERE = dirname(fileURLToPath(import.meta.url));
/** Repository root (where tsx and the peers are installed). */
export const ROOT = resolve(HERE, "..");

export interface SystemSpec {
  /** Name shown in results, e.g. "tfjs-wasm". */
  system: string;
  /** Script path, relative to the repository root. */
  script: string;
  /** Extra arguments, e.g. ["--backend", "wasm"]. */
  args?: string[];
  /** Workloads this system does not implement at all (reported n/a without spawning). */
  unsupported?: Partial<Record<WorkloadId, string>>;
}

export const PEERS: SystemSpec[] = [
  { system: "tfjs-cpu", script: "bench/peers/tfjs.ts", args: ["--backend", "cpu"] },
  { system: "tfjs-wasm", script: "bench/peers/tfjs.ts", args: ["--backend", "wasm"] },
  {
    system: "ort-web-wasm",
    script: "bench/peers/onnxruntime.ts",
    unsupported: {
      "mlp.train.b64": "inference only: onnxruntime-web has no training API",
      "lenet.train.b64": "inference only: onnxruntime-web has no training API",
    },
  },
  { system: "jaxjs-wasm", script: "bench/peers/jaxjs.ts" },
  ...[1, 2].flatMap((threads): SystemSpec[] => {
    const suffix = threads > 1 ? `-${threads}t` : "";
    const args = ["--threads", String(threads)];
    const trainingNa = (what: string) => ({
      "mlp.train.b64": `inference only: ${what} has no training API`,
      "lenet.train.b64": `inference only: ${what} has no training API`,
    });
    const native = { system: `ort-node-cpu${suffix}`, script: "bench/peers/onnxruntime.ts", args: ["--runtime", "node", ...args], unsupported: trainingNa("onnxruntime-node") };
    const web = { system: `ort-web-wasm${suffix}`, script: "bench/peers/onnxruntime.ts", args: ["--runtime", "web", ...args], unsupported: trainingNa("onnxruntime-web") };
    return threads > 1 ? [native, web] : [native];
  }),
];

export interface MeasureOptions {
  /** Fewer repetitions and a shorter per-measurement time budget. */
  quick?: boolean;
  /** Untimed runs before timing (default 5, quick 2). */
  warmup?: number;
  /** Timed repetitions (default 30, quick 7); fewer when the budget runs out (min 3). */
  reps?: number;
  /** Time budget of the timed loop in the child, ms (default 8000, quick 2000). */
  budgetMs?: number;
  /** Kill the child after this long, ms (default 180000, quick 90000). */
  timeoutMs?: number;
  /** Child's stderr is forwarded here when set (default: kept, last lines used as the reason). */
  onStderr?: (chunk: string) => void;
}

export function resolveOptions(o: MeasureOptions = {}): Required<Omit<MeasureOptions, "onStderr">> {
  const q = o.quick ?? false;
  return {
    quick: q,
    warmup: o.warmup ?? (q ? 2 : 5),
    reps: o.reps ?? (q ? 7 : 30),
    budgetMs: o.budgetMs ?? (q ? 2000 : 8000),
    timeoutMs: o.timeoutMs ?? (q ? 90_000 : 180_000),
  };
}

function na(spec: SystemSpec, workload: WorkloadId, reason: string): Measurement {
  return summarize({ workload, system: spec.system, samplesMs: [], error: reason });
}

function lastLines(s: string, n = 3): string {
  const lines = s
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith("at ") && !l.startsWith("npm warn"));
  return lines.slice(-n).join(" | ").slice(0, 500);
}

/** Run one (system, workload) measurement in a child process. */
export function measure(spec: SystemSpec, workload: WorkloadId, opts: MeasureOptions = {}): Promise<Measurement> {
  const unsupported = spec.unsupported?.[workload];
  if (unsupported !== undefined) return Promise.resolve(na(spec, workload, unsupported));
  const o = resolveOptions(opts);
  const args = [
    "--import",
    "tsx",
    join(ROOT, spec.script),
    ...(spec.args ?? []),
    "--workload",
    workload,
    "--json",
    "--warmup",
    String(o.warmup),
    "--reps",
    String(o.reps),
    "--budget-ms",
    String(o.budgetMs),
  ];
  return new Promise((resolvePromise) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.setEncoding("utf8").on("data", (c: string) => (stdout += c));
    child.stderr.setEncoding("utf8").on("data", (c: string) => {
      stderr += c;
      if (stderr.length > 100_000) stderr = stderr.slice(-50_000);
      opts.onStderr?.(c);
    });
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, o.timeoutMs);
    const done = (code: number | null, signal: NodeJS.Signals | null, spawnError?: Error): void => {
      clearTimeout(timer);
      if (spawnError) return resolvePromise(na(spec, workload, `failed to start: ${spawnError.message}`));
      if (timedOut) return resolvePromise(na(spec, workload, `timed out after ${o.timeoutMs / 1000} s`));
      let raw: RawMeasurement | undefined;
      for (const line of stdout.split("\n")) {
        const t = line.trim();
        if (!t.startsWith("{")) continue;
        try {
          const j = JSON.parse(t) as RawMeasurement;
          if (j.workload === workload) raw = j;
        } catch {
          /* not our line */
        }
      }
      if (raw) return resolvePromise(summarize({ ...raw, system: spec.system }));
      const why = lastLines(stderr) || lastLines(stdout) || "no output";
      resolvePromise(na(spec, workload, `exit ${code ?? signal}: ${why}`));
    };
    child.on("error", (e) => done(null, null, e));
    child.on("close", (code, signal) => done(code, signal));
  });
}

export interface RunOptions extends MeasureOptions {
  systems?: SystemSpec[];
  workloads?: WorkloadId[];
  /** Called after each measurement (progress output). */
  onResult?: (m: Measurement) => void;
}

/** Every (system, workload) pair, sequentially (never two measurements at once). */
export async function runAll(opts: RunOptions = {}): Promise<Measurement[]> {
  const systems = opts.systems ?? PEERS;
  const workloads = opts.workloads ?? WORKLOAD_IDS;
  const out: Measurement[] = [];
  for (const w of workloads) {
    for (const s of systems) {
      const m = await measure(s, w, opts);
      out.push(m);
      opts.onResult?.(m);
    }
  }
  return out;
}

/** "12.345 ms", "41.2 GFLOP/s" or "n/a". */
export function formatValue(m: Measurement): string {
  if (m.status !== "ok" || m.median === null) return "n/a";
  return m.unit === "ms" ? `${m.median.toFixed(3)} ms` : `${m.median.toFixed(2)} GFLOP/s`;
}

/**
 * Markdown table: one row per workload, one column per system (median), then the
 * reasons for every n/a below it. Checksums that disagree (> 1e-3 relative) are flagged.
 */
export function formatTable(results: Measurement[]): string {
  const systems = [...new Set(results.map((r) => r.system))];
  const workloads = [...new Set(results.map((r) => r.workload))];
  const get = (w: WorkloadId, s: string) => results.find((r) => r.workload === w && r.system === s);
  const lines = [`| workload | ${systems.join(" | ")} |`, `|---|${systems.map(() => "---:").join("|")}|`];
  for (const w of workloads) {
    const cells = systems.map((s) => {
      const m = get(w, s);
      return m ? formatValue(m) : "";
    });
    lines.push(`| ${w} (${WORKLOADS[w].unit}) | ${cells.join(" | ")} |`);
  }
  const notes: string[] = [];
  for (const r of results) if (r.status !== "ok") notes.push(`- ${r.workload} / ${r.system}: n/a — ${r.reason}`);
  for (const w of workloads) {
    const sums = results.filter((r) => r.workload === w && r.checksum !== undefined);
    const ref = sums[0];
    if (!ref) continue;
    for (const r of sums.slice(1)) {
      const scale = Math.max(1, Math.abs(ref.checksum!));
      if (Math.abs(r.checksum! - ref.checksum!) / scale > 1e-3) {
        notes.push(`- ${w}: checksum of ${r.system} (${r.checksum}) differs from ${ref.system} (${ref.checksum})`);
      }
    }
  }
  return [...lines, ...(notes.length ? ["", ...notes] : [])].join("\n");
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const flag = (k: string): string | undefined => {
    const i = argv.indexOf(`--${k}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = argv.includes("--quick");
  const sysNames = flag("systems")?.split(",");
  const systems = sysNames ? PEERS.filter((p) => sysNames.includes(p.system)) : PEERS;
  if (sysNames && systems.length !== sysNames.length) {
    throw new Error(`unknown system in ${sysNames.join(",")}; known: ${PEERS.map((p) => p.system).join(", ")}`);
  }
  const ws = flag("workloads")?.split(",");
  for (const w of ws ?? []) if (!isWorkloadId(w)) throw new Error(`unknown workload ${w}; known: ${WORKLOAD_IDS.join(", ")}`);
  const results = await runAll({
    quick,
    systems,
    ...(ws ? { workloads: ws as WorkloadId[] } : {}),
    onResult: (m) =>
      console.error(
        `${m.workload.padEnd(18)} ${m.system.padEnd(14)} ${formatValue(m).padStart(16)}` +
          (m.status === "ok" ? `  (min ${m.min!.toFixed(3)}, n=${m.samples.length})` : `  ${m.reason}`),
      ),
  });
  console.log(formatTable(results));
  const out = flag("out");
  if (out) writeFileSync(out, JSON.stringify(results, null, 2) + "\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
