// ONNX model → gradfuse graph definition. The driver: it decodes the model, checks every node has an
// importer (src/onnx/import_ops.ts), decodes the initializers (a size mismatch is refused here), and
// builds the graph by running each node's importer over the DSL, refusing any attribute the importer
// did not read. An op or attribute it cannot express fails with the op type, the node name and what is
// missing — never a silently different graph. Layouts are converted once, inside (see values.ts).
import { defineGraph } from "../dsl/builder.ts";
import type { GraphBuilder, GraphDef } from "../dsl/builder.ts";
import type { Tensor } from "../dsl/tensor.ts";
import type { HostTensor } from "../runtime/tensor.ts";
import type { ModelProto, TensorProto, ValueInfoProto } from "./proto.ts";
import { DTYPE_NAME, ONNX_DTYPE, OnnxFormatError, decodeModel } from "./proto.ts";
import { LAYOUT_METADATA_KEY } from "./export.ts";
import { Attrs, importers, tensorValue } from "./import_ops.ts";
import type { NodeCtx } from "./import_ops.ts";
import { tensorData } from "./tensors.ts";
import type { ConstValue, InitValue, TensorValue, Value } from "./values.ts";
import { identityPerm, inversePerm, isIdentity, onnxDims, transposeData } from "./values.ts";

export { importers } from "./import_ops.ts";

export class OnnxImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OnnxImportError";
  }
}

export interface ImportOptions {
  /** Names the model in errors and node sources (e.g. its file name). */
  readonly source?: string;
  /** The graph's name (default the ONNX graph's name). */
  readonly name?: string;
  /**
   * "nhwc" (default): rank-4 image inputs and outputs of an NCHW model are NHWC in gradfuse, as every
   * gradfuse graph's are. "onnx": keep the shapes the model declares. Models exported by gradfuse are
   * NHWC at their edges already and are taken as they are either way.
   */
  readonly layout?: "nhwc" | "onnx";
  /**
   * Adds to the imported graph after its outputs, e.g. a loss for fine-tuning:
   * `extend: (g, { y }) => g.loss(nn.softmaxCrossEntropy(y, g.input("labels", ["N"], "i32")))`.
   */
  readonly extend?: (g: GraphBuilder, outputs: Readonly<Record<string, Tensor>>) => void;
}

export interface OnnxImport {
  /** Builds the graph; the batch symbol of the model's inputs is bound as "N" (default 1). */
  readonly def: GraphDef;
  /** Initializer values by parameter name, in the layout the graph uses (HWIO filters, [in, out] dense). */
  readonly params: Record<string, HostTensor>;
  /** The graph's inputs as gradfuse sees them (NHWC for converted image inputs). */
  readonly inputs: readonly { name: string; shape: readonly (number | string)[]; dtype: "f32" | "i32" }[];
  /** What the importer converted: layouts of initializers and inputs, int64 → int32, and similar. */
  readonly notes: readonly string[];
  readonly opset: number;
}

// ---------- the driver ----------

interface ModelInput {
  readonly name: string;
  readonly dtype: "f32" | "i32";
  /** gradfuse dims (NHWC for converted image inputs), with symbols for dim_params. */
  readonly dims: readonly (number | string)[];
  /** ONNX value = transpose(input, perm). */
  readonly perm: readonly number[];
}

function describeInputs(model: ModelProto, initNames: Set<string>, nhwc: boolean, fail: (why: string) => never, notes: string[]): ModelInput[] {
  return (model.graph!.input ?? [])
    .filter((vi) => !initNames.has(vi.name ?? ""))
    .map((vi: ValueInfoProto) => {
      const name = vi.name ?? fail("a graph input has no name");
      const tt = vi.type?.tensor_type ?? fail(`input '${name}' is not a tensor`);
      const elem = tt.elem_type ?? 0;
      if (elem !== ONNX_DTYPE.FLOAT && elem !== ONNX_DTYPE.INT32 && elem !== ONNX_DTYPE.INT64) {
        fail(`input '${name}' has element type ${DTYPE_NAME[elem] ?? elem}; gradfuse takes FLOAT, INT32 or INT64 (as int32)`);
      }
      if (elem === ONNX_DTYPE.INT64) notes.push(`input '${name}': INT64 is fed as int32`);
      const dims = (tt.shape?.dim ?? fail(`input '${name}' has no shape; gradfuse graphs are static`)).map((d, axis) => {
        if (d.dim_value !== undefined && d.dim_value > 0) return d.dim_value;
        if (d.dim_param) return axis === 0 ? "N" : d.dim_param;
        return axis === 0 ? "N" : fail(`input '${name}' axis ${axis} has an unknown size`);
      });
      const convert = nhwc && dims.length === 4 && elem === ONNX_DTYPE.FLOAT;
      if (convert) notes.push(`input '${name}': NCHW [${dims}] is taken as NHWC [${[dims[0], dims[2], dims[3], dims[1]]}]`);
      return {
        name,
        dtype: elem === ONNX_DTYPE.FLOAT ? "f32" : "i32",
        dims: convert ? [dims[0]!, dims[2]!, dims[3]!, dims[1]!] : dims,
        perm: convert ? [0, 3, 1, 2] : identityPerm(dims.length),
      } as ModelInput;
    });
}

function defaultOpset(model: ModelProto, fail: (why: string) => never): number {
  const imports = model.opset_import ?? [];
  const main = imports.find((o) => !o.domain || o.domain === "ai.onnx");
  if (!main) fail("the model imports no version of the default ONNX operator set");
  return main!.version ?? fail("the default opset has no version");
}

/** Turns an ONNX model into a gradfuse graph definition with its initializers as parameters. */
export function fromOnnx(bytes: Uint8Array, opts: ImportOptions = {}): OnnxImport {
  const source = opts.source ?? "<onnx>";
  const failModel = (why: string): never => {
    throw new OnnxImportError(`${source}: ${why}`);
  };
  let model: ModelProto;
  try {
    model = decodeModel(bytes, source);
  } catch (e) {
    if (e instanceof OnnxFormatError) throw new OnnxImportError(e.message);
    throw e;
  }
  const graph = model.graph!;
  const opset = defaultOpset(model, failModel);
  const notes: string[] = [];
  const gradfuseLayout = (model.metadata_props ?? []).some((p) => p.key === LAYOUT_METADATA_KEY && p.value === "NHWC");
  const nhwc = (opts.layout ?? "nhwc") === "nhwc" && !gradfuseLayout;

  const initializers = new Map<string, TensorProto>();
  for (const t of graph.initializer ?? []) initializers.set(t.name ?? failModel("an initializer has no name"), t);
  if ((graph as { sparse_initializer?: unknown[] }).sparse_initializer?.length) failModel("sparse initializers are not supported");
  const inputs = describeInputs(model, new Set(initializers.keys()), nhwc, failModel, notes);
  const outputs = (graph.output ?? []).map((o) => o.name ?? failModel("a graph output has no name"));
  if (!outputs.length) failModel("the graph has no outputs");

  // Decode every initializer up front, so a size mismatch is refused at import, not at build.
  const initValues = new Map<string, ConstValue | InitValue>();
  for (const [name, t] of initializers) {
    const { dtype, data } = tensorData(t, (why) => failModel(`initializer '${name}': ${why}`));
    initValues.set(name, dtype === "f32" ? { kind: "init", name, dims: [...(t.dims ?? [])], data: data as Float32Array } : { kind: "const", dtype, dims: [...(t.dims ?? [])], data });
  }

  const params: Record<string, HostTensor> = {};
  const nodes = graph.node ?? [];
  const used = new Set(nodes.flatMap((n) => n.input ?? []).concat(outputs));
  for (const n of nodes) {
    if (n.domain && n.domain !== "ai.onnx") failModel(`node '${n.name ?? ""}' (${n.op_type}): operators of domain '${n.domain}' are not supported`);
    if (!importers[n.op_type ?? ""]) {
      failModel(`node '${n.name ?? ""}' (${n.op_type}): unknown op type '${n.op_type}'; gradfuse imports ${Object.keys(importers).sort().join(", ")}`);
    }
  }

  const build = (g: GraphBuilder, collect: boolean) => {
    const values = new Map<string, Value>();
    const params_ = new Map<string, TensorValue>();
    g.withSource({ file: source, line: 0, column: 1 }, () => {
      for (const inp of inputs) values.set(inp.name, tensorValue(g.input(inp.name, inp.dims, inp.dtype), inp.perm));
    });
    for (const [name, v] of initValues) values.set(name, v);

    const param = (v: InitValue, layout: readonly number[], why: string | undefined, trainable: boolean): TensorValue => {
      const existing = params_.get(v.name);
      if (existing) return existing;
      const dims = inversePerm(layout).map((p) => v.dims[p]!);
      const t = trainable ? g.param(v.name, dims, { kind: "zeros" }) : g.state(v.name, dims, { kind: "zeros" });
      if (collect) {
        const data = isIdentity(layout) ? v.data : transposeData(v.data, v.dims, inversePerm(layout));
        params[v.name] = { dtype: "f32", shape: dims, data };
        if (!isIdentity(layout)) notes.push(`initializer '${v.name}': [${v.dims}] stored as [${dims}]${why ? ` (${why})` : ""}`);
      }
      const tv = tensorValue(t, layout);
      params_.set(v.name, tv);
      return tv;
    };
    const constTensor = (v: ConstValue, fail: (why: string) => never): Tensor => {
      const dtype = v.dtype === "f32" || v.dtype === "bool" ? "f32" : "i32";
      if (v.dtype === "i64" && [...v.data].some((d) => Math.abs(Number(d)) >= 2 ** 31)) fail(`an INT64 constant does not fit in int32`);
      return g.constant([...v.data].map(Number), v.dims, dtype);
    };
    const asLayout = (v: Value, perm: readonly number[], fail: (why: string) => never, why?: string): Tensor => {
      let tv: TensorValue;
      if (v.kind === "init") tv = param(v, perm, why, true);
      else if (v.kind === "const") tv = tensorValue(constTensor(v, fail));
      else tv = v;
      if (tv.perm.length !== perm.length) fail(`expected a rank-${perm.length} operand, got [${onnxDims(tv)}]`);
      // Want u with ONNX = transpose(u, perm); have ONNX = transpose(t, p): u = transpose(t, r), r[j] = p[perm⁻¹[j]].
      const inv = inversePerm(perm);
      const r = inv.map((i) => tv.perm[i]!);
      return isIdentity(r) ? tv.t : tv.t.transpose(r);
    };
    nodes.forEach((node, index) => {
      const label = `node '${node.name ?? ""}' (${node.op_type})`;
      const fail = (why: string): never => {
        throw new OnnxImportError(`${source}: ${label}: ${why}`);
      };
      const ctx: NodeCtx = {
        g,
        node,
        opset,
        attrs: new Attrs(node, fail),
        inputs: (node.input ?? []).map((name) => {
          if (!name) return undefined;
          return values.get(name) ?? fail(`input '${name}' is not produced by any earlier node, initializer or graph input`);
        }),
        fail,
        input(i, what) {
          return this.inputs[i] ?? fail(`input ${i} (${what}) is missing`);
        },
        tensor: (v) => asLayout(v, identityPerm(onnxDims(v).length), fail),
        asLayout: (v, perm, why) => asLayout(v, perm, fail, why),
        constant(v, what) {
          if (v && v.kind === "init") return { kind: "const", dtype: "f32", dims: v.dims, data: v.data };
          if (!v || v.kind !== "const") return fail(`${what} must be a constant (an initializer or Constant), not a computed tensor`);
          return v;
        },
        ints(v, what) {
          const c = this.constant(v, what);
          if (c.dtype === "f32") fail(`${what} must be integers`);
          return [...c.data].map(Number);
        },
        param: (v, o = {}) => param(v, identityPerm(v.dims.length), undefined, o.trainable ?? true).t,
      };
      const produced = g.withSource({ file: source, line: index + 1, column: 1 }, () => importers[node.op_type!]!(ctx));
      ctx.attrs.finish();
      (node.output ?? []).forEach((name, i) => {
        if (!name) return;
        const v = produced[i];
        if (v) values.set(name, v);
        else if (used.has(name)) fail(`output ${i} ('${name}') is not supported`);
      });
    });

    const built: Record<string, Tensor> = {};
    for (const name of outputs) {
      const v = values.get(name) ?? failModel(`graph output '${name}' is never produced`);
      const rank = onnxDims(v).length;
      const layout = nhwc && rank === 4 && v.kind === "tensor" && v.t.dtype === "f32" ? [0, 3, 1, 2] : identityPerm(rank);
      const t = asLayout(v, layout, (why) => failModel(`graph output '${name}': ${why}`));
      g.output(name, t);
      built[name] = t;
    }
    opts.extend?.(g, built);
  };

  const graphName = opts.name ?? (graph.name || "onnx_model");
  const defaults: Record<string, number> = inputs.some((i) => i.dims.includes("N")) ? { N: 1 } : {};
  const symbols = new Set(inputs.flatMap((i) => i.dims.filter((d): d is string => typeof d === "string")));
  for (const s of symbols) if (s !== "N") Object.assign(defaults, { [s]: 1 });
  let first = true;
  const def = defineGraph(graphName, defaults, (g) => {
    build(g, first);
    first = false;
  });
  // Building once validates every node now and collects the parameters' values.
  def.build();
  return {
    def,
    params,
    inputs: inputs.map((i) => ({ name: i.name, shape: i.dims, dtype: i.dtype })),
    notes,
    opset,
  };
}
