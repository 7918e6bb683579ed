// Recurrent layers over sequences [N, T, F], unrolled at graph build for a static T: SimpleRNN, LSTM
// and GRU in Keras's weight layout (kernel [F, gates·H], recurrent kernel [H, gates·H], bias
// [gates·H]; GRU with reset_after: Keras's bias [2, 3H] is stored as its two rows, `bias` [3H] and
// `recurrent_bias` [3H], so no rank-2 bias is mistaken for a weight), optionally bidirectional (outputs concatenated,
// forward first), returning the last state [N, H] or every state [N, T, H].
//
// The input projection x·W of every step is one [N·T, F]·[F, gates·H] matmul; each step adds h·U.
// Masks (f32 [N, T], 1 = real token) make padded positions leave the state unchanged and output 0,
// so a padded batch gives each example the result of its unpadded sequence — in both directions (the
// backward pass carries its zero state through the trailing padding until the last real token).
import { GraphError } from "../ir/errors.ts";
import { callSite } from "../ir/source.ts";
import type { InitSpec } from "../ir/types.ts";
import { concat, where } from "../dsl/ops.ts";
import type { Tensor } from "../dsl/tensor.ts";
import { sigmoid } from "./activations.ts";
import { init } from "./init.ts";
import { layerName } from "./naming.ts";

export interface RecurrentOptions {
  /** Every state [N, T, H] (or [N, T, 2H] bidirectional) instead of the last one. Default false. */
  readonly returnSequences?: boolean;
  /** Run a second layer over the reversed sequence and concatenate (forward first). Default false. */
  readonly bidirectional?: boolean;
  /** f32 [N, T]: 1 at real positions, 0 at padding (nn.maskFromIds). */
  readonly mask?: Tensor;
  /** Default xavierUniform (Keras's glorot_uniform). */
  readonly kernelInit?: InitSpec;
  /** Default orthogonal (Keras). */
  readonly recurrentInit?: InitSpec;
  /**
   * LSTM only, default true: the forget gate adds a constant 1 to its bias (Keras's unit_forget_bias
   * starts that bias at 1; here the stored `bias` starts at 0 and the 1 is in the graph, so subtract 1
   * from the forget slice of Keras weights, or pass false, when loading them).
   */
  readonly unitForgetBias?: boolean;
  readonly name?: string;
}

/**
 * One step: (input projection of this step [N, G·H], previous states) → new states (h first). Before
 * the first step the states are zero: `undefined` here, so h·U (zero) is not computed at all.
 */
type Step = (xw: Tensor, states: readonly (Tensor | undefined)[]) => Tensor[];

/** h·U, or nothing when h is the zero initial state. */
const project = (h: Tensor | undefined, u: Tensor) => (h ? h.matmul(u) : undefined);
const plus = (a: Tensor, b: Tensor | undefined) => (b ? a.add(b) : a);

interface CellSpec {
  readonly kind: "simple_rnn" | "lstm" | "gru";
  readonly gates: number;
  readonly states: number;
  /** Builds the cell's params in the current scope and returns its input kernel, input bias and step. */
  build(b: Tensor["builder"], features: number, units: number, opts: RecurrentOptions): { kernel: Tensor; bias: Tensor; step: Step };
}

const gate = (t: Tensor, k: number, units: number) => t.slice([0, k * units], [t.shape[0]!, units]);

const SIMPLE: CellSpec = {
  kind: "simple_rnn",
  gates: 1,
  states: 1,
  build(b, f, h, opts) {
    const kernel = b.param("kernel", [f, h], opts.kernelInit ?? init.xavierUniform());
    const recurrent = b.param("recurrent_kernel", [h, h], opts.recurrentInit ?? init.orthogonal());
    const bias = b.param("bias", [h], init.zeros());
    return { kernel, bias, step: (xw, [hPrev]) => [plus(xw, project(hPrev, recurrent)).tanh()] };
  },
};

// Keras gate order i, f, c, o; the forget gate's bias starts at 1 (unit_forget_bias).
const LSTM: CellSpec = {
  kind: "lstm",
  gates: 4,
  states: 2,
  build(b, f, h, opts) {
    const kernel = b.param("kernel", [f, 4 * h], opts.kernelInit ?? init.xavierUniform());
    const recurrent = b.param("recurrent_kernel", [h, 4 * h], opts.recurrentInit ?? init.orthogonal());
    const forgetOnes = Array.from({ length: 4 * h }, (_, j) => (j >= h && j < 2 * h ? 1 : 0));
    const bias = b.param("bias", [4 * h], init.zeros());
    const biasWithForget = opts.unitForgetBias === false ? bias : bias.add(b.constant(forgetOnes, [4 * h]));
    return {
      kernel,
      bias: biasWithForget,
      step: (xw, [hPrev, cPrev]) => {
        const z = plus(xw, project(hPrev, recurrent));
        const i = sigmoid(gate(z, 0, h));
        const fg = sigmoid(gate(z, 1, h));
        const g = gate(z, 2, h).tanh();
        const o = sigmoid(gate(z, 3, h));
        const c = plus(i.mul(g), cPrev && fg.mul(cPrev));
        return [o.mul(c.tanh()), c];
      },
    };
  },
};

// Keras gate order z (update), r (reset), h; reset_after: r multiplies the recurrent projection, so
// there are two biases, on x·W and on h·U (Keras's bias rows 0 and 1). h' = z·h + (1 − z)·ĥ.
const GRU: CellSpec = {
  kind: "gru",
  gates: 3,
  states: 1,
  build(b, f, h, opts) {
    const kernel = b.param("kernel", [f, 3 * h], opts.kernelInit ?? init.xavierUniform());
    const recurrent = b.param("recurrent_kernel", [h, 3 * h], opts.recurrentInit ?? init.orthogonal());
    const inputBias = b.param("bias", [3 * h], init.zeros());
    const recurrentBias = b.param("recurrent_bias", [3 * h], init.zeros());
    return {
      kernel,
      bias: inputBias,
      step: (xw, [hPrev]) => {
        const hu = plus(recurrentBias.reshape([1, 3 * h]), project(hPrev, recurrent));
        const part = (k: number) => hu.slice([0, k * h], [hu.shape[0]!, h]);
        const z = sigmoid(gate(xw, 0, h).add(part(0)));
        const r = sigmoid(gate(xw, 1, h).add(part(1)));
        const candidate = gate(xw, 2, h).add(r.mul(part(2))).tanh();
        const kept = z.rsub(1).mul(candidate);
        return [plus(kept, hPrev && z.mul(hPrev))];
      },
    };
  },
};

function checkInput(op: string, x: Tensor, units: number, opts: RecurrentOptions): void {
  if (x.rank !== 3 || x.dtype !== "f32") {
    throw new GraphError(op, callSite(), `needs f32 sequences [N, T, F], got ${x}`, { hint: "embed token ids first (nn.embedding)" });
  }
  if (!Number.isInteger(units) || units < 1) throw new GraphError(op, callSite(), `units must be a positive integer, got ${units}`, { hint: "e.g. 64" });
  const m = opts.mask;
  if (m && (m.dtype !== "f32" || m.shape.join(",") !== x.shape.slice(0, 2).join(","))) {
    throw new GraphError(op, callSite(), `mask ${m} must be f32 [${x.shape[0]},${x.shape[1]}] (1 = token, 0 = padding)`, {
      hint: "build it with nn.maskFromIds(ids)",
    });
  }
}

/** One direction over all steps: the states after each step (outputs zeroed at padding when masked). */
function runDirection(x: Tensor, units: number, spec: CellSpec, opts: RecurrentOptions, reverse: boolean): Tensor[] {
  const [n, t, f] = x.shape as [number, number, number];
  const b = x.builder;
  const { kernel, bias, step } = spec.build(b, f, units, opts);
  const width = spec.gates * units;
  const projected = x.reshape([n * t, f]).matmul(kernel).add(bias).reshape([n, t, width]);
  let states: (Tensor | undefined)[] = new Array(spec.states).fill(undefined);
  const outputs: Tensor[] = new Array<Tensor>(t);
  for (let k = 0; k < t; k++) {
    const s = reverse ? t - 1 - k : k;
    const xw = projected.slice([0, s, 0], [n, 1, width]).reshape([n, width]);
    let next = step(xw, states);
    let out = next[0]!;
    if (opts.mask) {
      const m = opts.mask.slice([0, s], [n, 1]);
      next = next.map((v, j) => where(m, v, states[j] ?? 0));
      out = where(m, next[0]!, 0);
    }
    states = next;
    outputs[s] = out;
  }
  return opts.returnSequences ? outputs : [states[0] ?? b.constant(0, [n, units])];
}

function recurrent(op: string, spec: CellSpec, x: Tensor, units: number, opts: RecurrentOptions): Tensor {
  checkInput(op, x, units, opts);
  const b = x.builder;
  const name = layerName(b, opts.name, opts.bidirectional ? `bidirectional_${spec.kind}` : spec.kind);
  return b.scope(name, () => {
    const directions = opts.bidirectional
      ? [b.scope("forward", () => runDirection(x, units, spec, opts, false)), b.scope("backward", () => runDirection(x, units, spec, opts, true))]
      : [runDirection(x, units, spec, opts, false)];
    if (!opts.returnSequences) return directions.length === 1 ? directions[0]![0]! : concat(directions.map((d) => d[0]!), 1);
    const n = x.shape[0]!;
    const perStep = (d: Tensor[]) => concat(d.map((o) => o.reshape([n, 1, units])), 1);
    const seqs = directions.map(perStep);
    return seqs.length === 1 ? seqs[0]! : concat(seqs, 2);
  });
}

/** Elman RNN: h' = tanh(x·W + h·U + b). */
export function simpleRnn(x: Tensor, units: number, opts: RecurrentOptions = {}): Tensor {
  return recurrent("simpleRnn", SIMPLE, x, units, opts);
}

/** LSTM (Hochreiter & Schmidhuber, 1997; Keras's formulation and weight layout, gates i, f, c, o). */
export function lstm(x: Tensor, units: number, opts: RecurrentOptions = {}): Tensor {
  return recurrent("lstm", LSTM, x, units, opts);
}

/** GRU (Cho et al., 2014) in Keras's reset_after form, gates z, r, h. */
export function gru(x: Tensor, units: number, opts: RecurrentOptions = {}): Tensor {
  return recurrent("gru", GRU, x, units, opts);
}
