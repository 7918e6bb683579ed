// TensorFlow padding, resolved during shape inference into explicit [before, after] per spatial axis.
//   effective window e = (k-1)*d + 1
//   SAME:  out = ceil(in/s), pad = max(0, (out-1)*s + e - in), before = floor(pad/2), after = pad - before
//   VALID: out = floor((in - e)/s) + 1, and e > in is an error
//   explicit: out = floor((in + before + after - e)/s) + 1
import type { Pads2D, PaddingSpec } from "../ir/types.ts";
import { ShapeError } from "../ir/errors.ts";

export interface AxisWindow {
  readonly size: number; // input extent
  readonly window: number; // k
  readonly stride: number; // s
  readonly dilation: number; // d
  readonly axis: "H" | "W";
}

export function effectiveWindow(k: number, d: number): number {
  return (k - 1) * d + 1;
}

function checkPositiveInt(v: number, what: string): void {
  if (!Number.isInteger(v) || v < 1) {
    throw new ShapeError(`${what} must be a positive integer, got ${v}`, {
      hint: `use ${what} >= 1`,
    });
  }
}

function checkSize(a: AxisWindow): void {
  if (!Number.isInteger(a.size) || a.size < 0) {
    throw new ShapeError(`input size on axis ${a.axis} must be a non-negative integer, got ${a.size}`, {
      hint: "pass the forward input's shape (NHWC), e.g. x.shape",
    });
  }
}

/** [before, after] for one axis under SAME or VALID. */
export function resolveAxisPadding(a: AxisWindow, mode: "SAME" | "VALID"): [number, number] {
  checkSize(a);
  checkPositiveInt(a.window, `window ${a.axis}`);
  checkPositiveInt(a.stride, `stride ${a.axis}`);
  checkPositiveInt(a.dilation, `dilation ${a.axis}`);
  const e = effectiveWindow(a.window, a.dilation);
  if (mode === "VALID") {
    if (e > a.size) {
      throw new ShapeError(`VALID window does not fit on axis ${a.axis}`, {
        formula: `VALID: e = (k-1)*d + 1 = (${a.window}-1)*${a.dilation} + 1 = ${e} > in = ${a.size}`,
        hint: `use padding "SAME", a smaller window or dilation, or a larger input (at least ${e})`,
      });
    }
    return [0, 0];
  }
  const out = Math.ceil(a.size / a.stride);
  const pad = Math.max(0, (out - 1) * a.stride + e - a.size);
  const before = Math.floor(pad / 2);
  return [before, pad - before];
}

/** Output extent of one axis given explicit pads; a ShapeError if the window does not fit. */
export function windowOutputSize(a: AxisWindow, pads: readonly [number, number]): number {
  checkSize(a);
  checkPositiveInt(a.window, `window ${a.axis}`);
  checkPositiveInt(a.stride, `stride ${a.axis}`);
  checkPositiveInt(a.dilation, `dilation ${a.axis}`);
  const [b, f] = pads;
  if (!Number.isInteger(b) || !Number.isInteger(f) || b < 0 || f < 0) {
    throw new ShapeError(`pads on axis ${a.axis} must be non-negative integers, got [${b}, ${f}]`);
  }
  const e = effectiveWindow(a.window, a.dilation);
  const padded = a.size + b + f;
  if (e > padded) {
    throw new ShapeError(`window does not fit on axis ${a.axis}`, {
      formula: `e = (${a.window}-1)*${a.dilation} + 1 = ${e} > in + pads = ${a.size} + ${b} + ${f} = ${padded}`,
      hint: `pad more, or use a smaller window or dilation`,
    });
  }
  return Math.floor((padded - e) / a.stride) + 1;
}

/** Resolves a padding spec on both spatial axes into explicit pads plus the name to print. */
export function resolvePadding2D(
  spec: PaddingSpec,
  h: Omit<AxisWindow, "axis">,
  w: Omit<AxisWindow, "axis">,
): { pads: Pads2D; padding: "SAME" | "VALID" | "EXPLICIT" } {
  if (spec === "SAME" || spec === "VALID") {
    return {
      pads: [resolveAxisPadding({ ...h, axis: "H" }, spec), resolveAxisPadding({ ...w, axis: "W" }, spec)],
      padding: spec,
    };
  }
  if (!Array.isArray(spec) || spec.length !== 2) {
    throw new ShapeError(`padding must be "SAME", "VALID" or [[top, bottom], [left, right]]`, {
      hint: `got ${JSON.stringify(spec)}`,
    });
  }
  return { pads: spec, padding: "EXPLICIT" };
}
