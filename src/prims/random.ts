// randomUniform: counter-based uniform [0, 1) values (see src/runtime/random.ts).
import { ShapeError } from "../ir/errors.ts";
import { randomKey, uniformAt } from "../runtime/random.ts";
import type { RuleTable } from "./rule.ts";
import { allocFor, zeroGradient } from "./rule.ts";

export const randomRules = {
  randomUniform: {
    kind: "random",
    shape: ([counter], attrs) => {
      if (!counter || counter.dtype !== "i32" || counter.shape.length !== 0) {
        throw new ShapeError("randomUniform needs an i32 scalar counter", {
          hint: "use a state('rng', [], { kind: 'zeros' }, 'i32') that the step increments",
        });
      }
      if (attrs.shape.some((d) => !Number.isInteger(d) || d < 0)) {
        throw new ShapeError(`randomUniform shape [${attrs.shape.join(",")}] has a bad dimension`);
      }
      return { dtype: "f32", shape: attrs.shape };
    },
    reference: ([counter], attrs, out, ctx) => {
      const key = randomKey(attrs.seed, counter!.data[0]!);
      const r = allocFor(out, ctx);
      for (let i = 0; i < r.length; i++) r[i] = uniformAt(key, i);
      return r;
    },
    vjp: zeroGradient("random values do not depend on the counter differentiably"),
    flops: () => 0,
  },
} satisfies RuleTable<"randomUniform">;
