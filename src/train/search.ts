// Hyper-parameter search: the trials of a grid or of random sampling over learning rate, batch size,
// optimizer and weight decay, each trained with early stopping on validation loss, ranked by the best
// validation loss (the test split only reports; it does not choose).
import { Rng } from "../data/rng.ts";
import type { OptimizerSpec } from "./optimizers.ts";
import { formatOptimizer } from "./optimizers.ts";

export interface SearchSpace {
  readonly lrs: readonly number[];
  readonly batchSizes: readonly number[];
  readonly optimizers: readonly OptimizerSpec[];
  readonly weightDecays: readonly number[];
}

export interface Trial {
  readonly lr: number;
  readonly batchSize: number;
  readonly optimizer: OptimizerSpec;
  readonly weightDecay: number;
}

/** Every combination, in a fixed order (lr slowest … weight decay fastest). */
export function gridTrials(space: SearchSpace): Trial[] {
  const out: Trial[] = [];
  for (const lr of space.lrs)
    for (const batchSize of space.batchSizes)
      for (const optimizer of space.optimizers)
        for (const weightDecay of space.weightDecays) out.push({ lr, batchSize, optimizer, weightDecay });
  return out;
}

/**
 * `count` seeded random trials (Bergstra & Bengio 2012): the learning rate log-uniform between the
 * smallest and largest of `lrs`, weight decay log-uniform between the smallest positive and largest of
 * `weightDecays` (or 0 with the share of zeros in the list), batch size and optimizer uniform over
 * their lists.
 */
export function randomTrials(space: SearchSpace, count: number, seed: number): Trial[] {
  const rng = new Rng(seed).fork(0x5ea4c);
  const logUniform = (lo: number, hi: number) => Math.exp(rng.uniformIn(Math.log(lo), Math.log(hi)));
  const lrLo = Math.min(...space.lrs);
  const lrHi = Math.max(...space.lrs);
  const positiveDecays = space.weightDecays.filter((w) => w > 0);
  const zeroShare = 1 - positiveDecays.length / space.weightDecays.length;
  return Array.from({ length: count }, () => {
    const lr = lrLo === lrHi ? lrLo : logUniform(lrLo, lrHi);
    const batchSize = space.batchSizes[rng.int(space.batchSizes.length)]!;
    const optimizer = space.optimizers[rng.int(space.optimizers.length)]!;
    const zero = positiveDecays.length === 0 || rng.uniform() < zeroShare;
    const weightDecay = zero ? 0 : logUniform(Math.min(...positiveDecays), Math.max(...positiveDecays));
    return { lr: Number(lr.toPrecision(3)), batchSize, optimizer, weightDecay: Number(weightDecay.toPrecision(3)) };
  });
}

export interface TrialResult {
  readonly trial: Trial;
  readonly bestValidationLoss: number;
  readonly bestEpoch: number;
  readonly epochs: number;
  readonly testAccuracy?: number;
  readonly seconds: number;
  /** Why the trial failed (diverged, …), if it did. */
  readonly error?: string;
}

/** Best first; failed trials last. */
export function rankTrials(results: readonly TrialResult[]): TrialResult[] {
  const key = (r: TrialResult) => (r.error || !Number.isFinite(r.bestValidationLoss) ? Infinity : r.bestValidationLoss);
  return [...results].sort((a, b) => key(a) - key(b));
}

export function rankedTable(results: readonly TrialResult[]): string {
  const header = ["rank", "optimizer", "lr", "batch", "weight decay", "best val loss", "best epoch", "test acc", "seconds"];
  const rows = rankTrials(results).map((r, i) => [
    String(i + 1),
    formatOptimizer(r.trial.optimizer),
    String(r.trial.lr),
    String(r.trial.batchSize),
    String(r.trial.weightDecay),
    r.error ? `failed: ${r.error.slice(0, 40)}` : r.bestValidationLoss.toFixed(4),
    r.error ? "-" : String(r.bestEpoch + 1),
    r.testAccuracy === undefined ? "-" : `${(100 * r.testAccuracy).toFixed(2)}%`,
    r.seconds.toFixed(1),
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: readonly string[]) => cells.map((s, c) => s.padEnd(widths[c]!)).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}
