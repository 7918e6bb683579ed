// Host tensors: what users feed in and read back. Dependency-free: generated modules import it.

export type DType = "f32" | "i32";
export type FloatArray = Float32Array | Float64Array;
export type TensorData = Float32Array | Float64Array | Int32Array;

export interface HostTensor {
  readonly dtype: DType;
  readonly shape: readonly number[];
  readonly data: TensorData;
}

export function numel(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

export function tensor(dtype: DType, shape: readonly number[], data?: ArrayLike<number>): HostTensor {
  const n = numel(shape);
  const out = dtype === "i32" ? new Int32Array(n) : new Float32Array(n);
  if (data) {
    if (data.length !== n) {
      throw new Error(`tensor: ${data.length} values given for shape [${shape.join(",")}] (${n} elements)`);
    }
    out.set(data as ArrayLike<number>);
  }
  return { dtype, shape: [...shape], data: out };
}

/** Row-major strides of a shape. */
export function stridesOf(shape: readonly number[]): number[] {
  const s = new Array<number>(shape.length);
  let acc = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    s[i] = acc;
    acc *= shape[i]!;
  }
  return s;
}
