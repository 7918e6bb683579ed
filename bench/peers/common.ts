/**
 * Shared command-line protocol and timing loop of the bench scripts.
 *
 *   npx tsx bench/peers/<x>.ts --workload <id|all> [--json] [--warmup N] [--reps N]
 *                              [--budget-ms N] [peer-specific flags]
 *
 * With --json each measurement is printed as one JSON line (a RawMeasurement from
 * bench/workloads.ts); without it a readable line. A workload the system cannot run
 * is printed with an `error` field (and the process still exits 0), so the harness can
 * report "n/a" with the reason.
 */
import { LEARNING_RATE, WORKLOAD_IDS, WORKLOADS, initParams, isWorkloadId, summarize } from "../workloads.ts";
import type { ModelName, RawMeasurement, WorkloadId } from "../workloads.ts";

export interface PeerArgs {
  workloads: WorkloadId[];
  json: boolean;
  warmup: number;
  reps: number;
  /** Stop the timed loop once this much time was spent (after at least MIN_REPS). */
  budgetMs: number;
  /** Raw flags, for peer-specific options such as --backend. */
  flags: Map<string, string>;
}

export const MIN_REPS = 3;

export function parseArgs(argv: string[] = process.argv.slice(2)): PeerArgs {
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith("--")) throw new Error(`unexpected argument ${a}`);
    const eq = a.indexOf("=");
    if (eq > 0) flags.set(a.slice(2, eq), a.slice(eq + 1));
    else if (i + 1 < argv.length && !argv[i + 1]!.startsWith("--")) flags.set(a.slice(2), argv[++i]!);
    else flags.set(a.slice(2), "true");
  }
  const w = flags.get("workload") ?? "all";
  const workloads: WorkloadId[] = [];
  for (const id of w === "all" ? WORKLOAD_IDS : w.split(",")) {
    if (!isWorkloadId(id)) throw new Error(`unknown workload ${id}; known: ${WORKLOAD_IDS.join(", ")}`);
    workloads.push(id);
  }
  const num = (k: string, d: number): number => {
    const v = flags.get(k);
    if (v === undefined) return d;
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${k} expects a number, got ${v}`);
    return n;
  };
  return {
    workloads,
    json: flags.get("json") === "true",
    warmup: num("warmup", 3),
    reps: Math.max(1, num("reps", 10)),
    budgetMs: num("budget-ms", 10_000),
    flags,
  };
}

export interface Timed {
  samplesMs: number[];
  cpuRatio: number;
}

/**
 * Warm-up runs, then timed repetitions. `fn` must not return before the work is
 * really done (read the result back: dataSync / await data()).
 */
export async function timeIt(fn: () => unknown, args: Pick<PeerArgs, "warmup" | "reps" | "budgetMs">): Promise<Timed> {
  for (let i = 0; i < args.warmup; i++) await fn();
  const samplesMs: number[] = [];
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < args.reps; i++) {
    const s = performance.now();
    await fn();
    samplesMs.push(performance.now() - s);
    if (samplesMs.length >= Math.min(MIN_REPS, args.reps) && performance.now() - t0 > args.budgetMs) break;
  }
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { samplesMs, cpuRatio: (cpu.user + cpu.system) / 1000 / wall };
}

export function errorMessage(e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  return msg.split("\n")[0]!.slice(0, 500);
}

export function emit(raw: RawMeasurement, json: boolean): void {
  if (json) {
    process.stdout.write(JSON.stringify(raw) + "\n");
    return;
  }
  const m = summarize(raw);
  const def = WORKLOADS[raw.workload];
  if (m.status !== "ok") {
    console.log(`${raw.workload.padEnd(18)} ${raw.system.padEnd(14)} n/a: ${m.reason}`);
    return;
  }
  const val = def.unit === "ms" ? `${m.median!.toFixed(3)} ms` : `${m.median!.toFixed(2)} GFLOP/s`;
  console.log(
    `${raw.workload.padEnd(18)} ${raw.system.padEnd(14)} ${val.padStart(16)}  (min ${m.min!.toFixed(3)}, ` +
      `${m.gflops!.toFixed(2)} GFLOP/s, n=${m.samples.length}, cpu ${m.cpuRatio?.toFixed(2)}` +
      `${m.checksum !== undefined ? `, checksum ${m.checksum.toPrecision(7)}` : ""})`,
  );
}

/**
 * The training checksum: Σ|w_after − w_initial| / lr over the last dense kernel after one SGD step from
 * the shared initial parameters, i.e. the L1 norm of that kernel's gradient. (The plain sum of the
 * weights would not do: softmax cross-entropy's gradient sums to zero over the classes, so one step
 * leaves it unchanged and a wrong step would go unnoticed.)
 */
export function stepChecksum(model: ModelName, after: ArrayLike<number>): number {
  const initial = initParams(model).find((p) => p.name === (model === "mlp" ? "w3" : "f3w"))!.data;
  if (after.length !== initial.length) throw new Error(`stepChecksum: ${after.length} weights, expected ${initial.length}`);
  let l1 = 0;
  for (let i = 0; i < initial.length; i++) l1 += Math.abs(after[i]! - initial[i]!);
  return l1 / LEARNING_RATE;
}

/** A workload runner: sets up, returns a function doing one repetition, and a cleanup. */
export interface Prepared {
  run: () => unknown;
  /**
   * Called after exactly one `run()` on fresh state, before the timed loop: inference and
   * kernels return the sum of the output; training returns `stepChecksum` of the last dense
   * layer's weights after that one SGD step. Lets the harness check systems agree.
   */
  checksum?: () => number | Promise<number>;
  dispose?: () => void | Promise<void>;
}

/** Run every requested workload of a system; one emitted line per workload. */
export async function runPeer(
  system: string,
  args: PeerArgs,
  prepare: (w: WorkloadId) => Prepared | Promise<Prepared>,
  info?: Record<string, string | number | boolean>,
): Promise<void> {
  for (const w of args.workloads) {
    let raw: RawMeasurement;
    let p: Prepared | undefined;
    try {
      p = await prepare(w);
      let checksum: number | undefined;
      if (p.checksum) {
        await p.run();
        checksum = await p.checksum();
      }
      const t = await timeIt(p.run, args);
      raw = {
        workload: w,
        system,
        samplesMs: t.samplesMs,
        cpuRatio: t.cpuRatio,
        ...(checksum !== undefined ? { checksum } : {}),
        ...(info ? { info } : {}),
      };
    } catch (e) {
      raw = { workload: w, system, samplesMs: [], error: errorMessage(e), ...(info ? { info } : {}) };
    } finally {
      try {
        await p?.dispose?.();
      } catch {
        /* ignore cleanup errors */
      }
    }
    emit(raw, args.json);
  }
}

/** Version of an installed package (peer scripts report it). */
export async function pkgVersion(name: string): Promise<string> {
  try {
    const { createRequire } = await import("node:module");
    const req = createRequire(import.meta.url);
    const fs = await import("node:fs");
    const path = await import("node:path");
    // Walk up from the package's resolved entry to its package.json.
    let dir = path.dirname(req.resolve(name));
    for (let i = 0; i < 6; i++) {
      const f = path.join(dir, "package.json");
      if (fs.existsSync(f)) {
        const pj = JSON.parse(fs.readFileSync(f, "utf8")) as { name?: string; version?: string };
        if (pj.name === name && pj.version) return pj.version;
      }
      dir = path.dirname(dir);
    }
  } catch {
    /* fall through */
  }
  return "unknown";
}
