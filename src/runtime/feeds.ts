// Checks what a user feeds a program against what it declares, where the values enter: no unknown
// names, none missing, the right dtype, exactly the right number of elements (host tensors too),
// finite f32 values (NaN or ±∞ in an input is an error unless the caller passes allowNonFinite), and
// integer i32 values inside the slot's declared range (class labels: [0, classes)). Shared by the
// interpreter, generated programs and setParams.
import type { DType, HostTensor, TensorData } from "./tensor.ts";
import { numel } from "./tensor.ts";

export interface Slot {
  readonly name: string;
  readonly dtype: DType;
  readonly shape: readonly number[];
  /** i32 values must lie in [range[0], range[1]) (e.g. class labels of a softmaxCrossEntropy). */
  readonly range?: readonly [number, number];
  /** Why the range holds, for the error: "softmaxCrossEntropy over 10 classes". */
  readonly rangeReason?: string;
}

/** What a user may pass for one slot: a host tensor, a flat array of the right length, or a number for a scalar. */
export type Feed = HostTensor | TensorData | readonly number[] | number;

export interface FeedCheckOptions {
  /** Accept NaN and ±∞ in f32 values (default false: a non-finite input is a FeedError). */
  readonly allowNonFinite?: boolean;
  /** What the values are, for the messages (default "input"). */
  readonly role?: "input" | "param";
}

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
export function checkFeeds(
  what: string,
  slots: readonly Slot[],
  feeds: Readonly<Record<string, Feed>>,
  opts: FeedCheckOptions = {},
): ArrayLike<number>[] {
  if (typeof feeds !== "object" || feeds === null) {
    throw new FeedError(`${what}: expected an object of feeds by name, got ${feeds === null ? "null" : typeof feeds}`);
  }
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
  return slots.map((s) => checkFeed(what, s, feeds[s.name]!, opts));
}

const isHost = (f: unknown): f is HostTensor => typeof f === "object" && f !== null && "data" in f && "shape" in f;
const isArrayLike = (f: unknown): f is ArrayLike<number> =>
  ArrayBuffer.isView(f) || Array.isArray(f);

/** One value for one slot: a host tensor or flat array, checked; returns its flat data. */
export function checkFeed(what: string, slot: Slot, feed: Feed, opts: FeedCheckOptions = {}): ArrayLike<number> {
  const n = numel(slot.shape);
  let data: ArrayLike<number>;
  if (typeof feed === "number") feed = scalarFeed(what, slot, feed);
  if (isHost(feed)) {
    if (feed.dtype !== slot.dtype) {
      throw new FeedError(`${what}: '${slot.name}' expected dtype ${slot.dtype} ${fmt(slot)}, given ${feed.dtype}[${feed.shape.join(",")}]${dtypeHint(slot)}`);
    }
    if (!Array.isArray(feed.shape) || feed.shape.join(",") !== slot.shape.join(",")) {
      throw new FeedError(
        `${what}: '${slot.name}' has shape [${String(feed.shape)}], expected [${slot.shape.join(",")}]` +
          (opts.role !== "param" && feed.shape.length === slot.shape.length && feed.shape[0] !== slot.shape[0]
            ? " (was the program compiled for another batch size? recompile with --batch)"
            : ""),
      );
    }
    data = feed.data;
  } else {
    data = feed;
  }
  if (!isArrayLike(data)) {
    throw new FeedError(`${what}: '${slot.name}' must be a typed array, a number[], a number (for a scalar) or a { dtype, shape, data } tensor, got ${typeof data}`);
  }
  checkArrayType(what, slot, data);
  if (data.length !== n) {
    throw new FeedError(`${what}: '${slot.name}' has ${data.length} values, expected ${n} for ${fmt(slot)}`);
  }
  if (slot.dtype === "f32") checkFinite(what, slot, data, opts);
  else checkIntegers(what, slot, data);
  return data;
}

function checkArrayType(what: string, slot: Slot, data: ArrayLike<number>): void {
  if (slot.dtype === "i32" && (data instanceof Float32Array || data instanceof Float64Array)) {
    throw new FeedError(
      `${what}: '${slot.name}' expected dtype i32 (an Int32Array), given a ${data.constructor.name} of ${data.length} values${dtypeHint(slot)}; float labels are not truncated silently`,
    );
  }
  if (slot.dtype === "f32" && data instanceof Int32Array) {
    throw new FeedError(`${what}: '${slot.name}' expected dtype f32 (a Float32Array), given an Int32Array`);
  }
}

function checkFinite(what: string, slot: Slot, data: ArrayLike<number>, opts: FeedCheckOptions): void {
  if (opts.allowNonFinite) return;
  const i = firstNonFinite(data);
  if (i >= 0) throw nonFiniteError(what, slot, data[i], i, opts);
}

/** The index of the first value that is NaN, ±∞ or not a number, or −1. */
export function firstNonFinite(data: ArrayLike<number>): number {
  for (let i = 0; i < data.length; i++) if (!Number.isFinite(data[i])) return i;
  return -1;
}

/** The error for a NaN or ±∞ (or a non-number) at flat index `i` of an f32 slot's values. */
export function nonFiniteError(what: string, slot: Slot, v: unknown, i: number, opts: FeedCheckOptions = {}): FeedError {
  return new FeedError(
    `${what}: '${slot.name}' has ${typeof v === "number" ? v : `a non-number (${typeof v})`} at index ${i}${coords(slot.shape, i)}; ` +
      `${opts.role === "param" ? "params" : "inputs"} must be finite (pass { allowNonFinite: true } to accept NaN and ±Infinity)`,
  );
}

function checkIntegers(what: string, slot: Slot, data: ArrayLike<number>): void {
  const [lo, hi] = slot.range ?? [-(2 ** 31), 2 ** 31];
  for (let i = 0; i < data.length; i++) {
    const v = data[i]!;
    if (!Number.isInteger(v)) {
      throw new FeedError(`${what}: '${slot.name}' is i32 but has ${v} at index ${i}${coords(slot.shape, i)}; pass whole numbers (labels are not rounded silently)`);
    }
    if (v < lo || v >= hi) {
      throw new FeedError(
        `${what}: '${slot.name}' has ${v} at index ${i}${coords(slot.shape, i)}, outside [${lo}, ${hi - 1}]` +
          (slot.rangeReason ? ` (${slot.rangeReason})` : ""),
      );
    }
  }
}

/** " [2,5]" for a flat index of a rank ≥ 2 shape. */
function coords(shape: readonly number[], flat: number): string {
  if (shape.length < 2) return "";
  const c: number[] = [];
  for (let a = shape.length - 1; a >= 0; a--) {
    c.unshift(flat % shape[a]!);
    flat = Math.floor(flat / shape[a]!);
  }
  return ` [${c.join(",")}]`;
}

/** A number feeds a scalar slot (`lr: 0.01`); anything with elements needs an array. */
function scalarFeed(what: string, slot: Slot, value: number): number[] {
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
