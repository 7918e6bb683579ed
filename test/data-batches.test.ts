// Seeded shuffles and mini-batches: determinism, coverage, remainder handling, buffer reuse.
import { describe, expect, it } from "vitest";
import { batchCount, batches, epochOrder, gatherRows, shuffleDataset, type Dataset } from "../src/data/batches.ts";
import { Rng, permutation } from "../src/data/rng.ts";
import { tensor } from "../src/runtime/tensor.ts";

/** Example i has features [i, i + 0.5] and label i, so a batch shows which examples it holds. */
function toyDataset(n: number): Dataset {
  return {
    x: tensor("f32", [n, 2], Array.from({ length: 2 * n }, (_, k) => Math.floor(k / 2) + (k % 2) * 0.5)),
    y: tensor("i32", [n], Array.from({ length: n }, (_, i) => i)),
  };
}

/** The labels of each batch, copied as they come (the next batch overwrites the buffers). */
function labelsOf(data: Dataset, options: Parameters<typeof batches>[1]): number[][] {
  const out: number[][] = [];
  for (const b of batches(data, options)) out.push(Array.from(b.y.data));
  return out;
}

describe("Rng", () => {
  it("is a pure function of its state and restores from it", () => {
    const a = new Rng(42);
    const first = [a.nextU32(), a.nextU32()];
    const saved = a.state;
    const next = [a.nextU32(), a.uniform(), a.int(10), a.normal()];
    const b = Rng.fromState(saved);
    expect([b.nextU32(), b.uniform(), b.int(10), b.normal()]).toEqual(next);
    expect([new Rng(42).nextU32(), new Rng(42, 1).nextU32()]).toEqual(first);
  });

  it("draws uniform values with the right moments", () => {
    const r = new Rng(1);
    let sum = 0, sumSq = 0, normSum = 0, normSq = 0;
    const n = 20000;
    for (let i = 0; i < n; i++) {
      const u = r.uniform();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
      sumSq += u * u;
      const z = r.normal();
      normSum += z;
      normSq += z * z;
    }
    expect(sum / n).toBeCloseTo(0.5, 1);
    expect(sumSq / n - (sum / n) ** 2).toBeCloseTo(1 / 12, 2);
    expect(normSum / n).toBeCloseTo(0, 1);
    expect(normSq / n).toBeCloseTo(1, 1);
  });

  it("shuffles into a permutation that depends on the seed", () => {
    const p = permutation(100, new Rng(3));
    expect([...p].sort((a, b) => a - b)).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(permutation(100, new Rng(3))).toEqual(p);
    expect(permutation(100, new Rng(4))).not.toEqual(p);
  });
});

describe("batches", () => {
  it("covers each example once per epoch, in an order fixed by (seed, epoch)", () => {
    const data = toyDataset(10);
    const a = labelsOf(data, { batchSize: 3, seed: 1, epoch: 0, remainder: "keep" });
    expect(a.map((b) => b.length)).toEqual([3, 3, 3, 1]);
    expect(a.flat().sort((p, q) => p - q)).toEqual(Array.from({ length: 10 }, (_, i) => i));
    expect(labelsOf(data, { batchSize: 3, seed: 1, epoch: 0, remainder: "keep" })).toEqual(a);
    expect(labelsOf(data, { batchSize: 3, seed: 1, epoch: 1, remainder: "keep" })).not.toEqual(a);
    expect(labelsOf(data, { batchSize: 3, seed: 2, epoch: 0, remainder: "keep" })).not.toEqual(a);
    expect(a.flat()).toEqual(Array.from(epochOrder(10, 1, 0)));
  });

  it("drops the partial batch by default and keeps the order without shuffling", () => {
    const data = toyDataset(7);
    expect(labelsOf(data, { batchSize: 3, shuffle: false })).toEqual([[0, 1, 2], [3, 4, 5]]);
    expect(batchCount(7, 3)).toBe(2);
    expect(batchCount(7, 3, "keep")).toBe(3);
  });

  it("keeps x rows with their labels and reuses its buffers", () => {
    const data = toyDataset(9);
    const buffers = new Set<ArrayBufferLike>();
    for (const b of batches(data, { batchSize: 4, seed: 5 })) {
      expect(b.x.shape).toEqual([4, 2]);
      for (let k = 0; k < 4; k++) expect([b.x.data[2 * k], b.x.data[2 * k + 1]]).toEqual([b.y.data[k], b.y.data[k]! + 0.5]);
      buffers.add(b.x.data.buffer);
    }
    expect(buffers.size).toBe(1);
  });

  it("gathers rows of higher-rank tensors and shuffles datasets as a copy", () => {
    const t = tensor("f32", [3, 2, 2], Array.from({ length: 12 }, (_, i) => i));
    expect(Array.from(gatherRows(t, [2, 0]).data)).toEqual([8, 9, 10, 11, 0, 1, 2, 3]);
    const data = toyDataset(5);
    const shuffled = shuffleDataset(data, 9);
    expect(Array.from(shuffled.y.data).sort()).toEqual([0, 1, 2, 3, 4]);
    expect(Array.from(data.y.data)).toEqual([0, 1, 2, 3, 4]);
  });

  it("rejects mismatched x and y and bad batch sizes", () => {
    const bad = { x: tensor("f32", [3, 2]), y: tensor("i32", [4]) };
    expect(() => [...batches(bad, { batchSize: 2 })]).toThrow(/x has 3 examples .* but y has 4/);
    expect(() => [...batches(toyDataset(3), { batchSize: 0 })]).toThrow(/positive integer/);
  });
});
