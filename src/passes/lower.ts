// The pass pipeline: simplify → cse → dce → rematerialize → (copies, const operands) → fuse → rows → schedule → memory plan.
// Each stage is timed (GRADFUSE_DEBUG=2) and can report the IR after it (GRADFUSE_DEBUG=5).
import type { Graph } from "../ir/types.ts";
import { copyObservedLeaves } from "./copies.ts";
import { cse } from "./cse.ts";
import { dce } from "./dce.ts";
import { fuse } from "./fuse.ts";
import { linkPlans } from "./link.ts";
import { materializeConstOperands } from "./operands.ts";
import { planMemory } from "./memory.ts";
import type { Plan, ProgramPlan } from "./plan.ts";
import { rematerialize } from "./rematerialize.ts";
import { fuseRows } from "./rows.ts";
import { schedule } from "./schedule.ts";
import { simplify } from "./simplify.ts";

export interface PassHooks {
  /** Called with each graph-to-graph pass's result. */
  readonly afterPass?: (pass: string, g: Graph) => void;
  /** false: plan without the rows pass (bench/rows-ab.ts measures what it gains). Default true. */
  readonly rows?: boolean;
}

function timed<T>(timings: { pass: string; ms: number }[], pass: string, f: () => T): T {
  const t0 = performance.now();
  const r = f();
  timings.push({ pass, ms: performance.now() - t0 });
  return r;
}

/** simplify → cse → dce: the graph-level optimizations, result still an ordinary graph. */
export function optimizeGraph(g: Graph, hooks: PassHooks = {}, timings: { pass: string; ms: number }[] = []): Graph {
  let cur = g;
  for (const [pass, f] of [
    ["simplify", simplify],
    ["cse", cse],
    ["dce", dce],
  ] as const) {
    cur = timed(timings, pass, () => f(cur));
    hooks.afterPass?.(pass, cur);
  }
  return cur;
}

/** One entry's plan, with region-relative addresses (see linkPlans). */
export function planEntry(g: Graph, entry: string, hooks: PassHooks = {}): Plan {
  const timings: { pass: string; ms: number }[] = [];
  const rematerialized = timed(timings, "rematerialize", () => rematerialize(optimizeGraph(g, hooks, timings)));
  const optimized = materializeConstOperands(copyObservedLeaves(rematerialized));
  const kernels = timed(timings, "fuse", () => fuse(optimized));
  const merged = hooks.rows === false ? kernels : timed(timings, "rows", () => fuseRows(optimized, kernels));
  const ordered = timed(timings, "schedule", () => schedule(merged));
  const mem = timed(timings, "memory", () => planMemory(optimized, ordered));
  return { entry, graph: optimized, kernels: ordered, ...mem, timings };
}

/** Plans and links every entry of a program. */
export function planProgram(entries: Readonly<Record<string, Graph>>, hooks: PassHooks = {}): ProgramPlan {
  return linkPlans(Object.entries(entries).map(([name, g]) => planEntry(g, name, hooks)));
}

/** A single graph as a linked one-entry program's plan (arena addresses), for tests and inspect. */
export function lowerToPlan(g: Graph): Plan {
  return planProgram({ [g.name]: g }).entries[0]!;
}
