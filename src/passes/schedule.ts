// Kernel ordering.
// Guarantees: producers run before consumers (each kernel's output has the highest node id among its
// nodes and every input of a kernel is the output of a kernel with a smaller output id, so ascending
// output id is topological), kernel ids are renumbered 0..n-1 in that order, and kernel names follow.
// The order is the graph's own, which keeps a layer's forward and backward kernels near their data.
// O(n log n) for the sort.
import type { Kernel } from "./plan.ts";

export function schedule(kernels: readonly Kernel[]): Kernel[] {
  return [...kernels]
    .sort((a, b) => a.output - b.output)
    .map((k, i) => ({ ...k, id: i, name: k.name.replace(/^k\d+/, `k${i}`) }));
}
