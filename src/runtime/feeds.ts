// Checks what a user feeds a program against what it declares: no unknown names, none missing,
// the right dtype and number of elements. Shared by the interpreter and generated programs.
import type { DType, HostTensor, TensorData } from "./tensor.ts";
import { numel } from "./tensor.ts";

export interface Slot {
  readonly name: string;
  readonly dtype: DType;
  readonly shape: readonly number[];
}

/** What a user may pass for one slot: a host tensor, a flat array of the right length, or a number for a scalar. */
export type Feed = HostTensor | TensorData | readonly number[] | number;

export class FeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FeedError";
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
  if (typeof feed === "number") return scalarFeed(what, slot, feed);
  const isHost = (f: Feed): f is HostTensor => typeof f === "object" && f !== null && "data" in f && "shape" in f;
  if (isHost(feed)) {
    if (feed.dtype !== slot.dtype) {
      throw new FeedError(`${what}: '${slot.name}' expected dtype ${slot.dtype} ${fmt(slot)}, given ${feed.dtype}[${feed.shape.join(",")}]${dtypeHint(slot)}`);
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
    throw new FeedError(`${what}: '${slot.name}' expected dtype i32 (an Int32Array), given a ${feed.constructor.name} of ${feed.length} values${dtypeHint(slot)}`);
  }
  if (slot.dtype === "f32" && feed instanceof Int32Array) {
    throw new FeedError(`${what}: '${slot.name}' expected dtype f32 (a Float32Array), given an Int32Array`);
  }
  if (feed.length !== n) {
    throw new FeedError(`${what}: '${slot.name}' has ${feed.length} values, expected ${n} for ${fmt(slot)}`);
  }
  return feed;
}

/** A number feeds a scalar slot (`lr: 0.01`); anything with elements needs an array. */
function scalarFeed(what: string, slot: Slot, value: number): ArrayLike<number> {
  if (numel(slot.shape) !== 1) {
    throw new FeedError(`${what}: '${slot.name}' is ${fmt(slot)}; a single number feeds only a scalar, pass ${numel(slot.shape)} values`);
  }
  if (slot.dtype === "i32" && !Number.isInteger(value)) {
    throw new FeedError(`${what}: '${slot.name}' expected dtype i32 (an integer), given ${value}`);
  }
  return [value];
}

/** i32 slots are class labels or indices: one-hot rows are the usual mistake. */
function dtypeHint(slot: Slot): string {
  return slot.dtype === "i32" ? " (class indices are i32; convert one-hot rows with their argmax, or declare the input f32)" : "";
}
