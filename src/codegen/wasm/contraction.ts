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
 * Direct convolution, for few output channels (a GEMM with N = CO < 16 wastes lanes, and the im2col
 * copy, KH·KW times the size of x, costs more than the arithmetic): conv2d when CO ≤ 16, and
 * conv2dBackpropFilter when CO ≤ 8 or (CO ≤ 16 and KH·KW·CI ≤ 256); never for a pointwise conv (it is
 * already a plain GEMM). Output channels go across lanes (⌈CO/4⌉ vectors, the last one partial), and
 *   conv2d      a register block of P adjacent output pixels × those vectors (P·V ≤ 8 accumulators);
 *               per filter tap and input channel: V filter loads, P splats of x, P·V multiply-adds;
 *   bpFilter    per filter row kh, balanced groups of its (kw, ci) taps (taps·V ≤ 8 accumulators),
 *               each walking all of dy: per pixel V dy loads, one x splat per tap, taps·V multiply-adds.
 * x is read in place when the taps never leave it (VALID), else from a zero-padded copy in scratch
 * (memory.fill + one memory.copy per row), so the kernels have no bounds checks and stride, dilation
 * and asymmetric pads are only offsets. The fused epilogue runs on the accumulators like the GEMM's.
 * Measured (one core, bench: single conv kernels at N = 64, GFLOP/s im2col+GEMM → direct):
 *   LeNet conv1 28×28×1→6 5×5 SAME   forward+bias+relu 16.0 → 31.0   filter grad 15.7 → 36.7
 *   LeNet conv2 14×14×6→16 5×5 VALID forward+bias+relu 42.6 → 54.3   filter grad 36.5 → 56.3
 *   (N = 8) 16×16×128→16 3×3 SAME    forward 46 → 56, filter grad 33 → 28 (so: the 256 bound above)
 *   (N = 8) 16×16×64→8 3×3 SAME      forward 46 → 52, filter grad 46 → 51
 * Unrolling the taps (instead of kh/kw/ci loops) measured 2–3× slower: binaryen then shares the splats
 * of overlapping windows across taps, keeping more vectors live than the 16 registers.
 *
 * The plan's elementwise epilogue (bias, activation, residual, backward masks, side outputs) is rendered
 * on the GEMM's f32x4 accumulators before they are stored (values.ts, SIMD); when it has no SIMD form,
 * or after col2im, it is a pass over the output instead (loop.ts).
 *
 * Scratch: a kernel needing scratch (im2col patches, packed B panels, padded x) uses the region that starts at
 * `scratchBase` — past the plan's arena, shared by all kernels since they run one at a time.
 */
import { convGeometry, type ConvGeometry } from "../../prims/conv.ts";
import binaryen from "binaryen";
import type { NodeOf, Shape } from "../../ir/types.ts";
import { sizeOf } from "../../ir/types.ts";
import { matmulDims } from "../../prims/matmul.ts";
import type { Kernel, Plan } from "../../passes/plan.ts";
import { addGemm, defaultPackB, gemmPanels, gemmScratchBytes, gemmTiles, type Epilogue, type EpilogueContext, type GemmPlan, type GemmSpec } from "./gemm.ts";
import { renderGroupedConv } from "./grouped.ts";
import { renderEpiloguePass } from "./loop.ts";
import { SCAN_EXPORT } from "./scan.ts";
import { minConst, phases, rangeLoop, serialPhase, type Phase, type TileRange } from "./tiles.ts";
import { mulAdd, storeF32Lanes, zeroF32x4, type Expr, type Lanes, type Local } from "./simd.ts";
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
  /** The kernel's phases (im2col, GEMM panels, col2im, epilogue pass; see tiles.ts). */
  readonly phases: Phase[];
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

/**
 * The register tile for a GEMM of one or two rows (a dense layer at batch 1, 2): the rows × 32 columns.
 * The 4×8 default reads B down a column panel 32 bytes a row; 32 columns read two whole cache lines of
 * each B row, which measured 1.35–1.6× faster at batch 1 (bench/peak.ts shapes 1×256×784, 1×120×400,
 * 1×128×256: 22 → 16, 4.8 → 3.2, 3.3 → 2.1 µs); the 8 accumulators still fit the registers.
 */
function tileFor(spec: GemmSpec): GemmSpec["tile"] {
  return spec.m <= 2 ? { mr: spec.m, nr: 32 } : undefined;
}

/** Adds the GEMM function(s), with the fused epilogue when it renders (else plain, and the caller adds an epilogue pass). */
function addGemmWithEpilogue(kc: KernelCode, given: GemmSpec, shape: Shape, rowCoords: RowCoords | null, flatOffset = 0): { plan: GemmPlan; fused: boolean } {
  const m = kc.m;
  const tile = given.tile ?? tileFor(given);
  const spec = tile ? { ...given, tile } : given;
  const epilogue = rowCoords ? fusedEpilogue(kc, shape, rowCoords, flatOffset) : null;
  if (epilogue) {
    try {
      return { plan: addGemm(m, { ...spec, epilogue: [epilogue] }), fused: true };
    } catch (e) {
      if (!(e instanceof NotVectorizable)) throw e;
    }
  }
  return { plan: addGemm(m, { ...spec, name: `${spec.name}_plain` }), fused: false };
}

/** A GEMM tiled by column panels, called over the kernel's tile range. */
function gemmWithEpilogue(kc: KernelCode, given: GemmSpec, shape: Shape, rowCoords: RowCoords | null, flatOffset = 0): { call: Expr; fused: boolean; panels: number } {
  const { plan, fused } = addGemmWithEpilogue(kc, given, shape, rowCoords, flatOffset);
  const { lo, hi } = kc.fb.range();
  return { call: kc.m.call(plan.name, [lo.get(), hi.get()], binaryen.none), fused, panels: gemmPanels(plan) };
}

/** Scratch bytes a contraction kernel uses past scratchBase (known before any code is built). */
export function contractionScratchBytes(plan: Plan, kernel: Kernel): number {
  const g = plan.graph;
  const core = g.nodes[kernel.core]!;
  const shape = (id: number) => g.nodes[id]!.shape;
  if ((core.op === "conv2d" || core.op === "conv2dBackpropInput" || core.op === "conv2dBackpropFilter") && core.attrs.groups > 1) return 0; // grouped.ts needs no scratch
  switch (core.op) {
    case "matmul": {
      const { m, k, n } = matmulDims(shape(core.inputs[0]!), shape(core.inputs[1]!), core.attrs.transposeA, core.attrs.transposeB);
      return packScratch({ m, n, k, transB: core.attrs.transposeB });
    }
    case "conv2d": {
      const G = convGeometry(shape(core.inputs[0]!), shape(core.inputs[1]!), core.shape, core.attrs);
      const guard = readsPadding(G) ? GUARD_FLAG_BYTES : 0;
      if (useDirectConv(G)) return align16(directSource(G).bytes) + guard;
      const rows = G.n * G.oh * G.ow;
      const depth = G.kh * G.kw * G.ci;
      return align16((isPointwise(G) ? 0 : align16(rows * depth * 4)) + packScratch({ m: rows, n: G.co, k: depth })) + guard;
    }
    case "conv2dBackpropFilter": {
      const G = convGeometry(shape(core.inputs[0]!), core.shape, shape(core.inputs[1]!), core.attrs);
      const guard = readsPadding(G) ? GUARD_FLAG_BYTES : 0;
      if (useDirectFilterGrad(G)) return align16(directSource(G).bytes) + guard;
      const rows = G.n * G.oh * G.ow;
      const depth = G.kh * G.kw * G.ci;
      return align16((isPointwise(G) ? 0 : align16(rows * depth * 4)) + packScratch({ m: depth, n: G.co, k: rows })) + guard;
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
  if ((core.op === "conv2d" || core.op === "conv2dBackpropInput" || core.op === "conv2dBackpropFilter") && core.attrs.groups > 1) {
    return { phases: renderGroupedConv(kc, core), scratchBytes: 0 };
  }
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
  let panels = 1;
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
    const gemm = gemmWithEpilogue(kc, spec, core.shape, rowCoords, t * m * n);
    calls.push(gemm.call);
    allFused &&= gemm.fused;
    panels = gemm.panels;
  }
  const scratch = packScratch({ m, n, k, transB });
  // Every batch's GEMM has the same panels: a thread takes the same panels of each.
  return { phases: phases({ code: calls, tiles: panels }, allFused ? [] : renderEpiloguePass(kc)), scratchBytes: scratch };
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
function patchLoops(
  kc: KernelCode,
  G: ConvGeometry,
  inBounds: (xByte: Local, colByte: Local, count: number) => Expr[],
  outOfBounds: (colByte: Local, count: number) => Expr[],
  tile: "row" | "image",
  range?: TileRange,
): Phase {
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
  const pixels = fb.forRange(ow, 0, G.ow, 1, [iw0.set(m.i32.sub(m.i32.mul(ow.get(), c(G.sw)), c(G.pl))), taps, row.set(m.i32.add(row.get(), c(1)))]);
  if (tile === "row") {
    // A tile is one output row (n, oh): its patch rows are written by no other tile.
    const t = fb.locals.i32();
    const code = fb.forTiles(t, 1, G.n * G.oh, 1, [
      n.set(m.i32.div_u(t.get(), c(G.oh))),
      oh.set(m.i32.rem_u(t.get(), c(G.oh))),
      row.set(m.i32.mul(t.get(), c(G.ow))),
      pixels,
    ], range);
    return { code: [code], tiles: G.n * G.oh };
  }
  // A tile is one image: col2im's patches overlap across output rows, but never across images.
  const code = fb.forTiles(n, 1, G.n, 1, [row.set(m.i32.mul(n.get(), c(G.oh * G.ow))), fb.forRange(oh, 0, G.oh, 1, [pixels])], range);
  return { code: [code], tiles: G.n };
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

/** Whether some filter tap of some output falls outside x (in the pads, or past them at the bottom/right). */
function readsPadding(G: ConvGeometry): boolean {
  const past = (o: number, s: number, k: number, d: number, p: number, size: number) => (o - 1) * s + (k - 1) * d - p >= size;
  return G.pt > 0 || G.pl > 0 || past(G.oh, G.sh, G.kh, G.dh, G.pt, G.h) || past(G.ow, G.sw, G.kw, G.dw, G.pl, G.w);
}

/**
 * Padding contributes nothing, as in the reference: the GEMM and direct kernels multiply padding zeros
 * by the other operand (w for conv2d, dy for the filter gradient), and 0·∞ = NaN. So when the conv reads
 * padding, the kernel first scans that operand (it is KH·KW·CI times smaller than the work); only if it
 * holds a NaN or ±∞ does it take a scalar path that skips the padded taps, then the epilogue as a pass.
 * (conv2dBackpropInput needs no guard: col2im already drops the padded entries of dY·Wᵀ.)
 */
function guardPaddedTaps(kc: KernelCode, G: ConvGeometry, kind: "forward" | "filter", operand: number, cx: ContractionContext, fast: ContractionCode): ContractionCode {
  if (!readsPadding(G)) return fast;
  const m = kc.m;
  const size = sizeOf(kc.node(operand).shape);
  const base = kc.address(operand);
  // The verdict lives in scratch memory past the fast path's own (GUARD_FLAG_BYTES), so every phase on
  // every thread reads the one computed by the serial first phase (phases meet at barriers).
  const flag = cx.scratchBase + align16(fast.scratchBytes);
  const isBad = () => m.i32.load(0, 4, m.i32.const(flag));
  // The module's SIMD scan (scan.ts, 16 floats an iteration): LeNet-5's conv1 filter gradient scans
  // dy, 301,056 floats at batch 64, in a serial phase (a scalar loop took 190 µs of a 5.4 ms step).
  const scan = serialPhase([
    m.i32.store(0, 4, m.i32.const(flag), m.i32.ge_s(m.call(SCAN_EXPORT, [m.i32.const(base), m.i32.const(size)], binaryen.i32), m.i32.const(0))),
  ]);
  const when = (cond: () => Expr, p: Phase): Phase => ({ tiles: p.tiles, code: [m.if(cond(), m.block(null, p.code))] });
  const onFast = fast.phases.map((p) => when(() => m.i32.eqz(isBad()), p));
  const onSlow = [skipPaddingConv(kc, G, kind), ...renderEpiloguePass(kc)].map((p) => when(isBad, p));
  return { phases: phases(scan, onFast, onSlow), scratchBytes: align16(fast.scratchBytes) + GUARD_FLAG_BYTES };
}

/** The bytes guardPaddedTaps keeps its verdict in, past the fast path's scratch. */
const GUARD_FLAG_BYTES = 16;

/** conv2d or its filter gradient over in-bounds taps only (scalar: taken only for non-finite operands). */
function skipPaddingConv(kc: KernelCode, G: ConvGeometry, kind: "forward" | "filter"): Phase {
  const m = kc.m;
  const fb = kc.fb;
  const core = kc.node(kc.kernel.core);
  const [xId, otherId] = core.inputs as [number, number]; // (x, w) or (x, dy)
  const X = kc.address(xId);
  const OTHER = kc.address(otherId);
  const OUT = kc.address(kc.kernel.output);
  const K = G.kh * G.kw * G.ci;
  const [j, co, row, k, at] = Array.from({ length: 5 }, () => fb.locals.i32());
  const xv = fb.locals.f32();
  const c = (n: number) => m.i32.const(n);
  const byte = (e: Expr) => m.i32.shl(e, c(2));
  // forward: out[row, co] += x · w[k, co]; filter: dW[k, co] += x · dy[row, co]
  const [dst, src] = kind === "forward" ? [row, k] : [k, row];
  // A fresh expression per use: patchLoops calls inBounds for more than one path, and binaryen needs
  // every expression (and loop label) once.
  const accumulate = () => fb.forRange(co, 0, G.co, 1, [
    at.set(byte(m.i32.add(m.i32.mul(dst.get(), c(G.co)), co.get()))),
    m.f32.store(OUT, 4, at.get(), m.f32.add(m.f32.load(OUT, 4, at.get()), m.f32.mul(xv.get(), m.f32.load(OTHER, 4, byte(m.i32.add(m.i32.mul(src.get(), c(G.co)), co.get())))))),
  ]);
  const loops = patchLoops(
    kc,
    G,
    (xb, cb, count) => [
      fb.forRange(j, 0, count, 1, [
        xv.set(m.f32.load(X, 4, m.i32.add(xb.get(), byte(j.get())))),
        row.set(m.i32.div_u(m.i32.shr_u(cb.get(), c(2)), c(K))),
        k.set(m.i32.add(m.i32.rem_u(m.i32.shr_u(cb.get(), c(2)), c(K)), j.get())),
        accumulate(),
      ]),
    ],
    () => [],
    "image",
  );
  // One serial phase over every image: the filter gradient sums over all of them (in a fixed order),
  // so this rare path is not split; the tile range is set to the whole batch here.
  const { lo, hi } = fb.range();
  return serialPhase([lo.set(c(0)), hi.set(c(loops.tiles)), m.memory.fill(c(OUT), c(0), c(sizeOf(core.shape) * 4)), ...loops.code]);
}

/** Fills scratch with the patch matrix of x (the rows of output rows [range), or of the tile range). */
function im2col(kc: KernelCode, G: ConvGeometry, xAddress: number, colAddress: number, range?: TileRange): Phase {
  return patchLoops(
    kc,
    G,
    (xb, cb, count) => moveFloats(kc, count, () => cb.get(), colAddress, () => xb.get(), xAddress, "copy"),
    (cb, count) => moveFloats(kc, count, () => cb.get(), colAddress, null, 0, "copy"),
    "row",
    range,
  );
}

/** Bytes of patch matrix above which a convolution fills and multiplies it block by block (see convRowBlock). */
const PATCHES_IN_CACHE = 1 << 20;
/** Bytes of patch rows one block aims at: it stays in L2 while every column panel of the filter passes over it. */
const PATCH_BLOCK_BYTES = 1 << 18;
/** Fewest blocks a blocked convolution is cut into, so threads get even shares. */
const MIN_PATCH_BLOCKS = 16;

/**
 * Output rows (n, oh) per tile of a convolution whose patch matrix is too big for the cache, or 0.
 * Filled whole and then multiplied panel by panel, a patch matrix of N·OH·OW × KH·KW·CI floats (18.9 MB
 * for 8×32×32×64 and 3×3 taps) is written to memory and read back once per column panel of the filter,
 * by every thread: the kernel is bound by memory, and a second thread gains nothing (measured 0.96×).
 * In blocks, each tile fills its own patch rows and at once multiplies them over every panel
 * (gemm.ts row blocks) while they are in L2, and a thread touches only its own rows.
 */
function convRowBlock(G: ConvGeometry, depth: number): number {
  const rowBytes = G.ow * depth * 4;
  if (G.n * G.oh * rowBytes <= PATCHES_IN_CACHE) return 0;
  const byCache = Math.max(1, Math.floor(PATCH_BLOCK_BYTES / rowBytes));
  return Math.max(1, Math.min(byCache, Math.floor((G.n * G.oh) / MIN_PATCH_BLOCKS)));
}

function renderConv2d(kc: KernelCode, core: NodeOf<"conv2d">, cx: ContractionContext): ContractionCode {
  const [xId, wId] = core.inputs as [number, number];
  const G = convGeometry(kc.node(xId).shape, kc.node(wId).shape, core.shape, core.attrs);
  return guardPaddedTaps(kc, G, "forward", wId, cx, renderConv2dFast(kc, core, cx, G));
}

function renderConv2dFast(kc: KernelCode, core: NodeOf<"conv2d">, cx: ContractionContext, G: ConvGeometry): ContractionCode {
  const [xId, wId] = core.inputs as [number, number];
  if (useDirectConv(G)) return renderConv2dDirect(kc, core, cx);
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
  const outputRows = pointwise ? 0 : convRowBlock(G, depth);
  if (outputRows > 0) return renderConv2dBlocked(kc, G, core.shape, spec, outputRows, kc.address(xId), colBytes + packScratch(spec));
  const patches = pointwise ? [] : [im2col(kc, G, kc.address(xId), cx.scratchBase)];
  const { call, fused, panels } = gemmWithEpilogue(kc, spec, core.shape, nhwRowCoords(G));
  return { phases: phases(patches, { code: [call], tiles: panels }, fused ? [] : renderEpiloguePass(kc)), scratchBytes: colBytes + packScratch(spec) };
}

/** The packing of a GEMM tiled by row blocks, over its panels: a phase before the blocks (none when B is not packed). */
function packPhase(kc: KernelCode, plan: GemmPlan): Phase[] {
  if (!plan.packName) return [];
  const { lo, hi } = kc.fb.range();
  return [{ code: [kc.m.call(plan.packName, [lo.get(), hi.get()], binaryen.none)], tiles: gemmPanels(plan) }];
}

/**
 * The im2col convolution in blocks of `outputRows` output rows (convRowBlock): B (the filter) packed
 * over its panels, then per tile the block's patch rows filled and multiplied at once.
 */
function renderConv2dBlocked(kc: KernelCode, G: ConvGeometry, shape: Shape, spec: GemmSpec, outputRows: number, xAddress: number, scratchBytes: number): ContractionCode {
  const m = kc.m;
  const { plan, fused } = addGemmWithEpilogue(kc, { ...spec, rowBlock: outputRows * G.ow }, shape, nhwRowCoords(G));
  const { lo, hi } = kc.fb.range();
  const [t, first, last] = [kc.fb.locals.i32(), kc.fb.locals.i32(), kc.fb.locals.i32()];
  const blocks = gemmTiles(plan);
  const patches = im2col(kc, G, xAddress, spec.a, { lo: first, hi: last });
  const perBlock = [
    first.set(m.i32.mul(t.get(), m.i32.const(outputRows))),
    last.set(m.i32.add(first.get(), m.i32.const(outputRows))),
    ...patches.code,
    m.call(plan.name, [t.get(), m.i32.add(t.get(), m.i32.const(1))], binaryen.none),
  ];
  const blocked: Phase = { code: [rangeLoop(m, kc.fb.label("block"), t, lo.get(), () => minConst(m, () => hi.get(), blocks), 1, perBlock)], tiles: blocks };
  return { phases: phases(packPhase(kc, plan), blocked, fused ? [] : renderEpiloguePass(kc)), scratchBytes };
}

function renderConvBackpropFilter(kc: KernelCode, core: NodeOf<"conv2dBackpropFilter">, cx: ContractionContext): ContractionCode {
  const [xId, dyId] = core.inputs as [number, number];
  const G = convGeometry(kc.node(xId).shape, core.shape, kc.node(dyId).shape, core.attrs);
  return guardPaddedTaps(kc, G, "filter", dyId, cx, renderConvBackpropFilterFast(kc, core, cx, G));
}

function renderConvBackpropFilterFast(kc: KernelCode, core: NodeOf<"conv2dBackpropFilter">, cx: ContractionContext, G: ConvGeometry): ContractionCode {
  const [xId, dyId] = core.inputs as [number, number];
  if (useDirectFilterGrad(G)) return renderConvBackpropFilterDirect(kc, core, cx);
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
  const patches = pointwise ? [] : [im2col(kc, G, kc.address(xId), cx.scratchBase)];
  const { call, fused, panels } = gemmWithEpilogue(kc, spec, core.shape, rowCoords);
  return { phases: phases(patches, { code: [call], tiles: panels }, fused ? [] : renderEpiloguePass(kc)), scratchBytes: colBytes + packScratch(spec) };
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
    const { call, fused, panels } = gemmWithEpilogue(kc, spec, core.shape, nhwRowCoords({ ...G, oh: G.h, ow: G.w }));
    return { phases: phases({ code: [call], tiles: panels }, fused ? [] : renderEpiloguePass(kc)), scratchBytes: packScratch(spec) };
  }
  const m = kc.m;
  if (rows * depth * 4 > PATCHES_IN_CACHE && G.n > 1) return renderConvBackpropInputBlocked(kc, G, core.shape, spec, colBytes + packScratch(spec));
  const { call, panels } = gemmWithEpilogue(kc, spec, [rows, depth], null);
  const col2im = patchLoops(kc, G, (xb, cb, count) => moveFloats(kc, count, () => xb.get(), out, () => cb.get(), cx.scratchBase, "add"), () => [], "image");
  // col2im adds into dX: first zero the images of this tile range.
  const imageBytes = (sizeOf(core.shape) / G.n) * 4;
  const zero =
    G.n > 1
      ? m.memory.fill(m.i32.add(m.i32.const(out), m.i32.mul(kc.fb.range().lo.get(), m.i32.const(imageBytes))), m.i32.const(0), m.i32.mul(m.i32.sub(kc.fb.range().hi.get(), kc.fb.range().lo.get()), m.i32.const(imageBytes)))
      : m.memory.fill(m.i32.const(out), m.i32.const(0), m.i32.const(sizeOf(core.shape) * 4));
  return {
    phases: phases({ code: [call], tiles: panels }, { code: [zero, ...col2im.code], tiles: col2im.tiles }, renderEpiloguePass(kc)),
    scratchBytes: colBytes + packScratch(spec),
  };
}

/**
 * The input gradient image by image, when its patch matrix dY·Wᵀ is over 1 MB (LeNet-5's conv2 at batch
 * 64: 6,400 × 150 floats, 3.8 MB): Wᵀ packed in a phase of its own, then per tile (an image) its dX
 * zeroed, its patch rows multiplied (the GEMM by row blocks of one image's OH·OW rows) and at once
 * added into dX by col2im while they are in cache, instead of the whole matrix going to memory and back.
 */
function renderConvBackpropInputBlocked(kc: KernelCode, G: ConvGeometry, shape: Shape, spec: GemmSpec, scratchBytes: number): ContractionCode {
  const m = kc.m;
  const rows = G.n * G.oh * G.ow;
  const depth = G.kh * G.kw * G.ci;
  const out = kc.address(kc.kernel.output);
  const { plan } = addGemmWithEpilogue(kc, { ...spec, rowBlock: G.oh * G.ow }, [rows, depth], null);
  const { lo, hi } = kc.fb.range();
  const [t, next] = [kc.fb.locals.i32(), kc.fb.locals.i32()];
  const col2im = patchLoops(kc, G, (xb, cb, count) => moveFloats(kc, count, () => xb.get(), out, () => cb.get(), spec.c, "add"), () => [], "image", { lo: t, hi: next });
  const imageBytes = (sizeOf(shape) / G.n) * 4;
  const perImage = [
    next.set(m.i32.add(t.get(), m.i32.const(1))),
    m.memory.fill(m.i32.add(m.i32.const(out), m.i32.mul(t.get(), m.i32.const(imageBytes))), m.i32.const(0), m.i32.const(imageBytes)),
    m.call(plan.name, [t.get(), next.get()], binaryen.none),
    ...col2im.code,
  ];
  const blocked: Phase = { code: [rangeLoop(m, kc.fb.label("image"), t, lo.get(), () => minConst(m, () => hi.get(), G.n), 1, perImage)], tiles: G.n };
  return { phases: phases(packPhase(kc, plan), blocked, renderEpiloguePass(kc)), scratchBytes };
}

// ---------------------------------------------------------------------------------------------------
// Direct convolution (small channel counts)

/**
 * Accumulator vectors a direct kernel keeps in registers (x64 V8 has 16 xmm registers; the rest hold
 * the filter / dy vectors and a splat). Measured best on LeNet's convolutions (more spills, fewer
 * leave the multiply-adds latency-bound).
 */
const DIRECT_ACCUMULATORS = 8;

/**
 * Where the direct kernels read x: x itself when every tap is inside it (no pads needed), else a
 * zero-padded copy in scratch, [N, HS, WS, CI] with the pads' origin at (0, 0), so the kernels have
 * no bounds checks. HS×WS is exactly the extent the output reads.
 */
interface DirectSource {
  readonly copy: boolean;
  readonly hs: number;
  readonly ws: number;
  readonly bytes: number;
}

function directSource(G: ConvGeometry): DirectSource {
  const hs = (G.oh - 1) * G.sh + (G.kh - 1) * G.dh + 1;
  const ws = (G.ow - 1) * G.sw + (G.kw - 1) * G.dw + 1;
  if (G.pt === 0 && G.pl === 0 && hs <= G.h && ws <= G.w) return { copy: false, hs: G.h, ws: G.w, bytes: 0 };
  return { copy: true, hs, ws, bytes: align16(G.n * hs * ws * G.ci * 4) };
}

/** The forward direct kernel pays off for few output channels (a GEMM with N < 16 wastes lanes and im2col dominates). */
function useDirectConv(G: ConvGeometry): boolean {
  return G.co <= 16 && G.oh > 0 && G.ow > 0 && !isPointwise(G);
}

/**
 * The filter-gradient direct kernel walks dy once per group of taps, so it pays off while the filter
 * is small: always for CO ≤ 8, and for CO ≤ 16 up to 256 taps·channels (KH·KW·CI; LeNet's conv2 has 150,
 * a 3×3×128→16 filter, where the GEMM wins, 1152).
 */
function useDirectFilterGrad(G: ConvGeometry): boolean {
  const small = G.co <= 8 || (G.co <= 16 && G.kh * G.kw * G.ci <= 256);
  return small && G.oh > 0 && G.ow > 0 && !isPointwise(G);
}

/** Code filling the padded copy of x (a no-op when x is read in place); returns the source's base address. */
function fillDirectSource(kc: KernelCode, G: ConvGeometry, S: DirectSource, xAddress: number, scratch: number): { phase: Phase; base: number } {
  if (!S.copy) return { phase: { code: [], tiles: 1 }, base: xAddress };
  const m = kc.m;
  const fb = kc.fb;
  const c = (v: number) => m.i32.const(v);
  const [n, ih] = [fb.locals.i32(), fb.locals.i32()];
  const rows = Math.min(G.h, S.hs - G.pt);
  const cols = Math.min(G.w, S.ws - G.pl);
  // A tile is one image of the copy: zeroed, then its rows copied in.
  const imageBytes = S.hs * S.ws * G.ci * 4;
  const perImage: Expr[] = [m.memory.fill(m.i32.add(c(scratch), m.i32.mul(n.get(), c(imageBytes))), c(0), c(imageBytes))];
  if (rows > 0 && cols > 0) {
    const dst = m.i32.add(m.i32.mul(m.i32.add(m.i32.mul(n.get(), c(S.hs)), ih.get()), c(S.ws * G.ci * 4)), c(scratch + (G.pt * S.ws + G.pl) * G.ci * 4));
    const src = m.i32.add(m.i32.mul(m.i32.add(m.i32.mul(n.get(), c(G.h)), ih.get()), c(G.w * G.ci * 4)), c(xAddress));
    perImage.push(fb.forRange(ih, 0, rows, 1, [m.memory.copy(dst, src, c(cols * G.ci * 4))]));
  }
  return { phase: { code: [fb.forTiles(n, 1, G.n, 1, perImage)], tiles: G.n }, base: scratch };
}

/** One accumulator leaving a direct kernel: through the fused epilogue (when any) into the output. */
type AccStore = (acc: Local, row: () => Expr, coords: () => I32[], col: number, outByte: () => Expr, lanes: Lanes) => Expr;

function accStore(kc: KernelCode, shape: Shape, fused: boolean): AccStore {
  const m = kc.m;
  const out = kc.address(kc.kernel.output);
  return (acc, row, coords, col, outByte, lanes) => {
    const epilogue = fused ? fusedEpilogue(kc, shape, (_fb, _scope, _row) => coords(), 0) : null;
    if (epilogue) {
      const res = kc.fb.locals.v128();
      const ctx: EpilogueContext = {
        module: m,
        locals: kc.fb.locals,
        acc: acc.get(),
        row,
        col: () => m.i32.const(col),
        lanes,
        cPtr: outByte,
        cOffset: out + col * 4,
      };
      return m.block(null, [res.set(epilogue.apply(ctx)), storeF32Lanes(m, out + col * 4, outByte, () => res.get(), lanes)]);
    }
    return storeF32Lanes(m, out + col * 4, outByte, () => acc.get(), lanes);
  };
}

/** Renders a direct kernel with its epilogue fused, or plain plus an epilogue pass when the epilogue has no SIMD form. */
function withEpilogue(kc: KernelCode, shape: Shape, build: (store: AccStore) => Phase): Phase[] {
  const k = kc.kernel;
  const wantsFused = (k.epilogue.length > 0 || k.sideOutputs.length > 0) && !k.nodes.some((id) => kc.node(id).op === "randomUniform");
  if (wantsFused) {
    try {
      return [build(accStore(kc, shape, true))];
    } catch (e) {
      if (!(e instanceof NotVectorizable)) throw e;
    }
  }
  return [build(accStore(kc, shape, false)), ...renderEpiloguePass(kc)];
}

/**
 * conv2d, direct: output channels across lanes (V = ⌈CO/4⌉ vectors, the last one partial), P adjacent
 * output pixels of a row per register block (P·V accumulators). Per filter tap and input channel: V
 * filter vectors loaded once, one splat of x per pixel, P·V multiply-adds. Lanes past CO read the
 * next filter values (never stored). Full blocks loop along the row; the remainder is one shorter block.
 */
function renderConv2dDirect(kc: KernelCode, core: NodeOf<"conv2d">, cx: ContractionContext): ContractionCode {
  const [xId, wId] = core.inputs as [number, number];
  const G = convGeometry(kc.node(xId).shape, kc.node(wId).shape, core.shape, core.attrs);
  const S = directSource(G);
  const m = kc.m;
  const fb = kc.fb;
  const c = (v: number) => m.i32.const(v);
  const src = fillDirectSource(kc, G, S, kc.address(xId), cx.scratchBase);
  const V = Math.ceil(G.co / 4);
  const P = Math.max(1, Math.min(G.ow, Math.floor(DIRECT_ACCUMULATORS / V)));
  const wAddr = kc.address(wId);
  const [n, oh, ow0, xrow, xp, xk, xw, xc, wk, kh, kw, ci, obase] = Array.from({ length: 13 }, () => fb.locals.i32());
  const wv = Array.from({ length: V }, () => fb.locals.v128());
  const sp = fb.locals.v128();

  const build = (store: AccStore): Phase => {
    /** One block of `p` pixels starting at ow0 (a local, or a constant for the remainder block). */
    const block = (pn: number, owStart: I32): Expr[] => {
      const acc = Array.from({ length: pn }, () => Array.from({ length: V }, () => fb.locals.v128()));
      const code: Expr[] = [];
      code.push(xp.set(m.i32.add(xrow.get(), m.i32.mul(fb.i(owStart), c(G.sw * G.ci * 4)))));
      for (const row of acc) for (const a of row) code.push(a.set(zeroF32x4(m)));
      // kh, kw, ci are loops (with pointer increments), not unrolled: unrolled taps let binaryen share
      // the x splats of overlapping windows across taps, which keeps far more vectors live than the
      // 16 registers and spills (measured: 2–3× slower).
      const body: Expr[] = [];
      for (let v = 0; v < V; v++) body.push(wv[v]!.set(m.v128.load(wAddr + v * 16, 4, wk.get())));
      for (let p = 0; p < pn; p++) {
        body.push(sp.set(m.v128.load32_splat(src.base + p * G.sw * G.ci * 4, 4, xc.get())));
        for (let v = 0; v < V; v++) body.push(acc[p]![v]!.set(mulAdd(m, sp.get(), wv[v]!.get(), acc[p]![v]!.get(), cx.fma)));
      }
      body.push(xc.set(m.i32.add(xc.get(), c(4))), wk.set(m.i32.add(wk.get(), c(G.co * 4))));
      code.push(
        xk.set(xp.get()),
        wk.set(c(0)),
        fb.forRange(kh, 0, G.kh, 1, [
          xw.set(xk.get()),
          fb.forRange(kw, 0, G.kw, 1, [xc.set(xw.get()), fb.forRange(ci, 0, G.ci, 1, body), xw.set(m.i32.add(xw.get(), c(G.dw * G.ci * 4)))]),
          xk.set(m.i32.add(xk.get(), c(G.dh * S.ws * G.ci * 4))),
        ]),
      );
      for (let p = 0; p < pn; p++) {
        const pix = () => (typeof owStart === "number" ? m.i32.add(obase.get(), c(owStart + p)) : m.i32.add(m.i32.add(obase.get(), fb.i(owStart)), c(p)));
        const outByte = () => m.i32.mul(pix(), c(G.co * 4));
        for (let v = 0; v < V; v++) {
          const lanes = Math.min(4, G.co - 4 * v) as Lanes;
          // The epilogue asks for coordinates only when it needs them (a broadcast operand): ow0 + p is
          // then a local set at the top of each block.
          const coords = (): I32[] => (typeof owStart === "number" ? [n, oh, owStart + p] : [n, oh, owPlus(p)]);
          code.push(store(acc[p]![v]!, pix, coords, 4 * v, outByte, lanes));
        }
      }
      return code;
    };
    const owLocals = new Map<number, Local>();
    const owPlus = (p: number): Local => {
      let l = owLocals.get(p);
      if (!l) {
        l = fb.locals.i32();
        owLocals.set(p, l);
      }
      return l;
    };
    const full = Math.floor(G.ow / P) * P;
    const fullBlock = full > 0 ? block(P, ow0) : [];
    const owSets = [...owLocals].map(([p, l]) => l.set(m.i32.add(ow0.get(), c(p))));
    const rowCode: Expr[] = [
      xrow.set(m.i32.mul(m.i32.add(m.i32.mul(n.get(), c(S.hs)), m.i32.mul(oh.get(), c(G.sh))), c(S.ws * G.ci * 4))),
      obase.set(m.i32.mul(m.i32.add(m.i32.mul(n.get(), c(G.oh)), oh.get()), c(G.ow))),
      ...(full > 0 ? [fb.forRange(ow0, 0, full, P, [...owSets, ...fullBlock])] : []),
      ...(full < G.ow ? block(G.ow - full, full) : []),
    ];
    // A tile is one output row (n, oh).
    const t = fb.locals.i32();
    return { code: [fb.forTiles(t, 1, G.n * G.oh, 1, [n.set(m.i32.div_u(t.get(), c(G.oh))), oh.set(m.i32.rem_u(t.get(), c(G.oh))), ...rowCode])], tiles: G.n * G.oh };
  };
  return { phases: phases(src.phase, withEpilogue(kc, core.shape, build)), scratchBytes: S.bytes };
}

/**
 * conv2dBackpropFilter, direct: dW[kh, kw, ci, :] = Σ over (n, oh, ow) of x-patch value × dy[n, oh, ow, :].
 * Output channels across lanes (V vectors); for each kh, the taps (kw, ci) of that filter row in groups
 * whose accumulators fit the registers; each group walks all of dy once: per output pixel V dy
 * vectors, one splat of x per tap, taps·V multiply-adds.
 */
function renderConvBackpropFilterDirect(kc: KernelCode, core: NodeOf<"conv2dBackpropFilter">, cx: ContractionContext): ContractionCode {
  const [xId, dyId] = core.inputs as [number, number];
  const G = convGeometry(kc.node(xId).shape, core.shape, kc.node(dyId).shape, core.attrs);
  const S = directSource(G);
  const m = kc.m;
  const fb = kc.fb;
  const c = (v: number) => m.i32.const(v);
  const src = fillDirectSource(kc, G, S, kc.address(xId), cx.scratchBase);
  const V = Math.ceil(G.co / 4);
  const taps: [number, number][] = [];
  for (let j = 0; j < G.kw; j++) for (let ci = 0; ci < G.ci; ci++) taps.push([j, ci]);
  // Balanced groups of at most DIRECT_ACCUMULATORS / V taps (5 taps at V = 2: 3 + 2, not 4 + 1).
  const maxPerGroup = Math.max(1, Math.floor(DIRECT_ACCUMULATORS / V));
  const perGroup = Math.ceil(taps.length / Math.ceil(taps.length / maxPerGroup));
  const groups: [number, number][][] = [];
  for (let t = 0; t < taps.length; t += perGroup) groups.push(taps.slice(t, t + perGroup));
  const dyAddr = kc.address(dyId);
  const [kh, n, oh, ow, xp, dp, khRow] = Array.from({ length: 7 }, () => fb.locals.i32());
  const dv = Array.from({ length: V }, () => fb.locals.v128());
  const sp = fb.locals.v128();

  // A tile is one (kh, group of taps): its accumulators are whole outputs, summed over all of dy in one order.
  const tiles = G.kh * groups.length;
  const build = (store: AccStore): Phase => {
    const perKh: Expr[] = [khRow.set(m.i32.mul(kh.get(), c(G.kw * G.ci)))];
    for (const [g, group] of groups.entries()) {
      const groupCode: Expr[] = [];
      const acc = group.map(() => Array.from({ length: V }, () => fb.locals.v128()));
      for (const row of acc) for (const a of row) groupCode.push(a.set(zeroF32x4(m)));
      const inner: Expr[] = [];
      for (let v = 0; v < V; v++) inner.push(dv[v]!.set(m.v128.load(dyAddr + v * 16, 4, dp.get())));
      group.forEach(([j, ci], t) => {
        inner.push(sp.set(m.v128.load32_splat(src.base + (j * G.dw * G.ci + ci) * 4, 4, xp.get())));
        for (let v = 0; v < V; v++) inner.push(acc[t]![v]!.set(mulAdd(m, sp.get(), dv[v]!.get(), acc[t]![v]!.get(), cx.fma)));
      });
      inner.push(xp.set(m.i32.add(xp.get(), c(G.sw * G.ci * 4))), dp.set(m.i32.add(dp.get(), c(G.co * 4))));
      groupCode.push(
        dp.set(c(0)),
        fb.forRange(n, 0, G.n, 1, [
          fb.forRange(oh, 0, G.oh, 1, [
            xp.set(m.i32.mul(m.i32.add(m.i32.add(m.i32.mul(n.get(), c(S.hs)), m.i32.mul(oh.get(), c(G.sh))), m.i32.mul(kh.get(), c(G.dh))), c(S.ws * G.ci * 4))),
            fb.forRange(ow, 0, G.ow, 1, inner),
          ]),
        ]),
      );
      group.forEach(([j, ci], t) => {
        const rowConst = j * G.ci + ci;
        const row = () => m.i32.add(khRow.get(), c(rowConst));
        const outByte = () => m.i32.mul(row(), c(G.co * 4));
        for (let v = 0; v < V; v++) {
          groupCode.push(store(acc[t]![v]!, row, () => [kh, j, ci], 4 * v, outByte, Math.min(4, G.co - 4 * v) as Lanes));
        }
      });
      if (tiles === 1) perKh.push(...groupCode);
      else {
        const { lo, hi } = fb.range();
        const tile = () => m.i32.add(m.i32.mul(kh.get(), c(groups.length)), c(g));
        perKh.push(m.if(m.i32.and(m.i32.ge_s(tile(), lo.get()), m.i32.lt_s(tile(), hi.get())), m.block(null, groupCode)));
      }
    }
    return { code: [fb.forRange(kh, 0, G.kh, 1, perKh)], tiles };
  };
  return { phases: phases(src.phase, withEpilogue(kc, core.shape, build)), scratchBytes: S.bytes };
}
