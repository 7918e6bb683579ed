/**
 * Tile ranges: how one kernel's work is cut so several threads can share it (XNNPACK's compute
 * functions over a tile range, src/operator-run.c). A kernel is a list of phases; each phase covers
 * `tiles` independent tiles of output (GEMM column panels, conv output rows or images, elementwise
 * chunks, a reduction's kept rows) and its code runs the tiles [lo, hi) given to the kernel function.
 * A kernel knows nothing of threads: the entry (module.ts) calls each phase with a range, and in a
 * threaded entry each thread takes its share of every phase, meeting the others at a barrier between
 * phases. Every tile is computed by the same code whatever range it falls in, and every reduction runs
 * inside one tile in a fixed order, so the split never changes a bit of the result.
 *
 * Kernel functions have the signature (phase: i32, lo: i32, hi: i32) -> (); GEMM functions (lo, hi).
 */
import binaryen from "binaryen";
import type { Expr, Local } from "./simd.ts";

/** One phase of a kernel: code over tiles [lo, hi) of `tiles` (1: the phase is not split). */
export interface Phase {
  readonly code: Expr[];
  readonly tiles: number;
}

/** The range parameters of the function being built. */
export interface TileRange {
  readonly lo: Local;
  readonly hi: Local;
}

/** Parameter count of a kernel function: (phase, lo, hi). */
export const KERNEL_PARAMS = 3;

/** A local for a function parameter (binaryen numbers parameters before locals). */
export function paramLocal(m: binaryen.Module, index: number): Local {
  return {
    index,
    get: () => m.local.get(index, binaryen.i32),
    set: (value: Expr) => m.local.set(index, value),
    tee: (value: Expr) => m.local.tee(index, value, binaryen.i32),
  };
}

/** A phase that is not split: it runs once, on one thread. */
export function serialPhase(code: Expr[]): Phase {
  return { code, tiles: 1 };
}

/** Phases with no code dropped. */
export function phases(...list: (Phase | readonly Phase[])[]): Phase[] {
  return list.flat().filter((p) => p.code.length > 0);
}

/**
 * `for (v = start; v < end; v += step) body` with run-time bounds (expressions built per use).
 */
export function rangeLoop(m: binaryen.Module, label: string, v: Local, start: Expr, end: () => Expr, step: number, body: readonly Expr[]): Expr {
  return m.block(null, [
    v.set(start),
    m.if(
      m.i32.lt_s(v.get(), end()),
      m.loop(label, m.block(null, [...body, v.set(m.i32.add(v.get(), m.i32.const(step))), m.br(label, m.i32.lt_s(v.get(), end()))])),
    ),
  ]);
}

/** min(a, b) of two i32 expressions (signed); `b` is a compile-time constant. */
export function minConst(m: binaryen.Module, a: () => Expr, b: number): Expr {
  return m.select(m.i32.lt_s(a(), m.i32.const(b)), a(), m.i32.const(b));
}

/**
 * Work (FLOPs plus bytes moved) below which a kernel stays on one thread: a split costs a barrier,
 * about a microsecond when both threads are on a core and spinning, far more when one was asleep or
 * descheduled. Measured with bench/threads-threshold.ts (2 cores, the machine loaded by other jobs):
 * split kernels gained from about 2·10⁵ (a dense 1×256·256×256 at 4 µs: 1.3×; 1×784·784×256 at
 * 19 µs: 1.4×) when both threads ran, and a 4-µs elementwise kernel of 4.5·10⁴ did not (0.85×).
 */
export const PARALLEL_MIN_WORK = 150_000;

/**
 * Work of a whole entry (all its kernels) below which it has no threaded form at all and never wakes
 * the workers: a run on threads pays the hand-off of the job and a barrier per split kernel, and when
 * a worker was asleep or descheduled each costs tens of microseconds (measured ~90 µs with
 * bench/threads-threshold.ts and in `npm run bench` on the loaded 2-core machine, where the MLP and
 * LeNet-5 at batch 1 — 1.2–1.5·10⁶ of work, 30–40 µs on one thread — ran 4× and 20× slower on two).
 * 4·10⁶ is a few hundred microseconds of one thread's work: batch-1 inference stays on one thread,
 * training steps and batches of 16 and more are split.
 */
export const ENTRY_PARALLEL_MIN_WORK = 4_000_000;
