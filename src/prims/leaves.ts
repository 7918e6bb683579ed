// Leaves: values that come from outside the computation. The interpreter and backends supply
// inputs (feeds) and params (the parameter store); a const carries its value in its attributes.
import { ShapeError } from "../ir/errors.ts";
import { sizeOf } from "../ir/types.ts";
import type { RuleTable } from "./rule.ts";
import { allocFor, zeroGradient } from "./rule.ts";

export type LeafPrim = "input" | "param" | "const";

function suppliedFromOutside(what: string): never {
  throw new Error(`internal: the value of ${what} is supplied by the runtime, not computed`);
}

export const leafRules = {
  input: {
    kind: "leaf",
    shape: (_i, attrs) => ({ dtype: attrs.dtype, shape: attrs.shape }),
    reference: (_i, attrs) => suppliedFromOutside(`input '${attrs.name}'`),
    vjp: zeroGradient("inputs have no inputs to pass a gradient to"),
    flops: () => 0,
  },
  param: {
    kind: "leaf",
    shape: (_i, attrs) => ({ dtype: attrs.dtype, shape: attrs.shape }),
    reference: (_i, attrs) => suppliedFromOutside(`parameter '${attrs.name}'`),
    vjp: zeroGradient("parameters are leaves"),
    flops: () => 0,
  },
  const: {
    kind: "leaf",
    shape: (_i, attrs) => {
      if (typeof attrs.value !== "number" && attrs.value.length !== sizeOf(attrs.shape)) {
        throw new ShapeError(
          `constant has ${attrs.value.length} values for shape [${attrs.shape.join(",")}] (${sizeOf(attrs.shape)})`,
        );
      }
      return { dtype: attrs.dtype, shape: attrs.shape };
    },
    reference: (_i, attrs, out, ctx) => {
      const r = allocFor(out, ctx);
      if (typeof attrs.value === "number") r.fill(attrs.value);
      else r.set(attrs.value);
      return r;
    },
    vjp: zeroGradient("constants do not depend on anything"),
    flops: () => 0,
  },
} satisfies RuleTable<LeafPrim>;
