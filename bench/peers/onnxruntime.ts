/**
 * ONNX Runtime peer (inference only):
 *   `npx tsx bench/peers/onnxruntime.ts [--runtime web|node] [--threads N] --workload W --json`
 *
 * `--runtime web` (the default) runs onnxruntime-web's WebAssembly backend in Node (its .wasm files
 * ship in the npm package) on `ort.env.wasm.numThreads` threads; `--runtime node` runs ONNX Runtime
 * native (onnxruntime-node, the CPU execution provider) with `intraOpNumThreads` = N, inter-op 1,
 * sequential execution. N defaults to 1. The models are built in code (bench/peers/onnx.ts) from the
 * same parameters as every other system. ONNX convolutions are NCHW: the synthetic
 * NHWC inputs/HWIO kernels are transposed once at setup (for LeNet's 28x28x1 input the
 * bytes are identical), and the first dense layer's rows are permuted to NCHW flatten
 * order, so the arithmetic is that of the canonical model.
 *
 * Training workloads report n/a: onnxruntime-web/-node 1.2x ship no training API
 * (ORT training needs artifacts generated offline by the Python onnxruntime-training).
 */
import type * as OrtModule from "onnxruntime-web";
import { CONV, GEMM, WORKLOADS, convOperands, gemmOperands, hwioToOihw, initParams, inputBatch, transpose } from "../workloads.ts";
import type { ModelName, WorkloadId } from "../workloads.ts";
import { encodeModel } from "./onnx.ts";
import type { OnnxGraph, OnnxNode, OnnxTensor } from "./onnx.ts";
import { parseArgs, pkgVersion, runPeer } from "./common.ts";
import type { Prepared } from "./common.ts";

function modelGraph(model: ModelName, batch: number): OnnxGraph {
  const p = new Map(initParams(model).map((d) => [d.name, d]));
  const get = (n: string) => p.get(n)!;
  const init: OnnxTensor[] = [];
  const nodes: OnnxNode[] = [];
  const dense = (x: string, w: string, b: string, out: string, relu: boolean): void => {
    const pw = get(w);
    const pb = get(b);
    init.push({ name: w, dims: pw.shape, data: pw.data }, { name: b, dims: pb.shape, data: pb.data });
    nodes.push({ op: "Gemm", inputs: [x, w, b], outputs: [relu ? `${out}_pre` : out] });
    if (relu) nodes.push({ op: "Relu", inputs: [`${out}_pre`], outputs: [out] });
  };
  if (model === "mlp") {
    dense("x", "w1", "b1", "h1", true);
    dense("h1", "w2", "b2", "h2", true);
    dense("h2", "w3", "b3", "logits", false);
    return {
      name: "mlp",
      nodes,
      initializers: init,
      inputs: [{ name: "x", dims: [batch, 784] }],
      outputs: [{ name: "logits", dims: [batch, 10] }],
    };
  }
  const conv = (x: string, w: string, b: string, out: string, pad: number): void => {
    const pw = get(w);
    const pb = get(b);
    const [kh, kw, ci, co] = pw.shape as [number, number, number, number];
    init.push({ name: w, dims: [co, ci, kh, kw], data: hwioToOihw(pw.data, pw.shape) }, { name: b, dims: pb.shape, data: pb.data });
    nodes.push({
      op: "Conv",
      inputs: [x, w, b],
      outputs: [`${out}_pre`],
      attrs: { kernel_shape: [kh, kw], pads: [pad, pad, pad, pad], strides: [1, 1] },
    });
    nodes.push({ op: "Relu", inputs: [`${out}_pre`], outputs: [out] });
  };
  const pool = (x: string, out: string): void => {
    nodes.push({ op: "MaxPool", inputs: [x], outputs: [out], attrs: { kernel_shape: [2, 2], strides: [2, 2] } });
  };
  conv("x", "c1w", "c1b", "a1", 2); // SAME for 5x5, stride 1
  pool("a1", "p1");
  conv("p1", "c2w", "c2b", "a2", 0); // VALID
  pool("a2", "p2");
  nodes.push({ op: "Flatten", inputs: ["p2"], outputs: ["flat"], attrs: { axis: 1 } });
  // f1w rows are in NHWC flatten order (h, w, c); NCHW flatten is (c, h, w).
  const f1 = get("f1w");
  f1.data = transpose(f1.data, [5, 5, 16, 120], [2, 0, 1, 3]);
  dense("flat", "f1w", "f1b", "f1", true);
  dense("f1", "f2w", "f2b", "f2", true);
  dense("f2", "f3w", "f3b", "logits", false);
  return {
    name: "lenet",
    nodes,
    initializers: init,
    inputs: [{ name: "x", dims: [batch, 1, 28, 28] }],
    outputs: [{ name: "logits", dims: [batch, 10] }],
  };
}

/** onnxruntime-web or onnxruntime-node: the same onnxruntime-common API. */
let ort: typeof OrtModule;
let runtime: "web" | "node" = "web";
let threads = 1;

async function session(g: OnnxGraph): Promise<OrtModule.InferenceSession> {
  if (runtime === "node") {
    return ort.InferenceSession.create(encodeModel(g), {
      executionProviders: ["cpu"],
      graphOptimizationLevel: "all",
      intraOpNumThreads: threads,
      interOpNumThreads: 1,
      executionMode: "sequential",
    });
  }
  return ort.InferenceSession.create(encodeModel(g), {
    executionProviders: ["wasm"],
    graphOptimizationLevel: "all",
  });
}

async function prepare(w: WorkloadId): Promise<Prepared> {
  const def = WORKLOADS[w];
  let s: OrtModule.InferenceSession;
  let feeds: Record<string, OrtModule.Tensor>;
  if (def.kind === "train") {
    throw new Error(`training not supported: onnxruntime-${runtime} has no training API (inference only)`);
  } else if (def.kind === "infer") {
    const model = def.model!;
    const batch = def.batch!;
    s = await session(modelGraph(model, batch));
    // LeNet: NHWC [B,28,28,1] and NCHW [B,1,28,28] are the same bytes.
    const dims = model === "mlp" ? [batch, 784] : [batch, 1, 28, 28];
    feeds = { x: new ort.Tensor("float32", inputBatch(model, batch), dims) };
  } else if (w === "gemm.512") {
    const { a, b } = gemmOperands();
    s = await session({
      name: "gemm",
      nodes: [{ op: "MatMul", inputs: ["a", "b"], outputs: ["c"] }],
      initializers: [],
      inputs: [
        { name: "a", dims: [GEMM.M, GEMM.K] },
        { name: "b", dims: [GEMM.K, GEMM.N] },
      ],
      outputs: [{ name: "c", dims: [GEMM.M, GEMM.N] }],
    });
    feeds = { a: new ort.Tensor("float32", a, [GEMM.M, GEMM.K]), b: new ort.Tensor("float32", b, [GEMM.K, GEMM.N]) };
  } else {
    const { x, w: k } = convOperands();
    const xs = [CONV.N, CONV.H, CONV.W, CONV.Cin];
    const ks = [CONV.kh, CONV.kw, CONV.Cin, CONV.Cout];
    s = await session({
      name: "conv",
      nodes: [
        {
          op: "Conv",
          inputs: ["x", "w"],
          outputs: ["y"],
          attrs: { kernel_shape: [CONV.kh, CONV.kw], pads: [1, 1, 1, 1], strides: [1, 1] },
        },
      ],
      initializers: [{ name: "w", dims: [CONV.Cout, CONV.Cin, CONV.kh, CONV.kw], data: hwioToOihw(k, ks) }],
      inputs: [{ name: "x", dims: [CONV.N, CONV.Cin, CONV.H, CONV.W] }],
      outputs: [{ name: "y", dims: [CONV.N, CONV.Cout, CONV.H, CONV.W] }],
    });
    feeds = { x: new ort.Tensor("float32", transpose(x, xs, [0, 3, 1, 2]), [CONV.N, CONV.Cin, CONV.H, CONV.W]) };
  }
  const outName = s.outputNames[0]!;
  return {
    run: async () => {
      const out = await s.run(feeds);
      const y = out[outName]!;
      await y.getData(); // output lives on the CPU: the values are there
      y.dispose();
    },
    checksum: async () => {
      const out = await s.run(feeds);
      const y = out[outName]!;
      const d = (await y.getData()) as Float32Array;
      y.dispose();
      let sum = 0;
      for (let i = 0; i < d.length; i++) sum += d[i]!;
      return sum;
    },
    dispose: () => s.release(),
  };
}

async function main(): Promise<void> {
  const args = parseArgs();
  const r = args.flags.get("runtime") ?? "web";
  if (r !== "web" && r !== "node") throw new Error(`--runtime must be web or node, got ${r}`);
  runtime = r;
  threads = Number(args.flags.get("threads") ?? 1);
  if (!Number.isInteger(threads) || threads < 1) throw new Error(`--threads must be a whole number ≥ 1, got ${args.flags.get("threads")}`);
  const suffix = threads > 1 ? `-${threads}t` : "";
  if (runtime === "node") {
    ort = (await import("onnxruntime-node")) as unknown as typeof OrtModule;
    ort.env.logLevel = "error";
    const info = { "onnxruntime-node": await pkgVersion("onnxruntime-node"), ep: "cpu", threads };
    await runPeer(`ort-node-cpu${suffix}`, args, prepare, info);
    return;
  }
  ort = await import("onnxruntime-web");
  ort.env.wasm.numThreads = threads;
  ort.env.wasm.proxy = false;
  ort.env.logLevel = "error";
  const info = { "onnxruntime-web": await pkgVersion("onnxruntime-web"), ep: "wasm", threads };
  await runPeer(`ort-web-wasm${suffix}`, args, prepare, info);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
