// Smoke test of `npm run bench`: the gradfuse bench script, run as the harness runs it (its own
// process, the JSON-line protocol of bench/peers/common.ts), prints one valid measurement whose
// checksum equals a plain float64 forward pass of the same MLP, and whose training step agrees with
// the float64 interpreter; and the figures bench/run.ts derives (speed-ups, fractions of the peak,
// checksum mismatches, targets) agree with hand-computed values.
// No timing is asserted: the machine is shared.
import { spawnSync } from "node:child_process";
import { beforeAll, describe, expect, it } from "vitest";
import { STEP_CHECK_INFO, gradfuseParamName } from "../bench/gradfuse.ts";
import { ROOT } from "../bench/harness.ts";
import {
  checksumMismatches,
  evaluateTargets,
  fractionOfPeak,
  parseBenchFlags,
  selectSystems,
  speedUps,
  stepChecks,
} from "../bench/run.ts";
import type { PeakOutcome } from "../bench/run.ts";
import { MLP, WORKLOADS, initParams, inputBatch, summarize } from "../bench/workloads.ts";
import type { Measurement, RawMeasurement, WorkloadId } from "../bench/workloads.ts";

/** Sum of the logits of the MLP at batch 1, computed directly in float64 (the oracle). */
function mlpLogitSumFloat64(): number {
  const params = Object.fromEntries(initParams("mlp").map((p) => [p.name, p.data]));
  let h: number[] = Array.from(inputBatch("mlp", 1));
  for (let layer = 1; layer <= 3; layer++) {
    const w = params[`w${layer}`]!;
    const b = params[`b${layer}`]!;
    const [fanIn, fanOut] = [MLP.sizes[layer - 1], MLP.sizes[layer]];
    const z = Array.from({ length: fanOut }, (_, j) => {
      let s = b[j]!;
      for (let i = 0; i < fanIn; i++) s += h[i]! * w[i * fanOut + j]!;
      return s;
    });
    h = layer < 3 ? z.map((v) => Math.max(0, v)) : z;
  }
  return h.reduce((a, v) => a + v, 0);
}

/** Runs bench/gradfuse.ts as the harness does and returns its JSON lines. */
function runGradfuseScript(workloads: string): RawMeasurement[] {
  const args = ["--import", "tsx", "bench/gradfuse.ts", "--backend", "ts", "--workload", workloads];
  const child = spawnSync(process.execPath, [...args, "--json", "--warmup", "0", "--reps", "2", "--budget-ms", "0"], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 60_000,
  });
  expect(child.status, child.stderr).toBe(0);
  return child.stdout
    .split("\n")
    .filter((l) => l.trim().startsWith("{"))
    .map((l) => JSON.parse(l) as RawMeasurement);
}

describe("bench/gradfuse.ts, as the harness runs it", () => {
  let lines: RawMeasurement[] = [];
  beforeAll(() => {
    lines = runGradfuseScript("mlp.infer.b1,mlp.train.b64");
  }, 60_000);

  it("prints one JSON measurement of mlp.infer.b1 whose checksum matches a float64 forward pass", () => {
    expect(lines).toHaveLength(2);
    const raw = lines[0]!;
    expect(raw.error).toBeUndefined();
    expect(raw).toMatchObject({ workload: "mlp.infer.b1", system: "gradfuse-ts" });
    expect(raw.samplesMs.length).toBeGreaterThanOrEqual(1);
    for (const ms of raw.samplesMs) expect(ms).toBeGreaterThan(0);
    expect(raw.checksum).toBeCloseTo(mlpLogitSumFloat64(), 4);
    expect(raw.info).toMatchObject({ backend: "ts", kernels: 3 });
    expect(raw.info!["compile.total"]).toBeGreaterThan(0);
    expect(Object.keys(raw.info!).filter((k) => k.startsWith("compile.pass."))).toContain("compile.pass.fuse");
    expect(summarize(raw).status).toBe("ok");
  });

  it("checks its first SGD step against the float64 interpreter, and reports the peers' checksum", () => {
    const raw = lines[1]!;
    expect(raw).toMatchObject({ workload: "mlp.train.b64", system: "gradfuse-ts" });
    expect(raw.info![STEP_CHECK_INFO]).toBeLessThan(1e-3);
    // The checksum is the L1 norm of the last kernel's gradient, recovered from the step: positive,
    // and what the interpreter's own step gives (checked to 1e-3 of the step above).
    expect(raw.checksum).toBeGreaterThan(0);
    expect(Number.isFinite(raw.checksum)).toBe(true);
  });

  it("maps every workloads.ts parameter to the nn layers' names", () => {
    expect(initParams("mlp").map((p) => gradfuseParamName("mlp", p.name))).toEqual([
      "fc1/kernel", "fc1/bias", "fc2/kernel", "fc2/bias", "fc3/kernel", "fc3/bias",
    ]);
    expect(["c1w", "c2b", "f1w", "f3b"].map((n) => gradfuseParamName("lenet", n))).toEqual([
      "conv1/kernel", "conv2/bias", "fc1/kernel", "fc3/bias",
    ]);
    expect(() => gradfuseParamName("mlp", "c1w")).toThrow(/no gradfuse name for mlp parameter 'c1w'/);
  });
});

describe("bench/run.ts figures", () => {
  const raw = (workload: WorkloadId, system: string, samplesMs: number[], checksum?: number): Measurement =>
    summarize({ workload, system, samplesMs, ...(checksum !== undefined ? { checksum } : {}) });
  const results: Measurement[] = [
    raw("mlp.train.b64", "gradfuse-ts", [2, 3, 4], 5.3125),
    raw("mlp.train.b64", "tfjs-wasm", [30, 30, 30], 5.3126),
    raw("mlp.train.b64", "tfjs-cpu", [12], 6.5),
    raw("mlp.train.b64", "gradfuse-wasm", [], undefined),
    raw("gemm.512", "gradfuse-ts", [10], -4818.8),
  ];
  const peak: PeakOutcome = { ok: true, gflops: 50 };

  it("speed-up = peer median time / gradfuse median time, peers only", () => {
    expect(speedUps(results, results[0]!)).toEqual({ "tfjs-wasm": 10, "tfjs-cpu": 4 });
    expect(speedUps(results, results[3]!)).toEqual({});
  });

  it("fraction of peak = model FLOPs / median time / peak, for training and kernels only", () => {
    expect(fractionOfPeak(results[0]!, peak)).toBeCloseTo(WORKLOADS["mlp.train.b64"].flops / 3e-3 / 1e9 / 50, 12);
    expect(fractionOfPeak(results[4]!, peak)).toBeCloseTo((2 * 512 ** 3) / 10e-3 / 1e9 / 50, 12);
    expect(fractionOfPeak(raw("mlp.infer.b1", "gradfuse-ts", [1]), peak)).toBeNull();
    expect(fractionOfPeak(results[0]!, { ok: false, reason: "no peak" })).toBeNull();
  });

  it("turns gradfuse's step checks into ok / wrong by the tolerance", () => {
    const withCheck = (relError: number): Measurement => ({ ...results[0]!, info: { [STEP_CHECK_INFO]: relError } });
    expect(stepChecks([withCheck(2e-5), results[1]!, { ...withCheck(0.3), system: "gradfuse-wasm" }])).toEqual([
      { workload: "mlp.train.b64", system: "gradfuse-ts", relError: 2e-5, ok: true },
      { workload: "mlp.train.b64", system: "gradfuse-wasm", relError: 0.3, ok: false },
    ]);
  });

  it("flags only gradfuse checksums that differ from a peer's beyond the tolerance", () => {
    expect(checksumMismatches(results)).toEqual([
      { workload: "mlp.train.b64", gradfuse: "gradfuse-ts", gradfuseChecksum: 5.3125, peer: "tfjs-cpu", peerChecksum: 6.5 },
    ]);
  });

  it("judges the targets per gradfuse backend (n/a when a figure is missing)", () => {
    const w1 = evaluateTargets(results, peak).filter((t) => t.target.startsWith("W1 train"));
    expect(w1).toEqual([
      { target: "W1 train ≥ 10× faster than TF.js WASM", kind: "speedup", system: "gradfuse-ts", value: 10, met: true },
      { target: "W1 train ≥ 10× faster than TF.js WASM", kind: "speedup", system: "gradfuse-wasm", value: null, met: null },
    ]);
  });

  it("judges the thread and latency targets from the same run", () => {
    const run: Measurement[] = [
      raw("gemm.512", "gradfuse-wasm", [10, 10, 10]),
      raw("gemm.512", "gradfuse-wasm-2t", [5, 5, 5]),
      raw("mlp.infer.b1", "gradfuse-wasm", [0.026, 0.026, 0.026]),
      raw("mlp.infer.b1", "ort-node-cpu", [0.02, 0.02, 0.02]),
    ];
    const targets = evaluateTargets(run, peak);
    expect(targets.find((t) => t.target.startsWith("GEMM 512³: 2 threads"))).toMatchObject({ kind: "threads", system: "gradfuse-wasm-2t", value: 2, met: true });
    const latency = targets.find((t) => t.kind === "latency" && t.target.startsWith("W1"))!;
    expect(latency.system).toBe("gradfuse-wasm");
    expect(latency.value).toBeCloseTo(1.3, 12);
    expect(latency.met).toBe(true);
  });

  it("counts the FLOPs a training step performs (no input gradient for the first layer)", () => {
    expect(WORKLOADS["mlp.train.b64"].flops).toBe(64_454_656);
    expect(WORKLOADS["lenet.train.b64"].flops).toBe(144_890_880);
  });

  it("parses the command line and selects systems, refusing unknown names", () => {
    expect(selectSystems(parseBenchFlags(["--backends", "wasm", "--systems", "gradfuse-wasm,gradfuse-wasm-2t,ort-node-cpu"])).map((s) => s.system)).toEqual([
      "gradfuse-wasm",
      "gradfuse-wasm-2t",
      "ort-node-cpu",
    ]);
    const flags = parseBenchFlags(["--quick", "--backends", "ts", "--systems", "gradfuse-ts,tfjs-wasm", "--json", "out.json"]);
    expect(flags).toMatchObject({ quick: true, backends: ["ts"], jsonPath: "out.json" });
    expect(selectSystems(flags).map((s) => s.system)).toEqual(["gradfuse-ts", "tfjs-wasm"]);
    expect(() => parseBenchFlags(["--workloads", "mlp.train.b65"])).toThrow(/unknown workload 'mlp.train.b65'/);
    expect(() => selectSystems(parseBenchFlags(["--backends", "ts", "--systems", "gradfuse-wasm"]))).toThrow(/--backends/);
  });
});
