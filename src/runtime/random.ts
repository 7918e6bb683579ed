// The counter-based generator shared by the interpreter and every backend: element i of a random
// op is a pure function of (seed, counter, i), so results do not depend on evaluation order,
// backend or thread count. Integer-only mixing (lowbias32 by Chris Wellons), exact in WebAssembly too.

export function mix32(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x7feb352d);
  x ^= x >>> 15;
  x = Math.imul(x, 0x846ca68b);
  x ^= x >>> 16;
  return x >>> 0;
}

/** The per-op key for one step: depends on the op's seed and the step counter. */
export function randomKey(seed: number, counter: number): number {
  return mix32((seed ^ mix32((counter + 0x9e3779b9) | 0)) >>> 0);
}

/** Uniform in [0, 1): the top 24 bits of a hash, so the value is exact in float32. */
export function uniformAt(key: number, i: number): number {
  return (mix32((key + Math.imul(i, 0x9e3779b1)) | 0) >>> 8) * 5.9604644775390625e-8;
}
