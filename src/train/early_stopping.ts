// Early stopping on validation loss: stop when the loss has not improved by more than `minDelta` for
// `patience` evaluations in a row, and put back the parameters of the best evaluation (host side, with
// the program's getParams/setParams), so the model that is kept is the one that validated best.
import type { HostTensor } from "../runtime/tensor.ts";

export interface EarlyStoppingOptions {
  /** Evaluations without improvement before stopping (≥ 1). */
  readonly patience: number;
  /** An improvement must lower the loss by more than this (default 0). */
  readonly minDelta?: number;
}

export interface ParamAccess {
  getParams(): Record<string, HostTensor>;
  setParams(values: Readonly<Record<string, HostTensor>>): void;
}

export class EarlyStopping {
  private best = Infinity;
  private bestEpochIndex = -1;
  private bestParams: Record<string, HostTensor> | undefined;
  private sinceBest = 0;

  constructor(private readonly opts: EarlyStoppingOptions) {
    if (!Number.isInteger(opts.patience) || opts.patience < 1) {
      throw new Error(`early stopping: patience must be a positive integer, got ${opts.patience} (e.g. --patience 3)`);
    }
  }

  get bestLoss(): number {
    return this.best;
  }
  get bestEpoch(): number {
    return this.bestEpochIndex;
  }

  /**
   * Records the validation loss after `epoch`; snapshots the params when it improves.
   * Returns true when training should stop. A non-finite loss never counts as an improvement.
   */
  observe(epoch: number, validationLoss: number, program: ParamAccess): boolean {
    if (Number.isFinite(validationLoss) && validationLoss < this.best - (this.opts.minDelta ?? 0)) {
      this.best = validationLoss;
      this.bestEpochIndex = epoch;
      this.bestParams = program.getParams();
      this.sinceBest = 0;
      return false;
    }
    this.sinceBest++;
    return this.sinceBest >= this.opts.patience;
  }

  /** Puts back the best params seen; returns false if no evaluation ever improved. */
  restoreBest(program: ParamAccess): boolean {
    if (!this.bestParams) return false;
    program.setParams(this.bestParams);
    return true;
  }
}
