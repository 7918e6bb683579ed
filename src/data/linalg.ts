// The small dense linear algebra that fitting preprocessors needs, in float64: a covariance matrix and
// the eigendecomposition of a symmetric matrix.
//
// The eigensolver is Householder reduction to tridiagonal form followed by the implicit QL algorithm
// (tred2/tql2 of EISPACK, as in the public-domain JAMA). It costs about 4/3·n³ + 3·n³ flops, against
// ~10 sweeps × 2·n³ for cyclic Jacobi, which keeps D = 784 (MNIST pixels) around a second.

export interface Covariance {
  readonly mean: Float64Array;
  /** D×D row-major, normalized by (N − 1). */
  readonly cov: Float64Array;
}

/** Mean and covariance of the rows of `x` (N rows of D values, row-major). */
export function covariance(x: ArrayLike<number>, n: number, d: number): Covariance {
  if (n < 2) throw new Error(`covariance: need at least 2 rows to estimate a covariance, got ${n}`);
  if (x.length !== n * d) throw new Error(`covariance: ${x.length} values is not ${n} rows × ${d} columns`);
  const mean = new Float64Array(d);
  for (let r = 0; r < n; r++) for (let j = 0; j < d; j++) mean[j]! += x[r * d + j]!;
  for (let j = 0; j < d; j++) mean[j]! /= n;

  // Upper triangle of Xcᵀ·Xc, four centered rows at a time so each pass over a row of the accumulator
  // does four multiply-adds per load and store.
  const cov = new Float64Array(d * d);
  const rows = [new Float64Array(d), new Float64Array(d), new Float64Array(d), new Float64Array(d)] as const;
  const [r0, r1, r2, r3] = rows;
  for (let start = 0; start < n; start += 4) {
    const count = Math.min(4, n - start);
    for (let k = 0; k < 4; k++) {
      const row = rows[k]!;
      if (k < count) for (let j = 0; j < d; j++) row[j] = x[(start + k) * d + j]! - mean[j]!;
      else row.fill(0);
    }
    for (let i = 0; i < d; i++) {
      const a0 = r0[i]!, a1 = r1[i]!, a2 = r2[i]!, a3 = r3[i]!;
      const base = i * d;
      for (let j = i; j < d; j++) cov[base + j]! += a0 * r0[j]! + a1 * r1[j]! + a2 * r2[j]! + a3 * r3[j]!;
    }
  }
  for (let i = 0; i < d; i++) {
    for (let j = i; j < d; j++) {
      const v = cov[i * d + j]! / (n - 1);
      cov[i * d + j] = v;
      cov[j * d + i] = v;
    }
  }
  return { mean, cov };
}

export interface SymmetricEigen {
  /** Eigenvalues, largest first. */
  readonly values: Float64Array;
  /** n×n row-major; row k is the unit eigenvector of values[k]. */
  readonly vectors: Float64Array;
}

/** Eigenvalues and eigenvectors of the symmetric n×n row-major matrix `a` (only read, not changed). */
export function symmetricEigen(a: ArrayLike<number>, n: number): SymmetricEigen {
  if (a.length !== n * n) throw new Error(`symmetricEigen: ${a.length} values is not a ${n}×${n} matrix`);
  for (let i = 0; i < n * n; i++) {
    if (!Number.isFinite(a[i]!)) throw new Error(`symmetricEigen: entry (${Math.floor(i / n)}, ${i % n}) is ${a[i]}; the matrix must be finite`);
  }
  const v = Float64Array.from(a);
  const d = new Float64Array(n);
  const e = new Float64Array(n);
  if (n === 0) return { values: d, vectors: v };
  householderTridiagonalize(v, d, e, n);
  const rowsAreVectors = transpose(v, n); // QL rotates eigenvector pairs: keep each vector contiguous
  implicitQL(rowsAreVectors, d, e, n);
  return sortDescending(d, rowsAreVectors, n);
}

function transpose(m: Float64Array, n: number): Float64Array {
  const t = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) t[j * n + i] = m[i * n + j]!;
  return t;
}

/**
 * tred2: on return `v` holds the orthogonal Q (columns) with Qᵀ A Q tridiagonal, `d` its diagonal and
 * e[1..n-1] its subdiagonal (e[0] = 0).
 */
function householderTridiagonalize(v: Float64Array, d: Float64Array, e: Float64Array, n: number): void {
  const at = (i: number, j: number) => i * n + j;
  for (let j = 0; j < n; j++) d[j] = v[at(n - 1, j)]!;
  for (let i = n - 1; i > 0; i--) {
    let scale = 0;
    let h = 0;
    for (let k = 0; k < i; k++) scale += Math.abs(d[k]!);
    if (scale === 0) {
      e[i] = d[i - 1]!;
      for (let j = 0; j < i; j++) {
        d[j] = v[at(i - 1, j)]!;
        v[at(i, j)] = 0;
        v[at(j, i)] = 0;
      }
    } else {
      for (let k = 0; k < i; k++) {
        d[k]! /= scale;
        h += d[k]! * d[k]!;
      }
      let f = d[i - 1]!;
      let g = Math.sqrt(h);
      if (f > 0) g = -g;
      e[i] = scale * g;
      h -= f * g;
      d[i - 1] = f - g;
      for (let j = 0; j < i; j++) e[j] = 0;
      for (let j = 0; j < i; j++) {
        f = d[j]!;
        v[at(j, i)] = f;
        g = e[j]! + v[at(j, j)]! * f;
        for (let k = j + 1; k <= i - 1; k++) {
          g += v[at(k, j)]! * d[k]!;
          e[k]! += v[at(k, j)]! * f;
        }
        e[j] = g;
      }
      f = 0;
      for (let j = 0; j < i; j++) {
        e[j]! /= h;
        f += e[j]! * d[j]!;
      }
      const hh = f / (h + h);
      for (let j = 0; j < i; j++) e[j]! -= hh * d[j]!;
      for (let j = 0; j < i; j++) {
        f = d[j]!;
        g = e[j]!;
        for (let k = j; k <= i - 1; k++) v[at(k, j)]! -= f * e[k]! + g * d[k]!;
        d[j] = v[at(i - 1, j)]!;
        v[at(i, j)] = 0;
      }
    }
    d[i] = h;
  }
  // Accumulate the transformations into Q.
  for (let i = 0; i < n - 1; i++) {
    v[at(n - 1, i)] = v[at(i, i)]!;
    v[at(i, i)] = 1;
    const h = d[i + 1]!;
    if (h !== 0) {
      for (let k = 0; k <= i; k++) d[k] = v[at(k, i + 1)]! / h;
      for (let j = 0; j <= i; j++) {
        let g = 0;
        for (let k = 0; k <= i; k++) g += v[at(k, i + 1)]! * v[at(k, j)]!;
        for (let k = 0; k <= i; k++) v[at(k, j)]! -= g * d[k]!;
      }
    }
    for (let k = 0; k <= i; k++) v[at(k, i + 1)] = 0;
  }
  for (let j = 0; j < n; j++) {
    d[j] = v[at(n - 1, j)]!;
    v[at(n - 1, j)] = 0;
  }
  v[at(n - 1, n - 1)] = 1;
  e[0] = 0;
}

/**
 * tql2: diagonalizes the tridiagonal (d, e) by implicit QL with Wilkinson-like shifts, applying the
 * rotations to the rows of `w` (so row k ends up the eigenvector of d[k]).
 */
function implicitQL(w: Float64Array, d: Float64Array, e: Float64Array, n: number): void {
  for (let i = 1; i < n; i++) e[i - 1] = e[i]!;
  e[n - 1] = 0;
  const eps = 2 ** -52;
  const maxIterations = 60;
  let f = 0;
  let tst1 = 0;
  for (let l = 0; l < n; l++) {
    tst1 = Math.max(tst1, Math.abs(d[l]!) + Math.abs(e[l]!));
    let m = l;
    while (m < n && Math.abs(e[m]!) > eps * tst1) m++;
    if (m > l) {
      let iterations = 0;
      do {
        if (++iterations > maxIterations) {
          throw new Error(`symmetricEigen: the QL iteration did not converge for eigenvalue ${l} of ${n} after ${maxIterations} steps`);
        }
        let g = d[l]!;
        let p = (d[l + 1]! - g) / (2 * e[l]!);
        let r = Math.hypot(p, 1);
        if (p < 0) r = -r;
        d[l] = e[l]! / (p + r);
        d[l + 1] = e[l]! * (p + r);
        const dl1 = d[l + 1]!;
        let h = g - d[l]!;
        for (let i = l + 2; i < n; i++) d[i]! -= h;
        f += h;
        p = d[m]!;
        let c = 1, c2 = 1, c3 = 1, s = 0, s2 = 0;
        const el1 = e[l + 1]!;
        for (let i = m - 1; i >= l; i--) {
          c3 = c2;
          c2 = c;
          s2 = s;
          g = c * e[i]!;
          h = c * p;
          r = Math.hypot(p, e[i]!);
          e[i + 1] = s * r;
          s = e[i]! / r;
          c = p / r;
          p = c * d[i]! - s * g;
          d[i + 1] = h + s * (c * g + s * d[i]!);
          rotateRows(w, n, i, s, c);
        }
        p = (-s * s2 * c3 * el1 * e[l]!) / dl1;
        e[l] = s * p;
        d[l] = c * p;
      } while (Math.abs(e[l]!) > eps * tst1);
    }
    d[l]! += f;
    e[l] = 0;
  }
}

/** Rows i and i+1 of w ← (c·wᵢ − s·wᵢ₊₁, s·wᵢ + c·wᵢ₊₁). */
function rotateRows(w: Float64Array, n: number, i: number, s: number, c: number): void {
  const a = i * n;
  const b = a + n;
  for (let k = 0; k < n; k++) {
    const h = w[b + k]!;
    const x = w[a + k]!;
    w[b + k] = s * x + c * h;
    w[a + k] = c * x - s * h;
  }
}

function sortDescending(d: Float64Array, w: Float64Array, n: number): SymmetricEigen {
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => d[j]! - d[i]!);
  const values = new Float64Array(n);
  const vectors = new Float64Array(n * n);
  order.forEach((src, dst) => {
    values[dst] = d[src]!;
    vectors.set(w.subarray(src * n, (src + 1) * n), dst * n);
  });
  return { values, vectors };
}
