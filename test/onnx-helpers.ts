// Shared by the ONNX tests: run a model in ONNX Runtime (onnxruntime-node, CPU) and compare tensors.
import * as ort from "onnxruntime-node";
import type { Graph } from "../src/ir/types.ts";
import { paramsOf } from "../src/ir/types.ts";
import { initializeParams } from "../src/runtime/init.ts";
import type { HostTensor } from "../src/runtime/tensor.ts";

export async function runOrt(model: Uint8Array, feeds: Record<string, HostTensor>): Promise<Record<string, HostTensor>> {
  const session = await ort.InferenceSession.create(model, { graphOptimizationLevel: "all", intraOpNumThreads: 1 });
  const input: Record<string, ort.Tensor> = {};
  for (const [name, t] of Object.entries(feeds)) {
    input[name] = t.dtype === "f32" ? new ort.Tensor("float32", Float32Array.from(t.data), [...t.shape]) : new ort.Tensor("int32", Int32Array.from(t.data), [...t.shape]);
  }
  const result = await session.run(input);
  const out: Record<string, HostTensor> = {};
  for (const [name, t] of Object.entries(result)) {
    const data = t.type === "float32" ? (t.data as Float32Array) : Int32Array.from(t.data as ArrayLike<number>, Number);
    out[name] = { dtype: t.type === "float32" ? "f32" : "i32", shape: [...t.dims], data };
  }
  await session.release();
  return out;
}

/** max |a − b| / max |b|: the error relative to the reference tensor's scale. */
export function relativeError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Infinity;
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < a.length; i++) {
    if (Number.isNaN(a[i]!) !== Number.isNaN(b[i]!)) return Infinity;
    diff = Math.max(diff, Math.abs(a[i]! - b[i]!));
    scale = Math.max(scale, Math.abs(b[i]!));
  }
  return scale === 0 ? diff : diff / scale;
}

/** Seeded initial values of every parameter of a graph. */
export function seededParams(g: Graph, seed = 1): Record<string, HostTensor> {
  const slots = paramsOf(g).map((p) => p.attrs);
  const values = initializeParams(slots, seed);
  return Object.fromEntries(slots.map((s) => [s.name, { dtype: s.dtype, shape: [...s.shape], data: values[s.name]! }]));
}

/** Deterministic values in [-1, 1) (a small LCG), so feeds are the same in every run. */
export function seededValues(n: number, seed = 7): Float32Array {
  const out = new Float32Array(n);
  let s = seed >>> 0;
  for (let i = 0; i < n; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = s / 2 ** 31 - 1;
  }
  return out;
}

/** Fast seeded parameters for big graphs: LCG values scaled by 1/√fan-in (the initializers are slow at 62M). */
export function fastParams(g: Graph): Record<string, HostTensor> {
  return Object.fromEntries(
    paramsOf(g).map((p, k) => {
      const size = p.shape.reduce((a, b) => a * b, 1);
      if (p.dtype === "i32") return [p.attrs.name, { dtype: "i32", shape: [...p.shape], data: new Int32Array(size) }];
      const fanIn = p.shape.length > 1 ? p.shape.slice(0, -1).reduce((a, b) => a * b, 1) : 1;
      const data = seededValues(size, 100 + k).map((v) => v / Math.sqrt(fanIn));
      return [p.attrs.name, { dtype: "f32", shape: [...p.shape], data }];
    }),
  );
}
