// Layers for sequences [N, T, F] (batch-major), composed from primitives: embedding lookup, 1-D
// convolution, max-over-time pooling, dense over the last axis, padding masks and positional
// encodings. Masks are f32 [N, T] with 1 at real positions and 0 at padding (see maskFromIds).
import { GraphError } from "../ir/errors.ts";
import { callSite } from "../ir/source.ts";
import type { InitSpec, PaddingSpec } from "../ir/types.ts";
import * as ops from "../dsl/ops.ts";
import { where } from "../dsl/ops.ts";
import type { Tensor } from "../dsl/tensor.ts";
import type { Activation } from "./activations.ts";
import { applyActivation } from "./activations.ts";
import { init } from "./init.ts";
import { layerName } from "./naming.ts";

function requireRank(op: string, x: Tensor, rank: number, hint: string): void {
  if (x.rank !== rank) throw new GraphError(op, callSite(), `needs a rank-${rank} input, got ${x}`, { hint });
}

function requireCount(op: string, v: number, what: string): void {
  if (!Number.isInteger(v) || v < 1) throw new GraphError(op, callSite(), `${what} must be a positive integer, got ${v}`, { hint: `e.g. ${what} 64` });
}

export interface EmbeddingOptions {
  /** Default uniform(−0.05, 0.05), as Keras. */
  readonly embeddingsInit?: InitSpec;
  /** Default true; false keeps the table fixed (e.g. pretrained vectors). */
  readonly trainable?: boolean;
  readonly name?: string;
}

/** ids [..] i32 → [.., dim]: rows of `<name>/embeddings` [vocab, dim] (a gather; its gradient a scatter-add). */
export function embedding(ids: Tensor, vocab: number, dim: number, opts: EmbeddingOptions = {}): Tensor {
  if (ids.dtype !== "i32") {
    throw new GraphError("embedding", callSite(), `ids must be i32 token ids, got ${ids}`, { hint: 'declare them with g.input("ids", ["N", T], "i32")' });
  }
  requireCount("embedding", vocab, "vocab");
  requireCount("embedding", dim, "dim");
  const b = ids.builder;
  const table = b.scope(layerName(b, opts.name, "embedding"), () =>
    b.param("embeddings", [vocab, dim], opts.embeddingsInit ?? init.uniform(-0.05, 0.05), { trainable: opts.trainable ?? true }),
  );
  return ops.gather(table, ids, 0);
}

/** f32 [N, T]: 1 where ids ≠ padId (default 0, the tokenizer's padding id), else 0. */
export function maskFromIds(ids: Tensor, padId = 0): Tensor {
  return ids.ne(ids.builder.constant(padId, [], "i32"));
}

export interface DenseLastOptions {
  readonly activation?: Activation;
  readonly useBias?: boolean;
  readonly kernelInit?: InitSpec;
  readonly biasInit?: InitSpec;
  readonly name?: string;
}

/** A dense layer on the last axis of [..., F] (Keras Dense on sequences): one [rows, F]·[F, units] matmul. */
export function denseLast(x: Tensor, units: number, opts: DenseLastOptions = {}): Tensor {
  if (x.rank < 2) throw new GraphError("denseLast", callSite(), `needs [..., features], got ${x}`, { hint: "use nn.dense for [N, F]" });
  requireCount("denseLast", units, "units");
  const b = x.builder;
  const lead = x.shape.slice(0, -1);
  const features = x.shape[x.rank - 1]!;
  const z = b.scope(layerName(b, opts.name, "dense"), () => {
    const kernel = b.param("kernel", [features, units], opts.kernelInit ?? init.xavierUniform());
    const y = x.reshape([-1, features]).matmul(kernel);
    return opts.useBias === false ? y : y.add(b.param("bias", [units], opts.biasInit ?? init.zeros()));
  });
  return applyActivation(z, opts.activation).reshape([...lead, units]);
}

export interface Conv1DOptions {
  readonly strides?: number;
  readonly dilation?: number;
  /** Default "VALID", as Keras. */
  readonly padding?: "SAME" | "VALID";
  readonly activation?: Activation;
  readonly useBias?: boolean;
  /** Default xavierUniform. */
  readonly kernelInit?: InitSpec;
  readonly biasInit?: InitSpec;
  readonly name?: string;
}

/**
 * 1-D convolution over time: x [N, T, F] → [N, T', filters], kernel `<name>/kernel` [k, F, filters]
 * (Keras's Conv1D layout), computed as a conv2d on [N, 1, T, F] with a [1, k, F, filters] filter.
 */
export function conv1d(x: Tensor, filters: number, kernelSize: number, opts: Conv1DOptions = {}): Tensor {
  requireRank("conv1d", x, 3, "conv1d takes sequences [N, T, F] (e.g. an embedding's output)");
  requireCount("conv1d", filters, "filters");
  requireCount("conv1d", kernelSize, "kernelSize");
  const [n, t, f] = x.shape as [number, number, number];
  const b = x.builder;
  const z = b.scope(layerName(b, opts.name, "conv1d"), () => {
    const kernel = b.param("kernel", [kernelSize, f, filters], opts.kernelInit ?? init.xavierUniform());
    const padding: PaddingSpec = opts.padding ?? "VALID";
    const y = ops.conv2d(x.reshape([n, 1, t, f]), kernel.reshape([1, kernelSize, f, filters]), {
      strides: [1, opts.strides ?? 1],
      dilations: [1, opts.dilation ?? 1],
      padding,
    });
    return opts.useBias === false ? y : y.add(b.param("bias", [filters], opts.biasInit ?? init.zeros()));
  });
  const out = applyActivation(z, opts.activation);
  return out.reshape([n, out.shape[2]!, filters]);
}

/**
 * Max over time: [N, T, F] → [N, F] (Kim 2014's pooling). With a mask [N, T], padded positions never
 * win (they are replaced by −1e30 first; an all-padding row gives −1e30).
 */
export function globalMaxOverTime(x: Tensor, mask?: Tensor): Tensor {
  requireRank("globalMaxOverTime", x, 3, "pooling over time takes [N, T, F]");
  if (!mask) return x.max(1);
  return where(mask.expandDims(-1), x, -1e30).max(1);
}

/** Mean over the real positions: [N, T, F] with mask [N, T] → [N, F] (all positions without a mask). */
export function globalAvgOverTime(x: Tensor, mask?: Tensor): Tensor {
  requireRank("globalAvgOverTime", x, 3, "pooling over time takes [N, T, F]");
  if (!mask) return x.mean(1);
  const m = mask.expandDims(-1);
  return x.mul(m).sum(1).div(m.sum(1).maximum(1));
}

/**
 * The sinusoidal encoding of Vaswani et al. (2017) as a constant [T, d]:
 * PE[t, 2i] = sin(t / 10000^(2i/d)), PE[t, 2i+1] = cos(t / 10000^(2i/d)). Add it to [N, T, d].
 */
export function sinusoidalPositions(b: Tensor["builder"], length: number, dim: number): Tensor {
  requireCount("sinusoidalPositions", length, "length");
  requireCount("sinusoidalPositions", dim, "dim");
  const values: number[] = [];
  for (let t = 0; t < length; t++) {
    for (let j = 0; j < dim; j++) {
      const angle = t / Math.pow(10000, (2 * Math.floor(j / 2)) / dim);
      values.push(j % 2 === 0 ? Math.sin(angle) : Math.cos(angle));
    }
  }
  return b.constant(values, [length, dim]);
}

/** x [N, T, d] plus the sinusoidal encoding. */
export function addSinusoidalPositions(x: Tensor): Tensor {
  requireRank("addSinusoidalPositions", x, 3, "positions are added to [N, T, d]");
  return x.add(sinusoidalPositions(x.builder, x.shape[1]!, x.shape[2]!));
}

/** x [N, T, d] plus a learned `<name>/positions` [T, d] (BERT/GPT style), initialized N(0, 0.02). */
export function addLearnedPositions(x: Tensor, opts: { readonly name?: string; readonly init?: InitSpec } = {}): Tensor {
  requireRank("addLearnedPositions", x, 3, "positions are added to [N, T, d]");
  const b = x.builder;
  const table = b.scope(layerName(b, opts.name, "positions"), () => b.param("positions", [x.shape[1]!, x.shape[2]!], opts.init ?? init.normal(0.02)));
  return x.add(table);
}
