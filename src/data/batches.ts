// Datasets as pairs of host tensors, row gathering, seeded epoch orders and mini-batches.
//
// A compiled program has fixed shapes, so batches have a fixed size; the last partial batch is dropped
// by default, and `remainder: "keep"` yields it with a smaller leading dimension (training and
// evaluation keep it and run it through an entry compiled for that size).
// Batches reuse two buffers: a yielded batch is valid only until the iterator advances.
import type { HostTensor, TensorData } from "../runtime/tensor.ts";
import { Rng, permutation } from "./rng.ts";

/** Inputs and targets; row i of `x` goes with row i of `y` (both have the example count as dim 0). */
export interface Dataset {
  readonly x: HostTensor;
  readonly y: HostTensor;
}

export type Batch = Dataset;

/** Elements per row (product of all dims but the first). */
export function rowSize(t: HostTensor): number {
  let n = 1;
  for (let i = 1; i < t.shape.length; i++) n *= t.shape[i]!;
  return n;
}

/** The number of examples of a dataset, after checking that x and y agree on it. */
export function datasetSize(data: Dataset): number {
  const nx = data.x.shape[0];
  const ny = data.y.shape[0];
  if (nx === undefined || ny === undefined) {
    throw new Error(`dataset: x and y need a leading example dimension; got x [${data.x.shape}] and y [${data.y.shape}]`);
  }
  if (nx !== ny) {
    throw new Error(`dataset: x has ${nx} examples (shape [${data.x.shape}]) but y has ${ny} (shape [${data.y.shape}])`);
  }
  return nx;
}

function allocLike(t: HostTensor, n: number): TensorData {
  return t.dtype === "i32" ? new Int32Array(n) : new Float32Array(n);
}

/** Copies rows `indices` of `src` into `dst` (which holds indices.length rows). */
function gatherInto(src: HostTensor, indices: ArrayLike<number>, count: number, dst: TensorData): void {
  const row = rowSize(src);
  const n = src.shape[0]!;
  for (let k = 0; k < count; k++) {
    const i = indices[k]!;
    if (i < 0 || i >= n || !Number.isInteger(i)) throw new Error(`gatherRows: index ${i} out of range [0, ${n})`);
    dst.set(src.data.subarray(i * row, (i + 1) * row), k * row);
  }
}

/** A new tensor holding rows `indices` of `src`, in that order. */
export function gatherRows(src: HostTensor, indices: ArrayLike<number>): HostTensor {
  const out = allocLike(src, indices.length * rowSize(src));
  gatherInto(src, indices, indices.length, out);
  return { dtype: src.dtype, shape: [indices.length, ...src.shape.slice(1)], data: out };
}

export function gatherDataset(data: Dataset, indices: ArrayLike<number>): Dataset {
  return { x: gatherRows(data.x, indices), y: gatherRows(data.y, indices) };
}

/**
 * The order of examples in one epoch: a permutation that depends only on (seed, epoch), so a run resumed
 * from a checkpoint at epoch e sees the same order it would have seen without stopping.
 */
export function epochOrder(n: number, seed: number, epoch: number): Int32Array {
  return permutation(n, new Rng(seed).fork(epoch));
}

/** A seeded shuffle of the whole dataset (a new copy). */
export function shuffleDataset(data: Dataset, seed: number): Dataset {
  return gatherDataset(data, permutation(datasetSize(data), new Rng(seed)));
}

export interface BatchOptions {
  readonly batchSize: number;
  /** Shuffle with `epochOrder(n, seed, epoch)`; otherwise keep the dataset order. Default true. */
  readonly shuffle?: boolean;
  readonly seed?: number;
  readonly epoch?: number;
  /** The last batch when batchSize does not divide the dataset: "drop" (default) or "keep" (smaller). */
  readonly remainder?: "drop" | "keep";
}

/** How many batches `batches` yields for n examples. */
export function batchCount(n: number, batchSize: number, remainder: "drop" | "keep" = "drop"): number {
  return remainder === "keep" ? Math.ceil(n / batchSize) : Math.floor(n / batchSize);
}

/**
 * Mini-batches of one epoch. The yielded tensors share two buffers that the next step overwrites:
 * copy a batch (or feed it to the program) before advancing.
 */
export function* batches(data: Dataset, options: BatchOptions): Generator<Batch, void, undefined> {
  const { batchSize, shuffle = true, seed = 0, epoch = 0, remainder = "drop" } = options;
  const n = datasetSize(data);
  if (!Number.isInteger(batchSize) || batchSize <= 0) {
    throw new Error(`batches: batchSize must be a positive integer, got ${batchSize}`);
  }
  const order = shuffle ? epochOrder(n, seed, epoch) : identityOrder(n);
  const xRow = rowSize(data.x);
  const yRow = rowSize(data.y);
  const xBuf = allocLike(data.x, batchSize * xRow);
  const yBuf = allocLike(data.y, batchSize * yRow);
  const count = batchCount(n, batchSize, remainder);
  for (let b = 0; b < count; b++) {
    const start = b * batchSize;
    const size = Math.min(batchSize, n - start);
    const rows = order.subarray(start, start + size);
    gatherInto(data.x, rows, size, xBuf);
    gatherInto(data.y, rows, size, yBuf);
    yield {
      x: { dtype: data.x.dtype, shape: [size, ...data.x.shape.slice(1)], data: xBuf.subarray(0, size * xRow) },
      y: { dtype: data.y.dtype, shape: [size, ...data.y.shape.slice(1)], data: yBuf.subarray(0, size * yRow) },
    };
  }
}

function identityOrder(n: number): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  return order;
}

/** Rows [start, start + rows) of `t`, as a view. */
export function sliceRows(t: HostTensor, start: number, rows: number): HostTensor {
  const row = rowSize(t);
  return { dtype: t.dtype, shape: [rows, ...t.shape.slice(1)], data: t.data.subarray(start * row, (start + rows) * row) };
}

/** The tensors of several record pieces, each concatenated along rows (dimension 0). */
export function concatRows(parts: readonly Record<string, HostTensor>[]): Record<string, HostTensor> {
  if (parts.length === 1) return parts[0]!;
  const out: Record<string, HostTensor> = {};
  for (const name of Object.keys(parts[0] ?? {})) {
    const pieces = parts.map((p) => p[name]!);
    const total = pieces.reduce((s, t) => s + t.data.length, 0);
    const data = pieces[0]!.dtype === "i32" ? new Int32Array(total) : new Float32Array(total);
    let at = 0;
    for (const t of pieces) {
      data.set(t.data, at);
      at += t.data.length;
    }
    out[name] = { dtype: pieces[0]!.dtype, shape: [pieces.reduce((s, t) => s + t.shape[0]!, 0), ...pieces[0]!.shape.slice(1)], data };
  }
  return out;
}
