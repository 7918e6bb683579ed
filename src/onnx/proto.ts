// ONNX's protobuf messages, read and written with protobufjs from ONNX's own schema (onnx.proto beside
// this file, a verbatim copy of onnx/onnx.proto from github.com/onnx/onnx at 1.23.0). Messages cross
// this module as plain objects with ONNX's field names (keepCase), int64s as numbers and bytes as
// Uint8Array, so the importer and exporter never see protobufjs.
import { readFileSync } from "node:fs";
import type protobuf from "protobufjs";
import { createRequire } from "node:module";

/** ONNX's TensorProto.DataType codes that gradfuse reads or writes. */
export const ONNX_DTYPE = {
  FLOAT: 1,
  UINT8: 2,
  INT8: 3,
  INT32: 6,
  INT64: 7,
  BOOL: 9,
  FLOAT16: 10,
  DOUBLE: 11,
  BFLOAT16: 16,
} as const;

export const DTYPE_NAME: Readonly<Record<number, string>> = {
  0: "UNDEFINED", 1: "FLOAT", 2: "UINT8", 3: "INT8", 4: "UINT16", 5: "INT16", 6: "INT32", 7: "INT64", 8: "STRING",
  9: "BOOL", 10: "FLOAT16", 11: "DOUBLE", 12: "UINT32", 13: "UINT64", 14: "COMPLEX64", 15: "COMPLEX128", 16: "BFLOAT16",
};

/** AttributeProto.AttributeType codes. */
export const ATTR_TYPE = { FLOAT: 1, INT: 2, STRING: 3, TENSOR: 4, GRAPH: 5, FLOATS: 6, INTS: 7, STRINGS: 8 } as const;

export interface TensorProto {
  name?: string;
  dims?: number[];
  data_type?: number;
  raw_data?: Uint8Array;
  float_data?: number[];
  int32_data?: number[];
  int64_data?: number[];
  double_data?: number[];
  data_location?: number;
  external_data?: { key?: string; value?: string }[];
  doc_string?: string;
}

export interface AttributeProto {
  name?: string;
  type?: number;
  f?: number;
  i?: number;
  s?: Uint8Array;
  t?: TensorProto;
  g?: unknown;
  floats?: number[];
  ints?: number[];
  strings?: Uint8Array[];
  ref_attr_name?: string;
}

export interface NodeProto {
  input?: string[];
  output?: string[];
  name?: string;
  op_type?: string;
  domain?: string;
  attribute?: AttributeProto[];
  doc_string?: string;
}

export interface DimProto {
  dim_value?: number;
  dim_param?: string;
}

export interface ValueInfoProto {
  name?: string;
  type?: { tensor_type?: { elem_type?: number; shape?: { dim?: DimProto[] } } };
  doc_string?: string;
}

export interface GraphProto {
  node?: NodeProto[];
  name?: string;
  initializer?: TensorProto[];
  doc_string?: string;
  input?: ValueInfoProto[];
  output?: ValueInfoProto[];
  value_info?: ValueInfoProto[];
}

export interface ModelProto {
  ir_version?: number;
  opset_import?: { domain?: string; version?: number }[];
  producer_name?: string;
  producer_version?: string;
  domain?: string;
  model_version?: number;
  doc_string?: string;
  graph?: GraphProto;
  metadata_props?: { key?: string; value?: string }[];
}

let modelType: protobuf.Type | undefined;

/** The ModelProto type, parsed from onnx.proto on first use (protobufjs loads then, not with gradfuse). */
function model(): protobuf.Type {
  if (!modelType) {
    const pb = createRequire(import.meta.url)("protobufjs") as typeof protobuf;
    const text = readFileSync(new URL("./onnx.proto", import.meta.url), "utf8");
    modelType = pb.parse(text, { keepCase: true }).root.lookupType("onnx.ModelProto");
  }
  return modelType;
}

export class OnnxFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OnnxFormatError";
  }
}

/** Decodes a .onnx file; a truncated or corrupt file is an OnnxFormatError saying what the decoder hit. */
export function decodeModel(bytes: Uint8Array, source = "<bytes>"): ModelProto {
  const type = model();
  let message: protobuf.Message;
  try {
    message = type.decode(bytes);
  } catch (e) {
    throw new OnnxFormatError(
      `${source}: not a readable ONNX model (${(e as Error).message}); the file is truncated, corrupt, or not an .onnx file`,
    );
  }
  const obj = type.toObject(message, { longs: Number, enums: Number, bytes: Uint8Array, defaults: false }) as ModelProto;
  if (!obj.graph) {
    throw new OnnxFormatError(`${source}: the model has no graph; the file is truncated, corrupt, or not an .onnx file`);
  }
  return obj;
}

export function encodeModel(m: ModelProto): Uint8Array {
  const type = model();
  const problem = type.verify(m);
  if (problem) throw new Error(`internal: the exported ONNX model does not fit onnx.proto: ${problem}`);
  return type.encode(type.fromObject(m)).finish();
}
