// TensorProto contents as host values: raw little-endian bytes or the typed repeated fields, checked
// against the tensor's shape, so an initializer whose data does not fit is refused, not misread.
import type { TensorProto } from "./proto.ts";
import { DTYPE_NAME, ONNX_DTYPE } from "./proto.ts";
import type { ConstValue, HostDType } from "./values.ts";


const LITTLE_ENDIAN_HOST = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

function readLE(raw: Uint8Array, n: number, size: number, get: (v: DataView, o: number) => number): number[] {
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  return Array.from({ length: n }, (_, i) => get(view, i * size));
}

/** The values of a TensorProto as float or integer data, or a refusal. */
export function tensorData(t: TensorProto, fail: (why: string) => never): { dtype: HostDType; data: number[] | Float32Array } {
  const dims = t.dims ?? [];
  const n = dims.reduce((p, d) => p * d, 1);
  const type = t.data_type ?? 0;
  const what = `tensor '${t.name ?? ""}' (${DTYPE_NAME[type] ?? type}[${dims}])`;
  if (t.data_location === 1 || (t.external_data && t.external_data.length)) fail(`${what} keeps its data in an external file, which gradfuse does not read; save the model with its weights inside`);
  const raw = t.raw_data;
  const size = type === ONNX_DTYPE.INT64 || type === ONNX_DTYPE.DOUBLE ? 8 : type === ONNX_DTYPE.BOOL || type === ONNX_DTYPE.UINT8 || type === ONNX_DTYPE.INT8 ? 1 : 4;
  const check = (count: number) => {
    if (count !== n) fail(`${what} holds ${count} values but its shape needs ${n}`);
  };
  if (raw && raw.length) {
    if (raw.length !== n * size) fail(`${what} has ${raw.length} bytes of data but its shape needs ${n * size}`);
  }
  switch (type) {
    case ONNX_DTYPE.FLOAT: {
      if (raw && raw.length) return { dtype: "f32", data: LITTLE_ENDIAN_HOST ? new Float32Array(new Uint8Array(raw).buffer) : Float32Array.from(readLE(raw, n, 4, (v, o) => v.getFloat32(o, true))) };
      check(t.float_data?.length ?? 0);
      return { dtype: "f32", data: Float32Array.from(t.float_data!) };
    }
    case ONNX_DTYPE.DOUBLE: {
      if (raw && raw.length) return { dtype: "f32", data: Float32Array.from(readLE(raw, n, 8, (v, o) => v.getFloat64(o, true))) };
      check(t.double_data?.length ?? 0);
      return { dtype: "f32", data: Float32Array.from(t.double_data!) };
    }
    case ONNX_DTYPE.INT32:
    case ONNX_DTYPE.INT64: {
      const i64 = type === ONNX_DTYPE.INT64;
      if (raw && raw.length) return { dtype: i64 ? "i64" : "i32", data: readLE(raw, n, size, (v, o) => (i64 ? Number(v.getBigInt64(o, true)) : v.getInt32(o, true))) };
      const list = i64 ? t.int64_data : t.int32_data;
      check(list?.length ?? 0);
      return { dtype: i64 ? "i64" : "i32", data: [...list!] };
    }
    case ONNX_DTYPE.BOOL: {
      if (raw && raw.length) return { dtype: "bool", data: [...raw].map((b) => (b ? 1 : 0)) };
      check(t.int32_data?.length ?? 0);
      return { dtype: "bool", data: t.int32_data!.map((b) => (b ? 1 : 0)) };
    }
    default:
      return fail(`${what}: element type ${DTYPE_NAME[type] ?? type} is not supported (FLOAT, DOUBLE, INT32, INT64, BOOL)`);
  }
}

export function tensorProtoValue(t: TensorProto, fail: (why: string) => never): ConstValue {
  const { dtype, data } = tensorData(t, fail);
  return { kind: "const", dtype, dims: [...(t.dims ?? [])], data };
}

