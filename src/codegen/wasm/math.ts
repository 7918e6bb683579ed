/**
 * Vectorized transcendental functions for the WebAssembly backend, each a module function
 * `(v128) -> v128` (pow takes two) working on four f32 lanes, plus the counter-based random generator
 * of src/runtime/random.ts in i32 arithmetic (bit-exact). Scalar code calls the vector function on a
 * splat and takes lane 0, so scalar and vector kernels give identical results.
 *
 * Algorithms (Cephes single-precision, Moshier), range reduction + polynomial:
 *   exp(x):  n = round(x·log2 e), r = x − n·ln2 (ln2 split in two), e^r by a degree-7 polynomial,
 *            scaled by 2^n as two exponent-field multiplies (so results down to the denormals and up to
 *            overflow are rounded once). x is clamped to [−104, 89] first: beyond, the result is 0 / +∞.
 *   log(x):  x = m·2^e with m ∈ [√½, √2), log(1+f) by a degree-9 polynomial in f = m − 1; denormals are
 *            scaled by 2^23 first. x < 0 → NaN, ±0 → −∞, +∞ → +∞, NaN → NaN.
 *   tanh(x): |x| < 0.625: x + x³·P(x²) (degree 4); otherwise sign(x)·(1 − 2/(e^{2|x|} + 1)).
 *   erf(x):  Eigen's/XLA's rational: x clamped to [−4, 4], x·P(x²)/Q(x²) (degrees 6 and 4 in x²); the
 *            TypeScript backend's erf32 (src/runtime/math.ts) is the same formula.
 *   pow(a, b) = ±exp(b·log|a|) with the special cases of Math.pow (b = 0 → 1; a < 0 with a non-integer
 *            b → NaN; an odd integer b keeps the sign of a, −0 included; (±1)^±∞ → NaN, as JS says).
 *
 * Measured maximum error against Math.* rounded to float32 (test/wasm-math.test.ts sweeps 2^18 inputs
 * per function and asserts these bounds):
 *   exp  on [−87.3, 88.7]:              ≤ 2 ulp (relative ≤ 2.4e-7)
 *   log  on all positive normal floats: ≤ 2 ulp (absolute ≤ 1.2e-7 near 1, relative ≤ 2.4e-7 elsewhere)
 *   tanh on [−10, 10]:                  ≤ 3 ulp (relative ≤ 3.6e-7)
 *   erf  on [−5, 5]:                    absolute ≤ 5e-7 (measured 4.4e-7)
 *   pow  a ∈ [1e-3, 1e3], b ∈ [−8, 8]:  relative ≤ 5e-6 (measured 3.9e-6) (the rounding of b·log|a| is amplified by |b·log a|)
 * The exact figures are in the test's header; the interpreter comparison tolerance is 1e-4.
 */
import binaryen from "binaryen";
import { ERF_DENOMINATOR, ERF_NUMERATOR } from "../../runtime/math.ts";
import { Locals, type Expr } from "./simd.ts";

export const MATH = {
  exp: "gf_exp_f32x4",
  log: "gf_log_f32x4",
  tanh: "gf_tanh_f32x4",
  erf: "gf_erf_f32x4",
  pow: "gf_pow_f32x4",
  mix32: "gf_mix32",
  mix32x4: "gf_mix32_i32x4",
} as const;

/** A v128 constant holding `value` (as float32) in every lane. */
export function f32x4Const(m: binaryen.Module, value: number): Expr {
  const bytes = new Uint8Array(new Float32Array([value, value, value, value]).buffer);
  return m.v128.const(Array.from(bytes));
}

/** A v128 constant holding the i32 `value` in every lane. */
export function i32x4Const(m: binaryen.Module, value: number): Expr {
  const bytes = new Uint8Array(new Int32Array([value, value, value, value]).buffer);
  return m.v128.const(Array.from(bytes));
}

/** Horner evaluation c[0]·x^n + … + c[n] with f32x4 ops (x is a factory: one node per use). */
function horner(m: binaryen.Module, x: () => Expr, coefficients: readonly number[]): Expr {
  let acc = f32x4Const(m, coefficients[0]!);
  for (const c of coefficients.slice(1)) acc = m.f32x4.add(m.f32x4.mul(acc, x()), f32x4Const(m, c));
  return acc;
}

type Body = (m: binaryen.Module, locals: Locals, params: (() => Expr)[]) => Expr[];

/** Adds `(v128 × arity) -> v128` function `name` unless the module already has it. */
function defineVectorFunction(m: binaryen.Module, name: string, arity: number, body: Body): void {
  if (m.getFunction(name) !== 0) return;
  const locals = new Locals(m, arity);
  const params = Array.from({ length: arity }, (_, i) => () => m.local.get(i, binaryen.v128));
  const code = body(m, locals, params);
  const paramType = binaryen.createType(Array.from({ length: arity }, () => binaryen.v128));
  m.addFunction(name, paramType, binaryen.v128, locals.types, m.block(null, code, binaryen.v128));
}

const expBody: Body = (m, locals, [x]) => {
  const xc = locals.v128();
  const n = locals.v128();
  const r = locals.v128();
  const p = locals.v128();
  const ni = locals.v128();
  const half = locals.v128();
  const biased = (e: Expr) => m.i32x4.shl(m.i32x4.add(e, i32x4Const(m, 127)), m.i32.const(23));
  return [
    xc.set(m.f32x4.max(m.f32x4.min(x!(), f32x4Const(m, 89)), f32x4Const(m, -104))),
    n.set(m.f32x4.nearest(m.f32x4.mul(xc.get(), f32x4Const(m, Math.LOG2E)))),
    // r = x − n·ln2, with ln2 = 0.693359375 − 2.12194440e-4 (the first part is exact times any n ≤ 2^9).
    r.set(m.f32x4.sub(m.f32x4.sub(xc.get(), m.f32x4.mul(n.get(), f32x4Const(m, 0.693359375))), m.f32x4.mul(n.get(), f32x4Const(m, -2.12194440e-4)))),
    p.set(horner(m, () => r.get(), [1.9875691500e-4, 1.3981999507e-3, 8.3334519073e-3, 4.1665795894e-2, 1.6666665459e-1, 5.0000001201e-1])),
    p.set(m.f32x4.add(m.f32x4.add(m.f32x4.mul(p.get(), m.f32x4.mul(r.get(), r.get())), r.get()), f32x4Const(m, 1))),
    // 2^n = 2^(n>>1) · 2^(n − n>>1): each factor is a normal float for n ∈ [−150, 128].
    ni.set(m.i32x4.trunc_sat_f32x4_s(n.get())),
    half.set(m.i32x4.shr_s(ni.get(), m.i32.const(1))),
    m.f32x4.mul(m.f32x4.mul(p.get(), biased(half.get())), biased(m.i32x4.sub(ni.get(), half.get()))),
  ];
};

const logBody: Body = (m, locals, [x]) => {
  const denormal = locals.v128();
  const xs = locals.v128();
  const e = locals.v128();
  const f = locals.v128();
  const small = locals.v128();
  const z = locals.v128();
  const y = locals.v128();
  const ef = locals.v128();
  const r = locals.v128();
  const bits = (v: Expr) => v; // v128 is untyped: f32x4 and i32x4 views of the same bits
  return [
    denormal.set(m.f32x4.lt(x!(), f32x4Const(m, 2 ** -126))),
    xs.set(m.v128.bitselect(m.f32x4.mul(x!(), f32x4Const(m, 2 ** 23)), x!(), denormal.get())),
    // e = exponent field − 126, so the mantissa m = x / 2^e is in [0.5, 1); minus 23 for scaled denormals.
    e.set(m.i32x4.sub(m.i32x4.sub(m.i32x4.shr_u(bits(xs.get()), m.i32.const(23)), i32x4Const(m, 126)), m.v128.and(denormal.get(), i32x4Const(m, 23)))),
    f.set(m.v128.or(m.v128.and(xs.get(), i32x4Const(m, 0x007fffff)), i32x4Const(m, 0x3f000000))),
    // m < √½: use 2m − 1 and e − 1, so that f = m − 1 ∈ [√½ − 1, √2 − 1).
    small.set(m.f32x4.lt(f.get(), f32x4Const(m, Math.SQRT1_2))),
    e.set(m.i32x4.add(e.get(), small.get())), // the mask is −1 where true
    f.set(m.f32x4.sub(m.f32x4.add(f.get(), m.v128.and(f.get(), small.get())), f32x4Const(m, 1))),
    ef.set(m.f32x4.convert_i32x4_s(e.get())),
    z.set(m.f32x4.mul(f.get(), f.get())),
    y.set(
      m.f32x4.mul(
        m.f32x4.mul(
          horner(m, () => f.get(), [
            7.0376836292e-2, -1.1514610310e-1, 1.1676998740e-1, -1.2420140846e-1, 1.4249322787e-1, -1.6668057665e-1,
            2.0000714765e-1, -2.4999993993e-1, 3.3333331174e-1,
          ]),
          f.get(),
        ),
        z.get(),
      ),
    ),
    y.set(m.f32x4.add(y.get(), m.f32x4.mul(ef.get(), f32x4Const(m, -2.12194440e-4)))),
    y.set(m.f32x4.sub(y.get(), m.f32x4.mul(z.get(), f32x4Const(m, 0.5)))),
    r.set(m.f32x4.add(m.f32x4.add(f.get(), y.get()), m.f32x4.mul(ef.get(), f32x4Const(m, 0.693359375)))),
    // Special values: ±0 → −∞; x < 0 → NaN; +∞ and NaN pass through.
    r.set(m.v128.bitselect(f32x4Const(m, -Infinity), r.get(), m.f32x4.eq(x!(), f32x4Const(m, 0)))),
    r.set(m.v128.bitselect(f32x4Const(m, NaN), r.get(), m.f32x4.lt(x!(), f32x4Const(m, 0)))),
    m.v128.bitselect(x!(), r.get(), m.v128.or(m.f32x4.eq(x!(), f32x4Const(m, Infinity)), m.f32x4.ne(x!(), x!()))),
  ];
};

const tanhBody: Body = (m, locals, [x]) => {
  const a = locals.v128();
  const z = locals.v128();
  const small = locals.v128();
  const large = locals.v128();
  return [
    a.set(m.f32x4.abs(x!())),
    z.set(m.f32x4.mul(x!(), x!())),
    small.set(
      m.f32x4.add(
        m.f32x4.mul(m.f32x4.mul(horner(m, () => z.get(), [-5.70498872745e-3, 2.06390887954e-2, -5.37397155531e-2, 1.33314422036e-1, -3.33332819422e-1]), z.get()), x!()),
        x!(),
      ),
    ),
    // 1 − 2/(e^{2|x|} + 1): e^{2|x|} = +∞ for large |x| gives exactly 1.
    large.set(
      m.f32x4.sub(
        f32x4Const(m, 1),
        m.f32x4.div(f32x4Const(m, 2), m.f32x4.add(m.call(MATH.exp, [m.f32x4.add(a.get(), a.get())], binaryen.v128), f32x4Const(m, 1))),
      ),
    ),
    // tanh is odd: the sign of x, −0 included, goes on either branch's magnitude.
    m.v128.or(m.v128.bitselect(small.get(), large.get(), m.f32x4.lt(a.get(), f32x4Const(m, 0.625))), m.v128.and(x!(), i32x4Const(m, -0x80000000))),
  ];
};

const erfBody: Body = (m, locals, [x]) => {
  const xc = locals.v128();
  const x2 = locals.v128();
  return [
    xc.set(m.f32x4.max(m.f32x4.min(x!(), f32x4Const(m, 4)), f32x4Const(m, -4))),
    x2.set(m.f32x4.mul(xc.get(), xc.get())),
    m.f32x4.div(m.f32x4.mul(xc.get(), horner(m, () => x2.get(), ERF_NUMERATOR)), horner(m, () => x2.get(), ERF_DENOMINATOR)),
  ];
};

const powBody: Body = (m, locals, [a, b]) => {
  const r = locals.v128();
  const isInt = locals.v128();
  const odd = locals.v128();
  const signOfA = () => m.v128.and(a!(), i32x4Const(m, -0x80000000));
  return [
    r.set(m.call(MATH.exp, [m.f32x4.mul(b!(), m.call(MATH.log, [m.f32x4.abs(a!())], binaryen.v128))], binaryen.v128)),
    isInt.set(m.f32x4.eq(m.f32x4.trunc(b!()), b!())),
    // An odd integer exponent (|b| < 2^24, so the i32 conversion is exact) keeps the sign of a.
    odd.set(
      m.v128.and(
        m.v128.and(isInt.get(), m.f32x4.lt(m.f32x4.abs(b!()), f32x4Const(m, 16777216))),
        m.i32x4.ne(m.v128.and(m.i32x4.trunc_sat_f32x4_s(b!()), i32x4Const(m, 1)), i32x4Const(m, 0)),
      ),
    ),
    r.set(m.v128.or(r.get(), m.v128.and(signOfA(), odd.get()))),
    // A finite negative base with a non-integer exponent has no real power (−∞ does: Math.pow says ±∞ or ±0).
    r.set(
      m.v128.bitselect(
        f32x4Const(m, NaN),
        r.get(),
        m.v128.andnot(m.v128.and(m.f32x4.lt(a!(), f32x4Const(m, 0)), m.f32x4.ne(a!(), f32x4Const(m, -Infinity))), isInt.get()),
      ),
    ),
    m.v128.bitselect(f32x4Const(m, 1), r.get(), m.f32x4.eq(b!(), f32x4Const(m, 0))),
  ];
};

/** mix32 of src/runtime/random.ts on one i32 (lowbias32). */
function mix32Scalar(m: binaryen.Module): void {
  if (m.getFunction(MATH.mix32) !== 0) return;
  const x = () => m.local.get(0, binaryen.i32);
  const set = (e: Expr) => m.local.set(0, e);
  const xorShift = (s: number) => set(m.i32.xor(x(), m.i32.shr_u(x(), m.i32.const(s))));
  const mul = (c: number) => set(m.i32.mul(x(), m.i32.const(c | 0)));
  m.addFunction(MATH.mix32, binaryen.i32, binaryen.i32, [], m.block(null, [xorShift(16), mul(0x7feb352d), xorShift(15), mul(0x846ca68b), xorShift(16), x()], binaryen.i32));
}

/** mix32 on four i32 lanes. */
function mix32Vector(m: binaryen.Module): void {
  if (m.getFunction(MATH.mix32x4) !== 0) return;
  const x = () => m.local.get(0, binaryen.v128);
  const set = (e: Expr) => m.local.set(0, e);
  const xorShift = (s: number) => set(m.v128.xor(x(), m.i32x4.shr_u(x(), m.i32.const(s))));
  const mul = (c: number) => set(m.i32x4.mul(x(), i32x4Const(m, c | 0)));
  m.addFunction(MATH.mix32x4, binaryen.v128, binaryen.v128, [], m.block(null, [xorShift(16), mul(0x7feb352d), xorShift(15), mul(0x846ca68b), xorShift(16), x()], binaryen.v128));
}

/** Adds every helper of this file to the module (each once). */
export function addMathFunctions(m: binaryen.Module): void {
  defineVectorFunction(m, MATH.exp, 1, expBody);
  defineVectorFunction(m, MATH.log, 1, logBody);
  defineVectorFunction(m, MATH.tanh, 1, tanhBody);
  defineVectorFunction(m, MATH.erf, 1, erfBody);
  defineVectorFunction(m, MATH.pow, 2, powBody);
  mix32Scalar(m);
  mix32Vector(m);
}

/** randomKey(seed, counter) of src/runtime/random.ts: an i32 expression. */
export function randomKeyExpr(m: binaryen.Module, seed: number, counter: Expr): Expr {
  const inner = m.call(MATH.mix32, [m.i32.add(counter, m.i32.const(0x9e3779b9 | 0))], binaryen.i32);
  return m.call(MATH.mix32, [m.i32.xor(m.i32.const(seed | 0), inner)], binaryen.i32);
}

/** uniformAt(key, i) as an f32 expression. */
export function uniformScalar(m: binaryen.Module, key: Expr, index: Expr): Expr {
  const h = m.call(MATH.mix32, [m.i32.add(key, m.i32.mul(index, m.i32.const(0x9e3779b1 | 0)))], binaryen.i32);
  return m.f32.mul(m.f32.convert_u.i32(m.i32.shr_u(h, m.i32.const(8))), m.f32.const(5.9604644775390625e-8));
}

/** uniformAt(key, i + lane) for lanes 0..3 as an f32x4 expression (`index` is the i32 of lane 0). */
export function uniformVector(m: binaryen.Module, key: Expr, index: Expr): Expr {
  const lanes = m.i32x4.add(m.i32x4.splat(index), m.v128.const(Array.from(new Uint8Array(new Int32Array([0, 1, 2, 3]).buffer))));
  const h = m.call(MATH.mix32x4, [m.i32x4.add(m.i32x4.splat(key), m.i32x4.mul(lanes, i32x4Const(m, 0x9e3779b1 | 0)))], binaryen.v128);
  return m.f32x4.mul(m.f32x4.convert_i32x4_u(m.i32x4.shr_u(h, m.i32.const(8))), f32x4Const(m, 5.9604644775390625e-8));
}
