// The fuzz oracle: one graph on each backend against the float64 interpreter.
//
// An output passes when it is close to the float64 reference, or to the float32 one: float32 rounding
// legitimately moves a value across a discontinuity now and then (exp overflowing to ∞, a near-tie of a
// max or a comparison), and the float32 interpreter, rounding op by op like the backends, takes the same
// side. Closeness is normwise: |got − want| ≤ TOLERANCE · max(1, max |want|) per element, and non-finite
// values must match exactly (NaN with NaN, ∞ with ∞ of the same sign) — a NaN where the reference is
// finite is exactly the kind of bug this looks for.
import { compile } from "../../src/compile.ts";
import type { Backend } from "../../src/compile.ts";
import { interpret } from "../../src/interp/interpret.ts";
import type { Graph } from "../../src/ir/types.ts";
import { inputsOf, paramsOf, sizeOf } from "../../src/ir/types.ts";
import type { HostTensor } from "../../src/runtime/tensor.ts";
import { gridValue } from "./graphs.ts";

export const BACKENDS: readonly Backend[] = ["ts", "wasm"];
export const TOLERANCE = 2e-3;

export interface Failure {
  readonly backend: Backend;
  readonly what: string;
}

/** Feeds and params on the 1/8 grid (exact in float32, so ties are ties in every precision). */
export function valuesFor(g: Graph, seed: number): { feeds: Record<string, Float32Array>; params: Record<string, Float32Array> } {
  const grid = (shape: readonly number[], s: number) => Float32Array.from({ length: sizeOf(shape) }, (_, i) => gridValue(i, s));
  const feeds: Record<string, Float32Array> = {};
  const params: Record<string, Float32Array> = {};
  inputsOf(g).forEach((n, i) => (feeds[n.attrs.name] = grid(n.shape, seed * 31 + i)));
  paramsOf(g).forEach((n, i) => (params[n.attrs.name] = grid(n.shape, seed * 37 + i + 1000)));
  return { feeds, params };
}

/** Why `got` is not close to `want`, or undefined when it is. */
export function mismatch(got: HostTensor, want: HostTensor, tolerance = TOLERANCE): string | undefined {
  if (got.shape.join(",") !== want.shape.join(",")) return `shape [${got.shape}] vs [${want.shape}]`;
  let scale = 1;
  for (const v of want.data) if (Number.isFinite(v)) scale = Math.max(scale, Math.abs(v));
  for (let i = 0; i < want.data.length; i++) {
    const w = want.data[i]!;
    const x = got.data[i]!;
    const bad = Number.isFinite(w) ? !Number.isFinite(x) || Math.abs(x - w) > tolerance * scale : !Object.is(x, w) && !(Number.isNaN(x) && Number.isNaN(w));
    if (bad) return `element ${i}: got ${x}, want ${w} (scale ${scale})`;
  }
  return undefined;
}

/** Compiles and runs `g` on every backend; the first disagreement (or crash) of each backend. */
export async function checkGraph(g: Graph, seed: number, backends: readonly Backend[] = BACKENDS): Promise<Failure[]> {
  const { feeds, params } = valuesFor(g, seed);
  const ref64 = interpret(g, { feeds, params, float: "f64" }).outputs;
  const ref32 = interpret(g, { feeds, params, float: "f32" }).outputs;
  const failures: Failure[] = [];
  for (const backend of backends) {
    let got: Record<string, HostTensor>;
    try {
      const program = await compile(g, { backend });
      if (Object.keys(params).length) program.setParams(params);
      got = program.run(g.name, feeds);
    } catch (e) {
      failures.push({ backend, what: `crash: ${e instanceof Error ? e.message.split("\n")[0] : String(e)}` });
      continue;
    }
    for (const o of g.outputs) {
      const vs64 = mismatch(got[o.name]!, ref64[o.name]!);
      if (vs64 && mismatch(got[o.name]!, ref32[o.name]!)) {
        failures.push({ backend, what: `output '${o.name}' ${vs64}` });
        break;
      }
    }
  }
  return failures;
}
