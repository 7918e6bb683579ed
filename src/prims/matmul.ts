// matmul: [..., M, K] · [..., K, N] → [..., M, N], with transpose flags on either operand and
// equal leading (batch) dimensions. Its adjoints are matmuls with the flags swapped.
import { ShapeError } from "../ir/errors.ts";
import type { Shape } from "../ir/types.ts";
import type { RuleTable, ValueType } from "./rule.ts";
import { allocFor } from "./rule.ts";

interface MatmulDims {
  readonly batch: number[];
  readonly m: number;
  readonly k: number;
  readonly n: number;
}

export function matmulDims(a: Shape, b: Shape, transposeA: boolean, transposeB: boolean): MatmulDims {
  const fmt = (s: Shape) => `[${s.join(",")}]`;
  if (a.length < 2 || b.length < 2 || a.length !== b.length) {
    throw new ShapeError(`matmul needs two operands of the same rank ≥ 2, got ${fmt(a)} and ${fmt(b)}`, {
      hint: "reshape to [M, K] and [K, N] (or [B, M, K] and [B, K, N])",
    });
  }
  const r = a.length;
  const batch = a.slice(0, r - 2);
  if (b.slice(0, r - 2).some((d, i) => d !== batch[i])) {
    throw new ShapeError(`matmul batch dimensions differ: ${fmt(a)} vs ${fmt(b)}`);
  }
  const [m, ka] = transposeA ? [a[r - 1]!, a[r - 2]!] : [a[r - 2]!, a[r - 1]!];
  const [kb, n] = transposeB ? [b[r - 1]!, b[r - 2]!] : [b[r - 2]!, b[r - 1]!];
  if (ka !== kb) {
    throw new ShapeError(`matmul inner dimensions differ`, {
      formula: `A${transposeA ? "ᵀ" : ""} ${fmt(a)} has K = ${ka}, B${transposeB ? "ᵀ" : ""} ${fmt(b)} has K = ${kb}`,
      hint: "the last axis of A must match the first (non-batch) axis of B; check the transpose flags",
    });
  }
  return { batch, m, k: ka, n };
}

export const matmulRules = {
  matmul: {
    kind: "contraction",
    shape: ([a, b], attrs) => {
      if (!a || !b) throw new ShapeError("matmul needs two inputs");
      if (a.dtype !== "f32" || b.dtype !== "f32") throw new ShapeError("matmul needs f32 operands");
      const { batch, m, n } = matmulDims(a.shape, b.shape, attrs.transposeA, attrs.transposeB);
      return { dtype: "f32", shape: [...batch, m, n] } satisfies ValueType;
    },
    reference: ([a, b], attrs, out, ctx) => {
      const { batch, m, k, n } = matmulDims(a!.shape, b!.shape, attrs.transposeA, attrs.transposeB);
      const r = allocFor(out, ctx);
      const batches = batch.reduce((x, y) => x * y, 1);
      // Element (i, p) of op(A) and (p, j) of op(B), honoring the transpose flags.
      const at = (base: number, i: number, p: number) => base + (attrs.transposeA ? p * m + i : i * k + p);
      const bt = (base: number, p: number, j: number) => base + (attrs.transposeB ? j * k + p : p * n + j);
      for (let t = 0; t < batches; t++) {
        for (let i = 0; i < m; i++) {
          for (let j = 0; j < n; j++) {
            let acc = 0;
            for (let p = 0; p < k; p++) acc += a!.data[at(t * m * k, i, p)]! * b!.data[bt(t * k * n, p, j)]!;
            r[t * m * n + i * n + j] = acc;
          }
        }
      }
      return r;
    },
    // C = op(A)·op(B): dA = dC·op(B)ᵀ (transposed back if A was), dB = op(A)ᵀ·dC likewise.
    vjp: ({ x, dy, attrs }) => {
      const [a, b] = x as [import("../dsl/tensor.ts").Tensor, import("../dsl/tensor.ts").Tensor];
      const da = attrs.transposeA
        ? b.matmul(dy, { transposeA: attrs.transposeB, transposeB: true })
        : dy.matmul(b, { transposeB: !attrs.transposeB });
      const db = attrs.transposeB
        ? dy.matmul(a, { transposeA: true, transposeB: attrs.transposeA })
        : a.matmul(dy, { transposeA: !attrs.transposeA });
      return [da, db];
    },
    flops: ([a, b], _out, attrs) => {
      const { batch, m, k, n } = matmulDims(a!.shape, b!.shape, attrs.transposeA, attrs.transposeB);
      return 2 * batch.reduce((x, y) => x * y, 1) * m * k * n;
    },
  },
} satisfies RuleTable<"matmul">;
