// What each value of a program's persistent region is, read from its name and the graph that uses it,
// and how a training checkpoint and a weights file spell it.
//
//   weight     a trainable parameter or a model state a forward pass reads (batch-norm statistics)
//   optimizer  optimizer slots ("opt/m/fc1/kernel", …)
//   counter    step counters ("opt/step")
//   rng        counters of the model's random ops ("drop/rng")
//
// A weights file (`model.save`, `gradfuse run --weights`) holds only weights, under exactly the names
// `getWeights()` uses. A training checkpoint holds all four kinds under separate prefixes —
// "weights/", "optimizer/", "counters/", "rng/" — so the two never mix.
import type { Graph } from "../ir/types.ts";
import type { HostTensor } from "../runtime/tensor.ts";
import { numel } from "../runtime/tensor.ts";
import { STEP_STATE } from "./train_graph.ts";

export type PersistentKind = "weight" | "optimizer" | "counter" | "rng";

const OPTIMIZER_PREFIX = "opt/";

/** Names of the states that feed a random op's counter input (dropout, RReLU). */
export function randomCounterNames(graphs: readonly Graph[]): Set<string> {
  const names = new Set<string>();
  for (const g of graphs) {
    for (const n of g.nodes) {
      if (n.op !== "randomUniform") continue;
      const counter = g.nodes[n.inputs[0]!];
      if (counter?.op === "param") names.add(counter.attrs.name);
    }
  }
  return names;
}

/** The kind of a persistent value; `rngNames` come from `randomCounterNames` (a "/rng" suffix otherwise). */
export function persistentKind(name: string, rngNames?: ReadonlySet<string>): PersistentKind {
  if (name === STEP_STATE) return "counter";
  if (name.startsWith(OPTIMIZER_PREFIX)) return "optimizer";
  if (rngNames ? rngNames.has(name) : name.endsWith("/rng")) return "rng";
  return "weight";
}

const CHECKPOINT_PREFIX: Record<PersistentKind, string> = {
  weight: "weights/",
  optimizer: "optimizer/",
  counter: "counters/",
  rng: "rng/model/",
};

/** The checkpoint tensor name of a program value: "weights/fc1/kernel", "optimizer/m/fc1/kernel", … */
export function checkpointTensorName(param: string, rngNames?: ReadonlySet<string>): string {
  const kind = persistentKind(param, rngNames);
  const bare = kind === "optimizer" || kind === "counter" ? param.slice(OPTIMIZER_PREFIX.length) : param;
  return CHECKPOINT_PREFIX[kind] + bare;
}

/**
 * The program value a checkpoint tensor restores, or undefined for host-side state ("rng/shuffle").
 * Checkpoints written before the prefixes were split used "params/<name>" and "opt/<name>".
 */
export function programNameOf(tensor: string): string | undefined {
  if (tensor.startsWith("weights/")) return tensor.slice("weights/".length);
  if (tensor.startsWith("optimizer/") || tensor.startsWith("counters/")) return OPTIMIZER_PREFIX + tensor.slice(tensor.indexOf("/") + 1);
  if (tensor.startsWith("rng/model/")) return tensor.slice("rng/model/".length);
  if (tensor.startsWith("params/")) return tensor.slice("params/".length);
  if (tensor.startsWith(OPTIMIZER_PREFIX)) return tensor;
  return undefined;
}

/** Only the weights of a record of program values. */
export function weightsOf(values: Readonly<Record<string, HostTensor>>, rngNames?: ReadonlySet<string>): Record<string, HostTensor> {
  return Object.fromEntries(Object.entries(values).filter(([name]) => persistentKind(name, rngNames) === "weight"));
}

/**
 * The weights stored in a safetensors file, by the names `getWeights()` uses: a weights file as is,
 * or the "weights/" (or older "params/") part of a training checkpoint.
 */
export function weightsFromTensors(tensors: Readonly<Record<string, HostTensor>>): Record<string, HostTensor> {
  const names = Object.keys(tensors);
  const prefixed = names.filter((n) => n.startsWith("weights/") || n.startsWith("params/"));
  if (prefixed.length === 0) {
    const unexpected = names.filter((n) => /^(optimizer|counters|rng|opt)\//.test(n));
    if (unexpected.length) return weightsOf(tensors);
    return { ...tensors };
  }
  const out: Record<string, HostTensor> = {};
  for (const n of prefixed) {
    const name = programNameOf(n)!;
    if (persistentKind(name) === "weight") out[name] = tensors[n]!;
  }
  return out;
}

/** A value for a param slot: its dtype, its exact shape, finite. */
export function checkValue(what: string, slot: { dtype: string; shape: readonly number[] }, t: HostTensor): void {
  if (t.dtype !== slot.dtype) throw new Error(`${what} is ${t.dtype}, expected ${slot.dtype}`);
  if (t.shape.join(",") !== slot.shape.join(",")) throw new Error(`${what} has shape [${t.shape}], expected [${slot.shape}]`);
  if (t.data.length !== numel(slot.shape)) throw new Error(`${what} has ${t.data.length} values, expected ${numel(slot.shape)}`);
  for (let i = 0; i < t.data.length; i++) if (!Number.isFinite(t.data[i]!)) throw new Error(`${what} holds ${t.data[i]} at index ${i}; weights must be finite`);
}
