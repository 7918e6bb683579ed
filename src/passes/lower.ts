// The pass pipeline: simplify → cse → dce → rematerialize → (copies, const operands) → fuse → rows → schedule → memory plan.
// Each entry first goes through simplify → cse → dce → fold (batch norm into the contraction before
// it) → hoist (param-invariant work into a prepare entry), then the pipeline.
// Each stage is timed (GRADFUSE_DEBUG=2) and can report the IR after it (GRADFUSE_DEBUG=5).
import type { Graph } from "../ir/types.ts";
import { copyObservedLeaves } from "./copies.ts";
import { cse } from "./cse.ts";
import { dce } from "./dce.ts";
import { foldAffineIntoContractions } from "./fold.ts";
import { fuse } from "./fuse.ts";
import { hoistParamInvariants, ValueSignatures } from "./hoist.ts";
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
export function planEntry(g: Graph, entry: string, hooks: PassHooks = {}, timings: { pass: string; ms: number }[] = []): Plan {
  const rematerialized = timed(timings, "rematerialize", () => rematerialize(optimizeGraph(g, hooks, timings)));
  const optimized = materializeConstOperands(copyObservedLeaves(rematerialized));
  const kernels = timed(timings, "fuse", () => fuse(optimized));
  const merged = hooks.rows === false ? kernels : timed(timings, "rows", () => fuseRows(optimized, kernels));
  const ordered = timed(timings, "schedule", () => schedule(merged));
  const mem = timed(timings, "memory", () => planMemory(optimized, ordered));
  return { entry, graph: optimized, kernels: ordered, ...mem, timings };
}

/** A name not in `taken` (and now taken): `base`, else `base` with a number. */
function freshName(taken: Set<string>, base: string): string {
  let name = base;
  for (let k = 2; taken.has(name); k++) name = `${base}${k}`;
  taken.add(name);
  return name;
}

/** Every name a program already uses for entries and params (hidden names must differ from them all). */
function usedNames(entries: Readonly<Record<string, Graph>>): Set<string> {
  const taken = new Set(Object.keys(entries));
  for (const g of Object.values(entries)) for (const n of g.nodes) if (n.op === "param") taken.add(n.attrs.name);
  return taken;
}

/**
 * Plans and links every entry of a program. Each entry's param-invariant work (hoist.ts: nothing that
 * depends on a param the entry updates) is hoisted, after batch norm is folded into its contractions,
 * into a prepare entry `<entry>/prepare` that writes slots `<param>#prepared<k>` (one per distinct
 * value: entries computing the same values share the slots and the prepare entry). The runtime runs a
 * prepare entry before its entry when params have changed; prepare entries come after the user's.
 */
export function planProgram(entries: Readonly<Record<string, Graph>>, hooks: PassHooks = {}): ProgramPlan {
  const taken = usedNames(entries);
  const plans: Plan[] = [];
  const preparePlans: Plan[] = [];
  const prepares: [string, string][] = [];
  const prepareOf = new Map<string, string>();
  // One slot per distinct value (ValueSignatures), whichever entries read it. "conv1/kernel#prepared0":
  // the param's scope names the kernels that read the slot.
  const signatures = new ValueSignatures();
  const slotOf = new Map<number, string>();
  const slotName = (_k: number, param: string | undefined, signature: number): string => {
    let slot = slotOf.get(signature);
    if (slot === undefined) {
      slot = freshName(taken, `${param ? `${param}#` : ""}prepared${slotOf.size}`);
      slotOf.set(signature, slot);
    }
    return slot;
  };
  for (const [name, g] of Object.entries(entries)) {
    const timings: { pass: string; ms: number }[] = [];
    // Optimized first, so the fold sees simplified chains; the pipeline then cleans up after the hoist.
    const optimized = optimizeGraph(g, hooks, timings);
    // dce: the unfolded chains must not be taken for param-only work to hoist.
    const folded = timed(timings, "fold", () => dce(foldAffineIntoContractions(optimized)));
    hooks.afterPass?.("fold", folded);
    const hoisted = timed(timings, "hoist", () => hoistParamInvariants(folded, slotName, signatures));
    hooks.afterPass?.("hoist", hoisted.entry);
    const plan = planEntry(hoisted.entry, name, hooks, timings);
    if (!hoisted.prepare) {
      plans.push(plan);
      continue;
    }
    // Entries whose hoisted values are all the same (evaluate and validate) share one prepare entry.
    const key = hoisted.slots.join("\n");
    let prepare = prepareOf.get(key);
    if (prepare === undefined) {
      prepare = freshName(taken, `${name}/prepare`);
      prepareOf.set(key, prepare);
      preparePlans.push(planEntry(hoisted.prepare, prepare, hooks));
    }
    prepares.push([name, prepare]);
    plans.push({ ...plan, prepare });
  }
  const linked = linkPlans([...plans, ...preparePlans]);
  // fromEntries defines own properties: an entry named "__proto__" is a key like any other.
  return preparePlans.length ? { ...linked, prepares: Object.fromEntries(prepares), derived: [...slotOf.values()] } : linked;
}

/**
 * A single graph as a linked one-entry program's plan (arena addresses), for tests and inspect. When
 * param-only work was hoisted (`plan.prepare`), the plan reads values only planProgram's prepare entry
 * computes: to emit a runnable program, use planProgram.
 */
export function lowerToPlan(g: Graph): Plan {
  return planProgram({ [g.name]: g }).entries[0]!;
}
