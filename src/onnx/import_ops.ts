// The importer table: one entry per ONNX op type (default domain), each reading its attributes with
// the opset's defaults and emitting DSL calls (onnxruntime's kernel registry and onnx's op schemas are
// tables too). An attribute an entry does not read is refused by the driver (src/onnx/import.ts), and
// an attribute value an entry cannot express is refused here, naming what is missing.
import type { GraphBuilder } from "../dsl/builder.ts";
import * as ops from "../dsl/ops.ts";
import type { Tensor } from "../dsl/tensor.ts";
import * as act from "../nn/activations.ts";
import type { Pads2D } from "../ir/types.ts";
import type { AttributeProto, NodeProto, TensorProto } from "./proto.ts";
import { ATTR_TYPE, DTYPE_NAME, ONNX_DTYPE } from "./proto.ts";
import { tensorProtoValue } from "./tensors.ts";
import type { ConstValue, HostDType, InitValue, TensorValue, Value } from "./values.ts";
import { channelsLast, identityPerm, isIdentity, onnxDims } from "./values.ts";

// ---------- per-node context ----------

const ATTR_NAME: Readonly<Record<number, string>> = Object.fromEntries(Object.entries(ATTR_TYPE).map(([k, v]) => [v, k]));

/** Reads a node's attributes; whatever an entry does not read is refused by `finish`. */
export class Attrs {
  private readonly byName = new Map<string, AttributeProto>();
  private readonly read = new Set<string>();
  constructor(
    node: NodeProto,
    private readonly fail: (why: string) => never,
  ) {
    for (const a of node.attribute ?? []) this.byName.set(a.name ?? "", a);
  }
  private get(name: string, type: number): AttributeProto | undefined {
    this.read.add(name);
    const a = this.byName.get(name);
    if (a && a.ref_attr_name) this.fail(`attribute '${name}' refers to a function attribute, which gradfuse does not import`);
    if (a && a.type !== undefined && a.type !== type) this.fail(`attribute '${name}' is ${ATTR_NAME[a.type] ?? a.type}, expected ${ATTR_NAME[type]}`);
    return a;
  }
  has(name: string): boolean {
    return this.byName.has(name);
  }
  int(name: string, dflt: number): number {
    return this.get(name, ATTR_TYPE.INT)?.i ?? dflt;
  }
  float(name: string, dflt: number): number {
    return this.get(name, ATTR_TYPE.FLOAT)?.f ?? dflt;
  }
  ints(name: string, dflt?: readonly number[]): number[] | undefined {
    const a = this.get(name, ATTR_TYPE.INTS);
    return a ? [...(a.ints ?? [])] : dflt ? [...dflt] : undefined;
  }
  floats(name: string): number[] | undefined {
    const a = this.get(name, ATTR_TYPE.FLOATS);
    return a ? [...(a.floats ?? [])] : undefined;
  }
  string(name: string, dflt: string): string {
    const a = this.get(name, ATTR_TYPE.STRING);
    return a?.s ? new TextDecoder().decode(a.s) : dflt;
  }
  tensor(name: string): TensorProto | undefined {
    return this.get(name, ATTR_TYPE.TENSOR)?.t;
  }
  /** Accepts an attribute that does not change inference results (e.g. Dropout's seed). */
  ignore(name: string): void {
    this.read.add(name);
  }
  finish(): void {
    for (const name of this.byName.keys()) {
      if (!this.read.has(name)) this.fail(`unsupported attribute '${name}'`);
    }
  }
}

export interface NodeCtx {
  readonly g: GraphBuilder;
  readonly node: NodeProto;
  readonly opset: number;
  readonly attrs: Attrs;
  /** The node's inputs; an omitted optional input is undefined. */
  readonly inputs: readonly (Value | undefined)[];
  fail(why: string): never;
  /** Input i, which the op requires. */
  input(i: number, what: string): Value;
  /** A gradfuse tensor of input value v in ONNX's axis order. */
  tensor(v: Value): Tensor;
  /** A tensor u of v with ONNX value = transpose(u, perm) (a Conv's input: perm [0,3,1,2] gives NHWC). */
  asLayout(v: Value, perm: readonly number[], why?: string): Tensor;
  /** An import-time constant (shape, axes, pads …), or a refusal saying it must be one. */
  constant(v: Value | undefined, what: string): ConstValue;
  ints(v: Value | undefined, what: string): number[];
  param(v: InitValue, opts?: { trainable?: boolean }): Tensor;
}

export type Importer = (c: NodeCtx) => Value[];

export const tensorValue = (t: Tensor, perm: readonly number[] = identityPerm(t.rank)): TensorValue => ({ kind: "tensor", t, perm });

function normAxis(c: NodeCtx, axis: number, rank: number): number {
  const a = axis < 0 ? axis + rank : axis;
  if (!Number.isInteger(a) || a < 0 || a >= rank) c.fail(`axis ${axis} is out of range for rank ${rank}`);
  return a;
}

// ---------- elementwise, with layouts kept ----------

function unaryOp(f: (t: Tensor, c: NodeCtx) => Tensor): Importer {
  return (c) => {
    c.attrs.finish();
    const x = c.input(0, "X");
    if (x.kind !== "tensor") {
      const t = c.tensor(x);
      return [tensorValue(f(t, c))];
    }
    return [tensorValue(f(x.t, c), x.perm)];
  };
}

/**
 * Brings broadcast operands into one layout: the layout of the highest-rank permuted operand; a
 * lower-rank operand (a [C,1,1] bias) is right-aligned to that rank (ONNX broadcasting) and permuted
 * the same way. Rank-0 values broadcast as they are.
 */
function alignOperands(c: NodeCtx, values: readonly Value[]): { tensors: Tensor[]; perm: number[] } {
  const rank = Math.max(...values.map((v) => onnxDims(v).length));
  const lead = values.find((v): v is TensorValue => v.kind === "tensor" && v.perm.length === rank && !isIdentity(v.perm));
  const perm = lead ? [...lead.perm] : identityPerm(rank);
  const tensors = values.map((v) => {
    const dims = onnxDims(v);
    if (dims.length === 0) return c.tensor(v);
    if (dims.length === rank) return c.asLayout(v, perm);
    if (isIdentity(perm)) return c.tensor(v);
    const ones = new Array<number>(rank - dims.length).fill(1);
    // An initializer or constant is stored in the target layout at once (a [C,1,1] bias becomes [1,1,1,C]).
    if (v.kind !== "tensor") return c.asLayout({ ...v, dims: [...ones, ...dims] }, perm, "broadcast operand in the channels-last layout");
    return c.asLayout(tensorValue(c.tensor(v).reshape([...ones, ...dims])), perm);
  });
  return { tensors, perm };
}

function binaryOp(f: (a: Tensor, b: Tensor) => Tensor): Importer {
  return (c) => {
    c.attrs.finish();
    const a = c.input(0, "A");
    const b = c.input(1, "B");
    const folded = foldBinary(f, a, b);
    if (folded) return [folded];
    const { tensors, perm } = alignOperands(c, [a, b]);
    return [tensorValue(f(tensors[0]!, tensors[1]!), perm)];
  };
}

/** Integer shape arithmetic (Shape → Mul → Reshape) is done at import time. */
function foldBinary(f: (a: Tensor, b: Tensor) => Tensor, a: Value, b: Value): ConstValue | undefined {
  if (a.kind !== "const" || b.kind !== "const" || a.dtype !== "i64" || b.dtype !== "i64") return undefined;
  const n = Math.max(a.data.length, b.data.length);
  if (a.data.length !== n && a.data.length !== 1) return undefined;
  if (b.data.length !== n && b.data.length !== 1) return undefined;
  const ops2: Record<string, (x: number, y: number) => number> = {
    add: (x, y) => x + y, sub: (x, y) => x - y, mul: (x, y) => x * y, div: (x, y) => Math.trunc(x / y),
  };
  const name = Object.keys(ops2).find((k) => BINARY_FNS[k] === f);
  if (!name) return undefined;
  const at = (d: ConstValue["data"], i: number) => Number(d.length === 1 ? d[0] : d[i]);
  const data = Array.from({ length: n }, (_, i) => ops2[name]!(at(a.data, i), at(b.data, i)));
  return { kind: "const", dtype: "i64", dims: a.data.length >= b.data.length ? a.dims : b.dims, data };
}

const BINARY_FNS: Record<string, (a: Tensor, b: Tensor) => Tensor> = {
  add: (a, b) => a.add(b),
  sub: (a, b) => a.sub(b),
  mul: (a, b) => a.mul(b),
  div: (a, b) => a.div(b),
};

/** A bool (as gradfuse's f32 0/1 mask) from a comparison. */
function compareOp(cmp: "eq" | "lt" | "le" | "gt" | "ge"): Importer {
  return binaryOp((a, b) => a.compare(cmp, b));
}

// ---------- convolution and pooling ----------

interface Window2D {
  kernel: [number, number];
  strides: [number, number];
  dilations: [number, number];
  pads: Pads2D;
}

/** Resolves auto_pad / pads into explicit [before, after] per spatial axis (ONNX's formulas). */
function windowAttrs(c: NodeCtx, spatial: readonly number[], kernel: readonly number[] | undefined): Window2D {
  const a = c.attrs;
  if (spatial.length !== 2) c.fail(`only 2-D spatial inputs are supported (got ${spatial.length} spatial axes)`);
  const k = kernel ?? c.fail("kernel_shape is required");
  if (k.length !== 2) c.fail(`kernel_shape must have 2 entries, got [${k}]`);
  const strides = a.ints("strides", [1, 1])!;
  const dilations = a.ints("dilations", [1, 1])!;
  const autoPad = a.string("auto_pad", "NOTSET");
  const pads = a.ints("pads", [0, 0, 0, 0])!;
  if (pads.length !== 4) c.fail(`pads must have 4 entries [top, left, bottom, right], got [${pads}]`);
  if (pads.some((p) => p < 0)) c.fail(`negative pads [${pads}] are not supported`);
  let explicit: [[number, number], [number, number]] = [
    [pads[0]!, pads[2]!],
    [pads[1]!, pads[3]!],
  ];
  if (autoPad === "SAME_UPPER" || autoPad === "SAME_LOWER") {
    explicit = [0, 1].map((i) => {
      const out = Math.ceil(spatial[i]! / strides[i]!);
      const e = (k[i]! - 1) * dilations[i]! + 1;
      const total = Math.max(0, (out - 1) * strides[i]! + e - spatial[i]!);
      const small = Math.floor(total / 2);
      return autoPad === "SAME_UPPER" ? [small, total - small] : [total - small, small];
    }) as [[number, number], [number, number]];
  } else if (autoPad === "VALID") {
    explicit = [
      [0, 0],
      [0, 0],
    ];
  } else if (autoPad !== "NOTSET") {
    c.fail(`auto_pad '${autoPad}' is not one of NOTSET, SAME_UPPER, SAME_LOWER, VALID`);
  }
  return {
    kernel: [k[0]!, k[1]!],
    strides: [strides[0]!, strides[1]!],
    dilations: [dilations[0]!, dilations[1]!],
    pads: explicit,
  };
}

function biasAdd(c: NodeCtx, y: Tensor, b: Value | undefined): Tensor {
  return b ? y.add(c.asLayout(b, [0])) : y;
}

const convImporter: Importer = (c) => {
  const x = c.input(0, "X");
  const w = c.input(1, "W");
  const xDims = onnxDims(x);
  const wDims = onnxDims(w);
  if (xDims.length !== 4) c.fail(`only 2-D convolution (rank-4 NCHW input) is supported, got input [${xDims}]`);
  const group = c.attrs.int("group", 1);
  if (!(group >= 1) || xDims[1]! % group !== 0 || wDims[0]! % group !== 0 || wDims[1]! * group !== xDims[1]) {
    c.fail(`group = ${group} does not fit input channels ${xDims[1]} and W [${wDims}] (W is (M, C/group, kH, kW))`);
  }
  const win = windowAttrs(c, xDims.slice(2), c.attrs.ints("kernel_shape", wDims.slice(2)));
  c.attrs.finish();
  if (wDims[2] !== win.kernel[0] || wDims[3] !== win.kernel[1]) c.fail(`kernel_shape [${win.kernel}] does not match W [${wDims}]`);
  const xNhwc = c.asLayout(x, [0, 3, 1, 2]);
  const wHwio = c.asLayout(w, [3, 2, 0, 1], "Conv filter OIHW → HWIO");
  // (M, C/group, kH, kW) → [kH, kW, C/group, M]: gradfuse's grouped filter, channels in the same blocks.
  const y = ops.conv2d(xNhwc, wHwio, { strides: win.strides, dilations: win.dilations, padding: win.pads, ...(group > 1 ? { groups: group } : {}) });
  return [tensorValue(biasAdd(c, y, c.inputs[2]), [0, 3, 1, 2])];
};

const convTransposeImporter: Importer = (c) => {
  const x = c.input(0, "X");
  const w = c.input(1, "W");
  const xDims = onnxDims(x);
  const wDims = onnxDims(w);
  if (xDims.length !== 4) c.fail(`only 2-D transposed convolution (rank-4 NCHW input) is supported, got [${xDims}]`);
  const group = c.attrs.int("group", 1);
  if (group !== 1) c.fail(`group = ${group} is not supported for ConvTranspose (grouped Conv is)`);
  const outputPadding = c.attrs.ints("output_padding", [0, 0])!;
  const outputShape = c.attrs.ints("output_shape");
  const autoPad = c.attrs.string("auto_pad", "NOTSET");
  if (autoPad !== "NOTSET" && autoPad !== "VALID") c.fail(`auto_pad '${autoPad}' is not supported for ConvTranspose; give explicit pads`);
  const kernel = c.attrs.ints("kernel_shape", wDims.slice(2))!;
  const strides = c.attrs.ints("strides", [1, 1])!;
  const dilations = c.attrs.ints("dilations", [1, 1])!;
  const pads = autoPad === "VALID" ? [0, 0, 0, 0] : c.attrs.ints("pads", [0, 0, 0, 0])!;
  c.attrs.finish();
  const size = [0, 1].map((i) => {
    const e = (kernel[i]! - 1) * dilations[i]! + 1;
    const natural = strides[i]! * (xDims[2 + i]! - 1) + outputPadding[i]! + e - pads[i]! - pads[i + 2]!;
    if (outputShape && outputShape.length >= 2) {
      const want = outputShape[outputShape.length - 2 + i]!;
      if (want !== natural) c.fail(`output_shape [${outputShape}] needs pads that differ from the given ones; pass pads and output_padding instead`);
    }
    return natural;
  });
  // W is [C_in, C_out, kh, kw]: the forward convolution's filter, OIHW with O = C_in; HWIO = [2, 3, 1, 0].
  const wHwio = c.asLayout(w, [3, 2, 0, 1], "ConvTranspose filter → HWIO");
  const dy = c.asLayout(x, [0, 3, 1, 2]);
  const y = ops.conv2dBackpropInput(dy, wHwio, [xDims[0]!, size[0]!, size[1]!, wDims[1]!], {
    strides: [strides[0]!, strides[1]!],
    dilations: [dilations[0]!, dilations[1]!],
    padding: [
      [pads[0]!, pads[2]!],
      [pads[1]!, pads[3]!],
    ],
  });
  return [tensorValue(biasAdd(c, y, c.inputs[2]), [0, 3, 1, 2])];
};

/** With ceil_mode, the extra cells at the end of each axis (ONNX: a window must start inside input + begin pad). */
function ceilExtra(size: number, k: number, s: number, before: number, after: number): number {
  let out = Math.ceil((size + before + after - k) / s) + 1;
  if ((out - 1) * s >= size + before) out--;
  return Math.max(0, (out - 1) * s + k - (size + before + after));
}

function poolImporter(kind: "max" | "avg"): Importer {
  return (c) => {
    const x = c.input(0, "X");
    const xDims = onnxDims(x);
    if (xDims.length !== 4) c.fail(`only 2-D pooling (rank-4 NCHW input) is supported, got [${xDims}]`);
    if (c.node.output && c.node.output.length > 1 && c.node.output[1]) c.fail("the Indices output is not supported");
    const ceil = c.attrs.int("ceil_mode", 0);
    const countIncludePad = kind === "avg" ? c.attrs.int("count_include_pad", 0) : 0;
    if (kind === "max" && c.attrs.int("storage_order", 0) !== 0) c.fail("storage_order = 1 (column-major indices) is not supported");
    const win = windowAttrs(c, xDims.slice(2), c.attrs.ints("kernel_shape"));
    c.attrs.finish();
    if (win.dilations.some((d) => d !== 1)) c.fail(`dilations [${win.dilations}] are not supported for pooling`);
    let t = c.asLayout(x, [0, 3, 1, 2]);
    let pads = win.pads.map((p) => [p[0], p[1]] as [number, number]);
    const extra = [0, 1].map((i) => (ceil ? ceilExtra(xDims[2 + i]!, win.kernel[i]!, win.strides[i]!, pads[i]![0], pads[i]![1]) : 0));
    if (kind === "avg" && countIncludePad && pads.some((p) => p[0] || p[1])) {
      // The given pads count as zeros in the divisor; ceil_mode's extra cells do not (as ONNX Runtime).
      t = t.pad([[0, 0], pads[0]!, pads[1]!, [0, 0]], 0);
      pads = [
        [0, 0],
        [0, 0],
      ];
    }
    const padding: Pads2D = [
      [pads[0]![0], pads[0]![1] + extra[0]!],
      [pads[1]![0], pads[1]![1] + extra[1]!],
    ];
    const opts = { window: win.kernel, strides: win.strides, padding };
    const y = kind === "max" ? ops.maxPool(t, opts) : ops.avgPool(t, opts);
    return [tensorValue(y, [0, 3, 1, 2])];
  };
}

function globalPool(kind: "max" | "avg"): Importer {
  return (c) => {
    c.attrs.finish();
    const x = c.input(0, "X");
    const rank = onnxDims(x).length;
    if (rank < 3) c.fail(`needs an input with spatial axes (N, C, …), got rank ${rank}`);
    const perm = channelsLast(rank);
    const t = c.asLayout(x, perm);
    const axes = Array.from({ length: rank - 2 }, (_, i) => i + 1);
    return [tensorValue(kind === "max" ? t.max(axes, true) : t.mean(axes, true), perm)];
  };
}

// ---------- normalization ----------

const batchNormImporter: Importer = (c) => {
  const eps = c.attrs.float("epsilon", 1e-5);
  c.attrs.ignore("momentum"); // only used when training_mode = 1, which is refused below
  if (c.attrs.int("spatial", 1) !== 1) c.fail("spatial = 0 (per-element statistics, opset < 9) is not supported");
  if (c.attrs.int("training_mode", 0) !== 0) c.fail("training_mode = 1 is not supported; import the inference model");
  c.attrs.finish();
  if ((c.node.output ?? []).slice(1).some((o) => o)) c.fail("the running mean/variance outputs (training mode) are not supported");
  const x = c.input(0, "X");
  const rank = onnxDims(x).length;
  if (rank < 2) c.fail(`needs an input with a channel axis (N, C, …), got rank ${rank}`);
  const perm = channelsLast(rank);
  const t = c.asLayout(x, perm);
  const vec = (i: number, what: string, trainable: boolean) => {
    const v = c.input(i, what);
    return v.kind === "init" ? c.param(v, { trainable }) : c.asLayout(v, [0]);
  };
  const scale = vec(1, "scale", true);
  const bias = vec(2, "B", true);
  const mean = vec(3, "input_mean", false);
  const variance = vec(4, "input_var", false);
  const y = t.sub(mean).div(variance.add(eps).sqrt()).mul(scale).add(bias);
  return [tensorValue(y, perm)];
};

const layerNormImporter: Importer = (c) => {
  const x = c.input(0, "X");
  const rank = onnxDims(x).length;
  const axis = normAxis(c, c.attrs.int("axis", -1), rank);
  const eps = c.attrs.float("epsilon", 1e-5);
  if (c.attrs.int("stash_type", 1) !== 1) c.fail("stash_type other than 1 (float32 statistics) is not supported");
  c.attrs.finish();
  if ((c.node.output ?? []).slice(1).some((o) => o)) c.fail("the Mean and InvStdDev outputs are not supported");
  const t = c.tensor(x);
  const axes = Array.from({ length: rank - axis }, (_, i) => axis + i);
  const centered = t.sub(t.mean(axes, true));
  let y = centered.div(centered.square().mean(axes, true).add(eps).sqrt());
  const scale = c.inputs[1];
  if (scale) y = y.mul(scale.kind === "init" ? c.param(scale) : c.tensor(scale));
  const bias = c.inputs[2];
  if (bias) y = y.add(bias.kind === "init" ? c.param(bias) : c.tensor(bias));
  return [tensorValue(y)];
};

// ---------- softmax ----------

function softmaxImporter(f: (t: Tensor, axis: number) => Tensor): Importer {
  return (c) => {
    const x = c.input(0, "input");
    const rank = onnxDims(x).length;
    const axis = normAxis(c, c.attrs.int("axis", c.opset >= 13 ? -1 : 1), rank);
    c.attrs.finish();
    if (c.opset < 13 && axis !== rank - 1) {
      // Before opset 13, softmax is over the flattened trailing axes [axis, rank).
      const dims = onnxDims(x);
      const t = c.tensor(x);
      const rows = dims.slice(0, axis).reduce((p, d) => p * d, 1);
      return [tensorValue(f(t.reshape([rows, -1]), 1).reshape(dims))];
    }
    if (x.kind !== "tensor") return [tensorValue(f(c.tensor(x), axis))];
    return [tensorValue(f(x.t, x.perm[axis]!), x.perm)];
  };
}

// ---------- movement ----------

function reshapeTo(c: NodeCtx, v: Value, dims: readonly number[]): Value {
  if (v.kind === "const") return { ...v, dims };
  return tensorValue(c.tensor(v).reshape(dims));
}

function axesInput(c: NodeCtx, attrFrom: number, what = "axes"): number[] | undefined {
  if (c.opset < attrFrom) return c.attrs.ints(what);
  const v = c.inputs[1];
  return v ? c.ints(v, what) : undefined;
}

const reshapeImporter: Importer = (c) => {
  const allowZero = c.attrs.int("allowzero", 0);
  c.attrs.finish();
  const x = c.input(0, "data");
  const dims = onnxDims(x);
  const shape = c.ints(c.input(1, "shape"), "shape");
  const resolved = shape.map((d, i) => (d === 0 && !allowZero ? (dims[i] ?? c.fail(`shape [${shape}] copies axis ${i}, which the input lacks`)) : d));
  const known = resolved.filter((d) => d !== -1).reduce((p, d) => p * d, 1);
  const total = dims.reduce((p, d) => p * d, 1);
  const out = resolved.map((d) => (d === -1 ? total / known : d));
  if (out.reduce((p, d) => p * d, 1) !== total || !out.every(Number.isInteger)) c.fail(`cannot reshape [${dims}] to [${shape}]`);
  return [reshapeTo(c, x, out)];
};

const flattenImporter: Importer = (c) => {
  const x = c.input(0, "input");
  const dims = onnxDims(x);
  const axis = c.attrs.int("axis", 1);
  c.attrs.finish();
  const a = axis < 0 ? axis + dims.length : axis;
  if (a < 0 || a > dims.length) c.fail(`axis ${axis} is out of range for rank ${dims.length}`);
  const prod = (ds: number[]) => ds.reduce((p, d) => p * d, 1);
  return [reshapeTo(c, x, [prod(dims.slice(0, a)), prod(dims.slice(a))])];
};

const transposeImporter: Importer = (c) => {
  const x = c.input(0, "data");
  const rank = onnxDims(x).length;
  const perm = c.attrs.ints("perm", [...identityPerm(rank)].reverse())!;
  c.attrs.finish();
  if (perm.length !== rank || [...perm].sort((a, b) => a - b).some((p, i) => p !== i)) c.fail(`perm [${perm}] is not a permutation of rank ${rank}`);
  if (x.kind === "const" && x.dims.length <= 1) return [x];
  const v = x.kind === "tensor" ? x : tensorValue(x.kind === "init" ? c.param(x) : c.tensor(x));
  return [tensorValue(v.t, perm.map((p) => v.perm[p]!))];
};

function squeezeLike(kind: "squeeze" | "unsqueeze"): Importer {
  return (c) => {
    const x = c.input(0, "data");
    const dims = onnxDims(x);
    const axes = axesInput(c, 13);
    c.attrs.finish();
    let out: number[];
    if (kind === "squeeze") {
      const drop = new Set((axes ?? dims.flatMap((d, i) => (d === 1 ? [i] : []))).map((a) => normAxis(c, a, dims.length)));
      for (const a of drop) if (dims[a] !== 1) c.fail(`cannot squeeze axis ${a} of size ${dims[a]}`);
      out = dims.filter((_, i) => !drop.has(i));
    } else {
      const given = axes ?? c.fail("axes are required");
      const rank = dims.length + given.length;
      const put = new Set(given.map((a) => normAxis(c, a, rank)));
      let j = 0;
      out = Array.from({ length: rank }, (_, i) => (put.has(i) ? 1 : dims[j++]!));
    }
    return [reshapeTo(c, x, out)];
  };
}

const concatImporter: Importer = (c) => {
  const values = c.inputs.filter((v): v is Value => v !== undefined);
  const rank = onnxDims(values[0] ?? c.fail("needs at least one input")).length;
  const axis = normAxis(c, c.attrs.has("axis") ? c.attrs.int("axis", 0) : c.fail("attribute 'axis' is required"), rank);
  c.attrs.finish();
  if (values.every((v) => v.kind === "const")) {
    if (rank !== 1) c.fail("concatenating constants of rank > 1 is not supported");
    const consts = values as ConstValue[];
    const data = consts.flatMap((v) => [...v.data].map(Number));
    return [{ kind: "const", dtype: consts[0]!.dtype, dims: [data.length], data }];
  }
  const first = values.find((v): v is TensorValue => v.kind === "tensor");
  const perm = first && values.every((v) => v.kind !== "tensor" || v.perm.join() === first.perm.join()) ? [...first.perm] : identityPerm(rank);
  return [tensorValue(ops.concat(values.map((v) => c.asLayout(v, perm)), perm[axis]!), perm)];
};

const INT_LIMIT = 2 ** 31;
const sliceImporter: Importer = (c) => {
  c.attrs.finish();
  if (c.opset < 10) c.fail("Slice before opset 10 (attributes starts/ends) is not supported");
  const x = c.input(0, "data");
  const dims = onnxDims(x);
  const starts = c.ints(c.input(1, "starts"), "starts");
  const ends = c.ints(c.input(2, "ends"), "ends");
  const axes = c.inputs[3] ? c.ints(c.inputs[3], "axes") : starts.map((_, i) => i);
  const steps = c.inputs[4] ? c.ints(c.inputs[4], "steps") : starts.map(() => 1);
  if (steps.some((s) => s !== 1)) c.fail(`steps [${steps}] are not supported (only 1)`);
  const begin = dims.map(() => 0);
  const size = [...dims];
  axes.forEach((ax, i) => {
    const a = normAxis(c, ax, dims.length);
    const clamp = (v: number) => Math.min(dims[a]!, Math.max(0, v < 0 ? v + dims[a]! : v));
    const s = clamp(Math.max(-INT_LIMIT, starts[i]!));
    const e = clamp(Math.min(INT_LIMIT, ends[i]!));
    begin[a] = s;
    size[a] = Math.max(0, e - s);
  });
  if (x.kind === "const" && dims.length === 1) {
    return [{ kind: "const", dtype: x.dtype, dims: [size[0]!], data: [...x.data].slice(begin[0], begin[0]! + size[0]!) }];
  }
  return [tensorValue(c.tensor(x).slice(begin, size))];
};

const padImporter: Importer = (c) => {
  const mode = c.attrs.string("mode", "constant");
  if (mode !== "constant") c.fail(`mode '${mode}' is not supported (only constant)`);
  if (c.opset < 11) c.fail("Pad before opset 11 (pads as an attribute) is not supported");
  c.attrs.finish();
  const x = c.input(0, "data");
  const rank = onnxDims(x).length;
  const pads = c.ints(c.input(1, "pads"), "pads");
  const valueIn = c.inputs[2];
  const value = valueIn ? Number(c.constant(valueIn, "constant_value").data[0] ?? 0) : 0;
  const axes = c.inputs[3] ? c.ints(c.inputs[3], "axes").map((a) => normAxis(c, a, rank)) : identityPerm(rank);
  if (pads.length !== 2 * axes.length) c.fail(`pads has ${pads.length} entries for ${axes.length} axes`);
  if (pads.some((p) => p < 0)) c.fail(`negative pads [${pads}] (cropping) are not supported`);
  const onnxPads = identityPerm(rank).map(() => [0, 0] as [number, number]);
  axes.forEach((a, i) => (onnxPads[a] = [pads[i]!, pads[i + axes.length]!]));
  if (x.kind !== "tensor") return [tensorValue(c.tensor(x).pad(onnxPads, value))];
  const tPads = identityPerm(rank).map(() => [0, 0] as [number, number]);
  x.perm.forEach((p, i) => (tPads[p] = onnxPads[i]!));
  return [tensorValue(x.t.pad(tPads, value), x.perm)];
};

// ---------- reductions ----------

function reduceImporter(kind: "sum" | "mean" | "max", axesFromInput: number): Importer {
  return (c) => {
    const x = c.input(0, "data");
    const rank = onnxDims(x).length;
    const keep = c.attrs.int("keepdims", 1) === 1;
    const noop = c.attrs.int("noop_with_empty_axes", 0) === 1;
    const axesGiven = axesInput(c, axesFromInput);
    c.attrs.finish();
    const axes = axesGiven && axesGiven.length ? axesGiven.map((a) => normAxis(c, a, rank)) : noop ? [] : identityPerm(rank);
    if (!axes.length) return [x];
    const f = (t: Tensor, ax: number[]) => (kind === "sum" ? t.sum(ax, keep) : kind === "mean" ? t.mean(ax, keep) : t.max(ax, keep));
    if (keep && x.kind === "tensor") return [tensorValue(f(x.t, axes.map((a) => x.perm[a]!)), x.perm)];
    return [tensorValue(f(c.tensor(x), axes))];
  };
}

// ---------- contractions ----------

const gemmImporter: Importer = (c) => {
  const alpha = c.attrs.float("alpha", 1);
  const beta = c.attrs.float("beta", 1);
  const transA = c.attrs.int("transA", 0) === 1;
  const transB = c.attrs.int("transB", 0) === 1;
  c.attrs.finish();
  const a = c.tensor(c.input(0, "A"));
  // B becomes [K, N] once (a PyTorch Linear's [out, in] weight is stored as gradfuse's [in, out]).
  const bValue = c.input(1, "B");
  const b = transB ? c.asLayout(bValue, [1, 0], "Gemm transB: [N, K] → [K, N]") : c.tensor(bValue);
  let y = a.matmul(b, { transposeA: transA });
  if (alpha !== 1) y = y.mul(alpha);
  const cValue = c.inputs[2];
  if (cValue && beta !== 0) {
    const bias = c.tensor(cValue);
    y = y.add(beta === 1 ? bias : bias.mul(beta));
  }
  return [tensorValue(y)];
};

const matmulImporter: Importer = (c) => {
  c.attrs.finish();
  let a = c.tensor(c.input(0, "A"));
  let b = c.tensor(c.input(1, "B"));
  const vecA = a.rank === 1;
  const vecB = b.rank === 1;
  if (vecA) a = a.reshape([1, a.shape[0]!]);
  if (vecB) b = b.reshape([b.shape[0]!, 1]);
  let y: Tensor;
  if (a.rank === b.rank) y = a.matmul(b);
  else if (b.rank === 2) {
    // [..., M, K] · [K, N]: one matmul over the flattened leading axes.
    const lead = a.shape.slice(0, -1);
    y = a.reshape([-1, a.shape[a.rank - 1]!]).matmul(b).reshape([...lead, b.shape[1]!]);
  } else return c.fail(`operands [${a.shape}] and [${b.shape}] need batch broadcasting, which is not supported`);
  const shape = [...y.shape];
  if (vecA) shape.splice(shape.length - 2, 1);
  if (vecB) shape.splice(shape.length - 1, 1);
  return [tensorValue(shape.length === y.rank ? y : y.reshape(shape))];
};

// ---------- the rest ----------

const clipImporter: Importer = (c) => {
  let lo = -Infinity;
  let hi = Infinity;
  if (c.opset < 11) {
    lo = c.attrs.float("min", -Infinity);
    hi = c.attrs.float("max", Infinity);
  } else {
    if (c.inputs[1]) lo = Number(c.constant(c.inputs[1], "min").data[0]);
    if (c.inputs[2]) hi = Number(c.constant(c.inputs[2], "max").data[0]);
  }
  c.attrs.finish();
  const x = c.input(0, "input");
  const apply = (t: Tensor) => {
    let y = t;
    if (lo !== -Infinity) y = y.maximum(lo);
    if (hi !== Infinity) y = y.minimum(hi);
    return y;
  };
  return x.kind === "tensor" ? [tensorValue(apply(x.t), x.perm)] : [tensorValue(apply(c.tensor(x)))];
};

const dropoutImporter: Importer = (c) => {
  c.attrs.ignore("seed"); // draws nothing at inference
  if (c.opset < 12) c.attrs.float("ratio", 0.5);
  if (c.opset < 7) c.attrs.int("is_test", 0);
  c.attrs.finish();
  const training = c.inputs[2];
  if (training && Number(c.constant(training, "training_mode").data[0]) !== 0) c.fail("training_mode = true is not supported; import the inference model");
  if ((c.node.output ?? []).slice(1).some((o) => o)) c.fail("the mask output is not supported");
  return [c.input(0, "data")];
};

const constantImporter: Importer = (c) => {
  const t = c.attrs.tensor("value");
  const f = c.attrs.float("value_float", NaN);
  const fs = c.attrs.floats("value_floats");
  const i = c.attrs.int("value_int", NaN);
  const is = c.attrs.ints("value_ints");
  if (c.attrs.has("sparse_value")) c.fail("sparse_value is not supported");
  c.attrs.finish();
  if (t) return [tensorProtoValue(t, c.fail)];
  if (!Number.isNaN(f)) return [{ kind: "const", dtype: "f32", dims: [], data: [f] }];
  if (fs) return [{ kind: "const", dtype: "f32", dims: [fs.length], data: fs }];
  if (!Number.isNaN(i)) return [{ kind: "const", dtype: "i64", dims: [], data: [i] }];
  if (is) return [{ kind: "const", dtype: "i64", dims: [is.length], data: is }];
  return c.fail("has no value attribute gradfuse reads (value, value_float(s), value_int(s))");
};

const shapeImporter: Importer = (c) => {
  const dims = onnxDims(c.input(0, "data"));
  const start = c.attrs.int("start", 0);
  const end = c.attrs.int("end", dims.length);
  c.attrs.finish();
  const norm = (v: number) => Math.min(dims.length, Math.max(0, v < 0 ? v + dims.length : v));
  const data = dims.slice(norm(start), norm(end));
  return [{ kind: "const", dtype: "i64", dims: [data.length], data }];
};

const gatherImporter: Importer = (c) => {
  const x = c.input(0, "data");
  const dims = onnxDims(x);
  const axis = normAxis(c, c.attrs.int("axis", 0), dims.length);
  c.attrs.finish();
  const idx = c.constant(c.input(1, "indices"), "indices (gradfuse has no gather primitive yet, so indices must be constants)");
  const indices = [...idx.data].map((v) => (Number(v) < 0 ? Number(v) + dims[axis]! : Number(v)));
  if (indices.some((v) => v < 0 || v >= dims[axis]!)) c.fail(`indices [${[...idx.data]}] are out of range for axis size ${dims[axis]}`);
  if (x.kind === "const" && dims.length === 1) {
    return [{ kind: "const", dtype: x.dtype, dims: [...idx.dims], data: indices.map((i) => Number(x.data[i])) }];
  }
  const t = c.tensor(x);
  const pieces = indices.map((i) => t.slice(dims.map((_, a) => (a === axis ? i : 0)), dims.map((d, a) => (a === axis ? 1 : d))));
  const joined = pieces.length === 1 ? pieces[0]! : ops.concat(pieces, axis);
  const out = [...dims.slice(0, axis), ...idx.dims, ...dims.slice(axis + 1)];
  return [tensorValue(joined.reshape(out))];
};

const castImporter: Importer = (c) => {
  const to = c.attrs.int("to", NaN);
  c.attrs.ignore("saturate");
  c.attrs.finish();
  const x = c.input(0, "input");
  const target: HostDType | undefined =
    to === ONNX_DTYPE.FLOAT ? "f32" : to === ONNX_DTYPE.INT32 ? "i32" : to === ONNX_DTYPE.INT64 ? "i64" : to === ONNX_DTYPE.BOOL ? "bool" : undefined;
  if (!target) return c.fail(`casting to ${DTYPE_NAME[to] ?? to} is not supported (FLOAT, INT32, INT64, BOOL)`);
  if (x.kind === "const") return [{ ...x, dtype: target, data: [...x.data].map((v) => (target === "f32" ? v : target === "bool" ? (v ? 1 : 0) : Math.trunc(v))) }];
  const t = c.tensor(x);
  // Bools are f32 0/1 masks in gradfuse; int64 is computed as int32.
  const y = target === "bool" ? t.ne(0) : target === "f32" ? t.cast("f32") : t.cast("i32");
  return [tensorValue(y)];
};

const whereImporter: Importer = (c) => {
  c.attrs.finish();
  const { tensors, perm } = alignOperands(c, [c.input(0, "condition"), c.input(1, "X"), c.input(2, "Y")]);
  return [tensorValue(ops.where(tensors[0]!, tensors[1]!, tensors[2]!), perm)];
};

function variadic(f: (a: Tensor, b: Tensor) => Tensor): Importer {
  return (c) => {
    c.attrs.finish();
    const values = c.inputs.filter((v): v is Value => v !== undefined);
    const { tensors, perm } = alignOperands(c, values);
    return [tensorValue(tensors.reduce((a, b) => f(a, b)), perm)];
  };
}

function withFloat(name: string, dflt: number, f: (t: Tensor, v: number) => Tensor): Importer {
  return (c) => {
    const v = c.attrs.float(name, dflt);
    return unaryOp((t) => f(t, v))(c);
  };
}

const SELU_ALPHA_ONNX = 1.67326319217681884765625;
const SELU_GAMMA_ONNX = 1.05070102214813232421875;

const geluImporter: Importer = (c) => {
  const approx = c.attrs.string("approximate", "none");
  if (approx !== "none" && approx !== "tanh") c.fail(`approximate '${approx}' is not none or tanh`);
  return unaryOp((t) => act.gelu(t, { approximate: approx === "tanh" ? "tanh" : false }))(c);
};

/** The importer table: one entry per ONNX op type (default domain). */
export const importers: Readonly<Record<string, Importer>> = {
  Conv: convImporter,
  ConvTranspose: convTransposeImporter,
  Gemm: gemmImporter,
  MatMul: matmulImporter,
  Add: binaryOp(BINARY_FNS.add!),
  Sub: binaryOp(BINARY_FNS.sub!),
  Mul: binaryOp(BINARY_FNS.mul!),
  Div: binaryOp(BINARY_FNS.div!),
  Pow: binaryOp((a, b) => a.pow(b)),
  Max: variadic((a, b) => a.maximum(b)),
  Min: variadic((a, b) => a.minimum(b)),
  Sum: variadic((a, b) => a.add(b)),
  Equal: compareOp("eq"),
  Less: compareOp("lt"),
  LessOrEqual: compareOp("le"),
  Greater: compareOp("gt"),
  GreaterOrEqual: compareOp("ge"),
  Not: unaryOp((t) => t.rsub(1)),
  Where: whereImporter,
  Neg: unaryOp((t) => t.neg()),
  Abs: unaryOp((t) => t.abs()),
  Sign: unaryOp((t) => t.sign()),
  Exp: unaryOp((t) => t.exp()),
  Log: unaryOp((t) => t.log()),
  Sqrt: unaryOp((t) => t.sqrt()),
  Reciprocal: unaryOp((t) => t.reciprocal()),
  Erf: unaryOp((t) => t.erf()),
  Relu: unaryOp(act.relu),
  LeakyRelu: withFloat("alpha", 0.01, act.leakyRelu),
  PRelu: (c) => {
    c.attrs.finish();
    const { tensors, perm } = alignOperands(c, [c.input(0, "X"), c.input(1, "slope")]);
    return [tensorValue(act.prelu(tensors[0]!, tensors[1]!), perm)];
  },
  Elu: withFloat("alpha", 1, act.elu),
  Selu: (c) => {
    const alpha = c.attrs.float("alpha", SELU_ALPHA_ONNX);
    const gamma = c.attrs.float("gamma", SELU_GAMMA_ONNX);
    return unaryOp((t) => act.elu(t, alpha).mul(gamma))(c);
  },
  Sigmoid: unaryOp(act.sigmoid),
  HardSigmoid: (c) => {
    const alpha = c.attrs.float("alpha", 0.2);
    const beta = c.attrs.float("beta", 0.5);
    return unaryOp((t) => t.mul(alpha).add(beta).clip(0, 1))(c);
  },
  Tanh: unaryOp(act.tanh),
  Softplus: unaryOp(act.softplus),
  Softsign: unaryOp(act.softsign),
  Gelu: geluImporter,
  Softmax: softmaxImporter((t, axis) => act.softmax(t, { axis })),
  LogSoftmax: softmaxImporter((t, axis) => act.logSoftmax(t, { axis })),
  MaxPool: poolImporter("max"),
  AveragePool: poolImporter("avg"),
  GlobalAveragePool: globalPool("avg"),
  GlobalMaxPool: globalPool("max"),
  BatchNormalization: batchNormImporter,
  LayerNormalization: layerNormImporter,
  Dropout: dropoutImporter,
  Flatten: flattenImporter,
  Reshape: reshapeImporter,
  Transpose: transposeImporter,
  Squeeze: squeezeLike("squeeze"),
  Unsqueeze: squeezeLike("unsqueeze"),
  Concat: concatImporter,
  Slice: sliceImporter,
  Pad: padImporter,
  Clip: clipImporter,
  ReduceSum: reduceImporter("sum", 13),
  ReduceMean: reduceImporter("mean", 18),
  ReduceMax: reduceImporter("max", 18),
  Identity: (c) => {
    c.attrs.finish();
    return [c.input(0, "input")];
  },
  Constant: constantImporter,
  Shape: shapeImporter,
  Gather: gatherImporter,
  Cast: castImporter,
};

