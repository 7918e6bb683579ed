// Files around ONNX export: the weights a user passes (a safetensors weights file, or a gradfuse training
// checkpoint, whose parameters are its "params/<name>" tensors) and the .onnx written atomically.
import * as fs from "node:fs";
import { randomBytes } from "node:crypto";
import { basename, dirname, join } from "node:path";
import type { GraphDef } from "../dsl/builder.ts";
import type { HostTensor } from "../runtime/tensor.ts";
import { loadSafetensors } from "../data/safetensors.ts";
import type { ExportOptions } from "./export.ts";
import { toOnnx } from "./export.ts";

const CHECKPOINT_PARAMS = "params/";

/** Parameters by name from a weights file or a training checkpoint (its "params/…" tensors). */
export function loadWeights(path: string): { params: Record<string, HostTensor>; kind: "checkpoint" | "weights"; conversions: readonly string[] } {
  const st = loadSafetensors(path);
  const names = Object.keys(st.tensors);
  if (names.some((n) => n.startsWith(CHECKPOINT_PARAMS))) {
    const params = Object.fromEntries(names.filter((n) => n.startsWith(CHECKPOINT_PARAMS)).map((n) => [n.slice(CHECKPOINT_PARAMS.length), st.tensors[n]!]));
    return { params, kind: "checkpoint", conversions: st.conversions };
  }
  return { params: st.tensors, kind: "weights", conversions: st.conversions };
}

/** Writes `bytes` to a temporary file beside `path`, flushes it and renames it over `path`. */
export function writeFileAtomic(path: string, bytes: Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const fd = fs.openSync(temp, "w");
    try {
      fs.writeSync(fd, bytes);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, path);
  } catch (e) {
    fs.rmSync(temp, { force: true });
    throw e;
  }
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
