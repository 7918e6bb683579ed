// Evaluation of a model over a whole dataset with its inference-mode entries: mean loss and accuracy.
//
// A compiled entry has a fixed batch size. The evaluation batch is a divisor of the dataset size when
// a reasonable one exists; otherwise a second entry compiled for the remainder takes the last rows,
// so every example counts exactly once and the mean is exact.
import type { Graph } from "../ir/types.ts";
import { inputsOf } from "../ir/types.ts";
import type { Dataset } from "../data/batches.ts";
import { batches, datasetSize } from "../data/batches.ts";
import type { Feed } from "../runtime/feeds.ts";
import type { HostTensor } from "../runtime/tensor.ts";
import { CORRECT_OUTPUT } from "./train_graph.ts";

/** The part of a Program the training loop uses (compiled programs and InterpretedProgram both fit). */
export interface RunnableProgram {
  run(entry: string, feeds: Readonly<Record<string, Feed>>): Record<string, HostTensor> | Promise<Record<string, HostTensor>>;
  getParams(): Record<string, HostTensor>;
  setParams(values: Readonly<Record<string, HostTensor>>): void;
}

export const EVAL_ENTRY = "evaluate";
export const EVAL_TAIL_ENTRY = "evaluateTail";

export interface EvalBatching {
  readonly batch: number;
  /** Rows left over for the tail entry (0: none needed). */
  readonly tail: number;
}

/** The largest divisor of n up to `max` if it is at least a quarter of min(n, max); else max + a tail. */
export function chooseEvalBatching(n: number, max = 500): EvalBatching {
  if (n <= max) return { batch: n, tail: 0 };
  for (let d = max; d >= Math.ceil(max / 4); d--) if (n % d === 0) return { batch: d, tail: 0 };
  return { batch: max, tail: n % max };
}

/** The names the model's two data inputs are fed under: its "x" and its other (label/target) input. */
export interface DataInputs {
  readonly x: string;
  readonly y: string;
  readonly yDtype: "f32" | "i32";
}

/**
 * Finds the model's data inputs in a graph: "x", and the one other input besides the learning rate
 * (usually "labels"). Anything else is an error naming what the graph declares.
 */
export function dataInputsOf(graph: Graph, ignore: readonly string[] = []): DataInputs {
  const inputs = inputsOf(graph).filter((n) => !ignore.includes(n.attrs.name));
  const x = inputs.find((n) => n.attrs.name === "x");
  const others = inputs.filter((n) => n !== x);
  const declared = inputs.map((n) => `${n.attrs.name}: ${n.dtype}[${n.shape.join(",")}]`).join(", ");
  if (!x || others.length !== 1) {
    throw new Error(
      `graph '${graph.name}' declares inputs ${declared || "(none)"}; training needs exactly an input "x" and one ` +
        `target input (e.g. g.input("labels", ["N"], "i32")) to feed the dataset's examples and labels`,
    );
  }
  return { x: "x", y: others[0]!.attrs.name, yDtype: others[0]!.dtype };
}

/** The dataset's targets in the dtype the graph declares (f32 targets from i32 class labels, e.g. for MSE). */
export function targetsAs(y: HostTensor, dtype: "f32" | "i32"): HostTensor["data"] {
  if (y.dtype === dtype) return y.data;
  if (dtype === "f32") return Float32Array.from(y.data);
  // Float targets for i32 labels: whole numbers only (2.7 is not silently class 2).
  const bad = Array.prototype.findIndex.call(y.data, (v: number) => !Number.isInteger(v));
  if (bad >= 0) throw new Error(`target ${y.data[bad]} of example ${bad} is not a whole number; the graph's label input takes i32 class indices`);
  return Int32Array.from(y.data);
}

export interface EvalResult {
  /** Mean loss over the dataset (undefined if the graph declares no loss). */
  readonly loss?: number;
  /** Fraction classified correctly (undefined if the graph has no logits/labels). */
  readonly accuracy?: number;
}

/** Runs the evaluation entries over every example of `data`. */
export async function evaluate(program: RunnableProgram, data: Dataset, batching: EvalBatching, inputs: DataInputs): Promise<EvalResult> {
  const n = datasetSize(data);
  let lossSum = 0;
  let correct = 0;
  let hasLoss = false;
  let hasCorrect = false;
  for (const batch of batches(data, { batchSize: batching.batch, shuffle: false, remainder: "keep" })) {
    const rows = batch.x.shape[0]!;
    const entry = rows === batching.batch ? EVAL_ENTRY : EVAL_TAIL_ENTRY;
    const out = await program.run(entry, { [inputs.x]: batch.x.data, [inputs.y]: targetsAs(batch.y, inputs.yDtype) });
    if (out.loss) {
      hasLoss = true;
      lossSum += out.loss.data[0]! * rows;
    }
    if (out[CORRECT_OUTPUT]) {
      hasCorrect = true;
      correct += out[CORRECT_OUTPUT].data[0]!;
    }
  }
  return {
    ...(hasLoss ? { loss: lossSum / n } : {}),
    ...(hasCorrect ? { accuracy: correct / n } : {}),
  };
}
