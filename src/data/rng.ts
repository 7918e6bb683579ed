// The one seeded generator of the data pipeline (shuffles, splits, augmentation).
//
// It is counter-based, like the generator compiled programs use (src/runtime/random.ts): draw number k
// of a stream is a pure function of (key, k). So the whole state is two uint32s — `{seed, counter}` —
// which a checkpoint stores exactly (see src/train/checkpoint.ts), and independent streams (one per
// epoch, one per image) are derived with `fork` instead of by drawing from a shared sequence.
import { mix32 } from "../runtime/random.ts";

export interface RngState {
  /** The stream's key (uint32): the user's seed, or a key derived from it by `fork`. */
  readonly seed: number;
  /** How many uint32 draws the stream has made (uint32; wraps after 2^32 draws). */
  readonly counter: number;
}

const GOLDEN = 0x9e3779b9;
const TWO_POW_32 = 4294967296;

export class Rng {
  private readonly key: number;
  private count: number;

  constructor(seed: number, counter = 0) {
    if (!Number.isInteger(seed)) throw new Error(`Rng: seed must be an integer, got ${seed}`);
    this.key = seed >>> 0;
    this.count = counter >>> 0;
  }

  static fromState(state: RngState): Rng {
    return new Rng(state.seed, state.counter);
  }

  get state(): RngState {
    return { seed: this.key, counter: this.count };
  }

  /** The next uniform uint32. Two rounds of mixing so that nearby keys and counters decorrelate. */
  nextU32(): number {
    const k = this.count;
    this.count = (this.count + 1) >>> 0;
    return mix32((mix32((k + GOLDEN) | 0) ^ this.key) >>> 0);
  }

  /** Uniform in [0, 1) with 53 random bits. */
  uniform(): number {
    const hi = this.nextU32() >>> 5; // 27 bits
    const lo = this.nextU32() >>> 6; // 26 bits
    return (hi * 67108864 + lo) / 9007199254740992;
  }

  /** Uniform in [lo, hi). */
  uniformIn(lo: number, hi: number): number {
    return lo + (hi - lo) * this.uniform();
  }

  /** Uniform integer in [0, n). The bias of scaling a uint32 is below n / 2^32: negligible for data sizes. */
  int(n: number): number {
    if (!Number.isInteger(n) || n <= 0 || n > TWO_POW_32) {
      throw new Error(`Rng.int: n must be an integer in [1, 2^32], got ${n}`);
    }
    return Math.floor((this.nextU32() / TWO_POW_32) * n);
  }

  /** Standard normal (Box–Muller; one draw per call, the second value is discarded to keep the state simple). */
  normal(): number {
    const u1 = 1 - this.uniform(); // (0, 1]: log is finite
    const u2 = this.uniform();
    return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  }

  /** True with probability p. */
  bernoulli(p: number): boolean {
    return this.uniform() < p;
  }

  /** An independent stream keyed by this stream's key and `stream`; does not advance this one. */
  fork(stream: number): Rng {
    return new Rng(mix32((this.key ^ mix32((Math.imul(stream | 0, GOLDEN) + 0x632be5ab) | 0)) >>> 0));
  }
}

/** A uniformly random permutation of 0..n-1 (Fisher–Yates), a pure function of the generator's state. */
export function permutation(n: number, rng: Rng): Int32Array {
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}
