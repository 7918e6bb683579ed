// Attention, composed from primitives: scaled dot-product attention (Vaswani et al., 2017) with
// padding and causal masks, multi-head attention with learned projections, and a Transformer encoder
// block (pre- or post-norm). Sequences are [N, T, d]; masks are f32 with 1 = may attend, 0 = may not.
import { GraphError } from "../ir/errors.ts";
import { callSite } from "../ir/source.ts";
import { where } from "../dsl/ops.ts";
import type { Tensor } from "../dsl/tensor.ts";
import type { Activation } from "./activations.ts";
import { softmax } from "./activations.ts";
import { dropout } from "./layers.ts";
import { layerNorm } from "./norm.ts";
import { layerName } from "./naming.ts";
import { denseLast } from "./sequence.ts";

export interface AttentionMaskOptions {
  /**
   * Which keys each query may attend to: f32 [N, Tk] (a key padding mask, nn.maskFromIds) or
   * [N, Tq, Tk]. Masked scores become −1e9 before the softmax, so they get weight 0 (a query with no
   * key left attends uniformly: its row has no information either way).
   */
  readonly mask?: Tensor;
  /** Query t attends to keys 0..t only (Tq = Tk). */
  readonly causal?: boolean;
}

/** The additive bias (0 or −1e9) for scores [N, (h,) Tq, Tk] from the mask options, or undefined. */
function scoreBias(scores: Tensor, opts: AttentionMaskOptions, heads: boolean): Tensor | undefined {
  const b = scores.builder;
  const tq = scores.shape[scores.rank - 2]!;
  const tk = scores.shape[scores.rank - 1]!;
  const n = scores.shape[0]!;
  let allowed: Tensor | undefined;
  if (opts.mask) {
    const m = opts.mask;
    const ok = m.dtype === "f32" && m.shape[0] === n && ((m.rank === 2 && m.shape[1] === tk) || (m.rank === 3 && m.shape[1] === tq && m.shape[2] === tk));
    if (!ok) {
      throw new GraphError("attention", callSite(), `mask ${m} does not fit scores [${n}, ${tq}, ${tk}]`, {
        hint: `pass f32 [${n}, ${tk}] (keys) or [${n}, ${tq}, ${tk}] with 1 = attend`,
      });
    }
    const m3 = m.rank === 2 ? m.reshape([n, 1, tk]) : m;
    allowed = heads ? m3.expandDims(1) : m3;
  }
  if (opts.causal) {
    if (tq !== tk) throw new GraphError("attention", callSite(), `a causal mask needs Tq = Tk, got ${tq} and ${tk}`, { hint: "causal attention is self-attention" });
    const tri = Array.from({ length: tq * tk }, (_, i) => (i % tk <= Math.floor(i / tk) ? 1 : 0));
    const c = b.constant(tri, [tq, tk]);
    allowed = allowed ? allowed.mul(c) : c;
  }
  return allowed ? where(allowed, 0, -1e9) : undefined;
}

/**
 * softmax(q·kᵀ/√d + mask bias)·v: q [N, Tq, d], k [N, Tk, d], v [N, Tk, dv] → [N, Tq, dv]. Also
 * accepts a heads axis ([N, h, T, d]); then a mask is broadcast over the heads.
 */
export function scaledDotProductAttention(q: Tensor, k: Tensor, v: Tensor, opts: AttentionMaskOptions = {}): Tensor {
  const heads = q.rank === 4;
  if ((q.rank !== 3 && q.rank !== 4) || k.rank !== q.rank || v.rank !== q.rank) {
    throw new GraphError("scaledDotProductAttention", callSite(), `needs q, k, v of rank 3 ([N, T, d]) or 4 ([N, h, T, d]), got ${q}, ${k}, ${v}`, {
      hint: "reshape to [N, T, d]",
    });
  }
  const d = q.shape[q.rank - 1]!;
  let scores = q.matmul(k, { transposeB: true }).mul(1 / Math.sqrt(d));
  const bias = scoreBias(scores, opts, heads);
  if (bias) scores = scores.add(bias);
  return softmax(scores, { axis: -1 }).matmul(v);
}

export interface MultiHeadAttentionOptions extends AttentionMaskOptions {
  readonly heads: number;
  /** Per-head width of queries/keys (default dModel / heads). */
  readonly keyDim?: number;
  readonly name?: string;
}

/**
 * Multi-head attention: queries from x [N, Tq, d], keys and values from `context` (default x: self-
 * attention); params `<name>/query|key|value|output/{kernel,bias}`. Output [N, Tq, d].
 */
export function multiHeadAttention(x: Tensor, opts: MultiHeadAttentionOptions, context: Tensor = x): Tensor {
  const { heads } = opts;
  const [n, tq, dModel] = x.shape as [number, number, number];
  if (x.rank !== 3 || context.rank !== 3) {
    throw new GraphError("multiHeadAttention", callSite(), `needs [N, T, d] inputs, got ${x} and ${context}`, { hint: "embed tokens first" });
  }
  if (!Number.isInteger(heads) || heads < 1 || (opts.keyDim === undefined && dModel % heads !== 0)) {
    throw new GraphError("multiHeadAttention", callSite(), `heads = ${heads} must be a positive integer dividing d = ${dModel}`, { hint: "e.g. 4 heads for d = 64, or give keyDim" });
  }
  const dk = opts.keyDim ?? dModel / heads;
  const tk = context.shape[1]!;
  const b = x.builder;
  return b.scope(layerName(b, opts.name, "mha"), () => {
    const split = (t: Tensor, len: number) => t.reshape([n, len, heads, dk]).transpose([0, 2, 1, 3]);
    const q = split(denseLast(x, heads * dk, { name: "query" }), tq);
    const k = split(denseLast(context, heads * dk, { name: "key" }), tk);
    const v = split(denseLast(context, heads * dk, { name: "value" }), tk);
    const attended = scaledDotProductAttention(q, k, v, opts).transpose([0, 2, 1, 3]).reshape([n, tq, heads * dk]);
    return denseLast(attended, dModel, { name: "output" });
  });
}

export interface TransformerEncoderOptions {
  readonly heads: number;
  /** Width of the feed-forward layer (default 4·d). */
  readonly ffDim?: number;
  /** "pre" (LN before each sublayer; stable without warm-up) or "post" (the 2017 paper's). Default "pre". */
  readonly norm?: "pre" | "post";
  readonly dropout?: number;
  /** Default gelu. */
  readonly activation?: Activation;
  /** Key padding mask [N, T] (and/or causal). */
  readonly mask?: Tensor;
  readonly causal?: boolean;
  readonly name?: string;
}

/** One Transformer encoder block: self-attention and a feed-forward layer, each with a residual. */
export function transformerEncoderBlock(x: Tensor, opts: TransformerEncoderOptions): Tensor {
  if (x.rank !== 3) throw new GraphError("transformerEncoderBlock", callSite(), `needs [N, T, d], got ${x}`, { hint: "embed tokens first" });
  const norm = opts.norm ?? "pre";
  if (norm !== "pre" && norm !== "post") {
    throw new GraphError("transformerEncoderBlock", callSite(), `norm must be "pre" or "post", got ${JSON.stringify(norm)}`, { hint: '"pre" is the default' });
  }
  const d = x.shape[2]!;
  const b = x.builder;
  const rate = opts.dropout ?? 0;
  return b.scope(layerName(b, opts.name, "encoder"), () => {
    const attend = (t: Tensor) => dropout(multiHeadAttention(t, { heads: opts.heads, mask: opts.mask, causal: opts.causal, name: "attention" }), rate, { name: "attention_dropout" });
    const feedForward = (t: Tensor) =>
      dropout(denseLast(denseLast(t, opts.ffDim ?? 4 * d, { activation: opts.activation ?? "gelu", name: "ff1" }), d, { name: "ff2" }), rate, { name: "ff_dropout" });
    if (norm === "pre") {
      const h = x.add(attend(layerNorm(x, { name: "norm1" })));
      return h.add(feedForward(layerNorm(h, { name: "norm2" })));
    }
    const h = layerNorm(x.add(attend(x)), { name: "norm1" });
    return layerNorm(h.add(feedForward(h)), { name: "norm2" });
  });
}
