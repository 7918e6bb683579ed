// Checks a dataset's targets against the graph that will train on them, before the first step: i32 labels
// must be whole numbers inside the label input's declared range (softmaxCrossEntropy over C classes
// declares [0, C)), so a 5-class graph on 10-class MNIST, or label 200 in an IDX file, is an error naming
// the example — not a loss that silently counts those examples as 0.
import type { Graph } from "../ir/types.ts";
import { inputsOf } from "../ir/types.ts";
import type { Dataset } from "./batches.ts";

export class DataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DataError";
  }
}

/** Throws a DataError for the first label of `data` (named `what`) that input `labelInput` of `graph` does not accept. */
export function checkLabels(graph: Graph, labelInput: string, data: Dataset, what: string): void {
  const node = inputsOf(graph).find((n) => n.attrs.name === labelInput);
  if (!node || node.dtype !== "i32") return;
  const [lo, hi] = node.attrs.range ?? [-(2 ** 31), 2 ** 31];
  const y = data.y.data;
  let max = -Infinity;
  let bad = -1;
  for (let i = 0; i < y.length; i++) {
    const v = y[i]!;
    if (!Number.isInteger(v)) {
      throw new DataError(`${what}: label ${v} of example ${i} is not a whole number; '${labelInput}' of graph '${graph.name}' takes i32 class indices`);
    }
    if (v > max) max = v;
    if (bad < 0 && (v < lo || v >= hi)) bad = i;
  }
  if (bad >= 0) {
    throw new DataError(
      `${what}: label ${y[bad]} of example ${bad} is outside [${lo}, ${hi - 1}]` +
        (node.attrs.rangeReason ? ` (${node.attrs.rangeReason} in graph '${graph.name}')` : "") +
        `; the labels go up to ${max}. Give the graph's last layer as many units as the data has classes`,
    );
  }
}

/** checkLabels for each named dataset (train, validation, test) that is present. */
export function checkDatasetLabels(graph: Graph, labelInput: string, sets: Readonly<Record<string, Dataset | undefined>>): void {
  for (const [what, data] of Object.entries(sets)) if (data) checkLabels(graph, labelInput, data, `${what} data`);
}
