/**
 * Grouped and depthwise convolutions (groups > 1) and both backprops, direct: one walk over output
 * pixels and in-bounds taps; at each, every output channel o meets the filter channels c of its group
 * g = o / og, through x channel g·cg + c and filter w[i, j, c, o]. Each op is one update per pair:
 *
 *   conv2d:               y[o]   += x[g·cg + c] · w[c, o]
 *   conv2dBackpropInput:  dx[g·cg + c] += dy[o] · w[c, o]
 *   conv2dBackpropFilter: dw[c, o] += x[g·cg + c] · dy[o]
 *
 * into the zeroed output. SIMD over four output channels when their lanes line up: depthwise with
 * multiplier 1 (cg = og = 1: x, w and y are all contiguous in o), or og a multiple of 4 (the four lanes
 * share one group, so x is one splat; not for the input backprop, whose destination would be that one
 * x cell). Other channels (the tail past a multiple of 4, multipliers 2 and 3) are scalar. The
 * epilogue, if any, is a pass over the output afterwards.
 */
import type { NodeOf } from "../../ir/types.ts";
import { sizeOf } from "../../ir/types.ts";
import { convGeometry } from "../../prims/conv.ts";
import { renderEpiloguePass } from "./loop.ts";
import type { Expr, Local } from "./simd.ts";
import type { KernelCode } from "./values.ts";
import { serialPhase, type Phase } from "./tiles.ts";

type ConvNode = NodeOf<"conv2d" | "conv2dBackpropInput" | "conv2dBackpropFilter">;
type Role = "x" | "w" | "y";

export function renderGroupedConv(kc: KernelCode, core: ConvNode): Phase[] {
  const m = kc.m;
  const fb = kc.fb;
  const [a, b] = core.inputs as [number, number];
  const shapes =
    core.op === "conv2d"
      ? { x: kc.node(a).shape, w: kc.node(b).shape, y: core.shape }
      : core.op === "conv2dBackpropInput"
        ? { x: core.shape, w: kc.node(b).shape, y: kc.node(a).shape }
        : { x: kc.node(a).shape, w: core.shape, y: kc.node(b).shape };
  const G = convGeometry(shapes.x, shapes.w, shapes.y, core.attrs);
  const cg = G.ci / G.groups;
  const og = G.co / G.groups;
  const OUT = kc.address(kc.kernel.output);
  const base: Record<Role, number> =
    core.op === "conv2d"
      ? { x: kc.address(a), w: kc.address(b), y: OUT }
      : core.op === "conv2dBackpropInput"
        ? { x: OUT, w: kc.address(b), y: kc.address(a) }
        : { x: kc.address(a), w: OUT, y: kc.address(b) };
  // The update's destination and its two factors, by role.
  const [dst, p, q]: [Role, Role, Role] = core.op === "conv2d" ? ["y", "x", "w"] : core.op === "conv2dBackpropInput" ? ["x", "y", "w"] : ["w", "x", "y"];

  const [n, oh, ow, kh, kw, ih, iw, xb, wb, yb, o, c] = Array.from({ length: 12 }, () => fb.locals.i32());
  const i = (v: number) => m.i32.const(v);
  const add = (...e: Expr[]) => e.reduce((s, t) => m.i32.add(s, t));
  const mul = (e: Expr, k: number) => (k === 1 ? e : m.i32.mul(e, i(k)));
  const group = () => (og === 1 ? o.get() : m.i32.div_u(o.get(), i(og)));
  /** Element index (within its buffer) of each role at the current (o, c). */
  const index: Record<Role, () => Expr> = {
    x: () => add(xb.get(), mul(group(), cg), ...(cg === 1 ? [] : [c.get()])),
    w: () => add(wb.get(), ...(cg === 1 ? [] : [mul(c.get(), G.co)]), o.get()),
    y: () => add(yb.get(), o.get()),
  };
  const ptr = (r: Role) => m.i32.shl(index[r](), i(2));

  const depthwise = cg === 1 && og === 1;
  const sharedGroup = og % 4 === 0 && core.op !== "conv2dBackpropInput";
  const whole = depthwise || sharedGroup ? G.co - (G.co % 4) : 0;
  // x is one value for all four lanes when they share a group (and cg ≥ 1 channels are walked by c).
  const vload = (r: Role) => (r === "x" && !depthwise ? m.v128.load32_splat(base.x, 4, ptr("x")) : m.v128.load(base[r], 4, ptr(r)));
  const vector = [m.v128.store(base[dst], 4, ptr(dst), m.f32x4.add(m.v128.load(base[dst], 4, ptr(dst)), m.f32x4.mul(vload(p), vload(q))))];
  const scalar = [m.f32.store(base[dst], 4, ptr(dst), m.f32.add(m.f32.load(base[dst], 4, ptr(dst)), m.f32.mul(m.f32.load(base[p], 4, ptr(p)), m.f32.load(base[q], 4, ptr(q)))))];
  const overC = (body: Expr[]) => (cg === 1 ? m.block(null, body) : fb.forRange(c, 0, cg, 1, body));
  const channels = [fb.forRange(o, 0, whole, 4, [overC(vector)]), fb.forRange(o, whole, G.co, 1, [overC(scalar)])];

  const inBounds = (v: Local, size: number) => m.i32.lt_u(v.get(), i(size)); // unsigned: negatives are out too
  const taps = fb.forRange(kh, 0, G.kh, 1, [
    ih.set(m.i32.sub(add(mul(oh.get(), G.sh), mul(kh.get(), G.dh)), i(G.pt))),
    m.if(
      inBounds(ih, G.h),
      fb.forRange(kw, 0, G.kw, 1, [
        iw.set(m.i32.sub(add(mul(ow.get(), G.sw), mul(kw.get(), G.dw)), i(G.pl))),
        m.if(
          inBounds(iw, G.w),
          m.block(null, [
            xb.set(mul(add(mul(add(mul(n.get(), G.h), ih.get()), G.w), iw.get()), G.ci)),
            wb.set(mul(add(mul(kh.get(), G.kw), kw.get()), cg * G.co)),
            ...channels,
          ]),
        ),
      ]),
    ),
  ]);
  const pixels = fb.forRange(n, 0, G.n, 1, [
    fb.forRange(oh, 0, G.oh, 1, [fb.forRange(ow, 0, G.ow, 1, [yb.set(mul(add(mul(add(mul(n.get(), G.oh), oh.get()), G.ow), ow.get()), G.co)), taps])]),
  ]);
  return [serialPhase([m.memory.fill(i(OUT), i(0), i(sizeOf(core.shape) * 4)), pixels]), ...renderEpiloguePass(kc)];
}
