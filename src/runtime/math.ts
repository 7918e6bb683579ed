// Float32 special functions that JavaScript's Math lacks, for generated TypeScript programs. The
// WebAssembly backend evaluates the same formulas with f32x4 ops (src/codegen/wasm/math.ts), so both
// backends round alike; the interpreter uses a float64 implementation (@stdlib) as the oracle.

/**
 * erf(x) for float32 as Eigen and XLA compute it: x clamped to [−4, 4] (beyond, erf is ±1 in float32),
 * then an odd degree-13 over an even degree-8 polynomial in x. Absolute error ≤ 1e-7 evaluated in
 * float64 (here), ≤ 5e-7 in float32 arithmetic (the wasm lanes); measured in test/wasm-math.test.ts.
 */
export const ERF_NUMERATOR = [
  -2.72614225801306e-10, 2.77068142495902e-8, -2.10102402082508e-6, -5.69250639462346e-5, -7.34990630326855e-4,
  -2.95459980854025e-3, -1.60960333262415e-2,
] as const;
export const ERF_DENOMINATOR = [-1.45660718464996e-5, -2.13374055278905e-4, -1.68282697438203e-3, -7.37332916720468e-3, -1.42647390514189e-2] as const;

export function erf32(v: number): number {
  const x = Math.max(-4, Math.min(4, v));
  if (Number.isNaN(v)) return NaN;
  const x2 = x * x;
  let p = 0;
  for (const c of ERF_NUMERATOR) p = p * x2 + c;
  let q = 0;
  for (const c of ERF_DENOMINATOR) q = q * x2 + c;
  return Math.fround((x * p) / q);
}
