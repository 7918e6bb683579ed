// The MNIST digits shipped in the `mnist` package: shape, labels, value range, split determinism.
import { describe, expect, it } from "vitest";
import { MNIST_SIZE, loadMnistDigits, mnistSplit } from "../src/data/mnist.ts";
import type { TensorData } from "../src/runtime/tensor.ts";

/** Element-wise equality; vitest's deep equality is too slow for millions of elements. */
function sameData(a: TensorData, b: TensorData): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The sum of each 28×28 image: a fingerprint to match images across a shuffle. */
function imageSums(data: TensorData): number[] {
  const sums = new Array<number>(data.length / 784).fill(0);
  for (let i = 0; i < data.length; i++) sums[Math.floor(i / 784)]! += data[i]!;
  return sums;
}

describe("MNIST digits from the mnist package", () => {
  it("loads 10,000 NHWC f32 images in [0, 1] with i32 labels 0..9, fast", () => {
    const start = performance.now();
    const { x, y } = loadMnistDigits();
    expect(performance.now() - start).toBeLessThan(2000);
    expect(x.dtype).toBe("f32");
    expect(x.shape).toEqual([MNIST_SIZE, 28, 28, 1]);
    expect(y.dtype).toBe("i32");
    expect(y.shape).toEqual([MNIST_SIZE]);
    let min = Infinity, max = -Infinity;
    for (const v of x.data) {
      if (v < min) min = v;
      if (v > max) max = v;
    }
    expect(min).toBe(0);
    expect(max).toBeGreaterThan(0.99);
    expect(max).toBeLessThanOrEqual(1);
    const counts = new Array<number>(10).fill(0);
    for (const label of y.data) counts[label]!++;
    expect(counts.every((c) => c > 800 && c < 1200)).toBe(true);
    // Every image has ink: no empty rows slipped in from a misaligned read.
    const ink = imageSums(x.data);
    expect(ink.every((sum) => sum > 10)).toBe(true);
  });

  it("returns a copy each call, so callers cannot corrupt the cache", () => {
    const a = loadMnistDigits();
    a.x.data.fill(0);
    expect(loadMnistDigits().x.data.some((v) => v > 0)).toBe(true);
  });

  it("splits with a seeded shuffle: same seed, same split; disjoint train and test", () => {
    const a = mnistSplit({ train: 8000, test: 2000, seed: 7 });
    const b = mnistSplit({ train: 8000, test: 2000, seed: 7 });
    const c = mnistSplit({ train: 8000, test: 2000, seed: 8 });
    expect(a.train.x.shape).toEqual([8000, 28, 28, 1]);
    expect(a.test.y.shape).toEqual([2000]);
    expect(sameData(a.train.y.data, b.train.y.data)).toBe(true);
    expect(sameData(a.test.x.data, b.test.x.data)).toBe(true);
    expect(sameData(a.train.y.data, c.train.y.data)).toBe(false);
    // Shuffled: the digits are mixed, not the first eight classes in order.
    expect(new Set(a.test.y.data.subarray(0, 100)).size).toBe(10);
    // Train and test together hold every digit exactly once: compare the multiset of image sums.
    const all = loadMnistDigits();
    const together = [...imageSums(a.train.x.data), ...imageSums(a.test.x.data)].sort((p, q) => p - q);
    expect(together).toEqual(imageSums(all.x.data).sort((p, q) => p - q));
  });

  it("rejects splits larger than the dataset", () => {
    expect(() => mnistSplit({ train: 9000, test: 2000 })).toThrow(/exceeds the 10000 digits/);
  });
});
