// Optimizers as graph code: each one turns (W, ∇W, lr) into the new W and declares its own state
// (velocities, moment estimates) with builder.state() and builder.update(), so the whole update is
// part of the training-step graph and fuses with the backward pass.
//
// Every formula below is the one a textbook writes; `t` is the 1-based step number (the step counter
// state + 1), `η` the learning rate fed to the step.
import type { GraphBuilder } from "../dsl/builder.ts";
import type { Tensor } from "../dsl/tensor.ts";

export type OptimizerSpec =
  /** W ← W − η∇ */
  | { readonly kind: "sgd" }
  /** Textbook momentum: v ← αv − η∇, W ← W + v. */
  | { readonly kind: "momentum"; readonly momentum?: number }
  /** Momentum as an average of gradients: V ← βV + (1−β)∇, W ← W − ηV. */
  | { readonly kind: "momentum-ema"; readonly beta?: number }
  /**
   * Nesterov momentum, in the form that evaluates the gradient at W itself (Bengio et al. 2013):
   * v ← μv − η∇, W ← W + μv − η∇ (the look-ahead step folded into the update).
   */
  | { readonly kind: "nesterov"; readonly momentum?: number }
  /** G ← G + ∇², W ← W − η∇/(√G + ε). */
  | { readonly kind: "adagrad"; readonly epsilon?: number; readonly initialAccumulator?: number }
  /**
   * S ← ρS + (1−ρ)∇², W ← W − η∇/(√S + ε) (PyTorch's form, ε outside the root). centered (Graves
   * 2013): also M ← ρM + (1−ρ)∇ and the denominator is √(S − M²) + ε. momentum μ > 0: B ← μB + ∇/denom,
   * W ← W − ηB. As PyTorch; `centered` is 0 or 1 from the command line.
   */
  | { readonly kind: "rmsprop"; readonly rho?: number; readonly epsilon?: number; readonly momentum?: number; readonly centered?: boolean | number }
  /**
   * Adadelta (Zeiler 2012): S ← ρS + (1−ρ)∇², Δ = −√(D+ε)/√(S+ε)·∇, D ← ρD + (1−ρ)Δ², W ← W + ηΔ.
   * η = 1 is Zeiler's original; η scales the step as in Keras and PyTorch.
   */
  | { readonly kind: "adadelta"; readonly rho?: number; readonly epsilon?: number }
  /**
   * Adam with bias correction: m̂ = m/(1−β1ᵗ), v̂ = v/(1−β2ᵗ), W ← W − η·m̂/(√v̂ + ε). amsgrad (Reddi et
   * al., 2018): V ← max(V, v) and v̂ = V/(1−β2ᵗ), so the step size never grows back (PyTorch's form).
   */
  | { readonly kind: "adam"; readonly beta1?: number; readonly beta2?: number; readonly epsilon?: number; readonly amsgrad?: boolean | number }
  /** AdamW (Loshchilov & Hutter): Adam plus decoupled decay W ← W − η·λ·W (λ = weightDecay). */
  | {
      readonly kind: "adamw";
      readonly beta1?: number;
      readonly beta2?: number;
      readonly epsilon?: number;
      readonly weightDecay?: number;
      readonly amsgrad?: boolean | number;
    };

export type OptimizerKind = OptimizerSpec["kind"];

export const OPTIMIZER_KINDS: readonly OptimizerKind[] = [
  "sgd",
  "momentum",
  "momentum-ema",
  "nesterov",
  "adagrad",
  "rmsprop",
  "adadelta",
  "adam",
  "adamw",
];

/** Hyper-parameter defaults: the values of the papers and of common frameworks. */
export const OPTIMIZER_DEFAULTS = {
  momentum: 0.9,
  beta: 0.9,
  epsilon: 1e-8,
  adagradEpsilon: 1e-10,
  rho: 0.9,
  adadeltaRho: 0.95,
  adadeltaEpsilon: 1e-6,
  beta1: 0.9,
  beta2: 0.999,
  adamwDecay: 0.01,
} as const;

/** What one parameter's update sees: the builder, the learning rate and the 1-based step number. */
export interface UpdateContext {
  readonly b: GraphBuilder;
  /** The learning rate, an f32 scalar. */
  readonly lr: Tensor;
  /** t = steps taken so far + 1, as an f32 scalar (for bias correction). */
  readonly t: Tensor;
}

/** Name of one slot of optimizer state for a parameter, e.g. "opt/m/conv1/w". */
export const stateName = (slot: string, param: string) => `opt/${slot}/${param}`;

/** A state of the parameter's shape, initialized to `value`, that the step replaces by `next(old)`. */
function slotState(ctx: UpdateContext, slot: string, param: string, w: Tensor, value = 0): Tensor {
  const init = value === 0 ? ({ kind: "zeros" } as const) : ({ kind: "constant", value } as const);
  return ctx.b.state(stateName(slot, param), [...w.shape], init);
}

function advance(ctx: UpdateContext, state: Tensor, next: Tensor): Tensor {
  ctx.b.update(state, next);
  return next;
}

/** The new value of `w` after one step of `spec`, declaring (and updating) the optimizer's state. */
/** The range of every optimizer setting: decay rates in [0, 1), epsilons positive, decays non-negative. */
const SETTING_RANGES: Readonly<Record<string, { readonly ok: (v: number) => boolean; readonly range: string }>> = {
  momentum: { ok: (v) => v >= 0 && v < 1, range: "[0, 1)" },
  beta: { ok: (v) => v >= 0 && v < 1, range: "[0, 1)" },
  beta1: { ok: (v) => v >= 0 && v < 1, range: "[0, 1)" },
  beta2: { ok: (v) => v >= 0 && v < 1, range: "[0, 1)" },
  rho: { ok: (v) => v >= 0 && v < 1, range: "[0, 1)" },
  epsilon: { ok: (v) => v > 0, range: "(0, ∞)" },
  initialAccumulator: { ok: (v) => v >= 0, range: "[0, ∞)" },
  weightDecay: { ok: (v) => v >= 0, range: "[0, ∞)" },
};

/** The settings each optimizer takes (for `--optimizer kind:key=value` and for specs given in code). */
const OPTIMIZER_SETTINGS: Record<OptimizerKind, readonly string[]> = {
  sgd: [],
  momentum: ["momentum"],
  "momentum-ema": ["beta"],
  nesterov: ["momentum"],
  adagrad: ["epsilon", "initialAccumulator"],
  rmsprop: ["rho", "epsilon", "momentum", "centered"],
  adadelta: ["rho", "epsilon"],
  adam: ["beta1", "beta2", "epsilon", "amsgrad"],
  adamw: ["beta1", "beta2", "epsilon", "weightDecay", "amsgrad"],
};

/** Settings that are switches: true/false in code, 0 or 1 on the command line. */
const SWITCHES = new Set(["centered", "amsgrad"]);

export class OptimizerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OptimizerError";
  }
}

/** Rejects an unknown optimizer, an unknown setting, or a setting out of its range (e.g. adam beta1=2). */
export function checkOptimizer(spec: OptimizerSpec): OptimizerSpec {
  const kind = (spec as { kind?: unknown })?.kind as OptimizerKind;
  if (!OPTIMIZER_KINDS.includes(kind)) {
    throw new OptimizerError(`unknown optimizer ${JSON.stringify(kind)}; use one of ${OPTIMIZER_KINDS.join(", ")}`);
  }
  const allowed = OPTIMIZER_SETTINGS[kind];
  for (const [key, value] of Object.entries(spec)) {
    if (key === "kind" || value === undefined) continue;
    if (!allowed.includes(key)) {
      throw new OptimizerError(`optimizer ${kind}: unknown setting '${key}'; ${allowed.length ? `it accepts ${allowed.join(", ")}` : "it takes no settings"}`);
    }
    if (SWITCHES.has(key)) {
      if (value !== true && value !== false && value !== 0 && value !== 1) {
        throw new OptimizerError(`optimizer ${kind}: ${key}=${String(value)} is a switch; give true or false (0 or 1 on the command line)`);
      }
      continue;
    }
    const r = SETTING_RANGES[key]!;
    if (typeof value !== "number" || !Number.isFinite(value) || !r.ok(value)) {
      throw new OptimizerError(`optimizer ${kind}: ${key}=${String(value)} is out of range; ${key} must be in ${r.range}`);
    }
  }
  return spec;
}

const checkedSpecs = new WeakSet<object>();

export function optimizerStep(spec: OptimizerSpec, ctx: UpdateContext, name: string, w: Tensor, g: Tensor): Tensor {
  if (!checkedSpecs.has(spec)) {
    checkOptimizer(spec);
    checkedSpecs.add(spec);
  }
  const d = OPTIMIZER_DEFAULTS;
  const { lr } = ctx;
  switch (spec.kind) {
    case "sgd":
      return w.sub(lr.mul(g));
    case "momentum": {
      const alpha = spec.momentum ?? d.momentum;
      const v = slotState(ctx, "v", name, w);
      const vNext = advance(ctx, v, v.mul(alpha).sub(lr.mul(g)));
      return w.add(vNext);
    }
    case "momentum-ema": {
      const beta = spec.beta ?? d.beta;
      const v = slotState(ctx, "v", name, w);
      const vNext = advance(ctx, v, v.mul(beta).add(g.mul(1 - beta)));
      return w.sub(lr.mul(vNext));
    }
    case "nesterov": {
      const mu = spec.momentum ?? d.momentum;
      const v = slotState(ctx, "v", name, w);
      const step = lr.mul(g);
      const vNext = advance(ctx, v, v.mul(mu).sub(step));
      return w.add(vNext.mul(mu)).sub(step);
    }
    case "adagrad": {
      const eps = spec.epsilon ?? d.adagradEpsilon;
      const acc = slotState(ctx, "G", name, w, spec.initialAccumulator ?? 0);
      const accNext = advance(ctx, acc, acc.add(g.square()));
      return w.sub(lr.mul(g).div(accNext.sqrt().add(eps)));
    }
    case "rmsprop": {
      const rho = spec.rho ?? d.rho;
      const eps = spec.epsilon ?? d.epsilon;
      const mu = spec.momentum ?? 0;
      const s = slotState(ctx, "S", name, w);
      const sNext = advance(ctx, s, s.mul(rho).add(g.square().mul(1 - rho)));
      let meanSquare = sNext;
      if (flag(spec.centered)) {
        const mean = slotState(ctx, "M", name, w);
        const meanNext = advance(ctx, mean, mean.mul(rho).add(g.mul(1 - rho)));
        meanSquare = sNext.sub(meanNext.square());
      }
      const scaled = g.div(meanSquare.sqrt().add(eps));
      if (mu === 0) return w.sub(lr.mul(scaled));
      const buf = slotState(ctx, "B", name, w);
      return w.sub(lr.mul(advance(ctx, buf, buf.mul(mu).add(scaled))));
    }
    case "adadelta": {
      const rho = spec.rho ?? d.adadeltaRho;
      const eps = spec.epsilon ?? d.adadeltaEpsilon;
      const s = slotState(ctx, "S", name, w);
      const dAcc = slotState(ctx, "D", name, w);
      const sNext = advance(ctx, s, s.mul(rho).add(g.square().mul(1 - rho)));
      const delta = dAcc.add(eps).sqrt().div(sNext.add(eps).sqrt()).mul(g).neg();
      advance(ctx, dAcc, dAcc.mul(rho).add(delta.square().mul(1 - rho)));
      return w.add(lr.mul(delta));
    }
    case "adam":
      return w.sub(adamDirection(spec, ctx, name, w, g).mul(lr));
    case "adamw": {
      const decay = spec.weightDecay ?? d.adamwDecay;
      return w.sub(adamDirection(spec, ctx, name, w, g).mul(lr)).sub(w.mul(lr).mul(decay));
    }
    default: {
      const never: never = spec;
      throw new Error(`unknown optimizer ${JSON.stringify(never)}`);
    }
  }
}

/** A boolean setting that may come from the command line as 0 or 1. */
function flag(v: boolean | number | undefined): boolean {
  if (v === undefined || v === false || v === 0) return false;
  if (v === true || v === 1) return true;
  throw new Error(`a boolean optimizer setting must be true/false or 1/0, got ${v}`);
}

/** m̂/(√v̂ + ε), updating the first and second moment estimates. */
function adamDirection(
  spec: { beta1?: number; beta2?: number; epsilon?: number; amsgrad?: boolean | number },
  ctx: UpdateContext,
  name: string,
  w: Tensor,
  g: Tensor,
): Tensor {
  const d = OPTIMIZER_DEFAULTS;
  const b1 = spec.beta1 ?? d.beta1;
  const b2 = spec.beta2 ?? d.beta2;
  const eps = spec.epsilon ?? d.epsilon;
  const m = slotState(ctx, "m", name, w);
  const v = slotState(ctx, "v", name, w);
  const mNext = advance(ctx, m, m.mul(b1).add(g.mul(1 - b1)));
  let vNext = advance(ctx, v, v.mul(b2).add(g.square().mul(1 - b2)));
  if (flag(spec.amsgrad)) {
    const vMax = slotState(ctx, "vmax", name, w);
    vNext = advance(ctx, vMax, vMax.maximum(vNext));
  }
  // 1 − βᵗ computed from the step counter (not a running product), so it is exact after a resume.
  const correction1 = ctx.b.constant(b1).pow(ctx.t).rsub(1);
  const correction2 = ctx.b.constant(b2).pow(ctx.t).rsub(1);
  return mNext.div(correction1).div(vNext.div(correction2).sqrt().add(eps));
}

/**
 * Parses "adam", "adam:beta1=0.9,beta2=0.99", "momentum:momentum=0.95", "adamw:weightDecay=0.05".
 * Unknown names or keys are errors that list what is accepted.
 */
export function parseOptimizer(text: string): OptimizerSpec {
  const [kindText, argText] = splitOnce(text.trim(), ":");
  const kind = kindText.toLowerCase() as OptimizerKind;
  if (!OPTIMIZER_KINDS.includes(kind)) {
    throw new Error(`unknown optimizer '${kindText}'; use one of ${OPTIMIZER_KINDS.join(", ")} (e.g. --optimizer adam)`);
  }
  const args = parseKeyValues(argText ?? "", OPTIMIZER_SETTINGS[kind], `optimizer ${kind}`);
  return checkOptimizer({ kind, ...args } as OptimizerSpec);
}

export function formatOptimizer(spec: OptimizerSpec): string {
  const args = Object.entries(spec)
    .filter(([k]) => k !== "kind")
    .map(([k, v]) => `${k}=${v}`);
  return args.length ? `${spec.kind}:${args.join(",")}` : spec.kind;
}

function splitOnce(s: string, sep: string): [string, string | undefined] {
  const i = s.indexOf(sep);
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}

/** "a=1,b=2" → { a: 1, b: 2 }, rejecting keys outside `allowed` and values that are not numbers. */
export function parseKeyValues(text: string, allowed: readonly string[], what: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of text.split(",").map((s) => s.trim()).filter(Boolean)) {
    const [key, value] = splitOnce(part, "=");
    if (!allowed.includes(key)) {
      throw new Error(
        `${what}: unknown setting '${key}'; ` + (allowed.length ? `it accepts ${allowed.join(", ")}` : "it takes no settings"),
      );
    }
    const v = Number(value);
    if (value === undefined || value.trim() === "" || !Number.isFinite(v)) {
      throw new Error(`${what}: '${part}' needs a number, e.g. ${key}=0.9`);
    }
    out[key] = v;
  }
  return out;
}
