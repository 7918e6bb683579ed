/**
 * Small helpers for emitting WebAssembly SIMD with binaryen: typed locals, partial-vector loads and
 * stores (for the ragged right edge of a matrix), counted loops, multiply-add with or without relaxed
 * SIMD, relaxed-SIMD feature detection, and module finishing (validate + optimize + emit).
 *
 * Nothing here knows about GEMM; the kernel generators in this folder build on it.
 */
import v8 from "node:v8";
import binaryen from "binaryen";

export type Expr = binaryen.ExpressionRef;

/** Lanes of an f32x4 that hold real data; a matrix's last column block may use fewer than four. */
export type Lanes = 1 | 2 | 3 | 4;

export const F32_BYTES = 4;
export const V128_BYTES = 16;
export const F32_LANES = 4;

/**
 * The locals of one function under construction. binaryen wants all locals declared up front as a
 * list of types, so generators allocate them here while building the body, then pass `types` to
 * `addFunction`. Local indices start after the function's parameters (none unless told).
 */
export class Locals {
  readonly types: binaryen.Type[] = [];

  /** `firstIndex`: the function's parameter count (its locals are numbered after its parameters). */
  constructor(
    private readonly module: binaryen.Module,
    private readonly firstIndex = 0,
  ) {}

  /** A fresh local of the given type, with get/set/tee closures that build new expression nodes. */
  add(type: binaryen.Type): Local {
    const index = this.firstIndex + this.types.length;
    this.types.push(type);
    const m = this.module;
    return {
      index,
      get: () => m.local.get(index, type),
      set: (value: Expr) => m.local.set(index, value),
      tee: (value: Expr) => m.local.tee(index, value, type),
    };
  }

  i32(): Local {
    return this.add(binaryen.i32);
  }

  f32(): Local {
    return this.add(binaryen.f32);
  }

  v128(): Local {
    return this.add(binaryen.v128);
  }

  f64(): Local {
    return this.add(binaryen.f64);
  }
}

export interface Local {
  index: number;
  /** A new `local.get` node each call: binaryen expression nodes may have only one parent. */
  get(): Expr;
  set(value: Expr): Expr;
  tee(value: Expr): Expr;
}

/** `ptr + c` as an i32 expression, without an add node when c is 0. */
export function addConst(m: binaryen.Module, ptr: Expr, c: number): Expr {
  return c === 0 ? ptr : m.i32.add(ptr, m.i32.const(c));
}

/** The all-zero f32x4. */
export function zeroF32x4(m: binaryen.Module): Expr {
  return m.v128.const(new Array<number>(V128_BYTES).fill(0));
}

/**
 * Load `lanes` consecutive f32 at `ptr + offset` into the low lanes of a v128, zeroing the rest.
 * Partial loads never touch memory past the last real element, so a matrix may end at the very end
 * of linear memory.
 */
export function loadF32Lanes(m: binaryen.Module, offset: number, ptr: () => Expr, lanes: Lanes): Expr {
  switch (lanes) {
    case 4:
      return m.v128.load(offset, F32_BYTES, ptr());
    case 2:
      return m.v128.load64_zero(offset, F32_BYTES, ptr());
    case 1:
      return m.v128.load32_zero(offset, F32_BYTES, ptr());
    case 3:
      return m.v128.load32_lane(offset + 2 * F32_BYTES, F32_BYTES, 2, ptr(), m.v128.load64_zero(offset, F32_BYTES, ptr()));
  }
}

/**
 * Store the low `lanes` lanes of `value` to `ptr + offset`. For lanes < 4, `value` must be a
 * `local.get` factory's output that can be evaluated twice (lanes 3 stores in two pieces), so it is
 * passed as a factory too.
 */
export function storeF32Lanes(m: binaryen.Module, offset: number, ptr: () => Expr, value: () => Expr, lanes: Lanes): Expr {
  switch (lanes) {
    case 4:
      return m.v128.store(offset, F32_BYTES, ptr(), value());
    case 2:
      return m.v128.store64_lane(offset, F32_BYTES, 0, ptr(), value());
    case 1:
      return m.v128.store32_lane(offset, F32_BYTES, 0, ptr(), value());
    case 3:
      return m.block(null, [
        m.v128.store64_lane(offset, F32_BYTES, 0, ptr(), value()),
        m.v128.store32_lane(offset + 2 * F32_BYTES, F32_BYTES, 2, ptr(), value()),
      ]);
  }
}

/**
 * `a * b + c` on f32x4. With `fma`, one `f32x4.relaxed_madd` (a fused multiply-add where the engine
 * has one, e.g. vfmadd231ps on x86 with FMA3; results may differ from mul+add in the last bit).
 * binaryen.js has no wrapper for relaxed_madd, so we call the C API entry point directly.
 */
export function mulAdd(m: binaryen.Module, a: Expr, b: Expr, c: Expr, fma: boolean): Expr {
  if (!fma) return m.f32x4.add(c, m.f32x4.mul(a, b));
  return binaryenCApi()._BinaryenSIMDTernary(moduleHandle(m), binaryenCApi().RelaxedMaddVecF32x4, a, b, c);
}

interface BinaryenCApi {
  _BinaryenSIMDTernary(module: number, op: number, a: Expr, b: Expr, c: Expr): Expr;
  RelaxedMaddVecF32x4: number;
}

function binaryenCApi(): BinaryenCApi {
  return binaryen as unknown as BinaryenCApi;
}

function moduleHandle(m: binaryen.Module): number {
  return (m as unknown as { ptr: number }).ptr;
}

/**
 * A loop that runs `body` exactly `iterations` times (a compile-time count ≥ 0), counting a local
 * down to zero. Emits the body once, without a loop, when `iterations` is 1.
 */
export function countedLoop(m: binaryen.Module, locals: Locals, label: string, iterations: number, body: Expr[]): Expr {
  if (iterations <= 0) return m.nop();
  if (iterations === 1) return m.block(null, body);
  const left = locals.i32();
  return m.block(null, [
    left.set(m.i32.const(iterations)),
    m.loop(
      label,
      m.block(null, [
        ...body,
        m.br(label, m.i32.ne(left.tee(m.i32.sub(left.get(), m.i32.const(1))), m.i32.const(0))),
      ]),
    ),
  ]);
}

/** Binaryen features every gradfuse WASM module may use; relaxed SIMD only when asked for. */
export function wasmFeatures(relaxedSimd: boolean): binaryen.Features {
  let features = binaryen.Features.MVP | binaryen.Features.SIMD128 | binaryen.Features.BulkMemoryOpt;
  if (relaxedSimd) features |= binaryen.Features.RelaxedSIMD;
  return features;
}

/** Import the arena as `env.memory`, so the caller owns (and can grow, share, fill) the memory. */
export function importArenaMemory(m: binaryen.Module, initialPages: number): void {
  m.setMemory(initialPages, -1, null, [], false, false, "arena");
  m.addMemoryImport("arena", "env", "memory");
}

export interface FinishedModule {
  binary: Uint8Array<ArrayBuffer>;
  /** The module in WebAssembly text format, for reading (when asked for). */
  text?: string;
}

/** Validate, optimize (-O3, no shrinking) and emit a module; throws with binaryen's message on invalid IR. */
/**
 * Validates the module and emits its binary (and text when asked). binaryen's optimizer is off by
 * default: the generated code is already specialized, V8's optimizing compiler gave the same kernel
 * times with and without -O3 (GEMM 512³ and the LeNet-5 training step, measured), and the first -O3
 * in a process cost over a second (V8 compiling binaryen's own pass code).
 */
export function finishModule(m: binaryen.Module, options: { optimize?: boolean; text?: boolean } = {}): FinishedModule {
  if (!m.validate()) throw new Error("gradfuse wasm: binaryen rejected the generated module (see stderr)");
  if (options.optimize ?? false) {
    binaryen.setOptimizeLevel(3);
    binaryen.setShrinkLevel(0);
    m.optimize();
    if (!m.validate()) throw new Error("gradfuse wasm: module invalid after binaryen optimization");
  }
  // Copied into a fresh ArrayBuffer-backed array: that is the type WebAssembly.Module accepts.
  const binary = new Uint8Array(m.emitBinary());
  return options.text ?? true ? { binary, text: m.emitText() } : { binary };
}

/**
 * A minimal module whose only function returns `f32x4.relaxed_madd(0, 0, 0)`:
 *   (module (func (result v128) v128.const 0 v128.const 0 v128.const 0 f32x4.relaxed_madd))
 * Written out by hand so feature detection needs no compiler at run time.
 */
function relaxedSimdProbe(): Uint8Array<ArrayBuffer> {
  const v128Zero = [0xfd, 0x0c, ...new Array<number>(16).fill(0)]; // v128.const 0
  const body = [0x00, ...v128Zero, ...v128Zero, ...v128Zero, 0xfd, 0x85, 0x02, 0x0b]; // no locals … relaxed_madd end
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // "\0asm", version 1
    0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7b, //        type section: one type, () -> v128
    0x03, 0x02, 0x01, 0x00, //                          function section: one function of type 0
    0x0a, body.length + 2, 0x01, body.length, ...body, // code section: one body
  ]);
}

/** Whether this engine accepts relaxed SIMD (checked by validating a tiny probe module). */
export function detectRelaxedSimd(): boolean {
  return WebAssembly.validate(relaxedSimdProbe());
}

/**
 * Node 20 (V8 11.3) ships relaxed SIMD behind `--experimental-wasm-relaxed-simd`, off by default, and
 * refuses that flag in NODE_OPTIONS. Setting it at run time through `v8.setFlagsFromString` works for
 * modules compiled afterwards. Returns whether relaxed SIMD is available after the attempt. Use in
 * benchmarks and tests only: it changes engine state for the whole process.
 */
export function enableRelaxedSimdInNode(): boolean {
  if (detectRelaxedSimd()) return true;
  v8.setFlagsFromString("--experimental-wasm-relaxed-simd");
  return detectRelaxedSimd();
}
