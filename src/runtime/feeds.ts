// Checks what a user feeds a program against what it declares: no unknown names, none missing,
// the right dtype and number of elements. Shared by the interpreter and generated programs.
import type { DType, HostTensor, TensorData } from "./tensor.ts";
import { numel } from "./tensor.ts";

export interface Slot {
  readonly name: string;
  readonly dtype: DType;
  readonly shape: readonly number[];
}

/** What a user may pass for one slot: a host tensor or a flat array of the right length. */
export type Feed = HostTensor | TensorData | readonly number[];

export class FeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FeedError";
  }
}

/** An index outside its table: from the interpreter (prefixed with the op's source) or a checked feed. */
export class IndexError extends FeedError {
  constructor(message: string) {
    super(message);
    this.name = "IndexError";
  }
}

const fmt = (s: Slot) => `${s.name}: ${s.dtype}[${s.shape.join(",")}]`;

/** Validates feeds by name; returns the flat data per slot, in the order of `slots`. */
export function checkFeeds(what: string, slots: readonly Slot[], feeds: Readonly<Record<string, Feed>>): ArrayLike<number>[] {
  const known = new Set(slots.map((s) => s.name));
  const unknown = Object.keys(feeds).filter((k) => !known.has(k));
  if (unknown.length) {
    throw new FeedError(
      `${what}: unknown ${unknown.length > 1 ? "names" : "name"} ${unknown.map((u) => `'${u}'`).join(", ")}; ` +
        `expected ${slots.map(fmt).join(", ") || "nothing"}`,
    );
  }
  const missing = slots.filter((s) => !(s.name in feeds));
  if (missing.length) {
    throw new FeedError(`${what}: missing ${missing.map(fmt).join(", ")}`);
  }
  return slots.map((s) => checkOne(what, s, feeds[s.name]!));
}

function checkOne(what: string, slot: Slot, feed: Feed): ArrayLike<number> {
  const n = numel(slot.shape);
  const isHost = (f: Feed): f is HostTensor => typeof f === "object" && f !== null && "data" in f && "shape" in f;
  if (isHost(feed)) {
    if (feed.dtype !== slot.dtype) {
      throw new FeedError(`${what}: '${slot.name}' has dtype ${feed.dtype}, expected ${slot.dtype}`);
    }
    if (feed.shape.join(",") !== slot.shape.join(",")) {
      throw new FeedError(
        `${what}: '${slot.name}' has shape [${feed.shape.join(",")}], expected [${slot.shape.join(",")}]` +
          (feed.shape.length === slot.shape.length && feed.shape[0] !== slot.shape[0]
            ? " (was the program compiled for another batch size? recompile with --batch)"
            : ""),
      );
    }
    return feed.data;
  }
  if (slot.dtype === "i32" && (feed instanceof Float32Array || feed instanceof Float64Array)) {
    throw new FeedError(`${what}: '${slot.name}' is ${slot.dtype}; pass an Int32Array, not a ${feed.constructor.name}`);
  }
  if (slot.dtype === "f32" && feed instanceof Int32Array) {
    throw new FeedError(`${what}: '${slot.name}' is f32; pass a Float32Array, not an Int32Array`);
  }
  if (feed.length !== n) {
    throw new FeedError(`${what}: '${slot.name}' has ${feed.length} values, expected ${n} for ${fmt(slot)}`);
  }
  return feed;
}
