// Reverse-mode differentiation inside a graph being built, as TensorFlow's graph-mode
// tf.gradients: the adjoints are new nodes of the same graph, so they can be printed, optimized,
// compiled and differentiated again.
//
// Guarantees: only nodes on a path from a `wrt` tensor to `y` get adjoints; fan-out adjoints are
// summed; every backward node is tagged with the forward node it came from (origin) and that
// node's source line; forward values are reused by the vjp rules, never recomputed.
import { GraphError } from "../ir/errors.ts";
import { callSite } from "../ir/source.ts";
import type { Node } from "../ir/types.ts";
import { ruleOf } from "../prims/index.ts";
import { Tensor } from "../dsl/tensor.ts";

/** Ids of nodes from which `target` can be reached (including target itself). */
function ancestors(nodeOf: (id: number) => Node, target: number): Set<number> {
  const seen = new Set<number>([target]);
  const stack = [target];
  while (stack.length) {
    for (const i of nodeOf(stack.pop()!).inputs) {
      if (!seen.has(i)) {
        seen.add(i);
        stack.push(i);
      }
    }
  }
  return seen;
}

/** Ids of nodes that depend on any of `sources` (including the sources), among ids ≤ last. */
function descendants(nodeOf: (id: number) => Node, sources: readonly number[], last: number): Set<number> {
  const seen = new Set<number>(sources);
  const first = Math.min(...sources);
  for (let id = first; id <= last; id++) {
    if (!seen.has(id) && nodeOf(id).inputs.some((i) => seen.has(i))) seen.add(id);
  }
  return seen;
}

function sumAll(terms: readonly Tensor[]): Tensor {
  return terms.reduce((acc, t) => acc.add(t));
}

/**
 * d(y)/d(x) for each x in `wrt`, where `y` is a scalar (or `dy` seeds a non-scalar y).
 * An x that y does not depend on gets zeros of its shape.
 */
export function gradients(y: Tensor, wrt: readonly Tensor[], dy?: Tensor): Tensor[] {
  const b = y.builder;
  const nodeOf = (id: number) => b.node(id);
  if (!dy && y.shape.length !== 0) {
    throw new GraphError("gradients", callSite(), `y ${y} is not a scalar`, {
      hint: "reduce it to a scalar (e.g. .sum()) or pass the seed adjoint dy",
    });
  }
  for (const x of wrt) {
    if (x.dtype !== "f32") {
      throw new GraphError("gradients", callSite(), `cannot differentiate with respect to ${x} (${x.dtype})`, {
        hint: "only f32 values have gradients",
      });
    }
  }
  const needed = ancestors(nodeOf, y.id);
  const active = descendants(nodeOf, wrt.map((x) => x.id), y.id);
  const adjoints = new Map<number, Tensor[]>();
  const seed = dy ?? b.withOrigin(y.node.source, { role: "seed", node: y.id }, () => b.constant(1));
  adjoints.set(y.id, [seed]);

  for (let id = y.id; id >= 0; id--) {
    const terms = adjoints.get(id);
    if (!terms || !needed.has(id) || !active.has(id)) continue;
    const node = nodeOf(id);
    const inputsActive = node.inputs.map((i) => active.has(i) && nodeOf(i).dtype === "f32");
    if (!inputsActive.some(Boolean)) continue;
    b.withOrigin(node.source, { role: "grad", node: id }, () => {
      const dyNode = terms.length === 1 ? terms[0]! : sumAll(terms);
      adjoints.set(id, [dyNode]);
      const x = node.inputs.map((i) => new Tensor(b, i));
      const contributions = ruleOf<typeof node.op>(node).vjp({
        node,
        attrs: node.attrs,
        x,
        y: new Tensor(b, id),
        dy: dyNode,
      });
      contributions.forEach((c, k) => {
        const input = node.inputs[k]!;
        if (!c || !inputsActive[k]) return;
        const list = adjoints.get(input) ?? [];
        list.push(c);
        adjoints.set(input, list);
      });
    });
  }
  return wrt.map((x) => {
    const terms = adjoints.get(x.id);
    if (!terms) return b.withOrigin(x.node.source, { role: "zero-grad", node: x.id }, () => b.constant(0, [...x.shape]));
    return terms.length === 1 ? terms[0]! : b.withOrigin(x.node.source, { role: "grad", node: x.id }, () => sumAll(terms));
  });
}
