// The rule table of every primitive. Typed `{ [P in Prim]: PrimRule<P> }`: a primitive added to
// PrimAttrs without its shape rule, reference, derivative and cost does not type-check.
import type { NodeOf, Prim } from "../ir/types.ts";
import type { PrimRule } from "./rule.ts";
import { leafRules } from "./leaves.ts";
import { elementwiseRules } from "./elementwise.ts";
import { reduceRules } from "./reduce.ts";
import { movementRules } from "./movement.ts";
import { matmulRules } from "./matmul.ts";
import { convRules } from "./conv.ts";
import { poolRules } from "./pool.ts";
import { randomRules } from "./random.ts";
import { gatherRules } from "./gather.ts";

export const rules: { readonly [P in Prim]: PrimRule<P> } = {
  ...leafRules,
  ...elementwiseRules,
  ...reduceRules,
  ...movementRules,
  ...matmulRules,
  ...convRules,
  ...poolRules,
  ...randomRules,
  ...gatherRules,
};

/** The rule of a node's primitive, typed for that node (TypeScript cannot correlate the union itself). */
export function ruleOf<P extends Prim>(node: NodeOf<P>): PrimRule<P> {
  return rules[node.op] as unknown as PrimRule<P>;
}

export type { PrimRule, ValueType, OpKind } from "./rule.ts";
