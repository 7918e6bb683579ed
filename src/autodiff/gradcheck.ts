// gradcheck: compares the symbolic gradient with central finite differences, both on the float64
// interpreter. For graph unit tests: `expect(gradcheck(graph).ok).toBe(true)`, with the worst
// element named in `message` when it fails.
import { GraphBuilder } from "../dsl/builder.ts";
import type { Tensor } from "../dsl/tensor.ts";
import type { Graph } from "../ir/types.ts";
import { inputsOf, paramsOf, sizeOf } from "../ir/types.ts";
import { interpret } from "../interp/interpret.ts";
import type { Feed } from "../runtime/feeds.ts";
import { mix32 } from "../runtime/random.ts";
import { grad, gradOutputName } from "./grad.ts";
import { checkOptions, rule } from "../dsl/options.ts";
import type { OptionSpec } from "../dsl/options.ts";

export interface GradcheckOptions {
  /** Param values; missing f32 params get seeded uniform(-1, 1) values, i32 ones zeros. */
  readonly params?: Readonly<Record<string, ArrayLike<number>>>;
  /** Input values; missing f32 inputs get seeded uniform(-1, 1) values, i32 ones zeros. */
  readonly feeds?: Readonly<Record<string, ArrayLike<number>>>;
  /** Names of params/inputs to check; default every trainable param and every f32 input. */
  readonly wrt?: readonly string[];
  /** Finite-difference step (default 1e-6). */
  readonly eps?: number;
  /** Pass when |analytic − numeric| ≤ atol + rtol·|numeric| (defaults 1e-6 and 1e-5). */
  readonly atol?: number;
  readonly rtol?: number;
  /** Check at most this many elements per tensor, spread evenly (default: all). */
  readonly maxPerTensor?: number;
  readonly seed?: number;
}

export interface GradcheckWorst {
  readonly tensor: string;
  readonly index: number;
  readonly analytic: number;
  readonly numeric: number;
  readonly relError: number;
}

export interface GradcheckResult {
  readonly ok: boolean;
  readonly checked: number;
  readonly worst?: GradcheckWorst;
  readonly message: string;
}

function seededUniform(n: number, seed: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = (mix32((seed * 0x9e3779b1 + i * 0x85ebca77) | 0) / 2 ** 32) * 2 - 1;
  return out;
}

/** Without a declared loss, checks the scalar Σ_o Σ(output_o ⊙ R_o) with fixed random R_o. */
function withProjectionLoss(graph: Graph, seed: number): Graph {
  if (graph.loss !== undefined) return graph;
  const b = new GraphBuilder(graph.name, graph.mode, graph.bindings);
  const map = b.replay(graph);
  const terms: Tensor[] = graph.outputs
    .map((o) => map[o.node]!)
    .filter((t) => t.dtype === "f32")
    .map((t, k) => t.mul(b.constant([...seededUniform(t.size, seed + 7919 * (k + 1))], [...t.shape])).sum());
  if (!terms.length) throw new Error(`gradcheck: graph '${graph.name}' has no loss and no f32 output`);
  b.loss(terms.reduce((a, t) => a.add(t)));
  return b.build();
}

export function gradcheck(graph: Graph, opts: GradcheckOptions = {}): GradcheckResult {
  const byName = { takes: "an object of arrays by name", ok: (v: unknown) => typeof v === "object" && v !== null };
  checkOptions("gradcheck", opts, {
    params: byName, feeds: byName, wrt: { takes: "a list of names", ok: (v) => Array.isArray(v) }, eps: rule.positive, atol: rule.nonNegative,
    rtol: rule.nonNegative, maxPerTensor: rule.positiveInt, seed: rule.seed,
  } satisfies OptionSpec<GradcheckOptions>);
  const seed = opts.seed ?? 1;
  const g = withProjectionLoss(graph, seed);
  const eps = opts.eps ?? 1e-6;
  const atol = opts.atol ?? 1e-6;
  const rtol = opts.rtol ?? 1e-5;

  /** Given values, else seeded uniform(-1, 1) for f32 leaves and zeros for i32 ones. */
  type Leaf = { attrs: { name: string }; dtype: string; shape: readonly number[] };
  const leafValues = (nodes: readonly Leaf[], given: GradcheckOptions["params"], salt: number) => {
    const out: Record<string, Float64Array | Int32Array> = {};
    nodes.forEach((n, k) => {
      const v = given?.[n.attrs.name];
      if (n.dtype === "i32") out[n.attrs.name] = v ? Int32Array.from(v) : new Int32Array(sizeOf(n.shape));
      else out[n.attrs.name] = v ? Float64Array.from(v) : seededUniform(sizeOf(n.shape), seed * 31 + salt + k);
    });
    return out;
  };
  const params = leafValues(paramsOf(g), opts.params, 1000);
  const feeds = leafValues(inputsOf(g), opts.feeds, 2000);
  const wrt =
    opts.wrt ??
    [
      ...paramsOf(g).filter((p) => p.attrs.trainable).map((p) => p.attrs.name),
      ...inputsOf(g).filter((n) => n.dtype === "f32").map((n) => n.attrs.name),
    ];

  const values = { params: params as Record<string, Feed>, feeds: feeds as Record<string, Feed>, float: "f64" as const };
  const analytic = interpret(grad(g, { wrt }), values).outputs;
  const lossAt = () => interpret(g, values).values[g.loss!]!.data[0]!;

  let worst: GradcheckWorst | undefined;
  let failed: GradcheckWorst | undefined;
  let checked = 0;
  for (const name of wrt) {
    const perturbed = (params[name] ?? feeds[name]) as Float64Array;
    const a = analytic[gradOutputName(name)]!.data;
    const step = opts.maxPerTensor && perturbed.length > opts.maxPerTensor ? perturbed.length / opts.maxPerTensor : 1;
    for (let f = 0; f < perturbed.length; f += step) {
      const i = Math.floor(f);
      const saved = perturbed[i]!;
      perturbed[i] = saved + eps;
      const up = lossAt();
      perturbed[i] = saved - eps;
      const down = lossAt();
      perturbed[i] = saved;
      const numeric = (up - down) / (2 * eps);
      const diff = Math.abs(a[i]! - numeric);
      const entry = { tensor: name, index: i, analytic: a[i]!, numeric, relError: diff / Math.max(Math.abs(a[i]!), Math.abs(numeric), 1e-12) };
      checked++;
      if (!worst || entry.relError > worst.relError) worst = entry;
      if (diff > atol + rtol * Math.abs(numeric) && (!failed || entry.relError > failed.relError)) failed = entry;
    }
  }
  const shown = failed ?? worst;
  const message = shown
    ? `${failed ? "gradcheck FAILED" : "gradcheck ok"}: ${checked} elements; worst ${shown.tensor}[${shown.index}]: ` +
      `analytic ${shown.analytic.toPrecision(8)} vs numeric ${shown.numeric.toPrecision(8)} (relative error ${shown.relError.toExponential(2)})`
    : "gradcheck: nothing to check";
  return { ok: !failed, checked, ...(shown ? { worst: shown } : {}), message };
}
