// Standardization statistics, the symmetric eigensolver, and PCA/ZCA whitening (the covariance of the
// whitened training data is the identity).
import { describe, expect, it } from "vitest";
import { covariance, symmetricEigen } from "../src/data/linalg.ts";
import { fitStandardize, fitWhitening, standardize, whiten } from "../src/data/preprocess.ts";
import { Rng } from "../src/data/rng.ts";
import { type HostTensor, tensor } from "../src/runtime/tensor.ts";

/** n examples of d correlated features: x = z·A + offset, z standard normal, A random. */
function correlatedData(n: number, d: number, seed: number): HostTensor {
  const r = new Rng(seed);
  const mixing = Array.from({ length: d * d }, () => r.normal());
  const data = new Float32Array(n * d);
  for (let i = 0; i < n; i++) {
    const z = Array.from({ length: d }, () => r.normal());
    for (let j = 0; j < d; j++) {
      let v = 3 + j;
      for (let k = 0; k < d; k++) v += z[k]! * mixing[k * d + j]!;
      data[i * d + j] = v;
    }
  }
  return { dtype: "f32", shape: [n, d], data };
}

function maxAbsDiffFromIdentity(m: Float64Array, d: number): number {
  let worst = 0;
  for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) worst = Math.max(worst, Math.abs(m[i * d + j]! - (i === j ? 1 : 0)));
  return worst;
}

describe("standardization", () => {
  it("per channel: zero mean, unit std per last-axis channel, fitted on train and applied to test", () => {
    // NHWC [2, 1, 2, 2]: channel 0 holds 1, 3, 5, 7; channel 1 holds 10 everywhere.
    const train = tensor("f32", [2, 1, 2, 2], [1, 10, 3, 10, 5, 10, 7, 10]);
    const stats = fitStandardize(train, { per: "channel" });
    expect(Array.from(stats.mean)).toEqual([4, 10]);
    expect(stats.std[0]).toBeCloseTo(Math.sqrt(5), 6);
    expect(stats.std[1]).toBe(1); // constant channel: centered, not scaled
    const out = standardize(train, stats);
    expect(Array.from(out.data).map((v) => +v.toFixed(5))).toEqual([-3, 0, -1, 0, 1, 0, 3, 0].map((v, i) => (i % 2 ? 0 : +(v / Math.sqrt(5)).toFixed(5))));
    const test = standardize(tensor("f32", [1, 1, 2, 2], [4, 11, 4, 9]), stats);
    expect(Array.from(test.data)).toEqual([0, 1, 0, -1]);
  });

  it("per feature: each element of an example has its own statistics", () => {
    const train = correlatedData(500, 4, 1);
    const stats = fitStandardize(train, { per: "feature" });
    expect(stats.mean.length).toBe(4);
    const out = standardize(train, stats);
    const { mean, cov } = covariance(out.data, 500, 4);
    for (let j = 0; j < 4; j++) {
      expect(mean[j]).toBeCloseTo(0, 5);
      expect(cov[j * 4 + j]! * (499 / 500)).toBeCloseTo(1, 4); // population variance
    }
  });

  it("refuses data of another layout than it was fitted on", () => {
    const stats = fitStandardize(tensor("f32", [2, 3], [1, 2, 3, 4, 5, 6]));
    expect(() => standardize(tensor("f32", [2, 2], [1, 2, 3, 4]), stats)).toThrow(/examples of shape \[2\], but the statistics were fitted on examples of shape \[3\]/);
  });
});

describe("symmetric eigendecomposition", () => {
  it("satisfies A·v = λ·v with orthonormal vectors, eigenvalues largest first", () => {
    const n = 12;
    const r = new Rng(2);
    const b = Array.from({ length: n * n }, () => r.normal());
    const a = new Float64Array(n * n);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a[i * n + j] = b[i * n + j]! + b[j * n + i]!;
    const { values, vectors } = symmetricEigen(a, n);
    for (let k = 1; k < n; k++) expect(values[k]!).toBeLessThanOrEqual(values[k - 1]!);
    const gram = new Float64Array(n * n);
    for (let k = 0; k < n; k++) {
      for (let i = 0; i < n; i++) {
        let av = 0;
        for (let j = 0; j < n; j++) av += a[i * n + j]! * vectors[k * n + j]!;
        expect(av).toBeCloseTo(values[k]! * vectors[k * n + i]!, 10);
      }
      for (let l = 0; l < n; l++) for (let j = 0; j < n; j++) gram[k * n + l]! += vectors[k * n + j]! * vectors[l * n + j]!;
    }
    expect(maxAbsDiffFromIdentity(gram, n)).toBeLessThan(1e-12);
  });

  it("handles diagonal and repeated eigenvalues", () => {
    const { values } = symmetricEigen(Float64Array.of(2, 0, 0, 0, 5, 0, 0, 0, 2), 3);
    expect(Array.from(values)).toEqual([5, 2, 2]);
  });
});

describe("whitening", () => {
  const n = 2000, d = 6;
  const train = correlatedData(n, d, 3);

  it("ZCA: whitened training data has identity covariance and keeps the input shape", () => {
    const stats = fitWhitening(train, { kind: "zca", epsilon: 0 });
    const out = whiten(train, stats);
    expect(out.shape).toEqual([n, d]);
    const { mean, cov } = covariance(out.data, n, d);
    expect(Math.max(...Array.from(mean, Math.abs))).toBeLessThan(1e-4);
    expect(maxAbsDiffFromIdentity(cov, d)).toBeLessThan(1e-3);
    // ZCA's matrix is symmetric (U·S·Uᵀ).
    for (let i = 0; i < d; i++) for (let j = 0; j < d; j++) expect(stats.matrix[i * d + j]).toBeCloseTo(stats.matrix[j * d + i]!, 10);
  });

  it("PCA: identity covariance in the kept components, largest variance first", () => {
    const stats = fitWhitening(train, { kind: "pca", components: 4, epsilon: 0 });
    const out = whiten(train, stats);
    expect(out.shape).toEqual([n, 4]);
    expect(maxAbsDiffFromIdentity(covariance(out.data, n, 4).cov, 4)).toBeLessThan(1e-3);
    for (let k = 1; k < d; k++) expect(stats.eigenvalues[k]!).toBeLessThanOrEqual(stats.eigenvalues[k - 1]!);
  });

  it("epsilon damps directions of zero variance instead of dividing by zero", () => {
    // Feature 2 is always 0: its variance is zero.
    const flat = tensor("f32", [4, 3], [1, 2, 0, 2, 1, 0, 3, 5, 0, 0, 1, 0]);
    expect(() => fitWhitening(flat, { kind: "zca", epsilon: 0 })).toThrow(/zero eigenvalue and epsilon is 0/);
    const out = whiten(flat, fitWhitening(flat, { kind: "zca", epsilon: 1e-2 }));
    expect(Array.from(out.data).every(Number.isFinite)).toBe(true);
  });

  it("rejects options that do not make sense", () => {
    expect(() => fitWhitening(train, { kind: "zca", components: 2 })).toThrow(/ZCA keeps all 6 dimensions/);
    expect(() => fitWhitening(train, { kind: "pca", components: 7 })).toThrow(/components must be an integer in \[1, 6\]/);
  });
});
