// Command-line flags of the bench/text scripts: --workload <id|all> --warmup N --reps N --budget-ms N.
import type { TextWorkloadId } from "./workloads.ts";
import { TEXT_WORKLOADS } from "./workloads.ts";

export function textArgs(argv: readonly string[] = process.argv.slice(2)) {
  const flag = (k: string) => {
    const i = argv.indexOf(`--${k}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const num = (k: string, d: number) => {
    const v = flag(k);
    const n = v === undefined ? d : Number(v);
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${k} expects a number, got ${v}`);
    return n;
  };
  const w = flag("workload") ?? "all";
  const workloads = (w === "all" ? [...TEXT_WORKLOADS] : w.split(",")) as TextWorkloadId[];
  for (const id of workloads) if (!TEXT_WORKLOADS.includes(id)) throw new Error(`unknown workload ${id}; known: ${TEXT_WORKLOADS.join(", ")}`);
  return { workloads, warmup: num("warmup", 3), reps: Math.max(1, num("reps", 10)), budgetMs: num("budget-ms", 10_000) };
}
