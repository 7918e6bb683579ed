// Validation of the options objects that DSL functions, layers and losses take. Each function declares
// the keys it knows as an OptionSpec typed against its options interface, so a new option without a rule
// does not compile; at the call, an unknown key or an unsupported value is a GraphError naming the
// option, what it takes, and the user's file:line — never silently ignored.
import { GraphError } from "../ir/errors.ts";
import { callSite } from "../ir/source.ts";

/** What one option accepts: a description for the error, and the test. */
export interface OptionRule {
  readonly takes: string;
  readonly ok: (v: unknown) => boolean;
}

/** One rule per key of an options interface `T` (tsc reports a key without a rule). */
export type OptionSpec<T> = { readonly [K in keyof Required<T>]: OptionRule };

const isPositiveInt = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 1;
const isNonNegativeInt = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;

export const rule = {
  positiveInt: { takes: "a positive integer", ok: isPositiveInt } satisfies OptionRule,
  /** n or [h, w]: positive integers. */
  pair: {
    takes: "a positive integer or [h, w] of positive integers",
    ok: (v) => isPositiveInt(v) || (Array.isArray(v) && v.length === 2 && v.every(isPositiveInt)),
  } satisfies OptionRule,
  padding: {
    takes: '"SAME", "VALID" or explicit [[top, bottom], [left, right]] of non-negative integers',
    ok: (v) =>
      v === "SAME" || v === "VALID" || (Array.isArray(v) && v.length === 2 && v.every((p) => Array.isArray(p) && p.length === 2 && p.every(isNonNegativeInt))),
  } satisfies OptionRule,
  /** n or [h, w] of numbers (a shape rule checks the values, with its formula). */
  pairType: {
    takes: "a number or [h, w]",
    ok: (v) => typeof v === "number" || (Array.isArray(v) && v.length === 2 && v.every((x) => typeof x === "number")),
  } satisfies OptionRule,
  paddingType: {
    takes: '"SAME", "VALID" or explicit [[top, bottom], [left, right]]',
    ok: (v) => v === "SAME" || v === "VALID" || (Array.isArray(v) && v.length === 2 && v.every((p) => Array.isArray(p) && p.length === 2)),
  } satisfies OptionRule,
  number: { takes: "a number", ok: (v) => typeof v === "number" } satisfies OptionRule,
  nonNegative: { takes: "a non-negative finite number", ok: (v) => typeof v === "number" && Number.isFinite(v) && v >= 0 } satisfies OptionRule,
  boolean: { takes: "true or false", ok: (v) => typeof v === "boolean" } satisfies OptionRule,
  name: { takes: "a non-empty string", ok: (v) => typeof v === "string" && v.length > 0 } satisfies OptionRule,
  seed: { takes: "a non-negative integer", ok: isNonNegativeInt } satisfies OptionRule,
  finite: { takes: "a finite number", ok: (v) => typeof v === "number" && Number.isFinite(v) } satisfies OptionRule,
  positive: { takes: "a positive finite number", ok: (v) => typeof v === "number" && Number.isFinite(v) && v > 0 } satisfies OptionRule,
  /** A number in [lo, hi) (or [lo, hi] when `closed`). */
  inRange(lo: number, hi: number, closed = false): OptionRule {
    return { takes: `a number in [${lo}, ${hi}${closed ? "]" : ")"}`, ok: (v) => typeof v === "number" && v >= lo && (closed ? v <= hi : v < hi) };
  },
  oneOf<T extends string>(...values: readonly T[]): OptionRule {
    return { takes: `one of ${values.map((v) => JSON.stringify(v)).join(", ")}`, ok: (v) => values.includes(v as T) };
  },
  /** An initializer spec ({ kind: ... }); its fields are checked when parameters are initialized. */
  init: {
    takes: "an initializer such as init.heUniform() ({ kind: ... })",
    ok: (v) => typeof v === "object" && v !== null && typeof (v as { kind?: unknown }).kind === "string",
  } satisfies OptionRule,
  /** An activation name from the table, or a function of a tensor. */
  activation(names: readonly string[]): OptionRule {
    return { takes: `an activation name (${names.join(", ")}) or a function`, ok: (v) => typeof v === "function" || names.includes(v as string) };
  },
  /** "[lo, hi)" of integers. */
  intRange: {
    takes: "[lo, hi) of integers with lo < hi",
    ok: (v) => Array.isArray(v) && v.length === 2 && v.every(Number.isInteger) && v[0] < v[1],
  } satisfies OptionRule,
};

/**
 * Checks `opts` of DSL function `fn` against `spec`: an unknown key or a value its rule rejects is a
 * GraphError at the user's line. Undefined values are allowed (an omitted option).
 */
export function checkOptions<T extends object>(fn: string, opts: T | undefined, spec: OptionSpec<T>): void {
  if (opts === undefined) return;
  if (typeof opts !== "object" || opts === null || Array.isArray(opts)) {
    throw new GraphError(fn, callSite(), `options must be an object, got ${opts === null ? "null" : Array.isArray(opts) ? "an array" : typeof opts}`);
  }
  const rules = spec as Readonly<Record<string, OptionRule>>;
  for (const [key, value] of Object.entries(opts)) {
    const r = Object.hasOwn(rules, key) ? rules[key] : undefined;
    if (!r) {
      const keys = Object.keys(rules);
      throw new GraphError(fn, callSite(), `unknown option '${key}'`, {
        hint: keys.length ? `${fn} takes ${keys.join(", ")}` : `${fn} takes no options`,
      });
    }
    if (value !== undefined && !r.ok(value)) {
      throw new GraphError(fn, callSite(), `option '${key}' is ${describe(value)}`, { hint: `${key} takes ${r.takes}` });
    }
  }
}

function describe(v: unknown): string {
  if (typeof v === "function") return "a function";
  if (typeof v === "string") return JSON.stringify(v);
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}
