// Initializer specs for parameters: plain data stored on the param node (ir InitSpec) and turned into
// values by src/runtime/init.ts, which generated programs import. Formulas (fan-in/fan-out from the
// parameter's shape; dense [in, out], conv HWIO):
//   xavierNormal  N(0, gain²·2/(fanIn+fanOut))      xavierUniform  U(±gain·√(6/(fanIn+fanOut)))
//   heNormal      N(0, gain²·2/fanIn)                heUniform      U(±gain·√(6/fanIn))
// The normals are plain (not truncated), as in PyTorch.
import { GraphError } from "../ir/errors.ts";
import { callSite } from "../ir/source.ts";
import type { Graph, InitSpec } from "../ir/types.ts";
import { paramsOf } from "../ir/types.ts";
import type { InitSpec as RuntimeInitSpec } from "../runtime/init.ts";
import { initializeParams } from "../runtime/init.ts";

// The runtime restates InitSpec so that it imports nothing of the compiler; this line stops
// type-checking if the two unions ever drift apart.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const specsAgree: Same<InitSpec, RuntimeInitSpec> = true;
void specsAgree;

/** Reported at the user's line (where the spec is written), not when values are drawn. */
function invalid(op: string, problem: string, hint: string): never {
  throw new GraphError(op, callSite(), problem, { hint });
}

function finite(v: number, what: string): number {
  if (!Number.isFinite(v)) invalid("init", `${what} must be a finite number, got ${v}`, "pass a finite number");
  return v;
}

const gainSpec = (gain: number | undefined) => (gain === undefined ? {} : { gain: finite(gain, "gain") });

export const init = {
  constant: (value: number): InitSpec => ({ kind: "constant", value: finite(value, "the constant") }),
  zeros: (): InitSpec => ({ kind: "zeros" }),
  ones: (): InitSpec => ({ kind: "ones" }),
  /** gain·I for a square [n, n] matrix. */
  identity: (gain?: number): InitSpec => ({ kind: "identity", ...gainSpec(gain) }),
  normal: (std: number, mean = 0): InitSpec => {
    if (!(std >= 0)) invalid("init.normal", `std ${std} must be >= 0`, "the first argument is the standard deviation: init.normal(0.01)");
    return { kind: "normal", std, mean: finite(mean, "the mean") };
  },
  uniform: (low: number, high: number): InitSpec => {
    if (!(low <= high)) invalid("init.uniform", `low ${low} is above high ${high}`, "call init.uniform(lo, hi) with lo <= hi");
    return { kind: "uniform", low, high };
  },
  /** Glorot & Bengio (2010), normal. */
  xavierNormal: (gain?: number): InitSpec => ({ kind: "xavierNormal", ...gainSpec(gain) }),
  /** Glorot & Bengio (2010), uniform: Keras's default kernel initializer. */
  xavierUniform: (gain?: number): InitSpec => ({ kind: "xavierUniform", ...gainSpec(gain) }),
  /** He et al. (2015), for ReLU layers. */
  heNormal: (gain?: number): InitSpec => ({ kind: "heNormal", ...gainSpec(gain) }),
  heUniform: (gain?: number): InitSpec => ({ kind: "heUniform", ...gainSpec(gain) }),
  /** Saxe et al. (2014): an orthogonal matrix (QR of a normal one) of the shape flattened to [rest, last]. */
  orthogonal: (gain?: number): InitSpec => ({ kind: "orthogonal", ...gainSpec(gain) }),
} as const;

/** Fresh values for every parameter and state of a graph, seeded by (seed, parameter name). */
export function initGraphParams(graph: Graph, seed = 0): Record<string, Float32Array | Int32Array> {
  return initializeParams(
    paramsOf(graph).map((p) => p.attrs),
    seed,
  );
}
