// Files around ONNX export: the weights a user passes (a safetensors weights file, or a gradfuse training
// checkpoint) and the .onnx written atomically.
import type { GraphDef } from "../dsl/builder.ts";
import type { HostTensor } from "../runtime/tensor.ts";
import { loadSafetensors } from "../data/safetensors.ts";
import { weightsFromTensors } from "../train/weights.ts";
import { writeFileAtomic } from "../util/atomic_write.ts";
import type { ExportOptions } from "./export.ts";
import { toOnnx } from "./export.ts";

/**
 * Parameters by name from a weights file or a training checkpoint (its "weights/…" tensors, or the older
 * "params/…"), as src/train/weights.ts reads them for the model API and `gradfuse run`.
 */
export function loadWeights(path: string): { params: Record<string, HostTensor>; kind: "checkpoint" | "weights"; conversions: readonly string[] } {
  const st = loadSafetensors(path);
  const isCheckpoint = Object.keys(st.tensors).some((n) => n.startsWith("weights/") || n.startsWith("params/"));
  return { params: weightsFromTensors(st.tensors), kind: isCheckpoint ? "checkpoint" : "weights", conversions: st.conversions };
}

export interface ExportFileOptions extends ExportOptions {
  /** Parameter values, or the path of a weights file / training checkpoint. */
  readonly weights: Readonly<Record<string, HostTensor>> | string;
  /** Bindings of the graph's symbols (default the definition's, e.g. { N: 1 }). */
  readonly bindings?: Readonly<Record<string, number>>;
}

/** Builds `def` for inference, exports it with its weights and writes `out`; returns the bytes written. */
export function exportOnnxFile(def: GraphDef, out: string, opts: ExportFileOptions): Uint8Array {
  const graph = def.build({ mode: "infer", ...(opts.bindings ? { bindings: opts.bindings } : {}) });
  const params = typeof opts.weights === "string" ? loadWeights(opts.weights).params : opts.weights;
  const bytes = toOnnx(graph, params, opts);
  writeFileAtomic(out, bytes);
  return bytes;
}
