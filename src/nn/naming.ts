// Layer names: the caller's, or a fresh one ("dense", "dense_2", …). Either way the name is reserved
// in the builder, so a later default name never collides with an explicit one and vice versa.
import { GraphError } from "../ir/errors.ts";
import { callSite } from "../ir/source.ts";
import type { GraphBuilder } from "../dsl/builder.ts";

export function layerName(b: GraphBuilder, name: string | undefined, base: string): string {
  if (name === undefined) return b.uniqueName(base);
  // uniqueName hands back `name` itself only when no value and no layer has that name yet (and reserves it)
  if (b.uniqueName(name) !== name) {
    throw new GraphError("layer", callSite(), `the layer name '${name}' is already used in graph '${b.name}'`, {
      hint: "give each layer its own name, or leave the name out to get a unique default",
    });
  }
  return name;
}
