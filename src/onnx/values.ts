// The importer's view of an ONNX value while it is translated into gradfuse.
//
// ONNX image tensors are NCHW and gradfuse's are NHWC. Rather than transposing around every Conv, an
// imported value is a gradfuse tensor `t` plus a permutation `perm` with
//     ONNX value = transpose(t, perm)        (ONNX axis i is axis perm[i] of t)
// so a Conv's NHWC output is stored as-is with perm [0,3,1,2], elementwise ops keep the layout, a
// Transpose node only composes permutations, and a real transpose is emitted only where an op needs
// ONNX's own axis order (Flatten, Reshape, Gemm, …) — once, where the layouts meet.
//
// Values known at import time (Constant nodes, integer initializers, Shape results and arithmetic on
// them) stay host arrays, so shape computations such as Shape → Gather → Concat → Reshape fold away.
// Float initializers become parameters on first use, in the layout their first consumer wants (a Conv
// filter is stored HWIO, a Gemm's transposed B as [in, out]), so the data is converted once.
import type { Tensor } from "../dsl/tensor.ts";

export type HostDType = "f32" | "i32" | "i64" | "bool";

/** A value known while importing: row-major data of ONNX shape `dims`. */
export interface ConstValue {
  readonly kind: "const";
  readonly dtype: HostDType;
  readonly dims: readonly number[];
  readonly data: readonly number[] | Float32Array;
}

/** A float initializer not yet turned into a parameter. */
export interface InitValue {
  readonly kind: "init";
  readonly name: string;
  readonly dims: readonly number[];
  readonly data: Float32Array;
}

export interface TensorValue {
  readonly kind: "tensor";
  readonly t: Tensor;
  readonly perm: readonly number[];
}

export type Value = ConstValue | InitValue | TensorValue;

export const identityPerm = (rank: number): number[] => [...Array(rank).keys()];
export const isIdentity = (perm: readonly number[]): boolean => perm.every((p, i) => p === i);

export function inversePerm(perm: readonly number[]): number[] {
  const inv = new Array<number>(perm.length);
  perm.forEach((p, i) => (inv[p] = i));
  return inv;
}

/** NCHW-like ONNX layout ↔ channels-last gradfuse tensor: ONNX = transpose(t, channelsLast(rank)). */
export function channelsLast(rank: number): number[] {
  return rank <= 2 ? identityPerm(rank) : [0, rank - 1, ...Array.from({ length: rank - 2 }, (_, i) => i + 1)];
}

export function onnxDims(v: Value): number[] {
  if (v.kind !== "tensor") return [...v.dims];
  return v.perm.map((p) => v.t.shape[p]!);
}

/** Row-major strides. */
function strides(dims: readonly number[]): number[] {
  const s = new Array<number>(dims.length);
  let acc = 1;
  for (let i = dims.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= dims[i]!;
  }
  return s;
}

/** Host transpose: out.dims[i] = dims[perm[i]]. */
export function transposeData(data: Float32Array, dims: readonly number[], perm: readonly number[]): Float32Array {
  const outDims = perm.map((p) => dims[p]!);
  const inStrides = strides(dims);
  const out = new Float32Array(data.length);
  const idx = new Array<number>(outDims.length).fill(0);
  for (let o = 0; o < out.length; o++) {
    let src = 0;
    for (let a = 0; a < idx.length; a++) src += idx[a]! * inStrides[perm[a]!]!;
    out[o] = data[src]!;
    for (let a = idx.length - 1; a >= 0; a--) {
      if (++idx[a]! < outDims[a]!) break;
      idx[a] = 0;
    }
  }
  return out;
}
