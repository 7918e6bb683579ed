// Fusion by op-pattern kind (no search, one backward pass).
// Guarantees:
//  - Every non-leaf node belongs to exactly one kernel; scalar constants are inlined where used;
//    inputs, params and array constants live in memory.
//  - A loop kernel is a tree of elementwise, movement and random nodes over its root's shape; a node
//    joins its consumers' kernel only if ALL its consumers are in that kernel and it is not observable
//    (output, loss, update), so a value used only inside a kernel never reaches memory.
//  - A reduction absorbs its elementwise/movement producers the same way (they run in its inner loop).
//  - A contraction, window or reduction takes an epilogue: the chain of elementwise nodes of its own
//    shape that follows it while each link has a single consumer (bias add, activation, backward mask);
//    the epilogue's other operands may be fused trees too. A contraction's or window's own operands are
//    always read from memory.
//  - Each kernel writes its `output`, which has the highest node id in the kernel, and possibly side
//    outputs from the middle of an epilogue chain that are read only by nodes after the output; so
//    ordering kernels by output id is topological.
// O(nodes + edges).
import { nodeFlops } from "../ir/stats.ts";
import type { Graph, Node } from "../ir/types.ts";
import { sizeOf } from "../ir/types.ts";
import { rules } from "../prims/index.ts";
import type { OpKind } from "../prims/rule.ts";
import type { Kernel, KernelKind } from "./plan.ts";
import { consumersOf, rootsOf } from "./rewrite.ts";

export const kindOf = (n: Node): OpKind => rules[n.op].kind;

/** Scalar-valued constants are inlined into expressions; array constants are read from memory. */
export const isInlineConst = (n: Node): boolean => n.op === "const" && typeof n.attrs.value === "number";

/** A value the kernels read from memory without computing it. */
export const isMemoryLeaf = (n: Node): boolean => n.op === "input" || n.op === "param" || (n.op === "const" && !isInlineConst(n));

interface Group {
  readonly kind: KernelKind;
  readonly core: number;
  readonly epilogue: number[];
  readonly sideOutputs: number[];
  readonly members: Set<number>;
}

const FUSABLE: ReadonlySet<OpKind> = new Set<OpKind>(["elementwise", "movement", "random"]);

function groupKindOf(n: Node): KernelKind {
  switch (kindOf(n)) {
    case "reduction":
      return "reduce";
    case "contraction":
      return "contraction";
    case "window":
      return "window";
    default:
      return "loop";
  }
}

interface Chain {
  /** Elementwise nodes after the core, in order; the last one is the kernel's output. */
  readonly links: number[];
  /** Links (or the core) that are also stored because something outside the kernel reads them. */
  readonly side: number[];
}

/**
 * For each reduction/contraction/window node: the elementwise chain that follows it (maybe empty).
 * The chain goes on through a value with several users when one user continues it and every other
 * user is either a small producer feeding only that next link (it fuses in), or comes after the whole
 * chain in the graph (it reads the value from memory: a side output). So a ReLU whose pre-activation
 * the backward pass needs is still the convolution's epilogue, and kernels stay in topological order.
 */
function epilogueChains(g: Graph, consumers: number[][], roots: Set<number>): Map<number, Chain> {
  const chains = new Map<number, Chain>();
  const claimed = new Set<number>();
  for (const c of g.nodes) {
    const k = kindOf(c);
    if (k !== "reduction" && k !== "contraction" && k !== "window") continue;
    const links = [c.id];
    /** Small producers fused in because they feed only a link: producer → the link it feeds. */
    const producers = new Map<number, number>();
    if (c.dtype === "f32") {
      const fits = (e: Node) => kindOf(e) === "elementwise" && e.dtype === "f32" && e.shape.join(",") === c.shape.join(",") && !claimed.has(e.id);
      const feedsOnly = (v: number, u: number) =>
        FUSABLE.has(kindOf(g.nodes[v]!)) && !roots.has(v) && !claimed.has(v) && consumers[v]!.every((w) => w === u);
      for (;;) {
        const cur = links[links.length - 1]!;
        const users = consumers[cur]!;
        const next = users.find(
          (u) => fits(g.nodes[u]!) && users.every((v) => v === u || v > u || feedsOnly(v, u)),
        );
        if (next === undefined) break;
        // Claimed too, so no later chain takes them: they must fuse into this kernel, not another.
        for (const v of users) {
          if (v < next) {
            producers.set(v, next);
            claimed.add(v);
          }
        }
        links.push(next);
        claimed.add(next);
      }
    }
    // Trim so every value stored from the middle of the chain is read only after the chain's end.
    const inside = (u: number, members: Set<number>) => members.has(u) || members.has(producers.get(u) ?? -1);
    for (let q = 0; q < links.length - 1; q++) {
      const end = links[links.length - 1]!;
      const members = new Set(links);
      const outside = consumers[links[q]!]!.filter((u) => !inside(u, members));
      if (outside.some((u) => u <= end)) {
        for (const dropped of links.splice(q + 1)) claimed.delete(dropped);
      }
    }
    const members = new Set(links);
    const side = links.slice(0, -1).filter((id) => roots.has(id) || consumers[id]!.some((u) => !inside(u, members)));
    chains.set(c.id, { links: links.slice(1), side });
  }
  return chains;
}

/** Groups nodes into kernels (unordered; see schedule.ts). */
export function fuse(g: Graph): Kernel[] {
  const consumers = consumersOf(g);
  const roots = rootsOf(g);
  const chains = epilogueChains(g, consumers, roots);
  const epilogueCore = new Map<number, number>();
  for (const [core, chain] of chains) for (const e of chain.links) epilogueCore.set(e, core);

  const groupOf = new Array<Group | undefined>(g.nodes.length);
  const groups: Group[] = [];
  const open = (kind: KernelKind, core: number, chain: Chain | undefined) => {
    const epilogue = chain?.links ?? [];
    const group: Group = { kind, core, epilogue, sideOutputs: chain?.side ?? [], members: new Set([core, ...epilogue]) };
    for (const m of group.members) groupOf[m] = group;
    groups.push(group);
  };

  const canJoin = (p: Node): Group | undefined => {
    if (!FUSABLE.has(kindOf(p)) || roots.has(p.id) || epilogueCore.has(p.id)) return undefined;
    const users = consumers[p.id]!;
    if (users.length === 0) return undefined;
    const target = groupOf[users[0]!];
    if (!target) return undefined;
    for (const u of users) {
      if (groupOf[u] !== target) return undefined;
      // A contraction's or window's operands are read from memory; a random op reads its counter once.
      if (u === target.core && target.kind !== "loop" && target.kind !== "reduce") return undefined;
      if (g.nodes[u]!.op === "randomUniform") return undefined;
    }
    return target;
  };

  for (let id = g.nodes.length - 1; id >= 0; id--) {
    const n = g.nodes[id]!;
    if (kindOf(n) === "leaf" || groupOf[id]) continue;
    const core = epilogueCore.get(id);
    if (core !== undefined) {
      open(groupKindOf(g.nodes[core]!), core, chains.get(core));
      continue;
    }
    const target = canJoin(n);
    if (target) {
      target.members.add(id);
      groupOf[id] = target;
      continue;
    }
    open(groupKindOf(n), id, chains.get(id));
  }
  return groups.map((group, i) => toKernel(g, group, i));
}

function toKernel(g: Graph, group: Group, id: number): Kernel {
  const members = [...group.members].sort((a, b) => a - b);
  const output = group.epilogue.length ? group.epilogue[group.epilogue.length - 1]! : group.core;
  const inputs: number[] = [];
  const inlined = new Set<number>();
  for (const m of members) {
    for (const i of g.nodes[m]!.inputs) {
      if (group.members.has(i)) continue;
      if (isInlineConst(g.nodes[i]!)) inlined.add(i);
      else if (!inputs.includes(i)) inputs.push(i);
    }
  }
  const nodes = [...members, ...inlined].sort((a, b) => a - b);
  const out = g.nodes[output]!;
  const flops = members.reduce((f, m) => f + nodeFlops(g, g.nodes[m]!), 0);
  const written = [output, ...group.sideOutputs];
  const bytes = 4 * [...written, ...inputs].reduce((b, i) => b + sizeOf(g.nodes[i]!.shape), 0);
  return {
    id,
    name: kernelName(g, id, members, inputs, output),
    kind: group.kind,
    core: group.core,
    output,
    epilogue: group.epilogue,
    sideOutputs: group.sideOutputs,
    nodes,
    inputs,
    inPlaceInputs: inPlaceInputsOf(g, group, members, inputs, out),
    view: isView(g, group, members, inputs),
    flops,
    bytes,
  };
}

/** In a pure elementwise loop over equal shapes, each input of the output's shape is read only at the written element. */
function inPlaceInputsOf(g: Graph, group: Group, members: number[], inputs: number[], out: Node): number[] {
  if (group.kind !== "loop") return [];
  const shape = out.shape.join(",");
  const pure = members.every((m) => {
    const n = g.nodes[m]!;
    return kindOf(n) === "elementwise" && n.shape.join(",") === shape;
  });
  if (!pure) return [];
  // Inputs are rewritten by every run's feeds, so overwriting them is safe; params and constants are not.
  return inputs.filter((i) => g.nodes[i]!.shape.join(",") === shape && (g.nodes[i]!.op === "input" || !isMemoryLeaf(g.nodes[i]!)));
}

/** A lone reshape of a scratch value (not a param or constant, whose bytes an update or load owns). */
function isView(g: Graph, group: Group, members: number[], inputs: number[]): boolean {
  if (group.kind !== "loop" || members.length !== 1 || inputs.length !== 1) return false;
  const source = g.nodes[inputs[0]!]!;
  return g.nodes[members[0]!]!.op === "reshape" && source.op !== "param" && source.op !== "const";
}

const identifier = (s: string) => s.replace(/[^A-Za-z0-9_]/g, "_").replace(/_+/g, "_").replace(/^_|_$/g, "");

/**
 * k<id>_<user name>_<ops>: the output's or a member's name, else the scope of a param it reads; `tag`
 * (e.g. "rows") goes before the ops, which are those of `opNodes` (default: every member).
 */
export function kernelName(g: Graph, id: number, members: readonly number[], inputs: readonly number[], output: number, tag?: string, opNodes: readonly number[] = members): string {
  const named = [output, ...members].map((m) => g.nodes[m]!.name).find((n) => n !== undefined);
  const param = inputs.map((i) => g.nodes[i]!).find((n) => n.op === "param");
  const scope = param && param.op === "param" && param.attrs.name.includes("/") ? param.attrs.name.replace(/\/[^/]*$/, "") : undefined;
  const label = named ?? scope;
  const ops: string[] = [];
  for (const m of opNodes) {
    const op = g.nodes[m]!.op;
    if (!ops.includes(op)) ops.push(op);
  }
  const opPart = ops.length > 4 ? [...ops.slice(0, 3), `${ops.length - 3}more`] : ops;
  return identifier([`k${id}`, label ? identifier(label) : "", tag ?? "", ...opPart].filter(Boolean).join("_"));
}
