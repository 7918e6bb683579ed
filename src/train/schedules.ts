// Learning-rate schedules: pure functions of the global step (0-based) and the steps per epoch,
// evaluated on the host in float64 and fed to the training step as its `lr` input.
import { parseKeyValues } from "./optimizers.ts";

export type ScheduleSpec =
  | { readonly kind: "constant"; readonly lr: number }
  /** lr·factor^⌊epoch/every⌋, e.g. ×0.7 every 20 epochs. */
  | { readonly kind: "step"; readonly lr: number; readonly factor: number; readonly every: number }
  /** lr·factor^(number of milestones ≤ epoch), e.g. milestones [10, 50, 200], ×0.7 at each. */
  | { readonly kind: "multistep"; readonly lr: number; readonly factor: number; readonly milestones: readonly number[] }
  /** lr·γ^(step/stepsPerEpoch): γ per epoch, decayed smoothly within an epoch. */
  | { readonly kind: "exponential"; readonly lr: number; readonly gamma: number }
  /**
   * Gradual warm-up (Goyal et al. 2017): over the first `steps` iterations the rate rises linearly to
   * the rate `then` starts with, lr·(t+1)/T′; from step T′ on, `then` runs with its clock started at T′.
   */
  | { readonly kind: "warmup"; readonly steps: number; readonly then: ScheduleSpec }
  /**
   * Triangular cyclical rate (Smith 2017): from `low` up to `high` in `halfCycle` steps and back down,
   * repeated: cycle = ⌊1 + t/2s⌋, x = |t/s − 2·cycle + 1|, lr = low + (high − low)·max(0, 1 − x).
   */
  | { readonly kind: "triangular"; readonly low: number; readonly high: number; readonly halfCycle: number }
  /**
   * Cosine annealing with warm restarts (SGDR, Loshchilov & Hutter 2017): within restart period i of
   * length Tᵢ = period·multᵢ epochs, lr = min + ½(max − min)(1 + cos(π·T_cur/Tᵢ)), T_cur counted in
   * (fractional) epochs since the last restart.
   */
  | { readonly kind: "sgdr"; readonly max: number; readonly min: number; readonly period: number; readonly mult: number };

export type ScheduleKind = ScheduleSpec["kind"];

/** The learning rate at global step `step` (0-based). */
export function learningRate(spec: ScheduleSpec, step: number, stepsPerEpoch = 1): number {
  const epochs = step / stepsPerEpoch;
  const epoch = Math.floor(epochs);
  switch (spec.kind) {
    case "constant":
      return spec.lr;
    case "step":
      return spec.lr * spec.factor ** Math.floor(epoch / spec.every);
    case "multistep":
      return spec.lr * spec.factor ** spec.milestones.filter((m) => m <= epoch).length;
    case "exponential":
      return spec.lr * spec.gamma ** epochs;
    case "warmup":
      return step < spec.steps
        ? (learningRate(spec.then, 0, stepsPerEpoch) * (step + 1)) / spec.steps
        : learningRate(spec.then, step - spec.steps, stepsPerEpoch);
    case "triangular": {
      const s = spec.halfCycle;
      const cycle = Math.floor(1 + step / (2 * s));
      const x = Math.abs(step / s - 2 * cycle + 1);
      return spec.low + (spec.high - spec.low) * Math.max(0, 1 - x);
    }
    case "sgdr": {
      const { period, since } = sgdrPosition(spec, epochs);
      return spec.min + 0.5 * (spec.max - spec.min) * (1 + Math.cos((Math.PI * since) / period));
    }
    default: {
      const never: never = spec;
      throw new Error(`unknown schedule ${JSON.stringify(never)}`);
    }
  }
}

/** Which SGDR period `epochs` falls in: its length Tᵢ and the epochs since it began. */
function sgdrPosition(spec: { period: number; mult: number }, epochs: number): { period: number; since: number } {
  let start = 0;
  let length = spec.period;
  // Periods grow geometrically (mult ≥ 1), so this loop runs O(log epochs) times (O(epochs) for mult 1).
  while (epochs >= start + length) {
    start += length;
    length *= spec.mult;
  }
  return { period: length, since: epochs - start };
}

// ---------- the text form: "step:lr=0.1,factor=0.7,every=20", "warmup:steps=500+sgdr:max=0.1" ----------

const KEYS: Record<ScheduleKind, readonly string[]> = {
  constant: ["lr"],
  step: ["lr", "factor", "every"],
  multistep: ["lr", "factor", "milestones"],
  exponential: ["lr", "gamma"],
  warmup: ["steps"],
  triangular: ["low", "high", "halfCycle"],
  sgdr: ["max", "min", "period", "mult"],
};

const ALIASES: Record<string, ScheduleKind> = {
  constant: "constant",
  step: "step",
  multistep: "multistep",
  exp: "exponential",
  exponential: "exponential",
  warmup: "warmup",
  triangular: "triangular",
  clr: "triangular",
  sgdr: "sgdr",
  cosine: "sgdr",
};

export const SCHEDULE_EXAMPLES = [
  "0.01",
  "constant:lr=0.01",
  "step:lr=0.1,factor=0.7,every=20",
  "multistep:lr=0.1,factor=0.7,milestones=10/50/200",
  "exponential:lr=0.1,gamma=0.95",
  "warmup:steps=500+step:lr=0.1,factor=0.5,every=10",
  "triangular:low=0.001,high=0.006,halfCycle=2000",
  "sgdr:max=0.05,min=0.0001,period=10,mult=2",
] as const;

export class ScheduleError extends Error {
  constructor(spec: string, problem: string) {
    super(`schedule '${spec}': ${problem}\n  examples: ${SCHEDULE_EXAMPLES.join("  ")}`);
    this.name = "ScheduleError";
  }
}

/**
 * Parses a schedule. Rates left out (lr, max, high) default to `defaultLr` (the --lr option), so
 * "step:factor=0.7,every=20" with --lr 0.1 is the same as "step:lr=0.1,factor=0.7,every=20".
 */
export function parseSchedule(text: string, defaultLr = 0.01): ScheduleSpec {
  const trimmed = text.trim();
  const plus = trimmed.indexOf("+");
  if (plus >= 0) {
    const head = parseSchedule(trimmed.slice(0, plus), defaultLr);
    if (head.kind !== "warmup") throw new ScheduleError(text, "only a warmup can be followed by another schedule ('warmup:steps=N+…')");
    return { ...head, then: parseSchedule(trimmed.slice(plus + 1), defaultLr) };
  }
  if (trimmed !== "" && Number.isFinite(Number(trimmed))) return checked(text, { kind: "constant", lr: Number(trimmed) });
  const colon = trimmed.indexOf(":");
  const name = (colon < 0 ? trimmed : trimmed.slice(0, colon)).toLowerCase();
  const kind = ALIASES[name];
  if (!kind) throw new ScheduleError(text, `unknown schedule '${name}'; use one of ${Object.keys(ALIASES).join(", ")} or a number`);
  const argText = colon < 0 ? "" : trimmed.slice(colon + 1);
  const milestones = /milestones=([0-9/.]+)/.exec(argText);
  const withoutMilestones = argText.replace(/,?milestones=[0-9/.]+/, "");
  let a: Record<string, number>;
  try {
    a = parseKeyValues(withoutMilestones, KEYS[kind].filter((k) => k !== "milestones"), `schedule ${kind}`);
  } catch (e) {
    throw new ScheduleError(text, (e as Error).message);
  }
  const lr = a.lr ?? defaultLr;
  return checked(text, specOf(kind, a, lr, milestones?.[1]));
}

function specOf(kind: ScheduleKind, a: Record<string, number>, lr: number, milestones: string | undefined): ScheduleSpec {
  switch (kind) {
    case "constant":
      return { kind, lr };
    case "step":
      return { kind, lr, factor: a.factor ?? 0.7, every: a.every ?? 20 };
    case "multistep":
      return { kind, lr, factor: a.factor ?? 0.7, milestones: milestones ? milestones.split("/").map(Number) : [10, 50, 200] };
    case "exponential":
      return { kind, lr, gamma: a.gamma ?? 0.95 };
    case "warmup":
      return { kind, steps: a.steps ?? 500, then: { kind: "constant", lr } };
    case "triangular":
      return { kind, low: a.low ?? lr / 10, high: a.high ?? lr, halfCycle: a.halfCycle ?? 2000 };
    case "sgdr":
      return { kind, max: a.max ?? lr, min: a.min ?? 0, period: a.period ?? 10, mult: a.mult ?? 2 };
  }
}

/** Rejects settings that make no schedule: non-positive rates or periods, unsorted milestones. */
function checked(text: string, spec: ScheduleSpec): ScheduleSpec {
  const fail = (problem: string): never => {
    throw new ScheduleError(text, problem);
  };
  const positive = (v: number, what: string) => (v > 0 && Number.isFinite(v)) || fail(`${what} must be positive, got ${v}`);
  switch (spec.kind) {
    case "constant":
    case "exponential":
      positive(spec.lr, "lr");
      if (spec.kind === "exponential") positive(spec.gamma, "gamma");
      break;
    case "step":
    case "multistep":
      positive(spec.lr, "lr");
      positive(spec.factor, "factor");
      if (spec.kind === "step") positive(spec.every, "every");
      else if (spec.milestones.some((m, i) => !Number.isFinite(m) || (i > 0 && m <= spec.milestones[i - 1]!))) {
        fail(`milestones must be increasing numbers of epochs separated by '/', e.g. milestones=10/50/200`);
      }
      break;
    case "warmup":
      if (!Number.isInteger(spec.steps) || spec.steps < 1) fail(`warmup steps must be a positive integer, got ${spec.steps}`);
      break;
    case "triangular":
      positive(spec.high, "high");
      positive(spec.halfCycle, "halfCycle");
      if (!(spec.low >= 0 && spec.low <= spec.high)) fail(`need 0 <= low <= high, got low=${spec.low} high=${spec.high}`);
      break;
    case "sgdr":
      positive(spec.max, "max");
      positive(spec.period, "period");
      if (!(spec.min >= 0 && spec.min <= spec.max)) fail(`need 0 <= min <= max, got min=${spec.min} max=${spec.max}`);
      if (!(spec.mult >= 1)) fail(`mult must be >= 1 (periods never shrink), got ${spec.mult}`);
      break;
  }
  return spec;
}

export function formatSchedule(spec: ScheduleSpec): string {
  if (spec.kind === "warmup") return `warmup:steps=${spec.steps}+${formatSchedule(spec.then)}`;
  const args = Object.entries(spec)
    .filter(([k]) => k !== "kind")
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join("/") : v}`);
  return `${spec.kind}:${args.join(",")}`;
}
