// The memory plan: one buffer per value that reaches memory, placed in one arena.
// Guarantees:
//  - Params (trainable or state) and array constants live in the persistent region, each at its own
//    address for the program's lifetime; inputs, outputs and temporaries live in the scratch region.
//  - Two scratch buffers share bytes only if their live ranges [from, to] (kernel positions) do not
//    overlap, except in place: a pure elementwise kernel may write its output over an input of the same
//    size whose last reader it is (every read of it is at the element being written).
//  - Inputs are live from before the first kernel; outputs and update values until after the last.
//  - An update whose new value is computed by a pure elementwise kernel that is the last reader of the
//    param is written straight into the param (no copy); every other update is a copy after the
//    kernels, all reads before any write.
//  - A view kernel's output (a reshape of a scratch value) shares its source's bytes; the source
//    stays live until the last view of it is dead.
//  - Placement is greedy first-fit in kernel order, lowest address first. Addresses here are relative
//    to each region; link.ts assigns arena addresses. O(buffers · free blocks).
import type { Graph, Node } from "../ir/types.ts";
import { sizeOf } from "../ir/types.ts";
import { CompileError } from "../ir/errors.ts";
import { isInlineConst, isMemoryLeaf, kindOf } from "./fuse.ts";
import type { Buffer, BufferKind, Kernel, MemoryStats } from "./plan.ts";
import { ALIGN } from "./plan.ts";

export const alignUp = (bytes: number) => Math.ceil(bytes / ALIGN) * ALIGN;

export interface MemoryPlan {
  readonly buffers: Buffer[];
  readonly bufferOf: Record<number, number>;
  readonly inputs: { name: string; buffer: number }[];
  readonly outputs: { name: string; buffer: number }[];
  readonly updates: { param: number; value: number }[];
  readonly memory: MemoryStats;
}

/** First-fit allocator over a growing region; free blocks are kept sorted and merged. */
class FirstFit {
  private free: { start: number; end: number }[] = [];
  top = 0;

  alloc(bytes: number): number {
    const size = alignUp(Math.max(bytes, 1));
    for (let i = 0; i < this.free.length; i++) {
      const b = this.free[i]!;
      if (b.end - b.start < size) continue;
      const at = b.start;
      b.start += size;
      if (b.start === b.end) this.free.splice(i, 1);
      return at;
    }
    // Grow, reusing a free block that ends at the top.
    const last = this.free[this.free.length - 1];
    if (last && last.end === this.top) {
      this.free.pop();
      this.top = last.start + size;
      return last.start;
    }
    const at = this.top;
    this.top += size;
    return at;
  }

  release(start: number, bytes: number): void {
    const end = start + alignUp(Math.max(bytes, 1));
    let i = 0;
    while (i < this.free.length && this.free[i]!.start < start) i++;
    this.free.splice(i, 0, { start, end });
    if (i + 1 < this.free.length && this.free[i + 1]!.start === end) {
      this.free[i]!.end = this.free[i + 1]!.end;
      this.free.splice(i + 1, 1);
    }
    if (i > 0 && this.free[i - 1]!.end === start) {
      this.free[i - 1]!.end = this.free[i]!.end;
      this.free.splice(i, 1);
    }
  }
}

interface Draft {
  node: number;
  kind: BufferKind;
  region: "persistent" | "scratch";
  from: number;
  to: number;
  address: number;
  /** Aligned bytes. */
  bytes: number;
  inPlaceOf?: number;
  /** The draft whose bytes this view shares (the root of a chain of reshapes). */
  viewOf?: Draft;
}

const labelOf = (n: Node) => n.name ?? `${n.op}_${n.id}`;

export function planMemory(g: Graph, kernels: readonly Kernel[]): MemoryPlan {
  const end = kernels.length;
  const drafts = new Map<number, Draft>();
  const observed = new Set(g.outputs.map((o) => o.node));
  const updateValues = new Set(g.updates.map((u) => u.value));
  const draft = (node: number, kind: BufferKind, region: Draft["region"], from: number) =>
    drafts.set(node, { node, kind, region, from, to: from, address: -1, bytes: alignUp(sizeOf(g.nodes[node]!.shape) * 4) });

  for (const n of g.nodes) {
    if (n.op === "param") draft(n.id, "param", "persistent", -1);
    else if (n.op === "input") draft(n.id, "input", "scratch", -1);
    else if (isMemoryLeaf(n)) draft(n.id, "const", "persistent", -1);
  }
  kernels.forEach((k, pos) => {
    for (const id of [k.output, ...k.sideOutputs]) draft(id, observed.has(id) ? "output" : "temp", "scratch", pos);
  });
  kernels.forEach((k, pos) => {
    for (const i of k.inputs) drafts.get(i)!.to = pos;
  });
  for (const id of [...observed, ...updateValues]) {
    const d = drafts.get(id);
    if (d) d.to = end;
  }

  linkViews(kernels, drafts);
  const inPlaceUpdates = placeUpdatesInPlace(g, kernels, drafts);
  placePersistent(g, drafts);
  const scratchTop = placeScratch(kernels, drafts, inPlaceUpdates);

  const buffers: Buffer[] = [];
  const bufferOf: Record<number, number> = {};
  for (const d of [...drafts.values()].sort((a, b) => a.node - b.node)) {
    const n = g.nodes[d.node]!;
    const id = buffers.length;
    bufferOf[d.node] = id;
    buffers.push({
      id,
      node: d.node,
      label: labelOf(n),
      dtype: n.dtype,
      shape: n.shape,
      size: sizeOf(n.shape),
      kind: d.kind,
      region: d.region,
      address: d.address,
      from: d.from,
      to: d.to,
      ...(n.op === "param" ? { param: { name: n.attrs.name, init: n.attrs.init, trainable: n.attrs.trainable } } : {}),
      ...(n.op === "const" && !isInlineConst(n) ? { constValue: n.attrs.value as readonly number[] } : {}),
    });
  }
  for (const d of drafts.values()) {
    const b = buffers[bufferOf[d.node]!] as { inPlaceOf?: number; viewOf?: number };
    if (d.inPlaceOf !== undefined) b.inPlaceOf = bufferOf[d.inPlaceOf];
    if (d.viewOf !== undefined) b.viewOf = bufferOf[d.viewOf.node];
  }
  const persistentBytes = buffers.filter((b) => b.region === "persistent").reduce((s, b) => s + alignUp(b.size * 4), 0);
  checkArenaBytes(g, buffers, persistentBytes + scratchTop);
  return {
    buffers,
    bufferOf,
    inputs: g.nodes.filter((n) => n.op === "input").map((n) => ({ name: (n as Node & { op: "input" }).attrs.name, buffer: bufferOf[n.id]! })),
    outputs: g.outputs.map((o) => ({ name: o.name, buffer: bufferOf[o.node]! })),
    updates: g.updates
      .filter((u) => !inPlaceUpdates.has(u.value))
      .map((u) => ({ param: bufferOf[u.param]!, value: bufferOf[u.value]! })),
    memory: {
      persistentBytes,
      scratchBytes: scratchTop,
      arenaBytes: persistentBytes + scratchTop,
      unplannedBytes: buffers.reduce((s, b) => s + alignUp(b.size * 4), 0),
      peakLiveBytes: persistentBytes + peakScratch(buffers, end),
    },
  };
}

/** The most bytes an arena may take: a WebAssembly memory holds at most 65,536 pages of 64 KiB. */
export const MAX_ARENA_BYTES = 2 ** 32;

/** A plan whose arena cannot be allocated is an error before any code is generated, naming the biggest buffers. */
function checkArenaBytes(g: Graph, buffers: readonly Buffer[], arenaBytes: number): void {
  if (arenaBytes <= MAX_ARENA_BYTES) return;
  const biggest = [...buffers].sort((a, b) => b.size - a.size).slice(0, 3);
  throw new CompileError(
    `graph '${g.name}' needs an arena of ${arenaBytes.toLocaleString("en-US")} bytes, more than the ${MAX_ARENA_BYTES.toLocaleString("en-US")} (4 GiB) a program's memory can hold; ` +
      `largest: ${biggest.map((b) => `${b.label} ${b.dtype}[${b.shape.join(",")}] ${(b.size * 4).toLocaleString("en-US")} B`).join(", ")}. Use a smaller batch or smaller layers`,
  );
}

/** Update values that can be computed straight into their param; returns value node → param node. */
function placeUpdatesInPlace(g: Graph, kernels: readonly Kernel[], drafts: Map<number, Draft>): Map<number, number> {
  const result = new Map<number, number>();
  const position = new Map(kernels.map((k, i) => [k.output, i]));
  const lastReader = new Map<number, number>();
  kernels.forEach((k, pos) => k.inputs.forEach((i) => lastReader.set(i, pos)));
  const valueCount = new Map<number, number>();
  for (const u of g.updates) valueCount.set(u.value, (valueCount.get(u.value) ?? 0) + 1);
  for (const u of g.updates) {
    const pos = position.get(u.value);
    if (pos === undefined || valueCount.get(u.value) !== 1) continue;
    const k = kernels[pos]!;
    const pure = k.kind === "loop" && kernelIsPureElementwise(g, k) && k.inputs.includes(u.param);
    const sameShape = g.nodes[u.param]!.shape.join(",") === g.nodes[u.value]!.shape.join(",");
    if (pure && sameShape && lastReader.get(u.param) === pos) {
      const d = drafts.get(u.value)!;
      d.region = "persistent";
      d.inPlaceOf = u.param;
      result.set(u.value, u.param);
    }
  }
  return result;
}

function kernelIsPureElementwise(g: Graph, k: Kernel): boolean {
  const shape = g.nodes[k.output]!.shape.join(",");
  return k.nodes.every((m) => {
    const n = g.nodes[m]!;
    if (isInlineConst(n)) return true;
    return kindOf(n) === "elementwise" && n.shape.join(",") === shape;
  });
}

function placePersistent(g: Graph, drafts: Map<number, Draft>): void {
  let top = 0;
  for (const n of g.nodes) {
    const d = drafts.get(n.id);
    if (!d || d.region !== "persistent" || d.inPlaceOf !== undefined) continue;
    d.address = top;
    top += alignUp(sizeOf(n.shape) * 4);
  }
  for (const d of drafts.values()) if (d.inPlaceOf !== undefined) d.address = drafts.get(d.inPlaceOf)!.address;
}

/** Views share their source's bytes: the source (the chain's root) stays live until every view is dead. */
function linkViews(kernels: readonly Kernel[], drafts: Map<number, Draft>): void {
  for (const k of kernels) {
    if (!k.view) continue;
    const source = drafts.get(k.inputs[0]!)!;
    const root = source.viewOf ?? source;
    const view = drafts.get(k.output)!;
    view.viewOf = root;
    root.to = Math.max(root.to, view.to);
  }
}

function placeScratch(kernels: readonly Kernel[], drafts: Map<number, Draft>, inPlaceUpdates: Map<number, number>): number {
  const heap = new FirstFit();
  const scratch = [...drafts.values()].filter((d) => d.region === "scratch" && !d.viewOf);
  // Bytes seen under two names are never handed to an in-place kernel.
  const shared = new Set<Draft>();
  for (const d of drafts.values()) if (d.viewOf) shared.add(d).add(d.viewOf);
  const bytes = (d: Draft) => d.bytes;
  const endingAt = new Map<number, Draft[]>();
  for (const d of scratch) {
    const list = endingAt.get(d.to) ?? [];
    list.push(d);
    endingAt.set(d.to, list);
  }
  const handedOver = new Set<Draft>();
  for (const d of scratch) if (d.from === -1) d.address = heap.alloc(bytes(d));
  const releaseEnded = (pos: number) => {
    for (const d of endingAt.get(pos) ?? []) if (!handedOver.has(d)) heap.release(d.address, bytes(d));
  };
  releaseEnded(-1);
  kernels.forEach((k, pos) => {
    const out = drafts.get(k.output)!;
    for (const side of k.sideOutputs) drafts.get(side)!.address = heap.alloc(drafts.get(side)!.bytes);
    if (out.viewOf) {
      out.address = out.viewOf.address;
    } else if (!inPlaceUpdates.has(k.output)) {
      const donor = k.inPlaceInputs
        .map((i) => drafts.get(i)!)
        .find((d) => d.region === "scratch" && d.to === pos && !handedOver.has(d) && !shared.has(d) && !shared.has(out) && bytes(d) === bytes(out));
      if (donor) {
        handedOver.add(donor);
        out.address = donor.address;
        out.inPlaceOf = donor.node;
      } else {
        out.address = heap.alloc(bytes(out));
      }
    }
    releaseEnded(pos);
  });
  return heap.top;
}

/** The most scratch bytes live at one kernel (a buffer written in place over another counts once). */
function peakScratch(buffers: readonly Buffer[], end: number): number {
  const delta = new Array<number>(end + 3).fill(0);
  for (const b of buffers) {
    if (b.region !== "scratch" || b.viewOf !== undefined) continue;
    const from = b.inPlaceOf !== undefined ? b.from + 1 : b.from;
    if (from > b.to) continue;
    delta[from + 1]! += alignUp(b.size * 4);
    delta[b.to + 2]! -= alignUp(b.size * 4);
  }
  let live = 0;
  let peak = 0;
  for (const d of delta) peak = Math.max(peak, (live += d));
  return peak;
}
