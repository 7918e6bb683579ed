/**
 * Benchmark workload definitions shared by every system measured by `npm run bench`
 * (gradfuse itself and the JavaScript peers under bench/peers/).
 *
 * Everything a system needs to build an identical workload is here: sizes, the
 * parameter list (names, shapes, canonical layouts), the deterministic synthetic
 * data and parameter initialisation, and the FLOP count used to convert times into
 * GFLOP/s. Change a definition here and every system follows.
 *
 * Conventions
 * - Dense weights are [in, out]; conv kernels are HWIO [kh, kw, cin, cout]; images
 *   are NHWC. A system whose convolutions are NCHW only (ONNX Runtime, jax-js) may
 *   transpose the *synthetic* data/weights once at setup; the arithmetic is the same.
 * - Inference returns the logits (no softmax).
 * - Training step = forward + softmax cross-entropy (mean over the batch) + backward
 *   + plain SGD update `p -= lr * dL/dp` on every parameter (weights and biases).
 * - FLOPs: forward = 2 * MACs of the conv/dense layers (bias, ReLU, pooling, softmax
 *   are not counted); a training step counts what it really computes: the forward pass, every
 *   layer's weight gradient (one forward's worth) and every layer's input gradient but the first
 *   layer's (nobody needs the gradient of the data): 3 * forward - 2 * MACs of the first layer.
 *   MLP at batch 64: 64.45 MFLOP; LeNet-5 at batch 64: 144.9 MFLOP.
 * - One thread for every system unless its name says otherwise (`-2t`: two threads).
 */

export type WorkloadId =
  | "mlp.train.b64"
  | "mlp.infer.b1"
  | "mlp.infer.b256"
  | "lenet.train.b64"
  | "lenet.infer.b1"
  | "lenet.infer.b256"
  | "gemm.512"
  | "conv2d.3x3";

export type ModelName = "mlp" | "lenet";
export type WorkloadKind = "train" | "infer" | "kernel";
export type Unit = "ms" | "GFLOP/s";

export interface WorkloadDef {
  id: WorkloadId;
  kind: WorkloadKind;
  /** Model for train/infer workloads. */
  model?: ModelName;
  /** Batch size for train/infer workloads. */
  batch?: number;
  /** How the result is reported: ms per step/call, or GFLOP/s for kernels. */
  unit: Unit;
  /** FLOPs of one repetition (one step, one call, one kernel). */
  flops: number;
  description: string;
}

/** Seed of all synthetic data and parameters. */
export const SEED = 1234;
export const NUM_CLASSES = 10;
export const LEARNING_RATE = 0.01;

// ---------------------------------------------------------------------------
// Models
// ---------------------------------------------------------------------------

export interface ParamSpec {
  name: string;
  /** Dense: [in, out]; conv: HWIO [kh, kw, cin, cout]; bias: [out]. */
  shape: number[];
  /** fan_in, fan_out for Glorot-uniform init; biases are zero. */
  init: "glorot" | "zeros";
}

/** MLP 784-256-128-10, ReLU after the two hidden layers. */
export const MLP = {
  sizes: [784, 256, 128, 10] as const,
  inputShape: (batch: number): number[] => [batch, 784],
  params: [
    { name: "w1", shape: [784, 256], init: "glorot" },
    { name: "b1", shape: [256], init: "zeros" },
    { name: "w2", shape: [256, 128], init: "glorot" },
    { name: "b2", shape: [128], init: "zeros" },
    { name: "w3", shape: [128, 10], init: "glorot" },
    { name: "b3", shape: [10], init: "zeros" },
  ] as ParamSpec[],
};

/**
 * LeNet-5 on 28x28x1 NHWC:
 * conv 5x5x6 SAME + ReLU -> maxpool 2x2/2 -> conv 5x5x16 VALID + ReLU -> maxpool 2x2/2
 * -> flatten (5*5*16 = 400, NHWC order) -> dense 120 ReLU -> dense 84 ReLU -> dense 10.
 */
export const LENET = {
  inputShape: (batch: number): number[] => [batch, 28, 28, 1],
  params: [
    { name: "c1w", shape: [5, 5, 1, 6], init: "glorot" },
    { name: "c1b", shape: [6], init: "zeros" },
    { name: "c2w", shape: [5, 5, 6, 16], init: "glorot" },
    { name: "c2b", shape: [16], init: "zeros" },
    { name: "f1w", shape: [400, 120], init: "glorot" },
    { name: "f1b", shape: [120], init: "zeros" },
    { name: "f2w", shape: [120, 84], init: "glorot" },
    { name: "f2b", shape: [84], init: "zeros" },
    { name: "f3w", shape: [84, 10], init: "glorot" },
    { name: "f3b", shape: [10], init: "zeros" },
  ] as ParamSpec[],
};

/** GEMM C[M,N] = A[M,K] * B[K,N]. */
export const GEMM = { M: 512, N: 512, K: 512 };

/** conv2d NHWC x[N,H,W,Cin] * w[kh,kw,Cin,Cout], stride 1, SAME. */
export const CONV = { N: 8, H: 32, W: 32, Cin: 64, Cout: 64, kh: 3, kw: 3 };

// ---------------------------------------------------------------------------
// FLOP counts
// ---------------------------------------------------------------------------

/** Multiply-accumulates of one MLP forward pass for one sample. */
export function mlpMacsPerSample(): number {
  const s = MLP.sizes;
  let macs = 0;
  for (let i = 0; i + 1 < s.length; i++) macs += s[i]! * s[i + 1]!;
  return macs; // 234,752
}

/** Multiply-accumulates of one LeNet-5 forward pass for one sample. */
export function lenetMacsPerSample(): number {
  const conv1 = 28 * 28 * 6 * (5 * 5 * 1); // SAME: 28x28 outputs
  const conv2 = 10 * 10 * 16 * (5 * 5 * 6); // VALID on 14x14: 10x10 outputs
  const dense = 400 * 120 + 120 * 84 + 84 * 10;
  return conv1 + conv2 + dense; // 416,520
}

export function forwardFlops(model: ModelName, batch: number): number {
  const macs = model === "mlp" ? mlpMacsPerSample() : lenetMacsPerSample();
  return 2 * macs * batch;
}

/** Multiply-accumulates of the first layer for one sample (its input gradient is never computed). */
export function firstLayerMacsPerSample(model: ModelName): number {
  return model === "mlp" ? MLP.sizes[0]! * MLP.sizes[1]! : 28 * 28 * 6 * (5 * 5 * 1);
}

/**
 * One training step: forward (F), the weight gradients (F) and the input gradients of every layer
 * but the first: 3F - 2 * first-layer MACs.
 */
export function trainFlops(model: ModelName, batch: number): number {
  return 3 * forwardFlops(model, batch) - 2 * firstLayerMacsPerSample(model) * batch;
}

export function gemmFlops(g = GEMM): number {
  return 2 * g.M * g.N * g.K;
}

/** SAME, stride 1: Ho = H, Wo = W. */
export function convFlops(c = CONV): number {
  return 2 * c.N * c.H * c.W * c.Cout * c.kh * c.kw * c.Cin;
}

// ---------------------------------------------------------------------------
// Workload table
// ---------------------------------------------------------------------------

function modelWorkload(id: WorkloadId, model: ModelName, kind: "train" | "infer", batch: number): WorkloadDef {
  const name = model === "mlp" ? "MLP 784-256-128-10" : "LeNet-5 28x28x1";
  return {
    id,
    kind,
    model,
    batch,
    unit: "ms",
    flops: kind === "train" ? trainFlops(model, batch) : forwardFlops(model, batch),
    description:
      kind === "train"
        ? `${name}: one SGD training step (lr ${LEARNING_RATE}), softmax cross-entropy, batch ${batch}`
        : `${name}: inference (logits), batch ${batch}`,
  };
}

export const WORKLOADS: Record<WorkloadId, WorkloadDef> = {
  "mlp.train.b64": modelWorkload("mlp.train.b64", "mlp", "train", 64),
  "mlp.infer.b1": modelWorkload("mlp.infer.b1", "mlp", "infer", 1),
  "mlp.infer.b256": modelWorkload("mlp.infer.b256", "mlp", "infer", 256),
  "lenet.train.b64": modelWorkload("lenet.train.b64", "lenet", "train", 64),
  "lenet.infer.b1": modelWorkload("lenet.infer.b1", "lenet", "infer", 1),
  "lenet.infer.b256": modelWorkload("lenet.infer.b256", "lenet", "infer", 256),
  "gemm.512": {
    id: "gemm.512",
    kind: "kernel",
    unit: "GFLOP/s",
    flops: gemmFlops(),
    description: `GEMM ${GEMM.M}x${GEMM.N}x${GEMM.K} (float32)`,
  },
  "conv2d.3x3": {
    id: "conv2d.3x3",
    kind: "kernel",
    unit: "GFLOP/s",
    flops: convFlops(),
    description: `conv2d 3x3 SAME stride 1, ${CONV.N}x${CONV.H}x${CONV.W}x${CONV.Cin} -> ${CONV.Cout} channels (NHWC, float32)`,
  },
};

export const WORKLOAD_IDS = Object.keys(WORKLOADS) as WorkloadId[];

export function isWorkloadId(s: string): s is WorkloadId {
  return Object.prototype.hasOwnProperty.call(WORKLOADS, s);
}

// ---------------------------------------------------------------------------
// Deterministic synthetic data
// ---------------------------------------------------------------------------

/** mulberry32: small, fast, deterministic PRNG returning floats in [0, 1). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Derive an independent seed for a named stream (e.g. "x", "w1"). */
export function subSeed(seed: number, name: string): number {
  let h = seed ^ 0x9e3779b9;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function size(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

/** Uniform [lo, hi) float32 tensor data. */
export function uniform(shape: readonly number[], seed: number, lo = -1, hi = 1): Float32Array {
  const r = rng(seed);
  const out = new Float32Array(size(shape));
  for (let i = 0; i < out.length; i++) out[i] = lo + (hi - lo) * r();
  return out;
}

/** Glorot-uniform init for a dense [in,out] or conv HWIO weight. */
export function glorot(shape: readonly number[], seed: number): Float32Array {
  let fanIn: number;
  let fanOut: number;
  if (shape.length === 2) {
    fanIn = shape[0]!;
    fanOut = shape[1]!;
  } else {
    const rf = shape[0]! * shape[1]!;
    fanIn = rf * shape[2]!;
    fanOut = rf * shape[3]!;
  }
  const lim = Math.sqrt(6 / (fanIn + fanOut));
  return uniform(shape, seed, -lim, lim);
}

export interface ParamData {
  name: string;
  shape: number[];
  data: Float32Array;
}

/** Parameters of a model in canonical layout (dense [in,out], conv HWIO). */
export function initParams(model: ModelName, seed = SEED): ParamData[] {
  const specs = model === "mlp" ? MLP.params : LENET.params;
  return specs.map((p) => ({
    name: p.name,
    shape: [...p.shape],
    data: p.init === "zeros" ? new Float32Array(size(p.shape)) : glorot(p.shape, subSeed(seed, p.name)),
  }));
}

export function inputShape(model: ModelName, batch: number): number[] {
  return model === "mlp" ? MLP.inputShape(batch) : LENET.inputShape(batch);
}

/** Input batch in [0, 1) (pixel-like), canonical layout (MLP [B,784], LeNet NHWC). */
export function inputBatch(model: ModelName, batch: number, seed = SEED): Float32Array {
  return uniform(inputShape(model, batch), subSeed(seed, `x:${model}:${batch}`), 0, 1);
}

/** Integer labels in [0, NUM_CLASSES). */
export function labels(batch: number, seed = SEED): Int32Array {
  const r = rng(subSeed(seed, `y:${batch}`));
  const out = new Int32Array(batch);
  for (let i = 0; i < batch; i++) out[i] = Math.floor(r() * NUM_CLASSES);
  return out;
}

/** One-hot float32 [batch, NUM_CLASSES] of `labels(batch, seed)`. */
export function oneHot(lbl: Int32Array): Float32Array {
  const out = new Float32Array(lbl.length * NUM_CLASSES);
  for (let i = 0; i < lbl.length; i++) out[i * NUM_CLASSES + lbl[i]!] = 1;
  return out;
}

/** Kernel operands in canonical layout. */
export function gemmOperands(seed = SEED): { a: Float32Array; b: Float32Array } {
  return {
    a: uniform([GEMM.M, GEMM.K], subSeed(seed, "gemm:a")),
    b: uniform([GEMM.K, GEMM.N], subSeed(seed, "gemm:b")),
  };
}

export function convOperands(seed = SEED): { x: Float32Array; w: Float32Array } {
  return {
    x: uniform([CONV.N, CONV.H, CONV.W, CONV.Cin], subSeed(seed, "conv:x")),
    w: glorot([CONV.kh, CONV.kw, CONV.Cin, CONV.Cout], subSeed(seed, "conv:w")),
  };
}

// ---------------------------------------------------------------------------
// Layout helpers (for NCHW-only systems)
// ---------------------------------------------------------------------------

/** Permute a dense row-major tensor: out.shape[i] = shape[perm[i]]. */
export function transpose(data: Float32Array, shape: readonly number[], perm: readonly number[]): Float32Array {
  const n = shape.length;
  const outShape = perm.map((p) => shape[p]!);
  const inStrides = new Array<number>(n);
  let s = 1;
  for (let i = n - 1; i >= 0; i--) {
    inStrides[i] = s;
    s *= shape[i]!;
  }
  const out = new Float32Array(data.length);
  const idx = new Array<number>(n).fill(0);
  for (let o = 0; o < out.length; o++) {
    let src = 0;
    for (let i = 0; i < n; i++) src += idx[i]! * inStrides[perm[i]!]!;
    out[o] = data[src]!;
    for (let i = n - 1; i >= 0; i--) {
      if (++idx[i]! < outShape[i]!) break;
      idx[i] = 0;
    }
  }
  return out;
}

/** NHWC -> NCHW data. */
export const nhwcToNchw = (d: Float32Array, s: readonly number[]): Float32Array => transpose(d, s, [0, 3, 1, 2]);
/** HWIO -> OIHW kernel. */
export const hwioToOihw = (d: Float32Array, s: readonly number[]): Float32Array => transpose(d, s, [3, 2, 0, 1]);

// ---------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------

/** One line printed by a system's bench script (`--json`): raw timings in ms. */
export interface RawMeasurement {
  workload: WorkloadId;
  system: string;
  /** Wall time of each timed repetition, ms. */
  samplesMs: number[];
  /** (user+system CPU time) / wall time over the timed repetitions; ~1 = one thread busy. */
  cpuRatio?: number;
  /** See Prepared.checksum in bench/peers/common.ts: output sum (infer/kernel) or
   * sum of the last dense weight after one SGD step from the initial parameters (train). */
  checksum?: number;
  /** Library versions, backend details. */
  info?: Record<string, string | number | boolean>;
  /** Set when the system could not run this workload. */
  error?: string;
}

/** Summary of one (workload, system) measurement. */
export interface Measurement {
  workload: WorkloadId;
  system: string;
  status: "ok" | "n/a";
  /** Reason when status is "n/a". */
  reason?: string;
  unit: Unit;
  /** In `unit`: median time (ms) or GFLOP/s at the median time. */
  median: number | null;
  /** In `unit`: minimum time (ms) or GFLOP/s at the minimum (fastest) time. */
  min: number | null;
  /** Raw wall times of the timed repetitions, ms. */
  samples: number[];
  medianMs: number | null;
  minMs: number | null;
  /** Achieved GFLOP/s at the median time (also for ms workloads). */
  gflops: number | null;
  cpuRatio?: number;
  checksum?: number;
  info?: Record<string, string | number | boolean>;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Turn raw ms samples into a Measurement in the workload's unit. */
export function summarize(raw: RawMeasurement): Measurement {
  const def = WORKLOADS[raw.workload];
  if (raw.error !== undefined || raw.samplesMs.length === 0) {
    return {
      workload: raw.workload,
      system: raw.system,
      status: "n/a",
      reason: raw.error ?? "no samples",
      unit: def.unit,
      median: null,
      min: null,
      samples: raw.samplesMs,
      medianMs: null,
      minMs: null,
      gflops: null,
      ...(raw.info ? { info: raw.info } : {}),
    };
  }
  const medMs = median(raw.samplesMs);
  const minMs = Math.min(...raw.samplesMs);
  const gf = (ms: number): number => def.flops / (ms * 1e6);
  return {
    workload: raw.workload,
    system: raw.system,
    status: "ok",
    unit: def.unit,
    median: def.unit === "ms" ? medMs : gf(medMs),
    min: def.unit === "ms" ? minMs : gf(minMs),
    samples: raw.samplesMs,
    medianMs: medMs,
    minMs,
    gflops: gf(medMs),
    ...(raw.cpuRatio !== undefined ? { cpuRatio: raw.cpuRatio } : {}),
    ...(raw.checksum !== undefined ? { checksum: raw.checksum } : {}),
    ...(raw.info ? { info: raw.info } : {}),
  };
}
