// Row kernels: fused kernels that work on the same rows — values [..., C] reduced over their last
// axis, and the per-row and per-element values computed from those reductions — merged into one
// kernel that loops over the rows and, per row, makes one pass over its C elements per reduction,
// keeping each per-row result in a local. Softmax (max; Σ exp(x − max); exp(x − max)/Σ), log-softmax
// + cross-entropy (max; Σ exp; −Σ t·(x − max − log Σ)) and its adjoint (Σ of the upstream gradient;
// dlogits) each become one kernel, whose intermediates never reach the arena. Nothing here knows
// about softmax: any chain of last-axis reductions over one row space merges (layer-norm statistics
// too), so every loss option (label smoothing, class weights, an ignored label, [N, T, C] logits)
// and every derived adjoint is handled the same way.
//
// Guarantees:
//  - A rows kernel's stages are kernels fuse() made (a reduce over the last axis of [..., C] of f32,
//    with its epilogue; or a loop whose output is per row, [...] or [..., 1], or per element,
//    [..., C]), in output-id order; a per-element stage is the last one.
//  - Every stage after the first reads a value of an earlier stage, and every node that depends on
//    such a value (or on its own stage's reduction) keeps the row: it is computed at the row it
//    reads (elementwise ops whose operands are the same row or the row's scalar broadcast along it,
//    reshapes [...] ↔ [..., 1], broadcasts [..., 1] → [..., C]). So each row's results depend only on
//    that row: rows are independent tiles, and any split over threads gives the same bits.
//  - The merged kernel runs where its last stage ran (its output has the highest id); a stage's value
//    is stored (a side output) only if the graph observes it or another kernel reads it, and every
//    such kernel runs after the merged one. Ordering kernels by output id stays topological.
//  - Kernels that merge with nothing are returned unchanged. O(kernels + edges).
import type { Graph, Shape } from "../ir/types.ts";
import { sizeOf } from "../ir/types.ts";
import { isElementwise } from "../prims/elementwise.ts";
import { kernelName } from "./fuse.ts";
import type { Kernel, RowStage, RowsLayout } from "./plan.ts";
import { rootsOf } from "./rewrite.ts";

interface RowSpace {
  readonly lead: Shape;
  readonly length: number;
}

const same = (a: Shape, b: Shape) => a.length === b.length && a.every((d, i) => d === b[i]);

/** Whether a value of `shape` is one per row, one per element of a row, or neither. */
function perOf(space: RowSpace, shape: Shape): RowStage["per"] | undefined {
  if (same(shape, space.lead) || same(shape, [...space.lead, 1])) return "row";
  if (same(shape, [...space.lead, space.length])) return "element";
  return undefined;
}

/** The rows a reduce kernel works on: an f32 sum or max over the last axis (of length ≥ 2) only. */
function rowSpaceOf(g: Graph, k: Kernel): RowSpace | undefined {
  if (k.kind !== "reduce" || k.view) return undefined;
  const core = g.nodes[k.core]!;
  if ((core.op !== "reduceSum" && core.op !== "reduceMax") || core.dtype !== "f32") return undefined;
  const x = g.nodes[core.inputs[0]!]!;
  const last = x.shape.length - 1;
  if (last < 0 || x.shape[last]! < 2 || core.attrs.axes.length !== 1 || core.attrs.axes[0] !== last) return undefined;
  return { lead: x.shape.slice(0, -1), length: x.shape[last]! };
}

/**
 * Whether every node of `nodes` that depends on a per-row value (`rowValues`, or the stage's own
 * reduction `core`) is computed at the row it reads (see the header). Per-row values are the same
 * in every lane of their row, so a backend may keep them in locals.
 */
function keepsRows(g: Graph, space: RowSpace, nodes: readonly number[], rowValues: ReadonlySet<number>, core?: number): boolean {
  const dependent = new Set(rowValues);
  if (core !== undefined) dependent.add(core);
  const oneRow = sizeOf(space.lead) === 1;
  const rowScalar = [...space.lead, 1];
  for (const id of nodes) {
    if (id === core) continue; // a reduction over the last axis reads only its own row
    const n = g.nodes[id]!;
    const deps = n.inputs.filter((i) => dependent.has(i));
    if (deps.length === 0) continue;
    dependent.add(id);
    const per = perOf(space, n.shape);
    if (per === undefined) return false;
    const movement = n.op === "reshape" || n.op === "broadcast";
    if (!isElementwise(n.op) && !movement) return false;
    if (oneRow) continue;
    for (const d of deps) {
      const shape = g.nodes[d]!.shape;
      const ok = n.op === "reshape" ? perOf(space, shape) === per : same(shape, n.shape) || (per === "element" && same(shape, rowScalar));
      if (!ok) return false;
    }
  }
  return true;
}

interface Group {
  readonly space: RowSpace;
  readonly stages: Kernel[];
  readonly pers: RowStage["per"][];
  /** Values the stages write (outputs and side outputs): per row. */
  readonly values: Set<number>;
  closed: boolean;
}

/** Merges kernels over the same rows (see the header); the result is unordered, like fuse()'s. */
export function fuseRows(g: Graph, kernels: readonly Kernel[]): Kernel[] {
  const ordered = [...kernels].sort((a, b) => a.output - b.output);
  /** value → the kernels that read it */
  const readers = new Map<number, Kernel[]>();
  for (const k of ordered) for (const i of k.inputs) readers.set(i, [...(readers.get(i) ?? []), k]);
  const groupOfValue = new Map<number, Group>();
  const openByRows = new Map<string, Group>();
  const groupOf = new Map<Kernel, Group>();
  const groups: Group[] = [];

  /** Whether `k` may be the next stage of `group`: it runs where `k` ran, so nothing else may read the group's values before. */
  const canJoin = (group: Group, k: Kernel, per: RowStage["per"], core?: number): boolean => {
    if (group.closed || !k.inputs.some((i) => group.values.has(i))) return false;
    for (const v of group.values) {
      for (const r of readers.get(v) ?? []) if (r !== k && groupOf.get(r) !== group && r.output < k.output) return false;
    }
    if (per === "element" && k.kind === "reduce") return false;
    return keepsRows(g, group.space, k.nodes, group.values, core);
  };
  const add = (group: Group, k: Kernel, per: RowStage["per"]) => {
    group.stages.push(k);
    group.pers.push(per);
    groupOf.set(k, group);
    if (per === "element") group.closed = true;
    for (const v of [k.output, ...k.sideOutputs]) {
      group.values.add(v);
      groupOfValue.set(v, group);
    }
  };

  for (const k of ordered) {
    if (k.view || k.nodes.some((id) => g.nodes[id]!.op === "randomUniform")) continue;
    const space = rowSpaceOf(g, k);
    if (space) {
      const key = `${space.lead.join(",")}|${space.length}`;
      const open = openByRows.get(key);
      if (open && canJoin(open, k, "row", k.core)) {
        add(open, k, "row");
      } else if (keepsRows(g, space, k.nodes, new Set(), k.core)) {
        const group: Group = { space, stages: [], pers: [], values: new Set(), closed: false };
        groups.push(group);
        openByRows.set(key, group);
        add(group, k, "row");
      }
      continue;
    }
    if (k.kind !== "loop" || k.sideOutputs.length > 0) continue;
    const candidates = new Set(k.inputs.map((i) => groupOfValue.get(i)).filter((x): x is Group => x !== undefined));
    for (const group of candidates) {
      const per = perOf(group.space, g.nodes[k.output]!.shape);
      if (per && canJoin(group, k, per)) {
        add(group, k, per);
        break;
      }
    }
  }

  const roots = rootsOf(g);
  const merged = new Map<Kernel, Kernel>();
  for (const group of groups) {
    if (group.stages.length < 2) continue;
    const last = group.stages[group.stages.length - 1]!;
    merged.set(last, rowsKernel(g, group, roots, readers));
  }
  return ordered.flatMap((k) => {
    const group = groupOf.get(k);
    if (!group || group.stages.length < 2) return [k];
    return merged.has(k) ? [merged.get(k)!] : [];
  });
}

function rowsKernel(g: Graph, group: Group, roots: ReadonlySet<number>, readers: ReadonlyMap<number, readonly Kernel[]>): Kernel {
  const members = new Set(group.stages.flatMap((k) => [...k.nodes]));
  const last = group.stages[group.stages.length - 1]!;
  const output = last.output;
  const inputs: number[] = [];
  for (const k of group.stages) for (const i of k.inputs) if (!group.values.has(i) && !inputs.includes(i)) inputs.push(i);
  const inside = new Set(group.stages);
  const sideOutputs = [...group.values]
    .filter((v) => v !== output && (roots.has(v) || (readers.get(v) ?? []).some((r) => !inside.has(r))))
    .sort((a, b) => a - b);
  const stages: RowStage[] = group.stages.map((k, i) => ({
    kind: k.kind === "reduce" ? "reduce" : "loop",
    per: group.pers[i]!,
    core: k.core,
    output: k.output,
    epilogue: k.epilogue,
    nodes: k.nodes,
  }));
  const rows: RowsLayout = { lead: group.space.lead, length: group.space.length, stages };
  const nodes = [...members].sort((a, b) => a - b);
  const computed = nodes.filter((id) => g.nodes[id]!.op !== "const");
  const bytes = 4 * [...sideOutputs, output, ...inputs].reduce((b, i) => b + sizeOf(g.nodes[i]!.shape), 0);
  return {
    id: last.id,
    // Named by what it does per row: k3_rows_reduceMax_reduceSum_reduceSum (a log-softmax cross-entropy).
    name: kernelName(g, last.id, computed, inputs, output, "rows", stages.map((s) => (s.kind === "reduce" ? s.core : s.output))),
    kind: "rows",
    core: group.stages[0]!.core,
    output,
    epilogue: [],
    sideOutputs,
    nodes,
    inputs,
    inPlaceInputs: [],
    view: false,
    flops: group.stages.reduce((f, k) => f + k.flops, 0),
    bytes,
    rows,
  };
}
