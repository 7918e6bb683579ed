// Gradient clipping, as graph ops that become part of the training step. (The L1/L2 penalties are
// src/nn/losses.ts's l1Penalty and l2Penalty, added to the loss by train_graph.ts.)
import { GraphError } from "../ir/errors.ts";
import { callSite } from "../ir/source.ts";
import type { Tensor } from "../dsl/tensor.ts";

export type ClipSpec =
  /** Each gradient element is clamped to [−value, value]. */
  | { readonly kind: "value"; readonly value: number }
  /** All gradients are scaled by min(1, maxNorm/‖g‖₂), ‖g‖₂ over every parameter together. */
  | { readonly kind: "norm"; readonly maxNorm: number };

function requirePositive(v: number, what: string, hint: string): void {
  if (!(v > 0) || !Number.isFinite(v)) {
    throw new GraphError("clip", callSite(), `${what} must be a positive number, got ${v}`, { hint });
  }
}

export function clipByValue(grads: readonly Tensor[], value: number): Tensor[] {
  requirePositive(value, "the clip value", "e.g. --clip value:5 clamps every gradient element to [-5, 5]");
  return grads.map((g) => g.clip(-value, value));
}

/** √(Σ‖g‖²) over all the gradients: an f32 scalar. */
export function globalNorm(grads: readonly Tensor[]): Tensor {
  const first = grads[0];
  if (!first) throw new GraphError("globalNorm", callSite(), "no gradients to take the norm of");
  return grads.map((g) => g.square().sum()).reduce((a, b) => a.add(b)).sqrt();
}

/**
 * Scales every gradient by maxNorm / max(‖g‖, maxNorm), so the direction is kept and the global norm
 * is at most maxNorm (TensorFlow's clip_by_global_norm). Returns the clipped gradients and ‖g‖.
 */
export function clipByGlobalNorm(grads: readonly Tensor[], maxNorm: number): { grads: Tensor[]; norm: Tensor } {
  requirePositive(maxNorm, "the maximum norm", "e.g. --clip norm:1 rescales gradients whose global norm exceeds 1");
  const norm = globalNorm(grads);
  const scale = norm.maximum(maxNorm).rdiv(maxNorm);
  return { grads: grads.map((g) => g.mul(scale)), norm };
}

/**
 * Parses "value:5" or "norm:1" (the CLI's --clip); a bare number means a global-norm clip.
 */
export function parseClip(text: string): ClipSpec {
  const [kind, value] = text.includes(":") ? text.split(":", 2) : ["norm", text];
  const v = Number(value);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--clip ${text}: the threshold must be a positive number (e.g. norm:1 or value:5)`);
  if (kind === "value") return { kind: "value", value: v };
  if (kind === "norm") return { kind: "norm", maxNorm: v };
  throw new Error(`--clip ${text}: use value:<v> (clamp each element) or norm:<v> (global norm)`);
}
