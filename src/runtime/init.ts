// Parameter initializers: seeded, deterministic, dependency-free (generated programs import this).
//
// A parameter's values are a pure function of (spec, shape, seed): the same seed gives the same
// weights on every machine. `initializeParams` derives each parameter's seed from (seed, name), so
// adding or removing one parameter leaves the values of all the others unchanged.
//
// Fan-in and fan-out come from the shape (layouts: dense [in, out], conv filters HWIO):
//   rank 0: 1, 1 · rank 1 [n]: n, n · rank 2 [in, out]: in, out
//   rank ≥ 3 [...window, cin, cout]: fanIn = window·cin, fanOut = window·cout
import { mix32, randomKey, uniformAt } from "./random.ts";

/** The same union as ir/types.ts's InitSpec, restated so the runtime imports nothing of the compiler. */
export type InitSpec =
  | { readonly kind: "zeros" }
  | { readonly kind: "ones" }
  | { readonly kind: "constant"; readonly value: number }
  | { readonly kind: "identity"; readonly gain?: number }
  | { readonly kind: "normal"; readonly mean?: number; readonly std: number }
  | { readonly kind: "uniform"; readonly low: number; readonly high: number }
  | { readonly kind: "xavierNormal" | "xavierUniform" | "heNormal" | "heUniform"; readonly gain?: number }
  | { readonly kind: "orthogonal"; readonly gain?: number };

/** What initializeParams needs of a parameter: a param node's attrs fit as they are. */
export interface ParamSlot {
  readonly name: string;
  readonly dtype: "f32" | "i32";
  readonly shape: readonly number[];
  readonly init: InitSpec;
  /** Optimizer slots, running statistics and counters are not trainable; no symmetry warning for them. */
  readonly trainable?: boolean;
}

export class InitError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InitError";
  }
}

export function fansOf(shape: readonly number[]): { fanIn: number; fanOut: number } {
  const r = shape.length;
  if (r === 0) return { fanIn: 1, fanOut: 1 };
  if (r === 1) return { fanIn: shape[0]!, fanOut: shape[0]! };
  let window = 1;
  for (let a = 0; a < r - 2; a++) window *= shape[a]!;
  return { fanIn: window * shape[r - 2]!, fanOut: window * shape[r - 1]! };
}

/** A 32-bit hash of a name (FNV-1a over UTF-16 code units, then mixed). */
function hashName(name: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return mix32(h >>> 0);
}

/** The seed of one parameter: depends only on the global seed and the parameter's own name. */
export function paramSeed(seed: number, name: string): number {
  return mix32((mix32(seed >>> 0) ^ hashName(name)) >>> 0);
}

/** Uniform [0, 1) stream i of a seed (the counter-based generator, counter 0). */
function uniforms(seed: number, n: number): Float64Array {
  const key = randomKey(seed, 0);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = uniformAt(key, i);
  return out;
}

/** Standard normals by Box-Muller: each pair of uniforms gives two independent normals. */
function standardNormals(seed: number, n: number): Float64Array {
  const u = uniforms(seed, 2 * Math.ceil(n / 2));
  const out = new Float64Array(n);
  for (let i = 0; i < n; i += 2) {
    const r = Math.sqrt(-2 * Math.log(1 - u[i]!)); // 1 − u is in (0, 1], so the log is finite
    const theta = 2 * Math.PI * u[i + 1]!;
    out[i] = r * Math.cos(theta);
    if (i + 1 < n) out[i + 1] = r * Math.sin(theta);
  }
  return out;
}

function sizeOfShape(shape: readonly number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}

const fmtShape = (shape: readonly number[]) => `[${shape.join(",")}]`;

function filled(n: number, v: number): Float32Array {
  return new Float32Array(n).fill(v);
}

function uniformIn(seed: number, n: number, low: number, high: number): Float32Array {
  const u = uniforms(seed, n);
  return Float32Array.from(u, (v) => low + (high - low) * v);
}

function normalWith(seed: number, n: number, mean: number, std: number): Float32Array {
  return Float32Array.from(standardNormals(seed, n), (z) => mean + std * z);
}

function identityMatrix(shape: readonly number[], gain: number, name: string): Float32Array {
  if (shape.length !== 2 || shape[0] !== shape[1]) {
    throw new InitError(
      `${name}: the identity initializer needs a square 2-D shape, got ${fmtShape(shape)}; ` +
        "use it for square dense kernels [n, n] (e.g. recurrent weights), or pick orthogonal() for other shapes",
    );
  }
  const n = shape[0]!;
  const out = new Float32Array(n * n);
  for (let i = 0; i < n; i++) out[i * n + i] = gain;
  return out;
}

/**
 * An orthogonal matrix of the flattened shape [rows, cols] (rows = product of all but the last axis):
 * modified Gram-Schmidt on the columns of a seeded normal matrix, which is the Q of its QR
 * decomposition with R's diagonal made positive, so Q is uniformly (Haar) distributed.
 * Columns are orthonormal when rows ≥ cols, rows when rows < cols.
 */
function orthogonalMatrix(shape: readonly number[], gain: number, seed: number, name: string): Float32Array {
  if (shape.length < 2) {
    throw new InitError(
      `${name}: the orthogonal initializer needs rank ≥ 2, got ${fmtShape(shape)}; use it for weight matrices or filters, not biases`,
    );
  }
  const cols = shape[shape.length - 1]!;
  const rows = sizeOfShape(shape) / cols;
  const [m, n] = rows >= cols ? [rows, cols] : [cols, rows]; // factor the tall orientation
  const q = gramSchmidtColumns(standardNormals(seed, m * n), m, n);
  const out = new Float32Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) out[r * cols + c] = gain * (rows >= cols ? q[r * n + c]! : q[c * n + r]!);
  }
  return out;
}

/** Orthonormalizes the n columns of the row-major m×n matrix `a` (m ≥ n) in place; returns it. */
function gramSchmidtColumns(a: Float64Array, m: number, n: number): Float64Array {
  for (let j = 0; j < n; j++) {
    for (let k = 0; k < j; k++) {
      let dot = 0;
      for (let i = 0; i < m; i++) dot += a[i * n + k]! * a[i * n + j]!;
      for (let i = 0; i < m; i++) a[i * n + j] -= dot * a[i * n + k]!;
    }
    let norm = 0;
    for (let i = 0; i < m; i++) norm += a[i * n + j]! ** 2;
    norm = Math.sqrt(norm);
    // A normal matrix is rank-deficient with probability 0; a zero column would mean a broken generator.
    if (!(norm > 0)) throw new InitError(`internal: orthogonal initializer drew a degenerate matrix (column ${j})`);
    for (let i = 0; i < m; i++) a[i * n + j] /= norm;
  }
  return a;
}

const warnedSymmetric = new Set<string>();

/** Same-valued weights get the same gradient and stay equal: such a layer cannot learn. Warn once per name. */
function warnIfSymmetric(spec: InitSpec, shape: readonly number[], name: string): void {
  const constant = spec.kind === "zeros" || spec.kind === "ones" || spec.kind === "constant";
  if (!constant || shape.length < 2 || warnedSymmetric.has(name)) return;
  warnedSymmetric.add(name);
  console.warn(
    `gradfuse: weight '${name}' ${fmtShape(shape)} is initialized to a constant (${spec.kind}); ` +
      "its units get identical gradients and stay identical, so they cannot learn different features. " +
      "Use a random initializer (e.g. init.heUniform() or init.xavierUniform()).",
  );
}

function checkSpec(spec: InitSpec, name: string): void {
  const bad = (what: string) => {
    throw new InitError(`${name}: ${spec.kind} initializer: ${what}`);
  };
  if (spec.kind === "uniform" && !(spec.low <= spec.high)) bad(`low ${spec.low} is above high ${spec.high}; call init.uniform(lo, hi) with lo <= hi`);
  if (spec.kind === "normal" && !(spec.std >= 0)) bad(`std ${spec.std} must be >= 0`);
  if ("gain" in spec && spec.gain !== undefined && !Number.isFinite(spec.gain)) bad(`gain ${spec.gain} must be a finite number`);
}

/** The values of one float parameter. `name` is used in messages only. */
export function initialize(
  spec: InitSpec,
  shape: readonly number[],
  seed: number,
  name = "parameter",
  opts: { readonly trainable?: boolean } = {},
): Float32Array {
  checkSpec(spec, name);
  if (opts.trainable !== false) warnIfSymmetric(spec, shape, name);
  const n = sizeOfShape(shape);
  const { fanIn, fanOut } = fansOf(shape);
  switch (spec.kind) {
    case "zeros":
      return new Float32Array(n);
    case "ones":
      return filled(n, 1);
    case "constant":
      return filled(n, spec.value);
    case "identity":
      return identityMatrix(shape, spec.gain ?? 1, name);
    case "normal":
      return normalWith(seed, n, spec.mean ?? 0, spec.std);
    case "uniform":
      return uniformIn(seed, n, spec.low, spec.high);
    case "xavierNormal":
      return normalWith(seed, n, 0, (spec.gain ?? 1) * Math.sqrt(2 / (fanIn + fanOut)));
    case "xavierUniform": {
      const limit = (spec.gain ?? 1) * Math.sqrt(6 / (fanIn + fanOut));
      return uniformIn(seed, n, -limit, limit);
    }
    case "heNormal":
      return normalWith(seed, n, 0, (spec.gain ?? 1) * Math.sqrt(2 / fanIn));
    case "heUniform": {
      const limit = (spec.gain ?? 1) * Math.sqrt(6 / fanIn);
      return uniformIn(seed, n, -limit, limit);
    }
    case "orthogonal":
      return orthogonalMatrix(shape, spec.gain ?? 1, seed, name);
    default: {
      const unknown: never = spec;
      throw new InitError(`${name}: unknown initializer ${JSON.stringify(unknown)}`);
    }
  }
}

/** Integer state (RNG counters, step counts) takes only constant initializers. */
function initializeInt(slot: ParamSlot): Int32Array {
  const n = sizeOfShape(slot.shape);
  const { init } = slot;
  if (init.kind === "zeros") return new Int32Array(n);
  if (init.kind === "ones") return new Int32Array(n).fill(1);
  if (init.kind === "constant" && Number.isInteger(init.value)) return new Int32Array(n).fill(init.value);
  throw new InitError(
    `${slot.name}: an i32 parameter takes zeros, ones or an integer constant, not ${JSON.stringify(init)}`,
  );
}

/** Values for every parameter, by name; each parameter's stream is seeded by (seed, its name). */
export function initializeParams(params: readonly ParamSlot[], seed = 0): Record<string, Float32Array | Int32Array> {
  const out: Record<string, Float32Array | Int32Array> = {};
  for (const p of params) {
    if (p.name in out) throw new InitError(`initializeParams: the name '${p.name}' appears twice; parameter names must be unique`);
    out[p.name] =
      p.dtype === "i32"
        ? initializeInt(p)
        : initialize(p.init, p.shape, paramSeed(seed, p.name), p.name, { trainable: p.trainable ?? true });
  }
  return out;
}
