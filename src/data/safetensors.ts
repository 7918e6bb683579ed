// Reading safetensors files written by PyTorch, Hugging Face and others: F32, F16, BF16, F64, I32 and
// I64 tensors, converted to gradfuse's f32 and i32 (and each conversion reported, since F64 → f32 rounds
// and I64 → i32 must fit). Layout (https://github.com/huggingface/safetensors):
//   bytes 0..8   N, the header length, little-endian u64
//   8..8+N       UTF-8 JSON: {"__metadata__": {string: string}, "<name>": {"dtype", "shape", "data_offsets"}}
//   then         the tensors' bytes, little-endian, row-major, offsets relative to the end of the header
// gradfuse's own checkpoints (src/train/checkpoint.ts) are the F32/I32 subset of this format.
import { readFileSync } from "node:fs";
import type { HostTensor } from "../runtime/tensor.ts";

export class SafetensorsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SafetensorsError";
  }
}

export type FileDType = "F32" | "F16" | "BF16" | "F64" | "I32" | "I64";

const BYTES: Record<FileDType, number> = { F32: 4, F16: 2, BF16: 2, F64: 8, I32: 4, I64: 8 };
const MAX_HEADER_BYTES = 100_000_000;

export interface Safetensors {
  readonly tensors: Record<string, HostTensor>;
  readonly metadata: Record<string, string>;
  /** The stored dtype of every tensor, by name. */
  readonly dtypes: Record<string, FileDType>;
  /** One line per tensor that was converted, e.g. "bn1.num_batches_tracked: I64 → i32". */
  readonly conversions: readonly string[];
}

/** IEEE half → float. */
export function halfToFloat(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >> 10) & 0x1f;
  const frac = h & 0x3ff;
  if (exp === 0) return sign * frac * 2 ** -24;
  if (exp === 31) return frac ? NaN : sign * Infinity;
  return sign * (1 + frac / 1024) * 2 ** (exp - 15);
}

/** bfloat16 is the top half of a float32. */
export function bfloat16ToFloat(b: number): number {
  const view = new DataView(new ArrayBuffer(4));
  view.setUint32(0, b << 16);
  return view.getFloat32(0);
}

function decode(dtype: FileDType, raw: Uint8Array, n: number, fail: (why: string) => never): HostTensor["data"] {
  const view = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  const f32 = (get: (i: number) => number) => Float32Array.from({ length: n }, (_, i) => get(i));
  switch (dtype) {
    case "F32":
      return f32((i) => view.getFloat32(i * 4, true));
    case "F64":
      return f32((i) => view.getFloat64(i * 8, true));
    case "F16":
      return f32((i) => halfToFloat(view.getUint16(i * 2, true)));
    case "BF16":
      return f32((i) => bfloat16ToFloat(view.getUint16(i * 2, true)));
    case "I32":
      return Int32Array.from({ length: n }, (_, i) => view.getInt32(i * 4, true));
    case "I64":
      return Int32Array.from({ length: n }, (_, i) => {
        const v = view.getBigInt64(i * 8, true);
        if (v > 2147483647n || v < -2147483648n) fail(`element ${i} is ${v}, which does not fit in int32`);
        return Number(v);
      });
  }
}

/** Parses safetensors bytes; `source` names the file in errors. */
export function parseSafetensors(bytes: Uint8Array, source = "<bytes>"): Safetensors {
  const fail = (why: string): never => {
    throw new SafetensorsError(`${source}: ${why}`);
  };
  if (bytes.length < 8) fail(`truncated: ${bytes.length} bytes, but a safetensors file starts with an 8-byte header length`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getBigUint64(0, true);
  if (headerLength > BigInt(MAX_HEADER_BYTES)) fail(`header length ${headerLength} exceeds ${MAX_HEADER_BYTES} bytes; the file is corrupt or not safetensors`);
  const dataStart = 8 + Number(headerLength);
  if (dataStart > bytes.length) fail(`truncated: the header claims ${headerLength} bytes but only ${bytes.length - 8} follow`);
  let header: Record<string, unknown>;
  try {
    header = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(8, dataStart)));
  } catch (e) {
    return fail(`the header is not valid UTF-8 JSON (${(e as Error).message})`);
  }
  if (typeof header !== "object" || header === null || Array.isArray(header)) fail("the header must be a JSON object");
  const data = bytes.subarray(dataStart);
  const metadata: Record<string, string> = {};
  const tensors: Record<string, HostTensor> = {};
  const dtypes: Record<string, FileDType> = {};
  const conversions: string[] = [];
  for (const [name, entry] of Object.entries(header)) {
    if (name === "__metadata__") {
      for (const [k, v] of Object.entries((entry ?? {}) as Record<string, unknown>)) {
        if (typeof v !== "string") fail(`metadata '${k}' must be a string`);
        metadata[k] = v as string;
      }
      continue;
    }
    const where = (why: string): never => fail(`tensor '${name}': ${why}`);
    const { dtype, shape, data_offsets: offsets } = (entry ?? {}) as Record<string, unknown>;
    if (typeof dtype !== "string" || !(dtype in BYTES)) {
      where(`dtype ${JSON.stringify(dtype)} is not supported; gradfuse reads ${Object.keys(BYTES).join(", ")}`);
    }
    const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
    if (!Array.isArray(shape) || !shape.every(isCount)) where(`shape must be non-negative integers, got ${JSON.stringify(shape)}`);
    if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every(isCount)) where(`data_offsets must be [begin, end], got ${JSON.stringify(offsets)}`);
    const d = dtype as FileDType;
    const dims = shape as number[];
    const [begin, end] = offsets as [number, number];
    const n = dims.reduce((p, x) => p * x, 1);
    if (end - begin !== n * BYTES[d]) where(`data_offsets [${begin}, ${end}] span ${end - begin} bytes but ${d} [${dims}] needs ${n * BYTES[d]}`);
    if (end > data.length) where(`truncated: needs data bytes [${begin}, ${end}) but the data section has ${data.length}`);
    const values = decode(d, data.subarray(begin, end), n, where);
    tensors[name] = { dtype: d.startsWith("I") ? "i32" : "f32", shape: dims, data: values };
    dtypes[name] = d;
    if (d !== "F32" && d !== "I32") conversions.push(`${name}: ${d} → ${d.startsWith("I") ? "i32" : "f32"}`);
  }
  return { tensors, metadata, dtypes, conversions };
}

export function loadSafetensors(path: string): Safetensors {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new SafetensorsError(`cannot read ${path}: ${(e as Error).message}`);
  }
  return parseSafetensors(bytes, path);
}
