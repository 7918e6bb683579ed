// PyTorch state_dicts (read with loadSafetensors) → gradfuse parameters, for a gradfuse graph of the same
// architecture. Two things differ: names (PyTorch "conv1.weight", gradfuse "conv1/kernel") and layouts:
//   nn.Linear weight  [out, in]          → dense kernel [in, out]
//   nn.Conv2d weight  [out, in, kh, kw]  → conv kernel HWIO [kh, kw, in, out]
//   BatchNorm         weight, bias, running_mean, running_var → gamma, beta, movingMean, movingVar
// and one hidden one: PyTorch flattens conv features as [C, H, W], gradfuse (NHWC) as [H, W, C], so the
// first Linear after a flatten needs its input rows reordered (`flattenedFrom`).
import type { Graph } from "../ir/types.ts";
import { paramsOf } from "../ir/types.ts";
import type { HostTensor } from "../runtime/tensor.ts";

export class TorchWeightsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "TorchWeightsError";
  }
}

export interface TorchWeightsOptions {
  /** gradfuse parameter name → state_dict key, where the default rule (`torchName`) does not fit. */
  readonly names?: Readonly<Record<string, string>>;
  /**
   * Dense kernels fed by a flattened conv feature map of PyTorch shape [C, H, W]: their input rows are
   * reordered from PyTorch's C·H·W order to gradfuse's H·W·C order, e.g. { "fc1/kernel": [16, 5, 5] }.
   */
  readonly flattenedFrom?: Readonly<Record<string, readonly [number, number, number]>>;
  /** Rank-2 parameters taken as they are (an nn.Embedding's [vocab, dim] is gradfuse's layout too). */
  readonly keepLayout?: readonly string[];
}

export interface TorchWeights {
  readonly params: Record<string, HostTensor>;
  /** What was converted and what was left out, one line each. */
  readonly notes: readonly string[];
  /** state_dict keys no parameter used (BatchNorm's num_batches_tracked is expected here). */
  readonly unused: readonly string[];
}

const SUFFIX: Readonly<Record<string, string>> = {
  kernel: "weight",
  bias: "bias",
  gamma: "weight",
  beta: "bias",
  movingMean: "running_mean",
  movingVar: "running_var",
  alpha: "weight",
};

/** The default name rule: "conv1/kernel" → "conv1.weight", "bn1/movingVar" → "bn1.running_var". */
export function torchName(gradfuseName: string): string {
  const parts = gradfuseName.split("/");
  const last = parts.pop()!;
  return [...parts, SUFFIX[last] ?? last].join(".");
}

function transpose2(t: HostTensor): Float32Array {
  const [rows, cols] = t.shape as [number, number];
  const out = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out[c * rows + r] = t.data[r * cols + c]!;
  return out;
}

/** OIHW → HWIO. */
function oihwToHwio(t: HostTensor): Float32Array {
  const [o, i, h, w] = t.shape as [number, number, number, number];
  const out = new Float32Array(o * i * h * w);
  for (let a = 0; a < o; a++)
    for (let b = 0; b < i; b++)
      for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) out[((y * w + x) * i + b) * o + a] = t.data[((a * i + b) * h + y) * w + x]!;
  return out;
}

/** Rows of an [in, out] kernel from C·H·W order to H·W·C order. */
function chwRowsToHwc(kernel: Float32Array, chw: readonly [number, number, number], out: number): Float32Array {
  const [c, h, w] = chw;
  const result = new Float32Array(kernel.length);
  for (let ci = 0; ci < c; ci++)
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        const from = (ci * h + y) * w + x;
        const to = (y * w + x) * c + ci;
        result.set(kernel.subarray(from * out, (from + 1) * out), to * out);
      }
  return result;
}

const fmt = (s: readonly number[]) => `[${s.join(",")}]`;

/** Maps a PyTorch state_dict onto the parameters of `graph` (by name, converting layouts). */
export function fromTorchStateDict(graph: Graph, stateDict: Readonly<Record<string, HostTensor>>, opts: TorchWeightsOptions = {}): TorchWeights {
  const params: Record<string, HostTensor> = {};
  const notes: string[] = [];
  const used = new Set<string>();
  const missing: string[] = [];
  for (const p of paramsOf(graph)) {
    const name = p.attrs.name;
    const key = opts.names?.[name] ?? torchName(name);
    const t = stateDict[key];
    if (!t) {
      if (p.dtype === "i32") {
        params[name] = { dtype: "i32", shape: [...p.shape], data: new Int32Array(p.shape.reduce((a, b) => a * b, 1)) };
        notes.push(`${name}: not in the state_dict; a gradfuse counter, set to 0`);
      } else missing.push(`${name} (looked for '${key}')`);
      continue;
    }
    used.add(key);
    const want = [...p.shape];
    let data: Float32Array = Float32Array.from(t.data);
    let rule = "as is";
    if (t.shape.length === 4 && want.length === 4) {
      data = oihwToHwio(t);
      rule = "conv OIHW → HWIO";
    } else if (t.shape.length === 2 && want.length === 2 && !opts.keepLayout?.includes(name)) {
      data = transpose2(t);
      rule = "Linear [out, in] → [in, out]";
    }
    const got = rule === "as is" ? [...t.shape] : rule.startsWith("conv") ? [t.shape[2]!, t.shape[3]!, t.shape[1]!, t.shape[0]!] : [t.shape[1]!, t.shape[0]!];
    if (fmt(got) !== fmt(want)) {
      throw new TorchWeightsError(`state_dict '${key}' ${fmt(t.shape)} does not fit '${name}' ${fmt(want)} (${rule} gives ${fmt(got)}); is the architecture the same?`);
    }
    const chw = opts.flattenedFrom?.[name];
    if (chw) {
      if (chw[0] * chw[1] * chw[2] !== want[0]) throw new TorchWeightsError(`flattenedFrom '${name}': ${fmt(chw)} holds ${chw[0] * chw[1] * chw[2]} features but the kernel has ${want[0]} rows`);
      data = chwRowsToHwc(data, chw, want[1]!);
      rule += `, rows C·H·W ${fmt(chw)} → H·W·C`;
    }
    params[name] = { dtype: "f32", shape: want, data };
    notes.push(`${name} ← ${key} ${fmt(t.shape)}: ${rule}`);
  }
  if (missing.length) {
    throw new TorchWeightsError(`the state_dict has no tensor for ${missing.join(", ")}; its keys are ${Object.keys(stateDict).join(", ")} (map names with { names: { … } })`);
  }
  const unused = Object.keys(stateDict).filter((k) => !used.has(k));
  for (const k of unused) notes.push(`${k}: not used${k.endsWith("num_batches_tracked") ? " (a PyTorch training counter)" : ""}`);
  return { params, notes, unused };
}
