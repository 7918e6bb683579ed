/**
 * Contractions as GEMMs (gemm.ts's register-tiled SIMD kernel):
 *   matmul                C = op(A)·op(B), transpose flags passed through; batch dims are one GEMM per
 *                         batch (each its own function with its own offsets).
 *   conv2d                im2col: the patches of x as rows of a [N·OH·OW, KH·KW·CI] matrix in scratch,
 *                         times the filter viewed as [KH·KW·CI, CO] (HWIO is exactly that); a 1×1,
 *                         stride-1, unpadded conv multiplies x itself.
 *   conv2dBackpropFilter  dW [KH·KW·CI, CO] = im2col(x)ᵀ · dY (transposed A: no copy of the patches).
 *   conv2dBackpropInput   dcol = dY · Wᵀ into scratch, then col2im: each patch row added back into dX.
 * Stride, dilation and asymmetric pads only change which x cells the im2col / col2im loops touch.
 *
 * The plan's elementwise epilogue (bias, activation, residual, backward masks, side outputs) is rendered
 * on the GEMM's f32x4 accumulators before they are stored (values.ts, SIMD); when it has no SIMD form,
 * or after col2im, it is a pass over the output instead (loop.ts).
 *
 * Scratch: a kernel needing scratch (im2col patches, packed B panels) uses the region that starts at
 * `scratchBase` — past the plan's arena, shared by all kernels since they run one at a time.
 */
import { convGeometry, type ConvGeometry } from "../../prims/conv.ts";
import binaryen from "binaryen";
import type { NodeOf, Shape } from "../../ir/types.ts";
import { sizeOf } from "../../ir/types.ts";
import { matmulDims } from "../../prims/matmul.ts";
import type { Kernel, Plan } from "../../passes/plan.ts";
import { addGemm, defaultPackB, gemmScratchBytes, type Epilogue, type GemmSpec } from "./gemm.ts";
import { renderEpiloguePass } from "./loop.ts";
import type { Expr, Local } from "./simd.ts";
import type { I32, Index, KernelCode } from "./values.ts";
import { FunctionBuilder, KernelCode as KernelCodeClass, NotVectorizable, Scope } from "./values.ts";

export interface ContractionContext {
  /** Byte address where this kernel's scratch may start (16-byte aligned). */
  readonly scratchBase: number;
  readonly fma: boolean;
  /** The kernel's function name (GEMM functions are named after it). */
  readonly name: string;
}

export interface ContractionCode {
  readonly code: Expr[];
  /** Bytes of scratch used past scratchBase. */
  readonly scratchBytes: number;
}

const align16 = (n: number) => Math.ceil(n / 16) * 16;

/** How output rows of a GEMM map to the output's coordinates: (row) → leading coordinates. */
type RowCoords = (fb: FunctionBuilder, scope: Scope, row: Local) => I32[];

/**
 * An epilogue rendering the kernel's epilogue chain on each accumulator (SIMD), or null when it cannot:
 * random ops (their keys are per call) or something with no four-lane form.
 */
function fusedEpilogue(kc: KernelCode, shape: Shape, rowCoords: RowCoords, flatOffset: number): Epilogue | null {
  const k = kc.kernel;
  if (k.epilogue.length === 0 && k.sideOutputs.length === 0) return null;
  if (k.nodes.some((id) => kc.node(id).op === "randomUniform")) return null;
  const epilogue: Epilogue = {
    name: "fused",
    apply: (ctx) => {
      const m = ctx.module;
      const fb = new FunctionBuilder(m, ctx.locals);
      const scope = new Scope();
      const acc = ctx.locals.v128();
      scope.code.push(acc.set(ctx.acc));
      const row = fb.bind(scope, ctx.row());
      const col = fb.bind(scope, ctx.col());
      const coords = [...rowCoords(fb, scope, row), col];
      const flat = fb.linear(scope, [[row, shape[shape.length - 1]!], [col, 1]], flatOffset);
      const idx: Index = { shape, coords, flat, lanes: "contig", rowAligned: true };
      const code = new KernelCodeClass(fb, kc.plan, kc.kernel, { vector: true, coreValue: () => ({ get: () => acc.get() }) });
      const sideIds = k.sideOutputs;
      const values = sideIds.map((id) => code.valueAt(id, idx, scope));
      const out = code.valueAt(k.output, idx, scope);
      const stores = sideIds.map((id, i) => code.store(id, idx, values[i]!, scope, ctx.lanes));
      return m.block(null, [...scope.code, ...stores, out.get()], binaryen.v128);
    },
  };
  return epilogue;
}

/** Adds the GEMM, with the fused epilogue when it renders (else plain, and the caller adds an epilogue pass). */
function gemmWithEpilogue(kc: KernelCode, spec: GemmSpec, shape: Shape, rowCoords: RowCoords | null, flatOffset = 0): { call: Expr; fused: boolean } {
  const m = kc.m;
  const epilogue = rowCoords ? fusedEpilogue(kc, shape, rowCoords, flatOffset) : null;
  if (epilogue) {
    try {
      const plan = addGemm(m, { ...spec, epilogue: [epilogue] });
      return { call: m.call(plan.name, [], binaryen.none), fused: true };
    } catch (e) {
      if (!(e instanceof NotVectorizable)) throw e;
    }
  }
  const plan = addGemm(m, { ...spec, name: `${spec.name}_plain` });
  return { call: m.call(plan.name, [], binaryen.none), fused: false };
}

/** Scratch bytes a contraction kernel uses past scratchBase (known before any code is built). */
export function contractionScratchBytes(plan: Plan, kernel: Kernel): number {
  const g = plan.graph;
  const core = g.nodes[kernel.core]!;
  const shape = (id: number) => g.nodes[id]!.shape;
  switch (core.op) {
    case "matmul": {
      const { m, k, n } = matmulDims(shape(core.inputs[0]!), shape(core.inputs[1]!), core.attrs.transposeA, core.attrs.transposeB);
      return packScratch({ m, n, k, transB: core.attrs.transposeB });
    }
    case "conv2d": {
      const G = convGeometry(shape(core.inputs[0]!), shape(core.inputs[1]!), core.shape, core.attrs);
      const rows = G.n * G.oh * G.ow;
      const depth = G.kh * G.kw * G.ci;
      return (isPointwise(G) ? 0 : align16(rows * depth * 4)) + packScratch({ m: rows, n: G.co, k: depth });
    }
    case "conv2dBackpropFilter": {
      const G = convGeometry(shape(core.inputs[0]!), core.shape, shape(core.inputs[1]!), core.attrs);
      const rows = G.n * G.oh * G.ow;
      const depth = G.kh * G.kw * G.ci;
      return (isPointwise(G) ? 0 : align16(rows * depth * 4)) + packScratch({ m: depth, n: G.co, k: rows });
    }
    case "conv2dBackpropInput": {
      const G = convGeometry(core.shape, shape(core.inputs[1]!), shape(core.inputs[0]!), core.attrs);
      const rows = G.n * G.oh * G.ow;
      const depth = G.kh * G.kw * G.ci;
      return (isPointwise(G) ? 0 : align16(rows * depth * 4)) + packScratch({ m: rows, n: depth, k: G.co, transB: true });
    }
    default:
      throw new Error(`internal: ${core.op} is not a contraction`);
  }
}

export function renderContraction(kc: KernelCode, cx: ContractionContext): ContractionCode {
  const core = kc.node(kc.kernel.core);
  switch (core.op) {
    case "matmul":
      return renderMatmul(kc, core, cx);
    case "conv2d":
      return renderConv2d(kc, core, cx);
    case "conv2dBackpropInput":
      return renderConvBackpropInput(kc, core, cx);
    case "conv2dBackpropFilter":
      return renderConvBackpropFilter(kc, core, cx);
    default:
      throw new Error(`internal: ${core.op} is not a contraction`);
  }
}

function packScratch(spec: Pick<GemmSpec, "m" | "n" | "k" | "transB" | "packB">): number {
  const packs = (spec.transB ?? false) || (spec.packB ?? defaultPackB(spec));
  return packs ? gemmScratchBytes(spec) : 0;
}

function renderMatmul(kc: KernelCode, core: NodeOf<"matmul">, cx: ContractionContext): ContractionCode {
  const [aId, bId] = core.inputs as [number, number];
  const { transposeA: transA, transposeB: transB } = core.attrs;
  const { batch, m, k, n } = matmulDims(kc.node(aId).shape, kc.node(bId).shape, transA, transB);
  const batches = sizeOf(batch);
  const calls: Expr[] = [];
  let allFused = true;
  const batchStrides = batch.map((_, a) => sizeOf(batch.slice(a + 1)));
  for (let t = 0; t < batches; t++) {
    const spec: GemmSpec = {
      m,
      n,
      k,
      a: kc.address(aId) + t * m * k * 4,
      b: kc.address(bId) + t * k * n * 4,
      c: kc.address(kc.kernel.output) + t * m * n * 4,
      transA,
      transB,
      scratch: cx.scratchBase,
      fma: cx.fma,
      name: batches > 1 ? `${cx.name}_gemm${t}` : `${cx.name}_gemm`,
    };
    const batchCoords = batch.map((d, a) => Math.floor(t / batchStrides[a]!) % d);
    // Batched outputs: element (t, row, col) is at flat offset t·M·N + row·N + col.
    const rowCoords: RowCoords = (_fb, _scope, row) => [...batchCoords, row];
    const { call, fused } = gemmWithEpilogue(kc, spec, core.shape, rowCoords, t * m * n);
    calls.push(call);
    allFused &&= fused;
  }
  const scratch = packScratch({ m, n, k, transB });
  return { code: [...calls, ...(allFused ? [] : renderEpiloguePass(kc))], scratchBytes: scratch };
}

/** A 1×1, stride-1, unpadded convolution: x is already the patch matrix. */
function isPointwise(G: ConvGeometry): boolean {
  return G.kh === 1 && G.kw === 1 && G.sh === 1 && G.sw === 1 && G.pt === 0 && G.pl === 0 && G.oh === G.h && G.ow === G.w;
}

/** Row r of an [N·OH·OW, …] matrix as (n, oh, ow). */
function nhwRowCoords(G: ConvGeometry): RowCoords {
  return (fb, scope, row) => {
    const m = fb.m;
    const n = fb.bind(scope, m.i32.div_u(row.get(), m.i32.const(G.oh * G.ow)));
    const oh = fb.bind(scope, m.i32.rem_u(m.i32.div_u(row.get(), m.i32.const(G.ow)), m.i32.const(G.oh)));
    const ow = fb.bind(scope, m.i32.rem_u(row.get(), m.i32.const(G.ow)));
    return [n, oh, ow];
  };
}

/**
 * Loops over every (n, oh, ow, kh) and the taps kw of that filter row, with the x cells they read:
 * `inBounds(xByte, colByte, count)` moves `count` floats between x and the patch matrix, and
 * `outOfBounds(colByte, count)` handles `count` floats of padding. colByte addresses the patch values
 * in the [N·OH·OW, KH·KW·CI] matrix (relative to its base). Without dilation along W a filter row whose
 * taps are all inside x is one contiguous run of KW·CI floats in both, moved at once (the common case:
 * for LeNet's 5×5×1 filters, 5 floats instead of 5 single ones); only rows at the borders go tap by tap.
 */
function patchLoops(kc: KernelCode, G: ConvGeometry, inBounds: (xByte: Local, colByte: Local, count: number) => Expr[], outOfBounds: (colByte: Local, count: number) => Expr[]): Expr {
  const fb = kc.fb;
  const m = kc.m;
  const [n, oh, ow, kh, kw, ih, iw, iw0, xb, cb, row] = Array.from({ length: 11 }, () => fb.locals.i32());
  const c = (v: number) => m.i32.const(v);
  const block = (code: Expr[]) => (code.length ? m.block(null, code) : undefined);
  const xByte = (col: Local) => m.i32.mul(m.i32.add(m.i32.mul(m.i32.add(m.i32.mul(n.get(), c(G.h)), ih.get()), c(G.w)), col.get()), c(G.ci * 4));
  const colByte = (tap: Expr) => m.i32.mul(m.i32.add(m.i32.mul(m.i32.add(m.i32.mul(row.get(), c(G.kh)), kh.get()), c(G.kw)), tap), c(G.ci * 4));
  const tapByTap = fb.forRange(kw, 0, G.kw, 1, [
    iw.set(m.i32.add(iw0.get(), m.i32.mul(kw.get(), c(G.dw)))),
    cb.set(colByte(kw.get())),
    m.if(m.i32.lt_u(iw.get(), c(G.w)), m.block(null, [xb.set(xByte(iw)), ...inBounds(xb, cb, G.ci)]), block(outOfBounds(cb, G.ci))),
  ]);
  const wholeRun = m.block(null, [xb.set(xByte(iw0)), cb.set(colByte(c(0))), ...inBounds(xb, cb, G.kw * G.ci)]);
  const rowInside = G.dw === 1 && G.kw <= G.w ? m.if(m.i32.le_u(iw0.get(), c(G.w - G.kw)), wholeRun, tapByTap) : tapByTap;
  const padRow = outOfBounds(cb, G.kw * G.ci);
  const taps = fb.forRange(kh, 0, G.kh, 1, [
    ih.set(m.i32.add(m.i32.mul(oh.get(), c(G.sh)), m.i32.sub(m.i32.mul(kh.get(), c(G.dh)), c(G.pt)))),
    m.if(m.i32.lt_u(ih.get(), c(G.h)), rowInside, padRow.length ? m.block(null, [cb.set(colByte(c(0))), ...padRow]) : undefined),
  ]);
  return m.block(null, [
    row.set(c(0)),
    fb.forRange(n, 0, G.n, 1, [
      fb.forRange(oh, 0, G.oh, 1, [
        fb.forRange(ow, 0, G.ow, 1, [iw0.set(m.i32.sub(m.i32.mul(ow.get(), c(G.sw)), c(G.pl))), taps, row.set(m.i32.add(row.get(), c(1)))]),
      ]),
    ]),
  ]);
}

/** Copies (or adds, or zeroes) `count` floats between byte addresses: SIMD in fours, scalar remainder. */
function moveFloats(kc: KernelCode, count: number, dst: () => Expr, dstBase: number, src: (() => Expr) | null, srcBase: number, mode: "copy" | "add"): Expr[] {
  const m = kc.m;
  if (mode === "copy" && count > 16) {
    return [src ? m.memory.copy(m.i32.add(dst(), m.i32.const(dstBase)), m.i32.add(src(), m.i32.const(srcBase)), m.i32.const(count * 4)) : m.memory.fill(m.i32.add(dst(), m.i32.const(dstBase)), m.i32.const(0), m.i32.const(count * 4))];
  }
  const code: Expr[] = [];
  let i = 0;
  for (; i + 4 <= count; i += 4) {
    const v = src ? m.v128.load(srcBase + i * 4, 4, src()) : m.v128.const(new Array(16).fill(0));
    code.push(m.v128.store(dstBase + i * 4, 4, dst(), mode === "add" ? m.f32x4.add(m.v128.load(dstBase + i * 4, 4, dst()), v) : v));
  }
  for (; i < count; i++) {
    const v = src ? m.f32.load(srcBase + i * 4, 4, src()) : m.f32.const(0);
    code.push(m.f32.store(dstBase + i * 4, 4, dst(), mode === "add" ? m.f32.add(m.f32.load(dstBase + i * 4, 4, dst()), v) : v));
  }
  return code;
}

/** Fills scratch with the patch matrix of x. */
function im2col(kc: KernelCode, G: ConvGeometry, xAddress: number, colAddress: number): Expr {
  return patchLoops(
    kc,
    G,
    (xb, cb, count) => moveFloats(kc, count, () => cb.get(), colAddress, () => xb.get(), xAddress, "copy"),
    (cb, count) => moveFloats(kc, count, () => cb.get(), colAddress, null, 0, "copy"),
  );
}

function renderConv2d(kc: KernelCode, core: NodeOf<"conv2d">, cx: ContractionContext): ContractionCode {
  const [xId, wId] = core.inputs as [number, number];
  const G = convGeometry(kc.node(xId).shape, kc.node(wId).shape, core.shape, core.attrs);
  const rows = G.n * G.oh * G.ow;
  const depth = G.kh * G.kw * G.ci;
  const pointwise = isPointwise(G);
  const colBytes = pointwise ? 0 : align16(rows * depth * 4);
  const spec: GemmSpec = {
    m: rows,
    n: G.co,
    k: depth,
    a: pointwise ? kc.address(xId) : cx.scratchBase,
    b: kc.address(wId),
    c: kc.address(kc.kernel.output),
    scratch: cx.scratchBase + colBytes,
    fma: cx.fma,
    name: `${cx.name}_gemm`,
  };
  const { call, fused } = gemmWithEpilogue(kc, spec, core.shape, nhwRowCoords(G));
  const code = [...(pointwise ? [] : [im2col(kc, G, kc.address(xId), cx.scratchBase)]), call, ...(fused ? [] : renderEpiloguePass(kc))];
  return { code, scratchBytes: colBytes + packScratch(spec) };
}

function renderConvBackpropFilter(kc: KernelCode, core: NodeOf<"conv2dBackpropFilter">, cx: ContractionContext): ContractionCode {
  const [xId, dyId] = core.inputs as [number, number];
  const G = convGeometry(kc.node(xId).shape, core.shape, kc.node(dyId).shape, core.attrs);
  const rows = G.n * G.oh * G.ow;
  const depth = G.kh * G.kw * G.ci;
  const pointwise = isPointwise(G);
  const colBytes = pointwise ? 0 : align16(rows * depth * 4);
  const spec: GemmSpec = {
    m: depth,
    n: G.co,
    k: rows,
    a: pointwise ? kc.address(xId) : cx.scratchBase,
    transA: true,
    b: kc.address(dyId),
    c: kc.address(kc.kernel.output),
    scratch: cx.scratchBase + colBytes,
    fma: cx.fma,
    name: `${cx.name}_gemm`,
  };
  // dW rows are (kh, kw, ci).
  const rowCoords: RowCoords = (fb, scope, row) => {
    const m = fb.m;
    return [
      fb.bind(scope, m.i32.div_u(row.get(), m.i32.const(G.kw * G.ci))),
      fb.bind(scope, m.i32.rem_u(m.i32.div_u(row.get(), m.i32.const(G.ci)), m.i32.const(G.kw))),
      fb.bind(scope, m.i32.rem_u(row.get(), m.i32.const(G.ci))),
    ];
  };
  const { call, fused } = gemmWithEpilogue(kc, spec, core.shape, rowCoords);
  const code = [...(pointwise ? [] : [im2col(kc, G, kc.address(xId), cx.scratchBase)]), call, ...(fused ? [] : renderEpiloguePass(kc))];
  return { code, scratchBytes: colBytes + packScratch(spec) };
}

function renderConvBackpropInput(kc: KernelCode, core: NodeOf<"conv2dBackpropInput">, cx: ContractionContext): ContractionCode {
  const [dyId, wId] = core.inputs as [number, number];
  const G = convGeometry(core.shape, kc.node(wId).shape, kc.node(dyId).shape, core.attrs);
  const rows = G.n * G.oh * G.ow;
  const depth = G.kh * G.kw * G.ci;
  const pointwise = isPointwise(G);
  const colBytes = pointwise ? 0 : align16(rows * depth * 4);
  const out = kc.address(kc.kernel.output);
  const spec: GemmSpec = {
    m: rows,
    n: depth,
    k: G.co,
    a: kc.address(dyId),
    b: kc.address(wId),
    transB: true,
    c: pointwise ? out : cx.scratchBase,
    scratch: cx.scratchBase + colBytes,
    fma: cx.fma,
    name: `${cx.name}_gemm`,
  };
  if (pointwise) {
    const { call, fused } = gemmWithEpilogue(kc, spec, core.shape, nhwRowCoords({ ...G, oh: G.h, ow: G.w }));
    return { code: [call, ...(fused ? [] : renderEpiloguePass(kc))], scratchBytes: packScratch(spec) };
  }
  const m = kc.m;
  const { call } = gemmWithEpilogue(kc, spec, [rows, depth], null);
  const col2im = patchLoops(kc, G, (xb, cb, count) => moveFloats(kc, count, () => xb.get(), out, () => cb.get(), cx.scratchBase, "add"), () => []);
  const code = [call, m.memory.fill(m.i32.const(out), m.i32.const(0), m.i32.const(sizeOf(core.shape) * 4)), col2im, ...renderEpiloguePass(kc)];
  return { code, scratchBytes: colBytes + packScratch(spec) };
}
