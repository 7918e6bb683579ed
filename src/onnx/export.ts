// Inference ir.Graph → ONNX model (opset 17). One exporter per primitive, in a table typed
// Record<Prim, …>, so a primitive added to the IR without an export rule (or a refusal) does not compile.
//
// Layout: gradfuse is NHWC/HWIO; ONNX's Conv and pools are NCHW/OIHW. Each such op is wrapped in the
// Transposes it needs (input NHWC → NCHW, filter HWIO → OIHW, output back to NHWC), so the exported
// model takes and returns exactly the tensors gradfuse does; ONNX Runtime's optimizer cancels the
// back-to-back Transposes between consecutive convolutions. Weights are initializers named like the
// gradfuse parameters, still in gradfuse's layout; constants are Constant nodes (so an importer can
// tell the model's weights from its constants). Every node carries the user's source line in doc_string.
import type { Graph, Node, NodeOf, Prim } from "../ir/types.ts";
import { formatSource, sizeOf } from "../ir/types.ts";
import type { HostTensor } from "../runtime/tensor.ts";
import type { AttributeProto, GraphProto, ModelProto, NodeProto, TensorProto, ValueInfoProto } from "./proto.ts";
import { ATTR_TYPE, ONNX_DTYPE, encodeModel } from "./proto.ts";

export const EXPORT_OPSET = 17;
/** IR version 8 (ONNX 1.10+): every runtime that runs opset 17 reads it. */
const IR_VERSION = 8;
/** Metadata key telling an importer that the model's image tensors are NHWC at its edges. */
export const LAYOUT_METADATA_KEY = "gradfuse.layout";

export class OnnxExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OnnxExportError";
  }
}

export interface ExportOptions {
  /** Outputs to export, by name (default every output but the loss). Nodes they do not need are dropped. */
  readonly outputs?: readonly string[];
  /** Written to the model's doc_string. */
  readonly docString?: string;
}

const ELEM: Record<"f32" | "i32", number> = { f32: ONNX_DTYPE.FLOAT, i32: ONNX_DTYPE.INT32 };
const TO_NCHW = [0, 3, 1, 2];
const TO_NHWC = [0, 2, 3, 1];
const HWIO_TO_OIHW = [3, 2, 0, 1];

const ints = (name: string, v: readonly number[]): AttributeProto => ({ name, type: ATTR_TYPE.INTS, ints: [...v] });
const int = (name: string, v: number): AttributeProto => ({ name, type: ATTR_TYPE.INT, i: v });
const str = (name: string, v: string): AttributeProto => ({ name, type: ATTR_TYPE.STRING, s: new TextEncoder().encode(v) });

const LITTLE_ENDIAN_HOST = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

function littleEndianBytes(data: Float32Array | Int32Array): Uint8Array {
  if (LITTLE_ENDIAN_HOST) return new Uint8Array(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
  const out = new Uint8Array(data.length * 4);
  const view = new DataView(out.buffer);
  if (data instanceof Float32Array) data.forEach((v, i) => view.setFloat32(i * 4, v, true));
  else data.forEach((v, i) => view.setInt32(i * 4, v, true));
  return out;
}

export function tensorProto(name: string, dtype: "f32" | "i32", dims: readonly number[], data: Float32Array | Int32Array): TensorProto {
  return { name, dims: [...dims], data_type: ELEM[dtype], raw_data: littleEndianBytes(data) };
}

function int64Tensor(values: readonly number[]): TensorProto {
  return { dims: [values.length], data_type: ONNX_DTYPE.INT64, int64_data: [...values] };
}

/** Pads2D [[top, bottom], [left, right]] → ONNX's [top, left, bottom, right]. */
function onnxPads(p: readonly (readonly [number, number])[]): number[] {
  return [...p.map((a) => a[0]), ...p.map((a) => a[1])];
}

/** What the emitter needs of a node to name and locate what it emits. */
type NodeLike = Pick<Node, "id" | "op" | "name" | "source">;

/** Builds the node list; names values and nodes from the user's graph. */
class Emitter {
  readonly nodes: NodeProto[] = [];
  readonly initializers: TensorProto[] = [];
  private readonly taken = new Set<string>();
  private readonly valueName = new Map<number, string>();

  constructor(readonly graph: Graph) {}

  unique(base: string): string {
    let name = base;
    for (let i = 2; this.taken.has(name); i++) name = `${base}_${i}`;
    this.taken.add(name);
    return name;
  }

  /**
   * A node's name from the user's graph: its own name, or its op under the scope of the layer whose
   * parameter it reads ("conv1/conv2d_3" reads "conv1/kernel"), e.g. "conv1/conv2d_3/Conv".
   */
  label(node: NodeLike): string {
    if (node.name) return `${node.name}_${node.id}`;
    const full = this.graph.nodes[node.id]!;
    for (const i of full.inputs) {
      const src = this.graph.nodes[i]!;
      if (src.op !== "param") continue;
      const slash = src.attrs.name.lastIndexOf("/");
      if (slash > 0) return `${src.attrs.name.slice(0, slash)}/${node.op}_${node.id}`;
    }
    return `${node.op}_${node.id}`;
  }

  /** The ONNX value holding node `id`'s result. */
  value(id: number): string {
    let name = this.valueName.get(id);
    if (name === undefined) {
      const n = this.graph.nodes[id]!;
      const base = n.op === "input" || n.op === "param" ? n.attrs.name : this.label(n);
      name = this.unique(base);
      this.valueName.set(id, name);
    }
    return name;
  }

  /** A temporary value name inside one node's expansion. */
  temp(node: NodeLike, what: string): string {
    return this.unique(`${this.label(node)}/${what}`);
  }

  add(node: NodeLike, opType: string, inputs: readonly string[], outputs: readonly string[], attribute: AttributeProto[] = []): void {
    this.nodes.push({
      op_type: opType,
      name: this.unique(`${this.label(node)}/${opType}`),
      input: [...inputs],
      output: [...outputs],
      ...(attribute.length ? { attribute } : {}),
      doc_string: `${formatSource(node.source)} %${node.id} = ${node.op}`,
    });
  }

  /** A Constant node holding an int64 vector (shapes, axes, pads) and its value name. */
  int64Const(node: NodeLike, what: string, values: readonly number[]): string {
    const out = this.temp(node, what);
    this.add(node, "Constant", [], [out], [{ name: "value", type: ATTR_TYPE.TENSOR, t: int64Tensor(values) }]);
    return out;
  }

  transpose(node: NodeLike, input: string, perm: readonly number[], what: string): string {
    const out = this.temp(node, what);
    this.add(node, "Transpose", [input], [out], [ints("perm", perm)]);
    return out;
  }
}

type Exporter<P extends Prim> = (e: Emitter, node: NodeOf<P>, input: (i: number) => string, out: string) => void;

function refuse(why: string): Exporter<Prim> {
  return (_e, node) => {
    throw new OnnxExportError(`${formatSource(node.source)}: cannot export %${node.id} = ${node.op}: ${why}`);
  };
}

const unary = (opType: string): Exporter<Prim> => (e, n, x, out) => e.add(n, opType, [x(0)], [out]);
const binary = (opType: string): Exporter<Prim> => (e, n, x, out) => e.add(n, opType, [x(0), x(1)], [out]);

const COMPARE_OP = { eq: "Equal", ne: "Equal", lt: "Less", le: "LessOrEqual", gt: "Greater", ge: "GreaterOrEqual" } as const;

/** conv2d and its input backprop (ConvTranspose), wrapped in NHWC ↔ NCHW transposes. */
function convLike(opType: "Conv" | "ConvTranspose") {
  return (e: Emitter, n: NodeOf<"conv2d"> | NodeOf<"conv2dBackpropInput">, x: (i: number) => string, out: string): void => {
    const w = e.graph.nodes[n.inputs[1]!]!;
    const xNchw = e.transpose(n, x(0), TO_NCHW, "x_nchw");
    const wOihw = e.transpose(n, x(1), HWIO_TO_OIHW, "w_oihw");
    const attrs = [
      ints("kernel_shape", [w.shape[0]!, w.shape[1]!]),
      ints("strides", n.attrs.strides),
      ints("dilations", n.attrs.dilations),
      ints("pads", onnxPads(n.attrs.pads)),
    ];
    // Groups split the channels into contiguous blocks, as ONNX's `group` does: for Conv the filter
    // [kh, kw, cin/g, cout] becomes (M, C/g, kH, kW); for ConvTranspose (C = cout, M/g = cin/g).
    const groups = n.attrs.groups ?? 1;
    if (groups > 1) attrs.push(int("group", groups));
    if (n.op === "conv2dBackpropInput") {
      // ConvTranspose's output is s·(in−1) + output_padding + e − pads; pick output_padding to hit inputShape.
      const dy = e.graph.nodes[n.inputs[0]!]!;
      const outputPadding = [0, 1].map((a) => {
        const eff = (w.shape[a]! - 1) * n.attrs.dilations[a]! + 1;
        const natural = n.attrs.strides[a]! * (dy.shape[1 + a]! - 1) + eff - n.attrs.pads[a]![0] - n.attrs.pads[a]![1];
        return n.attrs.inputShape[1 + a]! - natural;
      });
      attrs.push(ints("output_padding", outputPadding));
    }
    const yNchw = e.temp(n, "y_nchw");
    e.add(n, opType, [xNchw, wOihw], [yNchw], attrs);
    e.add(n, "Transpose", [yNchw], [out], [ints("perm", TO_NHWC)]);
  };
}

function pool(opType: "MaxPool" | "AveragePool") {
  return (e: Emitter, n: NodeOf<"maxPool"> | NodeOf<"avgPool">, x: (i: number) => string, out: string): void => {
    const xNchw = e.transpose(n, x(0), TO_NCHW, "x_nchw");
    const yNchw = e.temp(n, "y_nchw");
    const attrs = [ints("kernel_shape", n.attrs.window), ints("strides", n.attrs.strides), ints("pads", onnxPads(n.attrs.pads))];
    // gradfuse's average divides by the in-bounds cells (TensorFlow's SAME): count_include_pad = 0.
    if (opType === "AveragePool") attrs.push(int("count_include_pad", 0));
    e.add(n, opType, [xNchw], [yNchw], attrs);
    e.add(n, "Transpose", [yNchw], [out], [ints("perm", TO_NHWC)]);
  };
}

const BACKPROP = "a training-time backprop has no ONNX operator; export the inference graph (build with mode 'infer')";

const exporters: { readonly [P in Prim]: Exporter<P> } = {
  input: () => {},
  param: () => {},
  const: (e, n, _x, out) => {
    const size = sizeOf(n.shape);
    const values = typeof n.attrs.value === "number" ? new Array<number>(size).fill(n.attrs.value) : n.attrs.value;
    const data = n.dtype === "f32" ? Float32Array.from(values) : Int32Array.from(values);
    e.add(n, "Constant", [], [out], [{ name: "value", type: ATTR_TYPE.TENSOR, t: tensorProto("", n.dtype, n.shape, data) }]);
  },
  neg: unary("Neg"),
  abs: unary("Abs"),
  sign: unary("Sign"),
  exp: unary("Exp"),
  log: unary("Log"),
  sqrt: unary("Sqrt"),
  tanh: unary("Tanh"),
  erf: unary("Erf"),
  stopGradient: unary("Identity"),
  cast: (e, n, x, out) => e.add(n, "Cast", [x(0)], [out], [int("to", ELEM[n.attrs.to])]),
  add: binary("Add"),
  sub: binary("Sub"),
  mul: binary("Mul"),
  div: binary("Div"),
  pow: binary("Pow"),
  maximum: binary("Max"),
  minimum: binary("Min"),
  // gradfuse's comparisons give f32 0/1 masks; ONNX's give bools.
  compare: (e, n, x, out) => {
    let bool = e.temp(n, "bool");
    e.add(n, COMPARE_OP[n.attrs.cmp], [x(0), x(1)], [bool]);
    if (n.attrs.cmp === "ne") {
      const not = e.temp(n, "not");
      e.add(n, "Not", [bool], [not]);
      bool = not;
    }
    e.add(n, "Cast", [bool], [out], [int("to", ONNX_DTYPE.FLOAT)]);
  },
  where: (e, n, x, out) => {
    const cond = e.temp(n, "cond");
    e.add(n, "Cast", [x(0)], [cond], [int("to", ONNX_DTYPE.BOOL)]);
    e.add(n, "Where", [cond, x(1), x(2)], [out]);
  },
  reduceSum: (e, n, x, out) => {
    if (n.attrs.axes.length === 0) return e.add(n, "Identity", [x(0)], [out]);
    e.add(n, "ReduceSum", [x(0), e.int64Const(n, "axes", n.attrs.axes)], [out], [int("keepdims", n.attrs.keepDims ? 1 : 0)]);
  },
  reduceMax: (e, n, x, out) => {
    if (n.attrs.axes.length === 0) return e.add(n, "Identity", [x(0)], [out]);
    e.add(n, "ReduceMax", [x(0)], [out], [ints("axes", n.attrs.axes), int("keepdims", n.attrs.keepDims ? 1 : 0)]);
  },
  argmax: (e, n, x, out) => {
    const i64 = e.temp(n, "int64");
    e.add(n, "ArgMax", [x(0)], [i64], [int("axis", n.attrs.axis), int("keepdims", n.attrs.keepDims ? 1 : 0)]);
    e.add(n, "Cast", [i64], [out], [int("to", ONNX_DTYPE.INT32)]);
  },
  reshape: (e, n, x, out) => e.add(n, "Reshape", [x(0), e.int64Const(n, "shape", n.attrs.shape)], [out]),
  transpose: (e, n, x, out) => e.add(n, "Transpose", [x(0)], [out], [ints("perm", n.attrs.perm)]),
  broadcast: (e, n, x, out) => e.add(n, "Expand", [x(0), e.int64Const(n, "shape", n.attrs.shape)], [out]),
  slice: (e, n, x, out) => {
    const { begin, size } = n.attrs;
    const starts = e.int64Const(n, "starts", begin);
    const ends = e.int64Const(n, "ends", begin.map((b, i) => b + size[i]!));
    const axes = e.int64Const(n, "axes", begin.map((_, i) => i));
    e.add(n, "Slice", [x(0), starts, ends, axes], [out]);
  },
  pad: (e, n, x, out) => {
    const value = e.temp(n, "value");
    const data = n.dtype === "f32" ? Float32Array.of(n.attrs.value) : Int32Array.of(n.attrs.value);
    e.add(n, "Constant", [], [value], [{ name: "value", type: ATTR_TYPE.TENSOR, t: tensorProto("", n.dtype, [], data) }]);
    e.add(n, "Pad", [x(0), e.int64Const(n, "pads", onnxPads(n.attrs.pads)), value], [out], [str("mode", "constant")]);
  },
  gather: (e, n, x, out) => e.add(n, "Gather", [x(0), x(1)], [out], [int("axis", n.attrs.axis)]),
  scatterAdd: refuse("scatterAdd is gather's adjoint, a training-time op; export the inference graph (build with mode 'infer')"),
  concat: (e, n, _x, out) => e.add(n, "Concat", n.inputs.map((i) => e.value(i)), [out], [int("axis", n.attrs.axis)]),
  matmul: (e, n, x, out) => {
    const rank = n.shape.length;
    if (rank === 2) {
      const attrs = [int("transA", n.attrs.transposeA ? 1 : 0), int("transB", n.attrs.transposeB ? 1 : 0)];
      return e.add(n, "Gemm", [x(0), x(1)], [out], attrs);
    }
    const swapLast = [...Array(rank).keys()].map((a) => (a === rank - 2 ? rank - 1 : a === rank - 1 ? rank - 2 : a));
    const a = n.attrs.transposeA ? e.transpose(n, x(0), swapLast, "a_t") : x(0);
    const b = n.attrs.transposeB ? e.transpose(n, x(1), swapLast, "b_t") : x(1);
    e.add(n, "MatMul", [a, b], [out]);
  },
  conv2d: convLike("Conv"),
  conv2dBackpropInput: convLike("ConvTranspose"),
  conv2dBackpropFilter: refuse(BACKPROP),
  maxPool: pool("MaxPool"),
  avgPool: pool("AveragePool"),
  maxPoolBackprop: refuse(BACKPROP),
  avgPoolBackprop: refuse(BACKPROP),
  randomUniform: refuse(
    "gradfuse's counter-based random bits have no ONNX equivalent (RandomUniform draws other numbers); " +
      "export the inference graph, where dropout and RReLU draw nothing",
  ),
};

/** Node ids the chosen outputs depend on. */
function reachable(g: Graph, roots: readonly number[]): Set<number> {
  const live = new Set<number>(roots);
  for (let id = g.nodes.length - 1; id >= 0; id--) if (live.has(id)) for (const i of g.nodes[id]!.inputs) live.add(i);
  return live;
}

function valueInfo(name: string, n: Node): ValueInfoProto {
  return {
    name,
    type: { tensor_type: { elem_type: ELEM[n.dtype], shape: { dim: n.shape.map((d) => ({ dim_value: d })) } } },
  };
}

function chooseOutputs(g: Graph, names: readonly string[] | undefined): { name: string; node: number }[] {
  if (!names) {
    const outs = g.outputs.filter((o) => o.node !== g.loss);
    if (!outs.length) throw new OnnxExportError(`graph '${g.name}' has no outputs besides its loss; declare one with g.output(name, tensor)`);
    return outs;
  }
  return names.map((name) => {
    const o = g.outputs.find((x) => x.name === name);
    if (!o) throw new OnnxExportError(`graph '${g.name}' has no output '${name}'; its outputs are ${g.outputs.map((x) => x.name).join(", ")}`);
    return o;
  });
}

function paramTensor(n: NodeOf<"param">, params: Readonly<Record<string, HostTensor>>): TensorProto {
  const p = params[n.attrs.name];
  if (!p) throw new OnnxExportError(`no value for parameter '${n.attrs.name}' (${n.dtype}[${n.shape.join(",")}]); pass it in the weights`);
  if (p.data.length !== sizeOf(n.shape)) {
    throw new OnnxExportError(`parameter '${n.attrs.name}' has ${p.data.length} values but its shape [${n.shape.join(",")}] needs ${sizeOf(n.shape)}`);
  }
  const data = n.dtype === "f32" ? Float32Array.from(p.data) : Int32Array.from(p.data);
  return tensorProto(n.attrs.name, n.dtype, n.shape, data);
}

/** The ONNX model of an inference graph with the given parameter values (by name), as a plain message. */
export function toOnnxModel(g: Graph, params: Readonly<Record<string, HostTensor>>, opts: ExportOptions = {}): ModelProto {
  if (g.mode !== "infer") {
    throw new OnnxExportError(`graph '${g.name}' was built in '${g.mode}' mode; export the inference graph (def.build({ mode: "infer" }))`);
  }
  const outputs = chooseOutputs(g, opts.outputs);
  const live = reachable(g, outputs.map((o) => o.node));
  const e = new Emitter(g);
  // Output names are the user's: claim them first so no other value takes them.
  const outputNames = outputs.map((o) => e.unique(o.name));
  const inputs: ValueInfoProto[] = [];
  for (const n of g.nodes) {
    if (!live.has(n.id)) continue;
    if (n.op === "input") inputs.push(valueInfo(e.value(n.id), n));
    else if (n.op === "param") e.initializers.push(paramTensor(n, params));
    else (exporters[n.op] as Exporter<Prim>)(e, n, (i) => e.value(n.inputs[i]!), e.value(n.id));
  }
  const graphOutputs = outputs.map((o, i) => {
    const n = g.nodes[o.node]!;
    e.add(n, "Identity", [e.value(o.node)], [outputNames[i]!]);
    return valueInfo(outputNames[i]!, n);
  });
  const graph: GraphProto = {
    name: g.name,
    node: e.nodes,
    initializer: e.initializers,
    input: inputs,
    output: graphOutputs,
    doc_string: `gradfuse graph '${g.name}' ${JSON.stringify(g.bindings)}`,
  };
  return {
    ir_version: IR_VERSION,
    opset_import: [{ domain: "", version: EXPORT_OPSET }],
    producer_name: "gradfuse",
    producer_version: "0.1.0",
    graph,
    ...(opts.docString ? { doc_string: opts.docString } : {}),
    metadata_props: [{ key: LAYOUT_METADATA_KEY, value: "NHWC" }],
  };
}

/** The .onnx file of an inference graph: `toOnnxModel` encoded with ONNX's protobuf schema. */
export function toOnnx(g: Graph, params: Readonly<Record<string, HostTensor>>, opts: ExportOptions = {}): Uint8Array {
  return encodeModel(toOnnxModel(g, params, opts));
}
