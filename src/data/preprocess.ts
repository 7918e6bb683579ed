// Preprocessing fitted on the training split and applied unchanged to every split (fitting on the test
// split would leak it into training). Fitted statistics are plain typed arrays so they can be stored in
// a checkpoint next to the model.
//
//   standardization  x' = (x − mean) / std, per channel (the last axis, NHWC) or per feature
//                    (every element of an example); a constant feature is centered but not scaled.
//   PCA whitening    x' = diag(1/√(λ+ε)) Uᵀ (x − mean): decorrelated, unit variance, optionally only the
//                    top `components` directions; output [N, K].
//   ZCA whitening    x' = U diag(1/√(λ+ε)) Uᵀ (x − mean): the whitening closest to the input, so images
//                    stay images; output has the input's shape.
// where C = U diag(λ) Uᵀ is the covariance of the training examples (normalized by N − 1), and ε keeps
// directions of (near-)zero variance from being amplified without bound.
import type { HostTensor } from "../runtime/tensor.ts";
import { rowSize } from "./batches.ts";
import { covariance, symmetricEigen } from "./linalg.ts";

function examples(x: HostTensor, who: string): { n: number; d: number } {
  if (x.dtype !== "f32") throw new Error(`${who}: expected f32 data, got ${x.dtype} [${x.shape}]`);
  if (x.shape.length < 2) throw new Error(`${who}: expected [N, ...] with at least one feature axis, got [${x.shape}]`);
  return { n: x.shape[0]!, d: rowSize(x) };
}

// --- standardization --------------------------------------------------------------------------------

export interface StandardizeStats {
  readonly per: "channel" | "feature";
  /** Shape of one example, to check that apply sees the same layout as fit. */
  readonly exampleShape: readonly number[];
  readonly mean: Float32Array;
  readonly std: Float32Array;
}

export interface StandardizeOptions {
  /** "channel" (default): one mean/std per last-axis channel; "feature": one per element of an example. */
  readonly per?: "channel" | "feature";
  /** A std below this counts as zero: the feature is centered and left unscaled. Default 1e-6. */
  readonly minStd?: number;
}

export function fitStandardize(x: HostTensor, options: StandardizeOptions = {}): StandardizeStats {
  const { per = "channel", minStd = 1e-6 } = options;
  const { n, d } = examples(x, "fitStandardize");
  if (n < 1) throw new Error("fitStandardize: the training split is empty");
  const groups = per === "channel" ? x.shape[x.shape.length - 1]! : d;
  const sum = new Float64Array(groups);
  const sumSq = new Float64Array(groups);
  const counts = (n * d) / groups;
  // Two passes (mean, then squared deviations) rather than E[x²] − E[x]², which cancels badly.
  for (let i = 0; i < n * d; i++) sum[i % groups]! += x.data[i]!;
  const mean = sum.map((s) => s / counts);
  for (let i = 0; i < n * d; i++) {
    const dev = x.data[i]! - mean[i % groups]!;
    sumSq[i % groups]! += dev * dev;
  }
  const std = sumSq.map((s) => {
    const sd = Math.sqrt(s / counts);
    return sd < minStd ? 1 : sd;
  });
  return { per, exampleShape: x.shape.slice(1), mean: Float32Array.from(mean), std: Float32Array.from(std) };
}

export function standardize(x: HostTensor, stats: StandardizeStats): HostTensor {
  const { n, d } = examples(x, "standardize");
  checkExampleShape(x, stats.exampleShape, "standardize");
  const groups = stats.mean.length;
  const out = new Float32Array(n * d);
  for (let i = 0; i < n * d; i++) {
    const g = i % groups;
    out[i] = (x.data[i]! - stats.mean[g]!) / stats.std[g]!;
  }
  return { dtype: "f32", shape: [...x.shape], data: out };
}

function checkExampleShape(x: HostTensor, fitted: readonly number[], who: string): void {
  if (x.shape.slice(1).join(",") !== fitted.join(",")) {
    throw new Error(`${who}: examples of shape [${x.shape.slice(1)}], but the statistics were fitted on examples of shape [${fitted}]`);
  }
}

// --- PCA / ZCA whitening ----------------------------------------------------------------------------

export interface WhiteningStats {
  readonly kind: "pca" | "zca";
  readonly exampleShape: readonly number[];
  readonly mean: Float64Array;
  /** K×D row-major: output feature k = Σⱼ matrix[k, j]·(xⱼ − meanⱼ). */
  readonly matrix: Float64Array;
  readonly outputDim: number;
  /** Covariance eigenvalues, largest first (to judge how many components to keep). */
  readonly eigenvalues: Float64Array;
}

export interface WhiteningOptions {
  readonly kind: "pca" | "zca";
  /** Added to each eigenvalue before the inverse square root. Default 1e-5 (for data in [0, 1]). */
  readonly epsilon?: number;
  /** PCA only: keep the top K directions (default all D). */
  readonly components?: number;
}

export function fitWhitening(x: HostTensor, options: WhiteningOptions): WhiteningStats {
  const { kind, epsilon = 1e-5 } = options;
  const { n, d } = examples(x, "fitWhitening");
  const k = options.components ?? d;
  if (kind === "zca" && k !== d) throw new Error(`fitWhitening: ZCA keeps all ${d} dimensions; 'components' (${k}) is for PCA`);
  if (!Number.isInteger(k) || k < 1 || k > d) throw new Error(`fitWhitening: components must be an integer in [1, ${d}], got ${k}`);
  if (!(epsilon >= 0)) throw new Error(`fitWhitening: epsilon must be >= 0, got ${epsilon}`);
  if (n < 2) throw new Error(`fitWhitening: need at least 2 training examples, got ${n}`);

  const { mean, cov } = covariance(x.data, n, d);
  const { values, vectors } = symmetricEigen(cov, d);
  // Tiny negative eigenvalues are rounding noise of a positive semi-definite matrix.
  const scales = values.map((lambda) => 1 / Math.sqrt(Math.max(lambda, 0) + epsilon));
  if (scales.some((s) => !Number.isFinite(s))) {
    throw new Error("fitWhitening: the covariance has a zero eigenvalue and epsilon is 0; pass epsilon > 0 (e.g. 1e-5)");
  }
  const matrix = kind === "pca" ? pcaMatrix(vectors, scales, k, d) : zcaMatrix(vectors, scales, d);
  return { kind, exampleShape: x.shape.slice(1), mean, matrix, outputDim: k, eigenvalues: values };
}

/** Row k = uₖ / √(λₖ + ε). */
function pcaMatrix(vectors: Float64Array, scales: Float64Array, k: number, d: number): Float64Array {
  const m = new Float64Array(k * d);
  for (let r = 0; r < k; r++) for (let j = 0; j < d; j++) m[r * d + j] = vectors[r * d + j]! * scales[r]!;
  return m;
}

/** U diag(s) Uᵀ, with U's columns the eigenvectors (the rows of `vectors`). */
function zcaMatrix(vectors: Float64Array, scales: Float64Array, d: number): Float64Array {
  const m = new Float64Array(d * d);
  for (let k = 0; k < d; k++) {
    const s = scales[k]!;
    const u = vectors.subarray(k * d, (k + 1) * d);
    for (let i = 0; i < d; i++) {
      const ui = u[i]! * s;
      const base = i * d;
      for (let j = 0; j < d; j++) m[base + j]! += ui * u[j]!;
    }
  }
  return m;
}

export function whiten(x: HostTensor, stats: WhiteningStats): HostTensor {
  const { n, d } = examples(x, "whiten");
  checkExampleShape(x, stats.exampleShape, "whiten");
  const k = stats.outputDim;
  const out = new Float32Array(n * k);
  // Four examples at a time: each row of the matrix is loaded once for four dot products.
  const rows = [new Float64Array(d), new Float64Array(d), new Float64Array(d), new Float64Array(d)] as const;
  const [c0, c1, c2, c3] = rows;
  for (let start = 0; start < n; start += 4) {
    const count = Math.min(4, n - start);
    for (let r = 0; r < 4; r++) {
      const row = rows[r]!;
      if (r < count) for (let j = 0; j < d; j++) row[j] = x.data[(start + r) * d + j]! - stats.mean[j]!;
      else row.fill(0);
    }
    for (let o = 0; o < k; o++) {
      let a0 = 0, a1 = 0, a2 = 0, a3 = 0;
      const base = o * d;
      for (let j = 0; j < d; j++) {
        const m = stats.matrix[base + j]!;
        a0 += m * c0[j]!;
        a1 += m * c1[j]!;
        a2 += m * c2[j]!;
        a3 += m * c3[j]!;
      }
      const sums = [a0, a1, a2, a3];
      for (let r = 0; r < count; r++) out[(start + r) * k + o] = sums[r]!;
    }
  }
  const shape = stats.kind === "zca" ? [...x.shape] : [n, k];
  return { dtype: "f32", shape, data: out };
}
