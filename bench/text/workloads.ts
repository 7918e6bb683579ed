/**
 * Text-model training steps for `npm run bench:text` (bench/text/run.ts), shared by gradfuse
 * (bench/text/gradfuse.ts) and TensorFlow.js (bench/text/tfjs.ts): sizes, synthetic token ids and
 * labels, and the initial value of every parameter by name, so both systems start from the same
 * weights and their first-step losses must agree.
 *
 * One repetition = forward + softmax cross-entropy (mean) + backward + plain SGD (lr 0.01) on every
 * parameter, batch 32.
 *   lstm.train:        ids [32, 64] → embedding 10,000 × 32 → LSTM 32 (last state) → dense 2.
 *   transformer.train: ids [32, 64] → embedding 10,000 × 64 + sinusoidal positions → one pre-norm
 *                      encoder block (4 heads of 16, feed-forward 128, ReLU) → mean over time → dense 2.
 * No padding masks: every position is a token, so both systems do the same arithmetic. The ".frozen"
 * variants keep the embedding table fixed (everything else trains): TF.js's WASM backend cannot train
 * an embedding (the gradient of gather needs UnsortedSegmentSum, which it does not register).
 */
export type TextWorkloadId = "lstm.train" | "lstm.train.frozen" | "transformer.train" | "transformer.train.frozen";
export const TEXT_WORKLOADS: readonly TextWorkloadId[] = ["lstm.train", "lstm.train.frozen", "transformer.train", "transformer.train.frozen"];

/** The model of a workload; ".frozen" variants do not train the embedding table (TF.js's WASM backend cannot: no UnsortedSegmentSum kernel). */
export const modelOf = (w: TextWorkloadId): "lstm" | "transformer" => (w.startsWith("lstm") ? "lstm" : "transformer");
export const frozenEmbedding = (w: TextWorkloadId): boolean => w.endsWith(".frozen");

export const N = 32;
export const T = 64;
export const V = 10_000;
export const LSTM = { E: 32, H: 32 } as const;
export const TRANSFORMER = { d: 64, heads: 4, ff: 128 } as const;
export const CLASSES = 2;
export const LEARNING_RATE = 0.01;

/** Deterministic uniform values in (-s, s) from a string key. */
function seeded(key: string, n: number, scale: number): Float32Array {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619) >>> 0;
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    h = (Math.imul(h ^ (h >>> 15), 2246822519) + 0x6d2b79f5) >>> 0;
    out[i] = ((h / 4294967296) * 2 - 1) * scale;
  }
  return out;
}

/** The initial value of a parameter: Glorot-uniform-sized for matrices, small for vectors (gammas are 1). */
export function initialValue(name: string, shape: readonly number[]): Float32Array {
  const n = shape.reduce((a, b) => a * b, 1);
  if (name.endsWith("gamma")) return new Float32Array(n).fill(1);
  if (shape.length === 1) return seeded(name, n, 0.05);
  const fanIn = shape[0]!;
  const fanOut = shape[shape.length - 1]!;
  return seeded(name, n, Math.sqrt(6 / (fanIn + fanOut)));
}

export function tokenIds(): Int32Array {
  return Int32Array.from({ length: N * T }, (_, i) => (i * 7919 + 13) % V);
}

export function labels(): Int32Array {
  return Int32Array.from({ length: N }, (_, i) => (i * 5 + 1) % CLASSES);
}

/** Model FLOPs of one training step (3 × forward; forward = 2 × multiply-adds of the matmuls). */
export function stepFlops(w: TextWorkloadId): number {
  if (modelOf(w) === "lstm") {
    const { E, H } = LSTM;
    return 3 * 2 * N * (T * (E * 4 * H + H * 4 * H) + H * CLASSES);
  }
  const { d, ff } = TRANSFORMER;
  const perToken = 4 * d * d + 2 * d * ff + 2 * T * d; // q, k, v, out projections; feed-forward; scores and weighted sum
  return 3 * 2 * (N * T * perToken + N * d * CLASSES);
}

/** Parameter names and shapes, as gradfuse's layers name them (TF.js maps them onto its own). */
export function paramShapes(w: TextWorkloadId): Record<string, number[]> {
  if (modelOf(w) === "lstm") {
    const { E, H } = LSTM;
    return {
      "embed/embeddings": [V, E],
      "lstm/kernel": [E, 4 * H],
      "lstm/recurrent_kernel": [H, 4 * H],
      "lstm/bias": [4 * H],
      "out/kernel": [H, CLASSES],
      "out/bias": [CLASSES],
    };
  }
  const { d, ff } = TRANSFORMER;
  const dense = (name: string, i: number, o: number) => ({ [`${name}/kernel`]: [i, o], [`${name}/bias`]: [o] });
  return {
    "embed/embeddings": [V, d],
    "block/norm1/gamma": [d],
    "block/norm1/beta": [d],
    ...dense("block/attention/query", d, d),
    ...dense("block/attention/key", d, d),
    ...dense("block/attention/value", d, d),
    ...dense("block/attention/output", d, d),
    "block/norm2/gamma": [d],
    "block/norm2/beta": [d],
    ...dense("block/ff1", d, ff),
    ...dense("block/ff2", ff, d),
    ...dense("out", d, CLASSES),
  };
}

/** One measurement, as a child process prints it (one JSON line). */
export interface TextMeasurement {
  readonly system: string;
  readonly workload: TextWorkloadId;
  readonly samplesMs?: readonly number[];
  /** The loss of the first step from the shared initial parameters (the systems must agree). */
  readonly firstLoss?: number;
  readonly error?: string;
  readonly info?: Record<string, string | number>;
}
