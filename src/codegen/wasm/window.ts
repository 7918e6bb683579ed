/**
 * Window kernels: maxPool, avgPool and their backprops, NHWC. Channels are innermost, so each window
 * step handles four channels with f32x4 (max pooling with pmax, which like the reference never lets a
 * NaN win; the backward pass keeps a per-lane arg-max and scatters four scalars); channels past the
 * last multiple of 4 are one narrower group with partial stores. Out-of-bounds taps (padding) are
 * skipped, so SAME average pooling divides by the in-bounds count, as the reference does. The epilogue,
 * if any, is a pass over the output afterwards (loop.ts).
 */
import type { NodeOf } from "../../ir/types.ts";
import type { Kernel, Plan } from "../../passes/plan.ts";
import { sizeOf } from "../../ir/types.ts";
import { gatherDims } from "../../prims/gather.ts";
import { f32x4Const, i32x4Const } from "./math.ts";
import { renderEpiloguePass } from "./loop.ts";
import { storeF32Lanes, type Expr, type Local } from "./simd.ts";
import type { KernelCode } from "./values.ts";
import { serialPhase, type Phase } from "./tiles.ts";

type WindowNode = NodeOf<"maxPool" | "avgPool" | "maxPoolBackprop" | "avgPoolBackprop">;

interface WindowGeometry {
  N: number;
  H: number;
  W: number;
  C: number;
  OH: number;
  OW: number;
  KH: number;
  KW: number;
  SH: number;
  SW: number;
  DH: number;
  DW: number;
  PT: number;
  PL: number;
}

function geometry(kc: KernelCode, core: WindowNode): WindowGeometry {
  const x = kc.node(core.inputs[0]!);
  const inShape = "inputShape" in core.attrs ? core.attrs.inputShape : x.shape;
  const outShape = core.op === "maxPool" || core.op === "avgPool" ? core.shape : core.op === "maxPoolBackprop" ? kc.node(core.inputs[1]!).shape : x.shape;
  const [N, H, W, C] = inShape as [number, number, number, number];
  const [, OH, OW] = outShape as [number, number, number, number];
  return { N, H, W, C, OH, OW, KH: core.attrs.window[0], KW: core.attrs.window[1], SH: core.attrs.strides[0], SW: core.attrs.strides[1], DH: core.attrs.dilations[0], DW: core.attrs.dilations[1], PT: core.attrs.pads[0][0], PL: core.attrs.pads[1][0] };
}

const isBackprop = (op: string) => op === "maxPoolBackprop" || op === "avgPoolBackprop";

/**
 * Scratch bytes a window kernel needs: the pool backprops sum their scattered gradients in float64, as
 * the reference does (a float32 sum leaves residues like −3·10⁻⁸ where the exact sum is 0), one float64
 * per output element, then round once into the output.
 */
export function windowScratchBytes(plan: Plan, kernel: Kernel): number {
  const core = plan.graph.nodes[kernel.core]!;
  return isBackprop(core.op) && !windowsAreDisjoint((core as WindowNode).attrs) ? sizeOf(core.shape) * 8 : 0;
}

/**
 * Whether no input cell lies in two windows (stride ≥ the dilated window along both axes: LeNet's 2×2
 * pools of stride 2). A backprop then adds at most one term into each cell, and the float64 sum of one
 * term rounded to float32 is that term rounded once: the kernel stores it straight into the output,
 * the same bits without the float64 pass (zeroing, read-modify-write and rounding 8 bytes a cell).
 */
function windowsAreDisjoint(attrs: { readonly window: readonly number[]; readonly strides: readonly number[]; readonly dilations: readonly number[] }): boolean {
  return [0, 1].every((a) => attrs.strides[a]! >= (attrs.window[a]! - 1) * attrs.dilations[a]! + 1);
}

/**
 * A window kernel: one phase whose tiles are the images (backprops scatter within an image only), then
 * the epilogue pass. scatterAdd (gather's adjoint) sums repeated indices in order: one serial phase.
 * `scratchBase`: where the backprops' float64 sums go (windowScratchBytes).
 */
export function renderWindow(kc: KernelCode, scratchBase: number): Phase[] {
  const any = kc.node(kc.kernel.core);
  if (any.op === "scatterAdd") return [serialPhase(renderScatterAdd(kc, any)), ...renderEpiloguePass(kc)];
  const core = any as WindowNode;
  const G = geometry(kc, core);
  const m = kc.m;
  // Channels in groups of four, then the remaining 1–3 channels as one narrower group (loads may read
  // past a group — into the next pixel's channels or the memory's tail slack — but stores are partial).
  const whole = G.C - (G.C % 4);
  const groups = [
    ...(whole > 0 ? windowCore(kc, core, G, 4, 0, whole, scratchBase) : []),
    ...(G.C % 4 ? windowCore(kc, core, G, (G.C % 4) as 1 | 2 | 3, whole, G.C, scratchBase) : []),
  ];
  const code = !isBackprop(core.op)
    ? groups
    : windowsAreDisjoint(core.attrs)
      ? [...zeroTile(kc, G, core, kc.address(kc.kernel.output), 4), ...groups]
      : [...zeroTile(kc, G, core, scratchBase, 8), ...groups, ...roundSums(kc, G, core, scratchBase)];
  return [{ code, tiles: G.N }, ...renderEpiloguePass(kc)];
}


/** This tile's images, as [first, end) element indices of the output (images lo..hi, or all of them). */
function tileElements(kc: KernelCode, G: WindowGeometry, core: WindowNode): { first: () => Expr; end: () => Expr } {
  const m = kc.m;
  const perImage = sizeOf(core.shape) / G.N;
  if (G.N <= 1) return { first: () => m.i32.const(0), end: () => m.i32.const(sizeOf(core.shape)) };
  const { lo, hi } = kc.fb.range();
  return { first: () => m.i32.mul(lo.get(), m.i32.const(perImage)), end: () => m.i32.mul(hi.get(), m.i32.const(perImage)) };
}

/**
 * Zeroes this tile's images of an array at `base` with `elementBytes` a value: the float64 sums (8), or
 * the output itself (4) when a backprop over disjoint windows stores into it directly.
 */
function zeroTile(kc: KernelCode, G: WindowGeometry, core: WindowNode, base: number, elementBytes: 4 | 8): Expr[] {
  const m = kc.m;
  const { first, end } = tileElements(kc, G, core);
  const bytes = (e: Expr) => m.i32.shl(e, m.i32.const(elementBytes === 8 ? 3 : 2));
  return [m.memory.fill(m.i32.add(m.i32.const(base), bytes(first())), m.i32.const(0), bytes(m.i32.sub(end(), first())))];
}

/** Rounds this tile's float64 sums into the output, once each (as the reference's final float32 store). */
function roundSums(kc: KernelCode, G: WindowGeometry, core: WindowNode, sums: number): Expr[] {
  const m = kc.m;
  const i = kc.fb.locals.i32();
  const OUT = kc.address(kc.kernel.output);
  const { first, end } = tileElements(kc, G, core);
  const loop = `round_sums_${i.index}`;
  return [
    i.set(first()),
    m.if(
      m.i32.lt_s(i.get(), end()),
      m.loop(
        loop,
        m.block(null, [
          m.f32.store(OUT, 4, m.i32.shl(i.get(), m.i32.const(2)), m.f32.demote(m.f64.load(sums, 8, m.i32.shl(i.get(), m.i32.const(3))))),
          i.set(m.i32.add(i.get(), m.i32.const(1))),
          m.br(loop, m.i32.lt_s(i.get(), end())),
        ]),
      ),
    ),
  ];
}

function windowCore(kc: KernelCode, core: WindowNode, G: WindowGeometry, lanes: 1 | 2 | 3 | 4, cFrom: number, cTo: number, sums: number): Expr[] {
  const m = kc.m;
  const fb = kc.fb;
  const [n, oh, ow, c, kh, kw, ih, iw, o, at] = Array.from({ length: 10 }, () => fb.locals.i32());
  const OUT = kc.address(kc.kernel.output);
  const X = kc.address(core.inputs[0]!);
  const bytes = (e: Expr) => m.i32.shl(e, m.i32.const(2));
  const load = (base: number, index: Local) => m.v128.load(base, 4, bytes(index.get()));
  const parked = fb.locals.v128();
  const store = (base: number, index: Local, v: Expr): Expr =>
    lanes === 4 ? m.v128.store(base, 4, bytes(index.get()), v) : m.block(null, [parked.set(v), storeF32Lanes(m, base, () => bytes(index.get()), () => parked.get(), lanes)]);

  /** body runs for each in-bounds tap, with ih, iw set and `at` = the flat x index of (n, ih, iw, c). */
  const taps = (body: Expr[]): Expr =>
    fb.forRange(kh, 0, G.KH, 1, [
      ih.set(m.i32.add(m.i32.mul(oh.get(), m.i32.const(G.SH)), m.i32.sub(m.i32.mul(kh.get(), m.i32.const(G.DH)), m.i32.const(G.PT)))),
      m.if(
        m.i32.lt_u(ih.get(), m.i32.const(G.H)),
        fb.forRange(kw, 0, G.KW, 1, [
          iw.set(m.i32.add(m.i32.mul(ow.get(), m.i32.const(G.SW)), m.i32.sub(m.i32.mul(kw.get(), m.i32.const(G.DW)), m.i32.const(G.PL)))),
          m.if(
            m.i32.lt_u(iw.get(), m.i32.const(G.W)),
            m.block(null, [
              at.set(m.i32.add(m.i32.mul(m.i32.add(m.i32.mul(m.i32.add(m.i32.mul(n.get(), m.i32.const(G.H)), ih.get()), m.i32.const(G.W)), iw.get()), m.i32.const(G.C)), c.get())),
              ...body,
            ]),
          ),
        ]),
      ),
    ]);
  const outer = (body: Expr[]): Expr =>
    fb.forTiles(n, 1, G.N, 1, [
      fb.forRange(oh, 0, G.OH, 1, [
        fb.forRange(ow, 0, G.OW, 1, [
          fb.forRange(c, cFrom, cTo, 4, [
            o.set(m.i32.add(m.i32.mul(m.i32.add(m.i32.mul(m.i32.add(m.i32.mul(n.get(), m.i32.const(G.OH)), oh.get()), m.i32.const(G.OW)), ow.get()), m.i32.const(G.C)), c.get())),
            ...body,
          ]),
        ]),
      ]),
    ]);
  const acc = fb.locals.v128();
  const v = fb.locals.v128();
  const count = fb.locals.i32();
  const countAsFloat = () => m.f32x4.splat(m.f32.convert_u.i32(count.get()));
  switch (core.op) {
    case "maxPool": {
      // pmax(acc, v) = acc < v ? v : acc: the reference's `if (v > m) m = v`, so NaN never wins.
      return [outer([acc.set(f32x4Const(m, -Infinity)), taps([acc.set(m.f32x4.pmax(acc.get(), load(X, at)))]), store(OUT, o, acc.get())])];
    }
    case "avgPool":
      return [
        outer([acc.set(f32x4Const(m, 0)), count.set(m.i32.const(0)), taps([acc.set(m.f32x4.add(acc.get(), load(X, at))), count.set(m.i32.add(count.get(), m.i32.const(1)))]), store(OUT, o, m.f32x4.div(acc.get(), countAsFloat()))]),
      ];
    case "avgPoolBackprop": {
      // As the reference: g = dy / count in float64, summed in float64 (sums, rounded by roundSums);
      // over disjoint windows each cell gets one g, stored rounded (the same bits).
      const DY = X;
      const g = Array.from({ length: lanes }, () => fb.locals.f64());
      const sumAt = (k: number) => m.i32.shl(at.get(), m.i32.const(3));
      const add = (gk: Local, k: number) =>
        windowsAreDisjoint(core.attrs)
          ? m.f32.store(OUT + 4 * k, 4, bytes(at.get()), m.f32.demote(gk.get()))
          : m.f64.store(sums + 8 * k, 8, sumAt(k), m.f64.add(m.f64.load(sums + 8 * k, 8, sumAt(k)), gk.get()));
      return [
        outer([
          count.set(m.i32.const(0)),
          taps([count.set(m.i32.add(count.get(), m.i32.const(1)))]),
          ...g.map((gk, k) => gk.set(m.f64.div(m.f64.promote(m.f32.load(DY + 4 * k, 4, m.i32.shl(o.get(), m.i32.const(2)))), m.f64.convert_u.i32(count.get())))),
          taps(g.map((gk, k) => add(gk, k))),
        ]),
      ];
    }
    case "maxPoolBackprop":
      return [outer(maxPoolBackpropBody(kc, core as NodeOf<"maxPoolBackprop">, lanes, { at, o, acc, v, X, OUT: sums, f32Out: windowsAreDisjoint(core.attrs) ? OUT : null, taps, load }))];
  }
}

/** Per output cell: find each lane's first arg-max (the reference's firstArgmax), then route dy there. */
function maxPoolBackpropBody(
  kc: KernelCode,
  core: NodeOf<"maxPoolBackprop">,
  lanes: number,
  s: { at: Local; o: Local; acc: Local; v: Local; X: number; OUT: number; f32Out: number | null; taps: (body: Expr[]) => Expr; load: (base: number, i: Local) => Expr },
): Expr[] {
  const m = kc.m;
  const DY = kc.address(core.inputs[1]!);
  const best = kc.fb.locals.v128();
  const { acc, v, at } = s;
  const mask = kc.fb.locals.v128();
  const laneOffsets = () => m.v128.const(Array.from(new Uint8Array(new Int32Array([0, 1, 2, 3]).buffer)));
  const scatter: Expr[] = [];
  for (let k = 0; k < lanes; k++) {
    const b = kc.fb.locals.i32();
    const dy = () => m.f32.load(DY + 4 * k, 4, m.i32.shl(s.o.get(), m.i32.const(2)));
    scatter.push(
      b.set(m.i32x4.extract_lane(best.get(), k)),
      // s.OUT is the float64 sums (see windowScratchBytes): dy is added as the reference adds it; over
      // disjoint windows (f32Out) it is the only term of its cell and is stored as it is.
      m.if(
        m.i32.ge_s(b.get(), m.i32.const(0)),
        s.f32Out !== null
          ? m.f32.store(s.f32Out, 4, m.i32.shl(b.get(), m.i32.const(2)), dy())
          : m.f64.store(s.OUT, 8, m.i32.shl(b.get(), m.i32.const(3)), m.f64.add(m.f64.load(s.OUT, 8, m.i32.shl(b.get(), m.i32.const(3))), m.f64.promote(dy()))),
      ),
    );
  }
  return [
    acc.set(f32x4Const(m, -Infinity)),
    best.set(i32x4Const(m, -1)),
    s.taps([
      v.set(s.load(s.X, at)),
      // The reference's firstArgmax: the first in-bounds cell, then any strictly greater one (so a window
      // of −∞ or NaN routes dy to its first cell, and a NaN after a number never wins).
      mask.set(m.v128.or(m.f32x4.gt(v.get(), acc.get()), m.i32x4.lt_s(best.get(), i32x4Const(m, 0)))),
      acc.set(m.v128.bitselect(v.get(), acc.get(), mask.get())),
      best.set(m.v128.bitselect(m.i32x4.add(m.i32x4.splat(at.get()), laneOffsets()), best.get(), mask.get())),
    ]),
    ...scatter,
  ];
}

/**
 * scatterAdd: out = 0, then for each (o, j) with row = indices[j] in range, out[o, row, :] += upd[o, j, :],
 * four floats at a time over the inner block (a scalar tail when it is not a multiple of 4). An index
 * outside [0, rows) drops its update (checked feeds report it before a run).
 */
function renderScatterAdd(kc: KernelCode, core: NodeOf<"scatterAdd">): Expr[] {
  const m = kc.m;
  const fb = kc.fb;
  const [updId, idxId] = core.inputs as [number, number];
  const { outer, count, rows, inner } = gatherDims(core.attrs.shape, kc.node(idxId).shape, core.attrs.axis);
  const OUT = kc.address(kc.kernel.output);
  const UPD = kc.address(updId);
  const IDX = kc.address(idxId);
  const [o, j, k, row, src, dst] = Array.from({ length: 6 }, () => fb.locals.i32());
  const whole = inner - (inner % 4);
  const at = (base: Local) => m.i32.shl(m.i32.add(base.get(), k.get()), m.i32.const(2));
  const body = [
    fb.forRange(k, 0, whole, 4, [m.v128.store(OUT, 4, at(dst), m.f32x4.add(m.v128.load(OUT, 4, at(dst)), m.v128.load(UPD, 4, at(src))))]),
    fb.forRange(k, whole, inner, 1, [m.f32.store(OUT, 4, at(dst), m.f32.add(m.f32.load(OUT, 4, at(dst)), m.f32.load(UPD, 4, at(src))))]),
  ];
  return [
    m.memory.fill(m.i32.const(OUT), m.i32.const(0), m.i32.const(sizeOf(core.shape) * 4)),
    fb.forRange(o, 0, outer, 1, [
      fb.forRange(j, 0, count, 1, [
        row.set(m.i32.load(IDX, 4, m.i32.shl(j.get(), m.i32.const(2)))),
        m.if(
          m.i32.lt_u(row.get(), m.i32.const(rows)), // unsigned: negative indices are out of range too
          m.block(null, [
            src.set(m.i32.mul(m.i32.add(m.i32.mul(o.get(), m.i32.const(count)), j.get()), m.i32.const(inner))),
            dst.set(m.i32.mul(m.i32.add(m.i32.mul(o.get(), m.i32.const(rows)), row.get()), m.i32.const(inner))),
            ...body,
          ]),
        ),
      ]),
    ]),
  ];
}
