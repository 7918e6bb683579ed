// What both backends say about a program: the manifest (entries with their inputs and outputs, params
// with their initializers, the arena size) and the package name generated programs import the runtime by.
import type { Graph } from "../ir/types.ts";
import { formatSource } from "../ir/types.ts";
import type { Plan, ProgramPlan } from "../passes/plan.ts";
import type { ProgramManifest } from "../runtime/program.ts";

/** The module specifier every generated program imports the runtime by. */
export const RUNTIME_PACKAGE = "gradfuse/runtime";

/** An i32 input's declared value range (class labels), for the runtime's feed check. */
function rangeOf(plan: Plan, buffer: number): { range?: [number, number]; rangeReason?: string } {
  const n = plan.graph.nodes[plan.buffers[buffer]!.node]!;
  if (n.op !== "input" || !n.attrs.range) return {};
  return { range: [...n.attrs.range], ...(n.attrs.rangeReason ? { rangeReason: n.attrs.rangeReason } : {}) };
}

/**
 * For each input node that reaches the indices of a gather/scatterAdd through movements only: the
 * smallest table extent it indexes, with that op and its source line (the runtime checks feeds).
 */
function indexRanges(g: Graph): Map<number, { limit: number; op: string; source: string }> {
  const ranges = new Map<number, { limit: number; op: string; source: string }>();
  const THROUGH = new Set(["reshape", "transpose", "slice", "broadcast", "stopGradient"]);
  for (const n of g.nodes) {
    if (n.op !== "gather" && n.op !== "scatterAdd") continue;
    const limit = n.op === "gather" ? g.nodes[n.inputs[0]!]!.shape[n.attrs.axis]! : n.attrs.shape[n.attrs.axis]!;
    let v = g.nodes[n.inputs[1]!]!;
    while (THROUGH.has(v.op)) v = g.nodes[v.inputs[0]!]!;
    if (v.op !== "input") continue;
    const known = ranges.get(v.id);
    if (!known || limit < known.limit) ranges.set(v.id, { limit, op: n.op, source: formatSource(n.source) });
  }
  return ranges;
}

/** The params an entry's updates write, by name. */
function updatedParams(plan: Plan): string[] {
  return [...new Set(plan.graph.updates.map((u) => (plan.graph.nodes[u.param] as { attrs: { name: string } }).attrs.name))];
}

/** A linked program's manifest (written into the generated module and into manifest.json). */
export function manifestOf(program: ProgramPlan, name: string): ProgramManifest {
  const derived = new Set(program.derived ?? []);
  const prepares = new Map(Object.entries(program.prepares ?? {}));
  const prepareEntries = new Set(prepares.values());
  // fromEntries defines own properties, so an entry named "__proto__" is an entry like any other.
  const entries: Record<string, ProgramManifest["entries"][string]> = Object.fromEntries(
    program.entries.map((plan) => {
      const ranges = indexRanges(plan.graph);
      const slot = (nameOf: string, buffer: number) => {
        const b = plan.buffers[buffer]!;
        const range = ranges.get(b.node);
        return { name: nameOf, dtype: b.dtype, shape: [...b.shape], address: b.address, ...(range ? { indexRange: range } : {}) };
      };
      return [
        plan.entry,
        {
          inputs: plan.inputs.map((i) => ({ ...slot(i.name, i.buffer), ...rangeOf(plan, i.buffer) })),
          outputs: plan.outputs.map((o) => slot(o.name, o.buffer)),
          params: plan.buffers.filter((b) => b.param && b.inPlaceOf === undefined && !derived.has(b.param.name)).map((b) => b.param!.name),
          ...(prepares.has(plan.entry) ? { prepare: prepares.get(plan.entry)! } : {}),
          ...(prepareEntries.has(plan.entry) ? { role: "prepare" as const } : {}),
          // A prepare entry's updates write derived slots, not params.
          ...(plan.graph.updates.length > 0 && !prepareEntries.has(plan.entry) ? { updatesParams: updatedParams(plan) } : {}),
        },
      ];
    }),
  );
  const params = program.persistent
    .filter((p) => p.init !== undefined && !derived.has(p.name))
    .map((p) => ({ name: p.name, dtype: p.dtype, shape: [...p.shape], address: p.address, init: p.init!, trainable: p.trainable ?? true }));
  const derivedSlots = program.persistent.filter((p) => derived.has(p.name)).map((p) => ({ name: p.name, dtype: p.dtype, shape: [...p.shape], address: p.address }));
  return { name, arenaBytes: program.arenaBytes, params, entries, ...(derivedSlots.length ? { derived: derivedSlots } : {}) };
}
