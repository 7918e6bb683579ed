/**
 * `npm run bench`: gradfuse against its peers, in one run.
 *
 *   npm run bench -- [--quick] [--json results.json] [--backends ts,wasm]
 *                    [--systems gradfuse-ts,tfjs-wasm,...] [--workloads mlp.train.b64,gemm.512,...]
 *
 * 1. Measures the machine's single-core WebAssembly SIMD peak (bench/peak.ts) in a child process
 *    started with V8's --no-liftoff (the peak loop must run as optimized code from its first call;
 *    bench/peak.ts explains why), so no engine flag leaks into this process or the measurements.
 * 2. Measures every system × workload through the harness (bench/harness.ts), each pair in a fresh
 *    child process, one at a time: gradfuse per backend (bench/gradfuse.ts) and the peers.
 * 3. Prints the medians, gradfuse's speed-up over every peer (peer time / gradfuse time: > 1 means
 *    gradfuse is faster), the fraction of the peak reached on training and kernel workloads
 *    (effective GFLOP/s = the workload's model FLOPs / median step time), the targets, and a loud
 *    warning when gradfuse's checksum disagrees with a peer's, or its first training step with the
 *    float64 interpreter's (then the exit code is 1: a speed-up over a different computation means
 *    nothing).
 *
 * A backend that does not compile, or a peer that fails, is an "n/a" with its reason, never a crash.
 */
import { measureStartup, startupTable } from "./startup.ts";
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { PEERS, ROOT, formatValue, resolveOptions, runAll } from "./harness.ts";
import type { SystemSpec } from "./harness.ts";
import { STEP_CHECK_INFO } from "./gradfuse.ts";
import type { GradfuseBackend } from "./gradfuse.ts";
import type { PeakResult } from "./peak.ts";
import { WORKLOADS, WORKLOAD_IDS, isWorkloadId } from "./workloads.ts";
import type { Measurement, WorkloadId } from "./workloads.ts";

const BACKENDS: readonly GradfuseBackend[] = ["ts", "wasm"];

/** Relative checksum tolerance (of max(1, |peer's|)): float32 sums in other orders agree far closer. */
export const CHECKSUM_TOLERANCE = 1e-3;
/** Largest error of the first SGD step against float64, relative to the step (float32 gives ~1e-5). */
export const STEP_TOLERANCE = 1e-3;

// ---------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------

export interface BenchFlags {
  quick: boolean;
  jsonPath?: string;
  backends: GradfuseBackend[];
  /** System names to measure (gradfuse-<backend> and the peers); undefined = all. */
  systems?: string[];
  workloads: WorkloadId[];
}

const USAGE =
  "usage: npm run bench -- [--quick] [--json <file>] [--backends ts,wasm] " +
  "[--systems gradfuse-ts,tfjs-wasm,...] [--workloads mlp.train.b64,...]";

function listFlag(argv: readonly string[], i: number, name: string): string[] {
  const v = argv[i + 1];
  if (v === undefined || v.startsWith("--")) throw new Error(`--${name} needs a comma-separated list\n${USAGE}`);
  return v.split(",").filter((s) => s.length > 0);
}

/** Thrown by parseBenchFlags for --help: main prints the usage and exits 0. */
class UsageRequest extends Error {}

export function parseBenchFlags(argv: readonly string[]): BenchFlags {
  const flags: BenchFlags = { quick: false, backends: [...BACKENDS], workloads: [...WORKLOAD_IDS] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--help" || a === "-h") throw new UsageRequest(USAGE);
    if (a === "--quick") flags.quick = true;
    else if (a === "--json") flags.jsonPath = listFlag(argv, i++, "json")[0];
    else if (a === "--systems") flags.systems = listFlag(argv, i++, "systems");
    else if (a === "--backends") flags.backends = listFlag(argv, i++, "backends").map(checkBackend);
    else if (a === "--workloads") flags.workloads = listFlag(argv, i++, "workloads").map(checkWorkload);
    else throw new Error(`unknown argument '${a}'\n${USAGE}`);
  }
  return flags;
}

function checkBackend(b: string): GradfuseBackend {
  if ((BACKENDS as readonly string[]).includes(b)) return b as GradfuseBackend;
  throw new Error(`--backends: unknown backend '${b}'; known: ${BACKENDS.join(", ")}`);
}

function checkWorkload(w: string): WorkloadId {
  if (isWorkloadId(w)) return w;
  throw new Error(`--workloads: unknown workload '${w}'; known: ${WORKLOAD_IDS.join(", ")}`);
}

/** gradfuse on one backend: the wasm backend on 1 and 2 threads (`gradfuse-wasm`, `gradfuse-wasm-2t`). */
export function gradfuseSystems(backend: GradfuseBackend): SystemSpec[] {
  const one = { system: `gradfuse-${backend}`, script: "bench/gradfuse.ts", args: ["--backend", backend] };
  if (backend !== "wasm") return [one];
  return [one, { system: `gradfuse-${backend}-2t`, script: "bench/gradfuse.ts", args: ["--backend", backend, "--threads", "2"] }];
}

export const isGradfuse = (system: string) => system.startsWith("gradfuse-");

/** gradfuse once per backend, then the peers; narrowed by --systems (unknown names are an error). */
export function selectSystems(flags: BenchFlags): SystemSpec[] {
  const all = [...flags.backends.flatMap(gradfuseSystems), ...PEERS];
  if (!flags.systems) return all;
  const known = [...BACKENDS.flatMap(gradfuseSystems).map((s) => s.system), ...PEERS.map((p) => p.system)];
  for (const s of flags.systems) {
    if (!known.includes(s)) throw new Error(`--systems: unknown system '${s}'; known: ${known.join(", ")}`);
    if (isGradfuse(s) && !all.some((a) => a.system === s)) {
      throw new Error(`--systems names ${s} but --backends (${flags.backends.join(",")}) leaves it out; add its backend`);
    }
  }
  return all.filter((a) => flags.systems!.includes(a.system));
}

// ---------------------------------------------------------------------------
// The peak, in its own process
// ---------------------------------------------------------------------------

export type PeakOutcome = ({ ok: true } & PeakResult) | { ok: false; reason: string };

const PEAK_TIMEOUT_MS = 120_000;

/** measureWasmSimdPeak() in `node --no-liftoff`, relaxed SIMD enabled there for the FMA figure. */
export function measurePeakInChild(): Promise<PeakOutcome> {
  const url = (p: string) => JSON.stringify(pathToFileURL(join(ROOT, p)).href);
  const script =
    `const { enableRelaxedSimdInNode } = await import(${url("src/codegen/wasm/simd.ts")});` +
    `const { measureWasmSimdPeak } = await import(${url("bench/peak.ts")});` +
    `enableRelaxedSimdInNode();` +
    `console.log(JSON.stringify(measureWasmSimdPeak()));`;
  const args = ["--no-liftoff", "--import", "tsx", "--input-type=module", "-e", script];
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => (out += c));
    child.stderr.setEncoding("utf8").on("data", (c: string) => (err += c));
    const timer = setTimeout(() => child.kill("SIGKILL"), PEAK_TIMEOUT_MS);
    child.on("error", (e) => done({ ok: false, reason: `could not start the peak child: ${e.message}` }));
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const line = out.split("\n").find((l) => l.trim().startsWith("{"));
      if (line) return done({ ok: true, ...(JSON.parse(line) as PeakResult) });
      const why = err.trim().split("\n").slice(-2).join(" | ") || "no output";
      done({ ok: false, reason: `peak child exited ${code ?? signal}: ${why.slice(0, 400)}` });
    });
  });
}

// ---------------------------------------------------------------------------
// Ratios, fractions of the peak, checksums
// ---------------------------------------------------------------------------

const ok = (m: Measurement | undefined): m is Measurement & { medianMs: number; gflops: number } =>
  m !== undefined && m.status === "ok" && m.medianMs !== null && m.gflops !== null;

/** Peer's median time / gradfuse's median time for every peer that ran the workload: > 1 = gradfuse faster. */
export function speedUps(results: readonly Measurement[], gradfuse: Measurement): Record<string, number> {
  const out: Record<string, number> = {};
  if (!ok(gradfuse)) return out;
  for (const peer of results) {
    if (peer.workload !== gradfuse.workload || isGradfuse(peer.system) || !ok(peer)) continue;
    out[peer.system] = peer.medianMs / gradfuse.medianMs;
  }
  return out;
}

/** Training and kernel workloads are compared with the peak: the others are latency-bound. */
export const comparedWithPeak = (w: WorkloadId) => WORKLOADS[w].kind !== "infer";

/** Effective GFLOP/s at the median time / the mul+add peak, or null when either is missing. */
export function fractionOfPeak(m: Measurement, peak: PeakOutcome): number | null {
  if (!peak.ok || !ok(m) || !comparedWithPeak(m.workload)) return null;
  return m.gflops / peak.gflops;
}

export interface ChecksumMismatch {
  workload: WorkloadId;
  gradfuse: string;
  gradfuseChecksum: number;
  peer: string;
  peerChecksum: number;
}

const checksumsDiffer = (a: number, b: number) => Math.abs(a - b) / Math.max(1, Math.abs(b)) > CHECKSUM_TOLERANCE;

/** Every (gradfuse system, peer) pair whose checksums of one workload differ beyond the tolerance. */
export function checksumMismatches(results: readonly Measurement[]): ChecksumMismatch[] {
  const out: ChecksumMismatch[] = [];
  for (const g of results) {
    if (!isGradfuse(g.system) || g.checksum === undefined) continue;
    for (const p of results) {
      if (p.workload !== g.workload || isGradfuse(p.system) || p.checksum === undefined) continue;
      if (!checksumsDiffer(g.checksum, p.checksum)) continue;
      out.push({ workload: g.workload, gradfuse: g.system, gradfuseChecksum: g.checksum, peer: p.system, peerChecksum: p.checksum });
    }
  }
  return out;
}

/** gradfuse's first SGD step against the float64 interpreter (bench/gradfuse.ts, STEP_CHECK_INFO). */
export interface StepCheck {
  workload: WorkloadId;
  system: string;
  relError: number;
  ok: boolean;
}

/**
 * The peers' training checksum cannot see the step (bench/gradfuse.ts explains why), so each gradfuse
 * training measurement carries its own check of the step against the interpreter.
 */
export function stepChecks(results: readonly Measurement[]): StepCheck[] {
  return results.flatMap((m) => {
    const relError = m.info?.[STEP_CHECK_INFO];
    if (!isGradfuse(m.system) || typeof relError !== "number") return [];
    return [{ workload: m.workload, system: m.system, relError, ok: relError <= STEP_TOLERANCE }];
  });
}

/** Peers that disagree with the first peer reporting a checksum of the workload (their speed is suspect too). */
function peerDisagreements(results: readonly Measurement[]): string[] {
  const notes: string[] = [];
  for (const w of new Set(results.map((r) => r.workload))) {
    const [first, ...rest] = results.filter((r) => r.workload === w && !isGradfuse(r.system) && r.checksum !== undefined);
    for (const p of first ? rest : []) {
      if (checksumsDiffer(p.checksum!, first!.checksum!)) {
        notes.push(`- ${w}: checksum of ${p.system} (${p.checksum}) differs from ${first!.system} (${first!.checksum})`);
      }
    }
  }
  return notes;
}

// ---------------------------------------------------------------------------
// Targets
// ---------------------------------------------------------------------------

export interface Target {
  label: string;
  workload: WorkloadId;
  /**
   * "speedup" over `peer` (default tfjs-wasm; ≥ goal), "peak": fraction of the mul+add peak (≥ goal),
   * "threads": gradfuse-wasm's time / gradfuse-wasm-2t's (≥ goal), "latency": `system`'s time /
   * `peer`'s time (≤ goal).
   */
  kind: "speedup" | "peak" | "threads" | "latency";
  goal: number;
  /** The gradfuse system judged (default: every gradfuse system that ran the workload). */
  system?: string;
  peer?: string;
}

const threadTarget = (workload: WorkloadId, goal: number, what: string): Target => ({
  label: `${what}: 2 threads ≥ ${goal}× 1 thread`,
  workload,
  kind: "threads",
  goal,
  system: "gradfuse-wasm-2t",
});

/** W1 = the MLP, W2 = LeNet-5, W3 = the kernels (GEMM, conv). */
export const TARGETS: readonly Target[] = [
  { label: "W1 train ≥ 10× faster than TF.js WASM", workload: "mlp.train.b64", kind: "speedup", goal: 10 },
  { label: "W2 train ≥ 40% of peak", workload: "lenet.train.b64", kind: "peak", goal: 0.4 },
  { label: "W1 inference b1 ≥ 2× faster than TF.js WASM", workload: "mlp.infer.b1", kind: "speedup", goal: 2 },
  { label: "W2 inference b1 ≥ 2× faster than TF.js WASM", workload: "lenet.infer.b1", kind: "speedup", goal: 2 },
  { label: "GEMM 512³ ≥ 80% of peak", workload: "gemm.512", kind: "peak", goal: 0.8, system: "gradfuse-wasm" },
  threadTarget("gemm.512", 1.8, "GEMM 512³"),
  threadTarget("conv2d.3x3", 1.8, "conv 3×3"),
  threadTarget("lenet.train.b64", 1.6, "W2 train"),
  threadTarget("mlp.train.b64", 1.5, "W1 train"),
  threadTarget("mlp.infer.b256", 1.7, "W1 inference b256"),
  threadTarget("lenet.infer.b256", 1.7, "W2 inference b256"),
  threadTarget("mlp.infer.b1", 1.0, "W1 inference b1"),
  threadTarget("lenet.infer.b1", 1.0, "W2 inference b1"),
  { label: "W1 inference b1 at 1 thread ≤ 1.3× ONNX Runtime native's time", workload: "mlp.infer.b1", kind: "latency", goal: 1.3, system: "gradfuse-wasm", peer: "ort-node-cpu" },
  { label: "W2 inference b1 at 1 thread ≤ 1.0× ONNX Runtime native's time", workload: "lenet.infer.b1", kind: "latency", goal: 1.0, system: "gradfuse-wasm", peer: "ort-node-cpu" },
  ...(["mlp.infer.b1", "mlp.infer.b256", "lenet.infer.b1", "lenet.infer.b256", "gemm.512", "conv2d.3x3"] as const).map(
    (workload): Target => ({ label: "at 2 threads faster than ONNX Runtime Web at 2 threads", workload, kind: "speedup", goal: 1, system: "gradfuse-wasm-2t", peer: "ort-web-wasm-2t" }),
  ),
];

/** A target's value for one gradfuse measurement, or null when a figure is missing. */
function targetValue(t: Target, g: Measurement, results: readonly Measurement[], peak: PeakOutcome): number | null {
  const median = (system: string) => {
    const m = results.find((r) => r.system === system && r.workload === t.workload);
    return m && ok(m) ? m.medianMs : null;
  };
  switch (t.kind) {
    case "speedup":
      return speedUps(results, g)[t.peer ?? "tfjs-wasm"] ?? null;
    case "peak":
      return fractionOfPeak(g, peak);
    case "threads": {
      const one = median("gradfuse-wasm");
      return one !== null && ok(g) ? one / g.medianMs : null;
    }
    case "latency": {
      const peer = median(t.peer!);
      return peer !== null && ok(g) ? g.medianMs / peer : null;
    }
  }
}

export interface TargetResult {
  target: string;
  kind: Target["kind"];
  system: string;
  value: number | null;
  met: boolean | null;
}

export function evaluateTargets(results: readonly Measurement[], peak: PeakOutcome): TargetResult[] {
  const out: TargetResult[] = [];
  for (const t of TARGETS) {
    for (const g of results.filter((r) => isGradfuse(r.system) && r.workload === t.workload && (t.system === undefined || r.system === t.system))) {
      const value = targetValue(t, g, results, peak);
      const met = value === null ? null : t.kind === "latency" ? value <= t.goal : value >= t.goal;
      out.push({ target: t.kind === "threads" || t.kind === "speedup" && t.peer ? `${t.label} (${t.workload})` : t.label, kind: t.kind, system: g.system, value, met });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Report
// ---------------------------------------------------------------------------

const times = (x: number) => `${x >= 10 ? x.toFixed(1) : x.toFixed(2)}×`;
const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

/** Medians, one row per workload and one column per system, then every n/a reason once per system. */
function mediansTable(results: readonly Measurement[]): string {
  const systems = [...new Set(results.map((r) => r.system))];
  const workloads = [...new Set(results.map((r) => r.workload))];
  const lines = [`| workload | ${systems.join(" | ")} |`, `|---|${systems.map(() => "---:").join("|")}|`];
  for (const w of workloads) {
    const cells = systems.map((s) => {
      const m = results.find((r) => r.workload === w && r.system === s);
      return m ? formatValue(m) : "";
    });
    lines.push(`| ${w} (${WORKLOADS[w].unit}) | ${cells.join(" | ")} |`);
  }
  // One backend that does not compile yet fails every workload for the same reason: say it once.
  const reasons = new Map<string, WorkloadId[]>();
  for (const r of results.filter((m) => m.status !== "ok")) {
    const key = `${r.system}: ${r.reason}`;
    reasons.set(key, [...(reasons.get(key) ?? []), r.workload]);
  }
  const notes = [...reasons].map(([key, ws]) => {
    const which = ws.length === workloads.length ? "every workload" : ws.join(", ");
    return `- n/a on ${which}, ${key}`;
  });
  notes.push(...peerDisagreements(results));
  return [...lines, ...(notes.length ? ["", ...notes] : [])].join("\n");
}

function speedUpTable(results: readonly Measurement[], peak: PeakOutcome): string {
  const peers = [...new Set(results.map((r) => r.system).filter((s) => !isGradfuse(s)))];
  const lines = [
    `| workload | gradfuse | median | ${peers.map((p) => `vs ${p}`).join(" | ")} | of peak |`,
    `|---|---|---:|${peers.map(() => "---:").join("|")}|---:|`,
  ];
  // A gradfuse row that is n/a has nothing to compare; its reason is under the medians.
  for (const g of results.filter((r) => isGradfuse(r.system) && r.status === "ok")) {
    const s = speedUps(results, g);
    const f = fractionOfPeak(g, peak);
    const cells = peers.map((p) => (s[p] === undefined ? "n/a" : times(s[p]!)));
    lines.push(`| ${g.workload} | ${g.system} | ${formatValue(g)} | ${cells.join(" | ")} | ${f === null ? "" : percent(f)} |`);
  }
  return lines.join("\n");
}

function peakTable(results: readonly Measurement[], peak: PeakOutcome): string {
  const systems = [...new Set(results.map((r) => r.system))];
  const workloads = [...new Set(results.map((r) => r.workload))].filter(comparedWithPeak);
  const lines = [`| workload | ${systems.join(" | ")} |`, `|---|${systems.map(() => "---:").join("|")}|`];
  for (const w of workloads) {
    const cells = systems.map((s) => {
      const m = results.find((r) => r.workload === w && r.system === s);
      const f = m ? fractionOfPeak(m, peak) : null;
      return f === null ? "n/a" : `${m!.gflops!.toFixed(2)} (${percent(f)})`;
    });
    lines.push(`| ${w} | ${cells.join(" | ")} |`);
  }
  return lines.join("\n");
}

function targetLines(targets: readonly TargetResult[]): string {
  return targets
    .map((t) => {
      const verdict = t.met === null ? "n/a" : t.met ? "met" : "NOT met";
      const value = t.value === null ? "" : t.kind === "peak" ? ` (${percent(t.value)})` : ` (${times(t.value)})`;
      return `- ${t.target}, ${t.system}: ${verdict}${value}`;
    })
    .join("\n");
}

function mismatchBanner(mismatches: readonly ChecksumMismatch[], badSteps: readonly StepCheck[]): string {
  const rule = "!".repeat(78);
  return [
    rule,
    `!!! CHECKSUM MISMATCH: gradfuse computed something else than its peers or its interpreter`,
    ...mismatches.map(
      (m) =>
        `!!!   ${m.workload}: ${m.gradfuse} ${m.gradfuseChecksum.toPrecision(8)} vs ${m.peer} ${m.peerChecksum.toPrecision(8)}` +
        ` (tolerance ${CHECKSUM_TOLERANCE} relative)`,
    ),
    ...badSteps.map(
      (c) =>
        `!!!   ${c.workload}: ${c.system}'s first SGD step is off the float64 interpreter's by ` +
        `${c.relError.toPrecision(3)} of the step (tolerance ${STEP_TOLERANCE})`,
    ),
    "!!! The speed-ups of these workloads compare different computations; find which side is wrong",
    "!!! (run the graph on src/interp/interpret.ts in float64) before reading them.",
    rule,
  ].join("\n");
}

function checkLines(results: readonly Measurement[], report: BenchReport): string {
  const compared = results.filter((m) => isGradfuse(m.system) && m.checksum !== undefined);
  const lines = [
    `- checksums: ${compared.length} gradfuse results compared with every peer's, ` +
      `${report.checksumMismatches.length} mismatches (tolerance ${CHECKSUM_TOLERANCE} relative)`,
  ];
  for (const c of report.stepChecks) {
    lines.push(
      `- ${c.workload}, ${c.system}: first SGD step vs the float64 interpreter, largest error ` +
        `${c.relError.toExponential(1)} of the step: ${c.ok ? "ok" : "WRONG"}`,
    );
  }
  return lines.join("\n");
}

function peakLine(peak: PeakOutcome): string {
  if (!peak.ok) return `WASM SIMD peak: n/a (${peak.reason}); no fractions of peak`;
  const fma = peak.gflopsFma === undefined ? "" : `; relaxed-SIMD FMA ${peak.gflopsFma.toFixed(1)} GFLOP/s (not used as the peak)`;
  return `WASM SIMD peak, single core: ${peak.gflops.toFixed(1)} GFLOP/s f32x4 mul+add${fma}`;
}

export interface BenchReport {
  date: string;
  quick: boolean;
  machine: { cpu: string; cores: number; node: string; platform: string };
  peak: PeakOutcome;
  figures: Array<{
    workload: WorkloadId;
    system: string;
    status: Measurement["status"];
    reason?: string;
    unit: Measurement["unit"];
    median: number | null;
    min: number | null;
    medianMs: number | null;
    gflops: number | null;
    samples: number;
    checksum?: number;
    /** gradfuse only: peer median time / gradfuse median time (> 1 = gradfuse faster). */
    speedUpOver?: Record<string, number>;
    fractionOfPeak: number | null;
    info?: Measurement["info"];
  }>;
  checksumMismatches: ChecksumMismatch[];
  stepChecks: StepCheck[];
  targets: TargetResult[];
}

export function buildReport(results: readonly Measurement[], peak: PeakOutcome, quick: boolean, date = new Date()): BenchReport {
  return {
    date: date.toISOString(),
    quick,
    machine: { cpu: os.cpus()[0]?.model ?? "unknown", cores: os.cpus().length, node: process.version, platform: `${os.platform()} ${os.arch()}` },
    peak,
    figures: results.map((m) => ({
      workload: m.workload,
      system: m.system,
      status: m.status,
      ...(m.reason !== undefined ? { reason: m.reason } : {}),
      unit: m.unit,
      median: m.median,
      min: m.min,
      medianMs: m.medianMs,
      gflops: m.gflops,
      samples: m.samples.length,
      ...(m.checksum !== undefined ? { checksum: m.checksum } : {}),
      ...(isGradfuse(m.system) ? { speedUpOver: speedUps(results, m) } : {}),
      fractionOfPeak: fractionOfPeak(m, peak),
      ...(m.info ? { info: m.info } : {}),
    })),
    checksumMismatches: checksumMismatches(results),
    stepChecks: stepChecks(results),
    targets: evaluateTargets(results, peak),
  };
}

export function formatReport(results: readonly Measurement[], report: BenchReport): string {
  const m = report.machine;
  const parts = [
    `gradfuse bench${report.quick ? " (--quick)" : ""}, ${report.date}, ${m.cpu}, ${m.cores} cores, Node ${m.node}, one thread per system (-2t: two)`,
    peakLine(report.peak),
    "",
    "## Medians",
    mediansTable(results),
    "",
    "## gradfuse speed-up over each peer (peer time / gradfuse time; > 1 = gradfuse faster)",
    speedUpTable(results, report.peak),
    "",
    "## Effective GFLOP/s (model FLOPs / median time) and fraction of the peak",
    peakTable(results, report.peak),
    "",
    "## Targets",
    targetLines(report.targets),
    "",
    "## Checks",
    checkLines(results, report),
  ];
  if (isWrong(report)) parts.push("", wrongResultsBanner(report));
  return parts.join("\n");
}

const isWrong = (report: BenchReport) => report.checksumMismatches.length > 0 || report.stepChecks.some((c) => !c.ok);
const wrongResultsBanner = (report: BenchReport) =>
  mismatchBanner(
    report.checksumMismatches,
    report.stepChecks.filter((c) => !c.ok),
  );

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------

function progressLine(m: Measurement): string {
  const detail = m.status === "ok" ? `(min ${m.min!.toFixed(3)}, n=${m.samples.length})` : m.reason ?? "";
  return `  ${m.workload.padEnd(18)} ${m.system.padEnd(14)} ${formatValue(m).padStart(16)}  ${detail}`;
}

async function main(): Promise<void> {
  const flags = parseBenchFlags(process.argv.slice(2));
  const systems = selectSystems(flags);
  const o = resolveOptions({ quick: flags.quick });
  console.error(
    `gradfuse bench: ${systems.length} systems × ${flags.workloads.length} workloads, ` +
      `${o.warmup} warm-up + up to ${o.reps} timed runs (${o.budgetMs / 1000} s budget) each, one child process per pair`,
  );
  console.error("measuring the WASM SIMD peak (bench/peak.ts, node --no-liftoff) ...");
  const peak = await measurePeakInChild();
  console.error(`  ${peakLine(peak)}`);
  const results = await runAll({ quick: flags.quick, systems, workloads: flags.workloads, onResult: (m) => console.error(progressLine(m)) });
  const report = buildReport(results, peak, flags.quick);
  console.log(formatReport(results, report));
  // What a user waits for before any kernel runs: fresh processes of plain node on dist/.
  console.error("measuring start-up (bench/startup.ts: fresh processes) ...");
  const startup = measureStartup(flags.quick ? 3 : 7);
  console.log("\n" + startupTable(startup));
  if (flags.jsonPath) {
    writeFileSync(resolve(flags.jsonPath), JSON.stringify({ ...report, startup }, null, 2) + "\n");
    console.error(`wrote ${flags.jsonPath}`);
  }
  if (isWrong(report)) {
    console.error(wrongResultsBanner(report));
    process.exitCode = 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((e: unknown) => {
    if (e instanceof UsageRequest) return console.log(e.message);
    console.error(e instanceof Error ? e.message : e);
    process.exit(2);
  });
}
