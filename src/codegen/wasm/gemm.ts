/**
 * WebAssembly SIMD GEMM kernels: C[M,N] = epilogue(A[M,K] · B[K,N]) on row-major f32 matrices at
 * compile-time byte offsets in linear memory.
 *
 * Every variant comes from the one template in this file (`addGemm`), parameterized by tile shape,
 * K unrolling, B packing, FMA and epilogue; the generated function's name spells those parameters,
 * XNNPACK style (`gemm_bias_relu_4x8_m64n256k784_nn_rowb_u1__wasmsimd_loadsplat`).
 *
 * The kernel, for each MR×NR tile of C:
 *   - keeps the tile in MR·NR/4 v128 locals (the accumulators),
 *   - walks K innermost: per k it loads NR/4 f32x4 vectors of a B row and, per tile row, splats one A
 *     element (`v128.load32_splat`) and does a mul+add (or relaxed_madd) into each accumulator,
 *   - then runs the epilogue on each accumulator (C +=, bias, relu, …) and stores it.
 * Tiles are visited column panel by column panel, and down all rows within a panel, so one B panel
 * (K×NR floats, 16 KiB at K=512) stays in L1 while rows of A stream past it.
 *
 * B is (optionally) first repacked into a scratch region as contiguous K×NR panels: the kernel then
 * reads B sequentially instead of with a row stride of N floats (a 2 KiB stride at N=512 maps every row
 * onto the same few L1 sets). Packing is required for transposed B ([N,K]), where it is also the
 * transpose. A needs no packing: a splat load reads any layout, so transposed A ([K,M]) only changes
 * strides.
 *
 * Measured on one x86-64 core (AMD Zen 5, Node 20 / V8 11.3, bench/peak.ts): 512³ runs at ~58 GFLOP/s
 * with mul+add and ~59 with relaxed_madd, about 88% of the 66 GFLOP/s f32x4 peak of either.
 *
 * Ragged edges: rows past the last full MR block run a shorter tile (fewer rows); columns past the last
 * full NR panel run a narrower tile whose last vector may use 1–3 lanes (zero-padded when packed, partial
 * loads when not, partial stores always), so M, N, K may be any size ≥ 1.
 */
import binaryen from "binaryen";
import {
  F32_BYTES,
  F32_LANES,
  Locals,
  V128_BYTES,
  addConst,
  countedLoop,
  finishModule,
  importArenaMemory,
  loadF32Lanes,
  mulAdd,
  storeF32Lanes,
  wasmFeatures,
  zeroF32x4,
  type Expr,
  type FinishedModule,
  type Lanes,
  type Local,
} from "./simd.ts";

import { minConst, paramLocal, rangeLoop } from "./tiles.ts";

export { detectRelaxedSimd, enableRelaxedSimdInNode } from "./simd.ts";

// ---------------------------------------------------------------------------------------------------
// Public description of a GEMM

/** Register tile of the micro-kernel: MR rows × NR columns of C (NR a multiple of 4 lanes). */
export interface GemmTile {
  mr: number;
  nr: number;
}

export interface GemmSpec {
  /** C is M×N, the contraction is over K. */
  m: number;
  n: number;
  k: number;
  /** Byte offset of A in linear memory: row-major [M,K], or [K,M] when `transA`. */
  a: number;
  /** Byte offset of B: row-major [K,N], or [N,K] when `transB`. */
  b: number;
  /** Byte offset of C: row-major [M,N]. May not overlap A, B or the scratch region. */
  c: number;
  transA?: boolean;
  transB?: boolean;
  /** Repack B into K×NR panels before the multiply. Default: see `defaultPackB`. Forced on for transB. */
  packB?: boolean;
  /** Byte offset of a scratch region of `gemmScratchBytes(spec)` bytes (16-byte aligned is best); needed when packing. */
  scratch?: number;
  /** Default: `defaultTile(fma)`, 4×8 for mul+add and 3×12 for FMA. */
  tile?: GemmTile;
  /** K steps per loop iteration. Default 1 (see DEFAULT_K_UNROLL). */
  kUnroll?: number;
  /** Use `f32x4.relaxed_madd` (needs RelaxedSIMD; see `detectRelaxedSimd`). Default false. */
  fma?: boolean;
  /** Applied in order to each accumulator before it is stored; [] (the default) stores A·B. */
  epilogue?: readonly Epilogue[];
  /** Function name override, for several GEMMs of identical parameters in one module. */
  name?: string;
  /**
   * Tile by row blocks of this many rows instead of by column panels (see `addGemm`): the function's
   * range is then row blocks, each multiplied over every panel, and B is packed by a function of its own.
   */
  rowBlock?: number;
}

/** Where an accumulator sits in C, and the means to build code for it; see `Epilogue`. */
export interface EpilogueContext {
  module: binaryen.Module;
  /** Temporaries for epilogues that need them. */
  locals: Locals;
  /** The f32x4 being stored: lanes hold C[row, col], C[row, col+1], …; use it exactly once. */
  acc: Expr;
  /** i32 index of the row (a new expression node per call). */
  row(): Expr;
  /** i32 index of the column of lane 0 (a new expression node per call). */
  col(): Expr;
  /** Lanes that are real columns (the last column block may be narrower than 4). */
  lanes: Lanes;
  /** C[row, col] lives at byte address `cPtr() + cOffset`. */
  cPtr(): Expr;
  cOffset: number;
}

/**
 * A transformation of each output vector, fused into the store. `name` goes into the kernel's
 * function name, so it must be a short identifier fragment (`bias`, `relu`).
 */
export interface Epilogue {
  readonly name: string;
  apply(ctx: EpilogueContext): Expr;
}

/** The built-in epilogues; `[]` is "none" (C = A·B). */
export const epilogues = {
  /** C += A·B instead of C = A·B (reads the old C; XNNPACK calls this "gemminc"). */
  accumulate(): Epilogue {
    return {
      name: "acc",
      apply: (ctx) => ctx.module.f32x4.add(ctx.acc, loadF32Lanes(ctx.module, ctx.cOffset, ctx.cPtr, ctx.lanes)),
    };
  },
  /** Add bias[col] (an f32 vector of N elements at byte offset `biasOffset`) to every row. */
  biasAdd(biasOffset: number): Epilogue {
    return {
      name: "bias",
      apply: (ctx) => {
        const m = ctx.module;
        const biasPtr = () => m.i32.shl(ctx.col(), m.i32.const(2));
        return m.f32x4.add(ctx.acc, loadF32Lanes(m, biasOffset, biasPtr, ctx.lanes));
      },
    };
  },
  /** max(x, 0). f32x4.max propagates NaN, like the reference relu (a NaN input stays NaN). */
  relu(): Epilogue {
    return { name: "relu", apply: (ctx) => ctx.module.f32x4.max(ctx.acc, zeroF32x4(ctx.module)) };
  },
} as const;

/** Everything about a kernel once defaults are filled in. */
export interface GemmPlan {
  m: number;
  n: number;
  k: number;
  a: number;
  b: number;
  c: number;
  transA: boolean;
  transB: boolean;
  packB: boolean;
  scratch: number;
  tile: GemmTile;
  kUnroll: number;
  fma: boolean;
  epilogue: readonly Epilogue[];
  /** Rows per tile when tiled by row blocks; 0 when tiled by column panels. */
  rowBlock: number;
  name: string;
  /** With `rowBlock` and packing: the function `(lo, hi)` that packs B's panels [lo, hi) (gemmPanels). */
  packName?: string;
}

/**
 * Default register tiles, measured on x86-64 (bench/peak.ts --sweep; V8 keeps 15 xmm registers for
 * values). mul+add: 4×8 = 8 accumulators + 2 B vectors + 1 splat + 1 product temporary. FMA needs no
 * temporary but has a longer accumulator latency (4 cycles, 2 per cycle), so it wants ≥ 8 independent
 * accumulators per k with slack: 3×12 (9 accumulators + 3 B vectors + 1 splat) measured best.
 */
export function defaultTile(fma: boolean): GemmTile {
  return fma ? { mr: 3, nr: 12 } : { mr: 4, nr: 8 };
}

/**
 * K steps per loop iteration. 1 is fastest under V8 (TurboFan): it unrolls and peels a loop this small
 * by itself (dropping the per-iteration stack check), while a K loop unrolled by us comes out scheduled
 * with the loads of several steps hoisted together, which spills accumulators. At 512³, 4×8,
 * u1/u2/u4/u8 measured 57/45/29/17 GFLOP/s.
 */
export const DEFAULT_K_UNROLL = 1;

/**
 * Pack B unless the multiply is too short to pay for it: packing costs one pass over B (K·N) and a
 * scratch write, and pays back on each of the ceil(M/MR) row blocks that read the panel again without
 * the cache-set conflicts of a large power-of-two row stride. Measured (4×8, N=K=512): M=64 and 128
 * lose 10–15% by packing, M=256 gains 9%, M=512 gains 20%. Transposed B is always packed.
 */
export function defaultPackB(spec: Pick<GemmSpec, "m" | "transB">): boolean {
  return (spec.transB ?? false) || spec.m >= 256;
}

export function planGemm(spec: GemmSpec): GemmPlan {
  const tile = spec.tile ?? defaultTile(spec.fma ?? false);
  checkSpec(spec, tile);
  const transB = spec.transB ?? false;
  const packB = transB || (spec.packB ?? defaultPackB(spec));
  if (packB && spec.scratch === undefined) {
    throw new Error(`gemm ${spec.m}×${spec.n}×${spec.k}: packing B needs a scratch region (spec.scratch), ${gemmScratchBytes(spec)} bytes`);
  }
  const plan: Omit<GemmPlan, "name"> = {
    m: spec.m,
    n: spec.n,
    k: spec.k,
    a: spec.a,
    b: spec.b,
    c: spec.c,
    transA: spec.transA ?? false,
    transB,
    packB,
    scratch: spec.scratch ?? 0,
    tile,
    kUnroll: spec.kUnroll ?? DEFAULT_K_UNROLL,
    fma: spec.fma ?? false,
    epilogue: spec.epilogue ?? [],
    rowBlock: spec.rowBlock ?? 0,
  };
  const name = spec.name ?? gemmKernelName(plan);
  return { ...plan, name, ...(plan.rowBlock && packB ? { packName: `${name}_pack` } : {}) };
}

function checkSpec(spec: GemmSpec, tile: GemmTile): void {
  const where = `gemm ${spec.m}×${spec.n}×${spec.k}`;
  for (const [key, value] of [["m", spec.m], ["n", spec.n], ["k", spec.k]] as const) {
    if (!Number.isInteger(value) || value < 1) throw new Error(`${where}: ${key} must be an integer ≥ 1, got ${value}`);
  }
  if (!Number.isInteger(tile.mr) || tile.mr < 1) throw new Error(`${where}: tile.mr must be an integer ≥ 1, got ${tile.mr}`);
  if (!Number.isInteger(tile.nr) || tile.nr < F32_LANES || tile.nr % F32_LANES !== 0) {
    throw new Error(`${where}: tile.nr must be a positive multiple of ${F32_LANES}, got ${tile.nr}`);
  }
  if (spec.rowBlock !== undefined && (!Number.isInteger(spec.rowBlock) || spec.rowBlock < 1)) throw new Error(`${where}: rowBlock must be an integer ≥ 1, got ${spec.rowBlock}`);
  const unroll = spec.kUnroll ?? DEFAULT_K_UNROLL;
  if (!Number.isInteger(unroll) || unroll < 1) throw new Error(`${where}: kUnroll must be an integer ≥ 1, got ${unroll}`);
  for (const [key, value] of [["a", spec.a], ["b", spec.b], ["c", spec.c], ["scratch", spec.scratch ?? 0]] as const) {
    if (!Number.isInteger(value) || value < 0 || value % F32_BYTES !== 0) {
      throw new Error(`${where}: offset ${key} must be a non-negative multiple of 4 bytes, got ${value}`);
    }
  }
}

/**
 * The name spells the template parameters, XNNPACK style:
 *   gemm[_<epilogues>]_<MR>x<NR>_m<M>n<N>k<K>_<layout>_<packb|rowb>_u<kUnroll>__<isa>_loadsplat
 * layout is two letters, n or t, for A and B (BLAS style); isa is wasmsimd or wasmrelaxedsimd_fma.
 */
export function gemmKernelName(plan: Omit<GemmPlan, "name">): string {
  const epilogue = plan.epilogue.map((e) => `_${e.name}`).join("");
  const layout = `${plan.transA ? "t" : "n"}${plan.transB ? "t" : "n"}`;
  const isa = plan.fma ? "wasmrelaxedsimd_fma" : "wasmsimd";
  const shape = `m${plan.m}n${plan.n}k${plan.k}${plan.rowBlock ? `_mb${plan.rowBlock}` : ""}`;
  return `gemm${epilogue}_${plan.tile.mr}x${plan.tile.nr}_${shape}_${layout}_${plan.packB ? "packb" : "rowb"}_u${plan.kUnroll}__${isa}_loadsplat`;
}

/** Bytes of scratch the kernel writes when it packs B: ceil(N/4)·4 columns × K rows of f32. */
export function gemmScratchBytes(spec: Pick<GemmSpec, "n" | "k">): number {
  return roundUp(spec.n, F32_LANES) * spec.k * F32_BYTES;
}

/** Column panels of C (NR wide, the last one narrower when NR does not divide N): the tiles of a GEMM, and of its packing. */
export function gemmPanels(plan: Pick<GemmPlan, "n" | "tile">): number {
  return Math.ceil(plan.n / plan.tile.nr);
}

/** The tiles of the multiply: row blocks when tiled by rows, else column panels. */
export function gemmTiles(plan: Pick<GemmPlan, "m" | "n" | "tile" | "rowBlock">): number {
  return plan.rowBlock ? Math.ceil(plan.m / plan.rowBlock) : gemmPanels(plan);
}

export function gemmFlops(spec: Pick<GemmSpec, "m" | "n" | "k">): number {
  return 2 * spec.m * spec.n * spec.k;
}

// ---------------------------------------------------------------------------------------------------
// Generator

/**
 * Add the kernel as a function `(lo: i32, hi: i32) -> ()` to `module` and return its plan (the name is
 * `plan.name`) over a tile range (tiles.ts; each tile is the same code whichever range holds it):
 * - by default the tiles are column panels (`gemmPanels`): the function packs and multiplies panels
 *   [lo, hi), all rows of each. Right when A is small enough to stay in cache while every panel streams
 *   it (dense layers: M is a batch);
 * - with `rowBlock`, the tiles are blocks of that many rows (`gemmTiles`): each is multiplied over every
 *   panel while its rows of A stay in L2, and a thread reads only its own rows of A. Right for a tall A
 *   (a convolution's patch matrix, M = N·OH·OW), which the panel order would stream from memory once
 *   per panel on every thread. B, read whole by every block, is packed first by `plan.packName` over
 *   panels [lo, hi), a phase of its own.
 */
export function addGemm(module: binaryen.Module, spec: GemmSpec): GemmPlan {
  const plan = planGemm(spec);
  for (const name of [plan.name, plan.packName]) {
    if (name && module.getFunction(name) !== 0) throw new Error(`gemm: the module already has a function ${name}; pass spec.name to tell them apart`);
  }
  const params = binaryen.createType([binaryen.i32, binaryen.i32]);
  const locals = new Locals(module, 2);
  const gen = new GemmGenerator(module, locals, plan);
  const packs = plan.packB && !plan.rowBlock;
  const body = module.block(null, [...(packs ? gen.packB() : []), ...gen.multiply()]);
  module.addFunction(plan.name, params, binaryen.none, locals.types, body);
  if (plan.packName) {
    const packLocals = new Locals(module, 2);
    module.addFunction(plan.packName, params, binaryen.none, packLocals.types, module.block(null, new GemmGenerator(module, packLocals, plan).packB()));
  }
  return plan;
}

/**
 * Build a standalone module holding the given GEMMs, each exported under its name, with linear memory
 * imported as `env.memory` (the caller's arena). Validated and optimized.
 */
export function buildGemmModule(specs: readonly GemmSpec[], options: { memoryPages: number; optimize?: boolean }): FinishedModule & { plans: GemmPlan[] } {
  const module = new binaryen.Module();
  try {
    module.setFeatures(wasmFeatures(specs.some((s) => s.fma)));
    importArenaMemory(module, options.memoryPages);
    const plans = specs.map((spec) => addGemm(module, spec));
    for (const plan of plans) {
      // Exported as `() -> ()` over all tiles (the packing first, when it is a function of its own).
      const over = (name: string, tiles: number) => module.call(name, [module.i32.const(0), module.i32.const(tiles)], binaryen.none);
      const all = [...(plan.packName ? [over(plan.packName, gemmPanels(plan))] : []), over(plan.name, gemmTiles(plan))];
      module.addFunction(`${plan.name}__all`, binaryen.none, binaryen.none, [], module.block(null, all));
      module.addFunctionExport(`${plan.name}__all`, plan.name);
    }
    return { ...finishModule(module, { optimize: options.optimize }), plans };
  } finally {
    module.dispose();
  }
}

/** How B is read by the micro-kernel: where a column panel starts and how far apart its rows are. */
interface BPanelLayout {
  /** Immediate byte offset added to every B load (the matrix or scratch base). */
  baseOffset: number;
  /** Bytes between B[k, j] and B[k+1, j] in a panel `vecs` vectors wide (packed panels are exactly that wide). */
  strideK(vecs: number): number;
  /** Bytes between the starts of consecutive full panels. */
  panelStride: number;
  /** Whether the last vector of a narrow tile may be loaded whole (zero-padded) or needs a partial load. */
  paddedTail: boolean;
}

/** A shape of tile: rows × (vectors of 4 columns), the last vector holding `lastLanes` real columns. */
interface TileShape {
  rows: number;
  vecs: number;
  lastLanes: Lanes;
}

class GemmGenerator {
  private readonly m: binaryen.Module;
  private labels = 0;
  /** Row index of the tile's first row; column index of its first column. */
  private readonly i: Local;
  private readonly j: Local;
  /** Byte offset (relative to the B layout base) of the current panel's first element. */
  private readonly bPanel: Local;
  /** Moving A and B pointers of the K loop, and the tile's C address. */
  private readonly pa: Local;
  private readonly pb: Local;
  private readonly pbEnd: Local;
  private readonly cTile: Local;
  private readonly acc: Local[][];
  private readonly bVec: Local[];
  private readonly aSplat: Local;
  private readonly bLayout: BPanelLayout;
  /** The panel range parameters [lo, hi). */
  private readonly lo: Local;
  private readonly hi: Local;
  private readonly p: Local;

  constructor(
    module: binaryen.Module,
    private readonly locals: Locals,
    private readonly plan: GemmPlan,
  ) {
    this.m = module;
    this.lo = paramLocal(module, 0);
    this.hi = paramLocal(module, 1);
    this.p = locals.i32();
    const { mr, nr } = plan.tile;
    const vecs = nr / F32_LANES;
    this.i = locals.i32();
    this.j = locals.i32();
    this.bPanel = locals.i32();
    this.pa = locals.i32();
    this.pb = locals.i32();
    this.pbEnd = locals.i32();
    this.cTile = locals.i32();
    this.acc = range(mr).map(() => range(vecs).map(() => locals.v128()));
    this.bVec = range(vecs).map(() => locals.v128());
    this.aSplat = locals.v128();
    this.bLayout = plan.packB
      ? { baseOffset: plan.scratch, strideK: (vecs) => vecs * V128_BYTES, panelStride: plan.k * nr * F32_BYTES, paddedTail: true }
      : { baseOffset: plan.b, strideK: () => plan.n * F32_BYTES, panelStride: nr * F32_BYTES, paddedTail: false };
  }

  private label(prefix: string): string {
    return `${prefix}${this.labels++}`;
  }

  // -- A addressing: A[i, k] is at plan.a + i·aStrideRow + k·aStrideK.
  private get aStrideRow(): number {
    return this.plan.transA ? F32_BYTES : this.plan.k * F32_BYTES;
  }

  private get aStrideK(): number {
    return this.plan.transA ? this.plan.m * F32_BYTES : F32_BYTES;
  }

  /** The panels [lo, min(hi, full panels)) as a loop over p, then the narrow tail panel when hi reaches it. */
  private overPanels(label: string, full: (p: Local) => Expr[], tail: Expr[]): Expr[] {
    const { m, plan } = this;
    const fullPanels = Math.floor(plan.n / plan.tile.nr);
    const code: Expr[] = [];
    if (fullPanels > 0) code.push(rangeLoop(m, this.label(label), this.p, this.lo.get(), () => minConst(m, () => this.hi.get(), fullPanels), 1, full(this.p)));
    if (tail.length > 0) code.push(m.if(m.i32.gt_s(this.hi.get(), m.i32.const(fullPanels)), m.block(null, tail)));
    return code;
  }

  /** The multiply of tiles [lo, hi): column panels outer, row blocks inner, K innermost in each tile. */
  multiply(): Expr[] {
    if (this.plan.rowBlock) return this.multiplyRowBlocks();
    const { m, plan } = this;
    const { nr } = plan.tile;
    const fullPanels = Math.floor(plan.n / nr);
    const tailColumns = plan.n % nr;
    const at = (p: Expr, pb: Expr) => [this.j.set(m.i32.mul(p, m.i32.const(nr))), this.bPanel.set(m.i32.mul(pb, m.i32.const(this.bLayout.panelStride)))];
    const tail = tailColumns > 0 ? [...at(m.i32.const(fullPanels), m.i32.const(fullPanels)), ...this.rowBlocks(Math.ceil(tailColumns / F32_LANES), lanesOf(tailColumns))] : [];
    return this.overPanels("panel", (p) => [...at(p.get(), p.get()), ...this.rowBlocks(nr / F32_LANES, 4)], tail);
  }

  /**
   * Row blocks [lo, hi) of `rowBlock` rows: per block, every panel (full panels, then the narrow tail)
   * over the block's rows. Blocks are all `rowBlock` rows but the last, which may be shorter.
   */
  private multiplyRowBlocks(): Expr[] {
    const { m, plan } = this;
    const { nr } = plan.tile;
    const block = plan.rowBlock;
    const blocks = Math.ceil(plan.m / block);
    const lastRows = plan.m - (blocks - 1) * block;
    const fullPanels = Math.floor(plan.n / nr);
    const tailColumns = plan.n % nr;
    const first = this.locals.i32();
    const panelsOver = (rows: number): Expr[] => {
      const code: Expr[] = [this.j.set(m.i32.const(0)), this.bPanel.set(m.i32.const(0))];
      code.push(
        countedLoop(m, this.locals, this.label("panel"), fullPanels, [
          ...this.rowBlocks(nr / F32_LANES, 4, first, rows),
          this.j.set(addConst(m, this.j.get(), nr)),
          this.bPanel.set(addConst(m, this.bPanel.get(), this.bLayout.panelStride)),
        ]),
      );
      if (tailColumns > 0) code.push(...this.rowBlocks(Math.ceil(tailColumns / F32_LANES), lanesOf(tailColumns), first, rows));
      return code;
    };
    const perBlock = lastRows === block
      ? panelsOver(block)
      : [m.if(m.i32.eq(this.p.get(), m.i32.const(blocks - 1)), m.block(null, panelsOver(lastRows)), m.block(null, panelsOver(block)))];
    return [rangeLoop(m, this.label("block"), this.p, this.lo.get(), () => minConst(m, () => this.hi.get(), blocks), 1, [first.set(m.i32.mul(this.p.get(), m.i32.const(block))), ...perBlock])];
  }

  /** The tiles of one column panel over `rows` rows from row `first` (0 and all of M by default), top to bottom. */
  private rowBlocks(vecs: number, lastLanes: Lanes, first?: Local, rows = this.plan.m): Expr[] {
    const { m, plan } = this;
    const { mr } = plan.tile;
    const code: Expr[] = [this.i.set(first ? first.get() : m.i32.const(0))];
    code.push(
      countedLoop(m, this.locals, this.label("rows"), Math.floor(rows / mr), [
        ...this.tile({ rows: mr, vecs, lastLanes }),
        this.i.set(addConst(m, this.i.get(), mr)),
      ]),
    );
    if (rows % mr > 0) code.push(...this.tile({ rows: rows % mr, vecs, lastLanes }));
    return code;
  }

  /** One register tile at (i, j): zero the accumulators, run K, then epilogue and store. */
  private tile(shape: TileShape): Expr[] {
    const { m, plan } = this;
    const { kUnroll } = plan;
    const code: Expr[] = [
      this.pa.set(m.i32.mul(this.i.get(), m.i32.const(this.aStrideRow))),
      this.pb.set(this.bPanel.get()),
    ];
    for (let r = 0; r < shape.rows; r++) {
      for (let v = 0; v < shape.vecs; v++) code.push(this.acc[r]![v]!.set(zeroF32x4(m)));
    }
    const kSteps = (count: number) => range(count).flatMap((u) => this.kStep(shape, u));
    code.push(
      ...this.kLoop(Math.floor(plan.k / kUnroll), [
        ...kSteps(kUnroll),
        this.pa.set(addConst(m, this.pa.get(), kUnroll * this.aStrideK)),
      ], kUnroll * this.bLayout.strideK(shape.vecs)),
    );
    code.push(...kSteps(plan.k % kUnroll));
    code.push(...this.storeTile(shape));
    return code;
  }

  /**
   * The K loop: `body` then pb += pbStep, `iterations` times. It ends when pb reaches its end address
   * rather than on a separate counter: V8 runs out of general registers in this loop (A row pointers,
   * B pointer, memory base) and spilled the counter to the stack, a load and a store per k.
   */
  private kLoop(iterations: number, body: Expr[], pbStep: number): Expr[] {
    const { m } = this;
    const advance = this.pb.set(addConst(m, this.pb.get(), pbStep));
    if (iterations <= 0) return [];
    if (iterations === 1) return [...body, advance];
    const label = this.label("k");
    return [
      this.pbEnd.set(addConst(m, this.pb.get(), iterations * pbStep)),
      m.loop(label, m.block(null, [...body, advance, m.br(label, m.i32.ne(this.pb.get(), this.pbEnd.get()))])),
    ];
  }

  /**
   * One k of the micro-kernel, `u` steps past the K pointers: load the B row's vectors, then per tile
   * row splat A[i+r, k] and multiply-accumulate into that row's accumulators.
   */
  private kStep(shape: TileShape, u: number): Expr[] {
    const { m, plan, bLayout } = this;
    const code: Expr[] = [];
    for (let v = 0; v < shape.vecs; v++) {
      const lanes: Lanes = v === shape.vecs - 1 && !bLayout.paddedTail ? shape.lastLanes : 4;
      const offset = bLayout.baseOffset + u * bLayout.strideK(shape.vecs) + v * V128_BYTES;
      code.push(this.bVec[v]!.set(loadF32Lanes(m, offset, () => this.pb.get(), lanes)));
    }
    for (let r = 0; r < shape.rows; r++) {
      const aOffset = plan.a + u * this.aStrideK + r * this.aStrideRow;
      code.push(this.aSplat.set(m.v128.load32_splat(aOffset, F32_BYTES, this.pa.get())));
      for (let v = 0; v < shape.vecs; v++) {
        const acc = this.acc[r]![v]!;
        code.push(acc.set(mulAdd(m, this.aSplat.get(), this.bVec[v]!.get(), acc.get(), plan.fma)));
      }
    }
    return code;
  }

  /** Run the epilogue on each accumulator and store it into C (partially, on the ragged right edge). */
  private storeTile(shape: TileShape): Expr[] {
    const { m, plan } = this;
    const rowBytes = plan.n * F32_BYTES;
    const code: Expr[] = [
      this.cTile.set(m.i32.add(m.i32.mul(this.i.get(), m.i32.const(rowBytes)), m.i32.shl(this.j.get(), m.i32.const(2)))),
    ];
    for (let r = 0; r < shape.rows; r++) {
      for (let v = 0; v < shape.vecs; v++) {
        const lanes: Lanes = v === shape.vecs - 1 ? shape.lastLanes : 4;
        const acc = this.acc[r]![v]!;
        const cOffset = plan.c + r * rowBytes + v * V128_BYTES;
        const ctx: Omit<EpilogueContext, "acc"> = {
          module: m,
          locals: this.locals,
          row: () => addConst(m, this.i.get(), r),
          col: () => addConst(m, this.j.get(), v * F32_LANES),
          lanes,
          cPtr: () => this.cTile.get(),
          cOffset,
        };
        const value = plan.epilogue.reduce((x, e) => e.apply({ ...ctx, acc: x }), acc.get());
        if (lanes === 4) {
          code.push(m.v128.store(cOffset, F32_BYTES, this.cTile.get(), value));
        } else {
          // A partial store reads the value twice for 3 lanes; park it in its accumulator first.
          code.push(acc.set(value), storeF32Lanes(m, cOffset, () => this.cTile.get(), () => acc.get(), lanes));
        }
      }
    }
    return code;
  }

  // -- Packing B into panels: panel p holds B[:, p·NR : p·NR+NR] as K rows of NR contiguous floats
  //    (the tail panel is ceil(t/4)·4 floats wide, zero-padded), at scratch + p·K·NR·4.

  packB(): Expr[] {
    return this.plan.transB ? this.packTransposedB() : this.packRowMajorB();
  }

  /** B is [K,N]: copy each row's NR-wide slices with vector loads and stores, k outer. */
  private packRowMajorB(): Expr[] {
    const { m, plan, locals } = this;
    const { nr } = plan.tile;
    const fullPanels = Math.floor(plan.n / nr);
    const tailColumns = plan.n % nr;
    const tailBase = fullPanels * plan.k * nr * F32_BYTES;
    const tailWidth = roundUp(tailColumns, F32_LANES);
    const srcRow = locals.i32();
    const k = locals.i32();
    const src = locals.i32();
    const dst = locals.i32();
    const copyPanel = (p: Local) => [
      src.set(m.i32.add(srcRow.get(), m.i32.mul(p.get(), m.i32.const(nr * F32_BYTES)))),
      dst.set(m.i32.add(m.i32.mul(k.get(), m.i32.const(nr * F32_BYTES)), m.i32.mul(p.get(), m.i32.const(plan.k * nr * F32_BYTES)))),
      ...range(nr / F32_LANES).map((v) =>
        m.v128.store(plan.scratch + v * V128_BYTES, F32_BYTES, dst.get(), m.v128.load(plan.b + v * V128_BYTES, F32_BYTES, src.get())),
      ),
    ];
    // Tail panel row k lives at tailBase + k·tailWidth·4; its last vector is loaded partially (zero-filled).
    const copyTail = range(tailWidth / F32_LANES).map((v) => {
      const lanes: Lanes = v === tailWidth / F32_LANES - 1 ? lanesOf(tailColumns) : 4;
      const tailDst = () => m.i32.mul(k.get(), m.i32.const(tailWidth * F32_BYTES));
      const value = loadF32Lanes(m, plan.b + fullPanels * nr * F32_BYTES + v * V128_BYTES, () => srcRow.get(), lanes);
      return m.v128.store(plan.scratch + tailBase + v * V128_BYTES, F32_BYTES, tailDst(), value);
    });
    return [
      srcRow.set(m.i32.const(0)),
      k.set(m.i32.const(0)),
      countedLoop(m, locals, this.label("packk"), plan.k, [
        ...this.overPanels("packp", copyPanel, copyTail),
        srcRow.set(addConst(m, srcRow.get(), plan.n * F32_BYTES)),
        k.set(addConst(m, k.get(), 1)),
      ]),
    ];
  }

  /**
   * B is [N,K] (Bᵀ row-major): panel element (k, jj) is B_t[p·NR + jj, k]. Gathered one f32 at a time,
   * panel outer, k inner; columns past N in the tail panel are written as zeros.
   */
  private packTransposedB(): Expr[] {
    const { m, plan, locals } = this;
    const { nr } = plan.tile;
    const fullPanels = Math.floor(plan.n / nr);
    const tailColumns = plan.n % nr;
    const src = locals.i32();
    const dst = locals.i32();
    const rowBytes = plan.k * F32_BYTES;
    const gatherPanel = (width: number, realColumns: number) =>
      countedLoop(m, locals, this.label("packtk"), plan.k, [
        ...range(width).map((jj) =>
          m.f32.store(
            plan.scratch + jj * F32_BYTES,
            F32_BYTES,
            dst.get(),
            jj < realColumns ? m.f32.load(plan.b + jj * rowBytes, F32_BYTES, src.get()) : m.f32.const(0),
          ),
        ),
        src.set(addConst(m, src.get(), F32_BYTES)),
        dst.set(addConst(m, dst.get(), width * F32_BYTES)),
      ]);
    // Panel p starts at B_t row p·NR and at scratch p·K·NR floats.
    const start = (p: Expr, p2: Expr) => [src.set(m.i32.mul(p, m.i32.const(nr * rowBytes))), dst.set(m.i32.mul(p2, m.i32.const(plan.k * nr * F32_BYTES)))];
    const full = Math.floor(plan.n / nr);
    const tail = tailColumns > 0 ? [...start(m.i32.const(full), m.i32.const(full)), gatherPanel(roundUp(tailColumns, F32_LANES), tailColumns)] : [];
    return this.overPanels("packtp", (p) => [...start(p.get(), p.get()), gatherPanel(nr, nr)], tail);
  }
}

function lanesOf(columns: number): Lanes {
  return ((columns - 1) % F32_LANES) + 1 as Lanes;
}

function roundUp(x: number, multiple: number): number {
  return Math.ceil(x / multiple) * multiple;
}

function range(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i);
}
