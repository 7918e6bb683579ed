// Each importable ONNX op on small cases, against ONNX Runtime; and every refusal, with its message.
import { describe, expect, it } from "vitest";
import { interpret } from "../src/interp/interpret.ts";
import { OnnxImportError, fromOnnx } from "../src/onnx/import.ts";
import type { AttributeProto, NodeProto, TensorProto, ValueInfoProto } from "../src/onnx/proto.ts";
import { ATTR_TYPE, ONNX_DTYPE, decodeModel, encodeModel } from "../src/onnx/proto.ts";
import { tensorProto } from "../src/onnx/export.ts";
import type { HostTensor } from "../src/runtime/tensor.ts";
import { relativeError, runOrt, seededValues } from "./onnx-helpers.ts";

// ---- building small models ----

const i = (name: string, v: number): AttributeProto => ({ name, type: ATTR_TYPE.INT, i: v });
const f = (name: string, v: number): AttributeProto => ({ name, type: ATTR_TYPE.FLOAT, f: v });
const is = (name: string, v: number[]): AttributeProto => ({ name, type: ATTR_TYPE.INTS, ints: v });
const s = (name: string, v: string): AttributeProto => ({ name, type: ATTR_TYPE.STRING, s: new TextEncoder().encode(v) });

interface Operand {
  name: string;
  dims: number[];
  /** An initializer when given (float values, or int64 for "i64"); otherwise a graph input fed seeded values. */
  init?: number[] | Float32Array;
  i64?: boolean;
  /** Seeded values fed in are positive (for Pow, Log, Sqrt). */
  positive?: boolean;
}

interface Case {
  readonly op: string;
  readonly operands: Operand[];
  readonly attrs?: AttributeProto[];
  readonly opset?: number;
  /** Extra nodes after the op (e.g. to consume its output), reading "y" and writing "z". */
  readonly extra?: NodeProto[];
}

const valueInfo = (name: string, dims?: number[]): ValueInfoProto => ({
  name,
  type: { tensor_type: { elem_type: ONNX_DTYPE.FLOAT, ...(dims ? { shape: { dim: dims.map((d) => ({ dim_value: d })) } } : {}) } },
});

function initializer(o: Operand): TensorProto {
  if (o.i64) return { name: o.name, dims: o.dims, data_type: ONNX_DTYPE.INT64, int64_data: [...o.init!] };
  return tensorProto(o.name, "f32", o.dims, Float32Array.from(o.init!));
}

function buildModel(c: Case): Uint8Array {
  const node: NodeProto = { op_type: c.op, name: `the_${c.op}`, input: c.operands.map((o) => o.name), output: ["y"], attribute: c.attrs ?? [] };
  const last = c.extra?.length ? "z" : "y";
  return encodeModel({
    ir_version: 8,
    opset_import: [{ domain: "", version: c.opset ?? 17 }],
    graph: {
      name: "case",
      node: [node, ...(c.extra ?? [])],
      input: c.operands.filter((o) => !o.init && o.name).map((o) => valueInfo(o.name, o.dims)),
      initializer: c.operands.filter((o) => o.init).map(initializer),
      output: [valueInfo(last)],
    },
  });
}

function feedsOf(c: Case): Record<string, HostTensor> {
  const feeds: Record<string, HostTensor> = {};
  c.operands.forEach((o, k) => {
    if (o.init || !o.name) return;
    const n = o.dims.reduce((p, d) => p * d, 1);
    const v = seededValues(n, 11 + k);
    if (o.positive) v.forEach((x, j) => (v[j] = Math.abs(x) + 0.1));
    feeds[o.name] = { dtype: "f32", shape: o.dims, data: v };
  });
  return feeds;
}

async function agree(c: Case): Promise<void> {
  const bytes = buildModel(c);
  const feeds = feedsOf(c);
  const theirs = Object.values(await runOrt(bytes, feeds))[0]!;
  const imported = fromOnnx(bytes, { layout: "onnx", source: `${c.op}.onnx` });
  const g = imported.def.build();
  const ours = Object.values(interpret(g, { feeds, params: imported.params }).outputs)[0]!;
  expect([...ours.shape]).toEqual([...theirs.shape]);
  const err = relativeError(ours.data, theirs.data);
  expect(err, `${c.op}: relative error ${err}`).toBeLessThan(1e-5);
}

const X4 = (dims = [2, 3, 5, 6]): Operand => ({ name: "x", dims });
const W = (dims: number[], seed = 3): Operand => ({ name: "w", dims, init: seededValues(dims.reduce((p, d) => p * d, 1), seed) });
const B = (n: number): Operand => ({ name: "b", dims: [n], init: seededValues(n, 5) });
const ints64 = (name: string, v: number[]): Operand => ({ name, dims: [v.length], init: v, i64: true });

const cases: [string, Case][] = [
  ["Conv with bias, pads, strides, dilations", { op: "Conv", operands: [X4([2, 3, 7, 8]), W([4, 3, 3, 2]), B(4)], attrs: [is("pads", [1, 0, 2, 1]), is("strides", [2, 1]), is("dilations", [1, 2])] }],
  ["Conv auto_pad SAME_UPPER", { op: "Conv", operands: [X4([1, 2, 6, 5]), W([3, 2, 4, 4])], attrs: [s("auto_pad", "SAME_UPPER"), is("strides", [2, 2])] }],
  ["Conv auto_pad SAME_LOWER", { op: "Conv", operands: [X4([1, 2, 6, 5]), W([3, 2, 4, 4])], attrs: [s("auto_pad", "SAME_LOWER")] }],
  ["Conv with groups (2 groups of 2 channels)", { op: "Conv", operands: [X4([1, 4, 5, 5]), W([6, 2, 3, 3]), B(6)], attrs: [i("group", 2), is("pads", [1, 1, 1, 1])] }],
  ["Conv depthwise (group = channels, multiplier 2)", { op: "Conv", operands: [X4([2, 3, 6, 5]), W([6, 1, 3, 3])], attrs: [i("group", 3), is("strides", [2, 1])] }],
  ["Conv with a computed filter", { op: "Conv", operands: [X4([1, 2, 5, 5]), { name: "wx", dims: [3, 2, 3, 3] }], attrs: [s("auto_pad", "VALID")] }],
  ["ConvTranspose stride 2, pads, output_padding", { op: "ConvTranspose", operands: [X4([2, 3, 4, 5]), W([3, 2, 3, 3]), B(2)], attrs: [is("strides", [2, 2]), is("pads", [1, 1, 1, 1]), is("output_padding", [1, 1])] }],
  ["ConvTranspose dilation 2", { op: "ConvTranspose", operands: [X4([1, 2, 3, 3]), W([2, 3, 2, 2])], attrs: [is("dilations", [2, 2])] }],
  ["Gemm transB with a bias vector", { op: "Gemm", operands: [{ name: "a", dims: [3, 4] }, W([5, 4]), B(5)], attrs: [i("transB", 1)] }],
  ["Gemm transA, alpha, beta, matrix C", { op: "Gemm", operands: [{ name: "a", dims: [4, 3] }, { name: "b2", dims: [4, 5] }, { name: "c", dims: [3, 5] }], attrs: [i("transA", 1), f("alpha", 0.5), f("beta", 2)] }],
  ["MatMul 2-D", { op: "MatMul", operands: [{ name: "a", dims: [3, 4] }, { name: "b2", dims: [4, 2] }] }],
  ["MatMul batched", { op: "MatMul", operands: [{ name: "a", dims: [2, 3, 4] }, { name: "b2", dims: [2, 4, 5] }] }],
  ["MatMul [..., K] × [K, N]", { op: "MatMul", operands: [{ name: "a", dims: [2, 3, 4] }, W([4, 5])] }],
  ["MatMul vector × matrix", { op: "MatMul", operands: [{ name: "a", dims: [4] }, { name: "b2", dims: [4, 3] }] }],
  ["Add broadcasting a [C,1,1] bias", { op: "Add", operands: [X4(), W([3, 1, 1])] }],
  ["Sub", { op: "Sub", operands: [{ name: "a", dims: [2, 3] }, { name: "b2", dims: [3] }] }],
  ["Mul", { op: "Mul", operands: [{ name: "a", dims: [2, 3] }, { name: "b2", dims: [2, 1] }] }],
  ["Div", { op: "Div", operands: [{ name: "a", dims: [2, 3] }, { name: "b2", dims: [2, 3], positive: true }] }],
  ["Pow", { op: "Pow", operands: [{ name: "a", dims: [2, 3], positive: true }, { name: "b2", dims: [3] }] }],
  ["Relu", { op: "Relu", operands: [X4()] }],
  ["LeakyRelu", { op: "LeakyRelu", operands: [X4()], attrs: [f("alpha", 0.2)] }],
  ["PRelu with a per-channel slope", { op: "PRelu", operands: [X4(), W([3, 1, 1])] }],
  ["Elu", { op: "Elu", operands: [X4()], attrs: [f("alpha", 0.7)] }],
  ["Selu", { op: "Selu", operands: [X4()] }],
  ["Sigmoid", { op: "Sigmoid", operands: [X4()] }],
  ["HardSigmoid", { op: "HardSigmoid", operands: [X4()], attrs: [f("alpha", 0.3)] }],
  ["Tanh", { op: "Tanh", operands: [X4()] }],
  ["Softplus", { op: "Softplus", operands: [X4()] }],
  ["Softsign", { op: "Softsign", operands: [X4()] }],
  ["Erf", { op: "Erf", operands: [{ name: "x", dims: [4, 7] }] }],
  ["Gelu (exact, opset 20)", { op: "Gelu", operands: [{ name: "x", dims: [4, 7] }], opset: 20 }],
  ["Gelu tanh (opset 20)", { op: "Gelu", operands: [{ name: "x", dims: [4, 7] }], attrs: [s("approximate", "tanh")], opset: 20 }],
  ["Softmax over axis 1", { op: "Softmax", operands: [{ name: "x", dims: [2, 3, 4] }], attrs: [i("axis", 1)] }],
  ["Softmax opset 11 (flattened)", { op: "Softmax", operands: [{ name: "x", dims: [2, 3, 4] }], attrs: [i("axis", 1)], opset: 11 }],
  ["LogSoftmax", { op: "LogSoftmax", operands: [{ name: "x", dims: [3, 5] }] }],
  ["MaxPool pads and strides", { op: "MaxPool", operands: [X4([1, 2, 7, 7])], attrs: [is("kernel_shape", [3, 3]), is("strides", [2, 2]), is("pads", [1, 1, 1, 1])] }],
  ["MaxPool ceil_mode", { op: "MaxPool", operands: [X4([1, 2, 6, 7])], attrs: [is("kernel_shape", [3, 2]), is("strides", [2, 2]), i("ceil_mode", 1)] }],
  ["MaxPool SAME_UPPER", { op: "MaxPool", operands: [X4([1, 2, 5, 6])], attrs: [is("kernel_shape", [2, 3]), is("strides", [2, 2]), s("auto_pad", "SAME_UPPER")] }],
  ["AveragePool count_include_pad 0", { op: "AveragePool", operands: [X4([1, 2, 6, 6])], attrs: [is("kernel_shape", [3, 3]), is("pads", [1, 1, 1, 1])] }],
  ["AveragePool count_include_pad 1", { op: "AveragePool", operands: [X4([1, 2, 6, 6])], attrs: [is("kernel_shape", [3, 3]), is("pads", [1, 1, 1, 1]), i("count_include_pad", 1)] }],
  ["AveragePool ceil_mode", { op: "AveragePool", operands: [X4([1, 2, 6, 7])], attrs: [is("kernel_shape", [2, 2]), is("strides", [2, 2]), i("ceil_mode", 1)] }],
  ["AveragePool ceil_mode + count_include_pad", { op: "AveragePool", operands: [X4([1, 2, 5, 5])], attrs: [is("kernel_shape", [3, 3]), is("strides", [2, 2]), is("pads", [1, 1, 1, 1]), i("ceil_mode", 1), i("count_include_pad", 1)] }],
  ["GlobalAveragePool", { op: "GlobalAveragePool", operands: [X4()] }],
  ["GlobalMaxPool", { op: "GlobalMaxPool", operands: [X4()] }],
  ["BatchNormalization", { op: "BatchNormalization", operands: [X4(), W([3], 1), B(3), { name: "mean", dims: [3], init: [0.1, -0.2, 0.3] }, { name: "var", dims: [3], init: [0.5, 1.5, 2] }], attrs: [f("epsilon", 1e-3)] }],
  ["LayerNormalization axis -1", { op: "LayerNormalization", operands: [{ name: "x", dims: [3, 6] }, W([6], 1), B(6)] }],
  ["LayerNormalization axis 1 of 3-D", { op: "LayerNormalization", operands: [{ name: "x", dims: [2, 3, 4] }, W([3, 4], 1)], attrs: [i("axis", 1), f("epsilon", 1e-3)] }],
  ["Dropout (inference)", { op: "Dropout", operands: [{ name: "x", dims: [2, 3] }] }],
  ["Flatten axis 2", { op: "Flatten", operands: [X4()], attrs: [i("axis", 2)] }],
  ["Reshape with 0 and -1", { op: "Reshape", operands: [X4(), ints64("shape", [0, -1, 5])] }],
  ["Transpose", { op: "Transpose", operands: [X4()], attrs: [is("perm", [0, 2, 3, 1])] }],
  ["Concat", { op: "Concat", operands: [{ name: "a", dims: [2, 3] }, { name: "b2", dims: [2, 4] }], attrs: [i("axis", 1)] }],
  ["Clip", { op: "Clip", operands: [{ name: "x", dims: [3, 4] }, { name: "lo", dims: [], init: [-0.3] }, { name: "hi", dims: [], init: [0.4] }] }],
  ["Clip with only a max", { op: "Clip", operands: [{ name: "x", dims: [3, 4] }, { name: "", dims: [] }, { name: "hi", dims: [], init: [0.4] }] }],
  ["ReduceSum (axes input)", { op: "ReduceSum", operands: [X4(), ints64("axes", [1, 3])], attrs: [i("keepdims", 0)] }],
  ["ReduceMean (axes attribute)", { op: "ReduceMean", operands: [X4()], attrs: [is("axes", [2, 3])] }],
  ["ReduceMax over everything", { op: "ReduceMax", operands: [X4()], attrs: [i("keepdims", 0)] }],
  ["Identity", { op: "Identity", operands: [{ name: "x", dims: [2, 2] }] }],
  ["Squeeze", { op: "Squeeze", operands: [{ name: "x", dims: [2, 1, 3] }, ints64("axes", [1])] }],
  ["Unsqueeze", { op: "Unsqueeze", operands: [{ name: "x", dims: [2, 3] }, ints64("axes", [0, 3])] }],
  ["Slice", { op: "Slice", operands: [X4(), ints64("starts", [1, -4]), ints64("ends", [3, 1000]), ints64("axes", [1, 3])] }],
  ["Pad", { op: "Pad", operands: [X4(), ints64("pads", [0, 0, 1, 2, 0, 1, 0, 1]), { name: "v", dims: [], init: [0.5] }] }],
  ["Max of three", { op: "Max", operands: [{ name: "a", dims: [2, 3] }, { name: "b2", dims: [3] }, { name: "c", dims: [2, 1] }] }],
  ["Sqrt", { op: "Sqrt", operands: [{ name: "x", dims: [5], positive: true }] }],
  ["Log", { op: "Log", operands: [{ name: "x", dims: [5], positive: true }] }],
  ["Exp", { op: "Exp", operands: [{ name: "x", dims: [5] }] }],
  ["Neg", { op: "Neg", operands: [{ name: "x", dims: [5] }] }],
  ["Abs", { op: "Abs", operands: [{ name: "x", dims: [5] }] }],
  ["Reciprocal", { op: "Reciprocal", operands: [{ name: "x", dims: [5], positive: true }] }],
  [
    "Shape → Gather → Concat → Reshape (folded at import)",
    {
      op: "Shape",
      operands: [X4()],
      extra: [
        { op_type: "Constant", output: ["zero"], attribute: [{ name: "value", type: ATTR_TYPE.TENSOR, t: { dims: [], data_type: ONNX_DTYPE.INT64, int64_data: [0] } }] },
        { op_type: "Gather", input: ["y", "zero"], output: ["n"], attribute: [i("axis", 0)] },
        { op_type: "Unsqueeze", input: ["n", "ax0"], output: ["n1"] },
        { op_type: "Constant", output: ["ax0"], attribute: [is("value_ints", [0])] },
        { op_type: "Constant", output: ["rest"], attribute: [is("value_ints", [-1])] },
        { op_type: "Concat", input: ["n1", "rest"], output: ["shape"], attribute: [i("axis", 0)] },
        { op_type: "Reshape", input: ["x", "shape"], output: ["z"] },
      ],
    },
  ],
  [
    "Less → Where",
    {
      op: "Less",
      operands: [{ name: "a", dims: [2, 3] }, { name: "b2", dims: [3] }],
      extra: [{ op_type: "Where", input: ["y", "a", "b2"], output: ["z"] }],
    },
  ],
];

// The Unsqueeze above reads a Constant declared after it; ONNX requires topological order, so move it.
{
  const c = cases.find(([name]) => name.startsWith("Shape"))![1];
  const extra = c.extra as NodeProto[];
  const ax0 = extra.findIndex((n) => n.output?.[0] === "ax0");
  extra.unshift(...extra.splice(ax0, 1));
}

describe("ONNX import, each op against ONNX Runtime", () => {
  it.each(cases)("%s", async (_name, c) => {
    await agree(c);
  });

  it("takes an NCHW model's image input as NHWC by default, with the filter stored HWIO", async () => {
    const c: Case = { op: "Conv", operands: [X4([1, 2, 5, 4]), W([3, 2, 3, 3]), B(3)], attrs: [is("pads", [1, 1, 1, 1])] };
    const bytes = buildModel(c);
    const feeds = feedsOf(c);
    const theirs = Object.values(await runOrt(bytes, feeds))[0]!;
    const imported = fromOnnx(bytes);
    expect(imported.inputs[0]!.shape).toEqual([1, 5, 4, 2]);
    expect(imported.params.w!.shape).toEqual([3, 3, 2, 3]);
    const x = feeds.x!;
    const nhwc = new Float32Array(x.data.length);
    const [, C, H, Wd] = x.shape as number[];
    for (let c2 = 0; c2 < C!; c2++) for (let h = 0; h < H!; h++) for (let w = 0; w < Wd!; w++) nhwc[(h * Wd! + w) * C! + c2] = x.data[(c2 * H! + h) * Wd! + w]!;
    const g = imported.def.build();
    expect(g.nodes.filter((n) => n.op === "transpose")).toHaveLength(0);
    const ours = Object.values(interpret(g, { feeds: { x: { dtype: "f32", shape: [1, H!, Wd!, C!], data: nhwc } }, params: imported.params }).outputs)[0]!;
    expect(ours.shape).toEqual([1, 5, 4, 3]);
    // Our NHWC output, read back in NCHW order, is ONNX Runtime's.
    const back = new Float32Array(ours.data.length);
    for (let c2 = 0; c2 < 3; c2++) for (let h = 0; h < 5; h++) for (let w = 0; w < 4; w++) back[(c2 * 5 + h) * 4 + w] = ours.data[(h * 4 + w) * 3 + c2]!;
    expect(relativeError(back, theirs.data)).toBeLessThan(1e-5);
  });
});

it("an NCHW chain (Conv → [C,1,1] bias → Relu → MaxPool → scale → GlobalAveragePool → Flatten) needs one transpose", async () => {
  const c: Case = {
    op: "Conv",
    operands: [X4([2, 3, 8, 8]), W([4, 3, 3, 3]), { name: "", dims: [] }],
    attrs: [is("pads", [1, 1, 1, 1])],
    extra: [
      { op_type: "Add", input: ["y", "bias"], output: ["a"] },
      { op_type: "Relu", input: ["a"], output: ["r"] },
      { op_type: "MaxPool", input: ["r"], output: ["p"], attribute: [is("kernel_shape", [2, 2]), is("strides", [2, 2])] },
      { op_type: "Mul", input: ["p", "half"], output: ["m"] },
      { op_type: "GlobalAveragePool", input: ["m"], output: ["gap"] },
      { op_type: "Flatten", input: ["gap"], output: ["z"] },
    ],
  };
  const model = decodeModel(buildModel(c));
  model.graph!.initializer!.push(tensorProto("bias", "f32", [4, 1, 1], seededValues(4, 9)), tensorProto("half", "f32", [], Float32Array.of(0.5)));
  const bytes = encodeModel(model);
  const feeds = feedsOf(c);
  const theirs = Object.values(await runOrt(bytes, feeds))[0]!;
  const imported = fromOnnx(bytes);
  const g = imported.def.build();
  expect(g.nodes.filter((n) => n.op === "transpose").map((n) => n.shape)).toEqual([[2, 4, 1, 1]]);
  const x = feeds.x!;
  const nhwc = Float32Array.from({ length: x.data.length }, (_, k) => {
    const ch = k % 3, w = Math.floor(k / 3) % 8, h = Math.floor(k / 24) % 8, n = Math.floor(k / 192);
    return x.data[((n * 3 + ch) * 8 + h) * 8 + w]!;
  });
  const ours = Object.values(interpret(g, { feeds: { x: { dtype: "f32", shape: [2, 8, 8, 3], data: nhwc } }, params: imported.params }).outputs)[0]!;
  expect(relativeError(ours.data, theirs.data)).toBeLessThan(1e-5);
});

describe("ONNX import refusals", () => {
  const refusal = (c: Case, opts: { opset?: number } = {}) => () => fromOnnx(buildModel({ ...c, ...opts }), { source: "m.onnx" });

  it("an unknown op names the op type and the node", () => {
    expect(refusal({ op: "NonMaxSuppression", operands: [{ name: "x", dims: [2] }] })).toThrow(OnnxImportError);
    expect(refusal({ op: "NonMaxSuppression", operands: [{ name: "x", dims: [2] }] })).toThrow(/m\.onnx: node 'the_NonMaxSuppression' \(NonMaxSuppression\): unknown op type 'NonMaxSuppression'; gradfuse imports .*Conv/);
  });

  it("an attribute the importer does not read is refused by name, and one of the wrong type", () => {
    expect(refusal({ op: "Relu", operands: [{ name: "x", dims: [2] }], attrs: [f("bogus", 1)] })).toThrow(/node 'the_Relu' \(Relu\): unsupported attribute 'bogus'/);
    expect(refusal({ op: "LeakyRelu", operands: [{ name: "x", dims: [2] }], attrs: [i("alpha", 1)] })).toThrow(/\(LeakyRelu\): attribute 'alpha' is INT, expected FLOAT/);
  });

  it("an attribute value gradfuse cannot express is refused with what is missing", () => {
    const grouped: Case = { op: "Conv", operands: [X4([1, 4, 5, 5]), W([4, 3, 3, 3])], attrs: [i("group", 2)] };
    expect(refusal(grouped)).toThrow(/node 'the_Conv' \(Conv\): group = 2 does not fit input channels 4 and W \[4,3,3,3\]/);
    const indices: Case = { op: "MaxPool", operands: [X4()], attrs: [is("kernel_shape", [2, 2]), i("storage_order", 1)] };
    expect(refusal(indices)).toThrow(/\(MaxPool\): storage_order = 1/);
    const reflect: Case = { op: "Pad", operands: [X4(), ints64("pads", [0, 0, 1, 1, 0, 0, 1, 1])], attrs: [s("mode", "reflect")] };
    expect(refusal(reflect)).toThrow(/\(Pad\): mode 'reflect' is not supported/);
    const computedShape: Case = { op: "Reshape", operands: [X4(), { name: "shape", dims: [2] }] };
    expect(refusal(computedShape)).toThrow(/\(Reshape\): shape must be a constant/);
  });

  it("an op from another domain is refused", () => {
    const bytes = encodeModel({
      ir_version: 8,
      opset_import: [{ domain: "", version: 17 }, { domain: "com.microsoft", version: 1 }],
      graph: { name: "g", node: [{ op_type: "FusedConv", domain: "com.microsoft", name: "fc", input: ["x"], output: ["y"] }], input: [valueInfo("x", [1])], output: [valueInfo("y")] },
    });
    expect(() => fromOnnx(bytes)).toThrow(/node 'fc' \(FusedConv\): operators of domain 'com.microsoft' are not supported/);
  });

  it("a corrupt or truncated file is a clear error, at every cut", () => {
    const bytes = buildModel({ op: "Conv", operands: [X4(), W([4, 3, 3, 3]), B(4)] });
    expect(() => fromOnnx(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3]), { source: "junk.onnx" })).toThrow(/junk\.onnx: not a readable ONNX model .*truncated, corrupt, or not an \.onnx file/);
    expect(() => fromOnnx(new TextEncoder().encode("this is not a model"), { source: "text.onnx" })).toThrow(OnnxImportError);
    for (let cut = 1; cut < bytes.length; cut += Math.max(1, Math.floor(bytes.length / 40))) {
      expect(() => fromOnnx(bytes.subarray(0, cut), { source: "cut.onnx" }), `cut at ${cut}`).toThrow(OnnxImportError);
    }
  });

  it("an initializer whose data does not match its shape is refused", () => {
    const bad = encodeModel({
      ir_version: 8,
      opset_import: [{ version: 17 }],
      graph: {
        name: "g",
        node: [{ op_type: "Add", name: "add", input: ["x", "w"], output: ["y"] }],
        input: [valueInfo("x", [2, 3])],
        initializer: [{ name: "w", dims: [2, 3], data_type: ONNX_DTYPE.FLOAT, raw_data: new Uint8Array(20) }],
        output: [valueInfo("y")],
      },
    });
    expect(() => fromOnnx(bad, { source: "bad.onnx" })).toThrow(/bad\.onnx: initializer 'w': tensor 'w' \(FLOAT\[2,3\]\) has 20 bytes of data but its shape needs 24/);
    const fewFloats = encodeModel({
      ir_version: 8,
      opset_import: [{ version: 17 }],
      graph: { name: "g", node: [], input: [], initializer: [{ name: "w", dims: [4], data_type: ONNX_DTYPE.FLOAT, float_data: [1, 2, 3] }], output: [valueInfo("w")] },
    });
    expect(() => fromOnnx(fewFloats)).toThrow(/holds 3 values but its shape needs 4/);
  });

  it("an unused extra output is fine, a used one is refused", () => {
    const used: Case = { op: "Dropout", operands: [{ name: "x", dims: [2] }], extra: [{ op_type: "Identity", input: ["mask"], output: ["z"] }] };
    const bytes = buildModel(used);
    // Give Dropout its mask output and consume it.
    const withMask = encodeModel({
      ir_version: 8,
      opset_import: [{ version: 17 }],
      graph: {
        name: "g",
        node: [{ op_type: "Dropout", name: "drop", input: ["x"], output: ["y", "mask"] }, { op_type: "Cast", name: "cast", input: ["mask"], output: ["z"], attribute: [i("to", ONNX_DTYPE.FLOAT)] }],
        input: [valueInfo("x", [2])],
        output: [valueInfo("y"), valueInfo("z")],
      },
    });
    expect(bytes.length).toBeGreaterThan(0);
    expect(() => fromOnnx(withMask)).toThrow(/node 'drop' \(Dropout\): the mask output is not supported/);
  });
});
