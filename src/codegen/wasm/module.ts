/**
 * Renders a linked ProgramPlan as one WebAssembly module: one function per kernel (loop.ts, reduce.ts,
 * rows.ts, contraction.ts, window.ts), one exported function per entry running its kernels in order and then
 * its updates (memory.copy), the array constants as data segments, and the memory exported as
 * `memory` (the arena: the plan's addresses, then the kernels' shared scratch, see contraction.ts).
 * Every size and address is a compile-time constant. binaryen builds and validates the module (see
 * finishModule for why its optimizer is off by default).
 *
 * The loader beside the .wasm (`<name>.js` and its `.d.ts`) is rendered by loader.ts.
 *
 * Threads (`threads: true`): the module imports its memory, shared (`env.memory`, initial = maximum),
 * and each entry with work worth splitting gets a second export `<entry>/threads` of type
 * (tid, threads, mayBlock) that every thread of a team calls at once (src/runtime/threads.ts). Each
 * kernel is a function over a tile range (tiles.ts); a threaded entry runs every phase of every kernel
 * on its share of the tiles — [tid·tiles/threads, (tid+1)·tiles/threads), a rule fixed here — and the
 * threads meet at a barrier after it. Phases too small to gain (PARALLEL_MIN_WORK) run on thread 0
 * only, as do the updates; an entry too small to gain as a whole (ENTRY_PARALLEL_MIN_WORK: batch-1
 * inference) gets no threaded form and runs on the calling thread alone. The barrier is a counter and a generation word in a control block past the
 * scratch (exported as the global `threads_control`): arrive with an atomic add, then spin on the
 * generation and, if it is slow to change, memory.atomic.wait32 on it (mayBlock = 0 only spins, for a
 * browser's main thread, which may not block); the last to arrive resets the counter, bumps the
 * generation and notifies. No kernel uses an atomic: each output element is written by one tile.
 */
import binaryen from "binaryen";
import { CompileError } from "../../ir/errors.ts";
import type { Kernel, Plan, ProgramPlan } from "../../passes/plan.ts";
import type { ProgramManifest } from "../../runtime/program.ts";
import { manifestOf } from "../manifest.ts";
import { distinctIdentifiers, prefixesKernels } from "../names.ts";
import { contractionScratchBytes, renderContraction } from "./contraction.ts";
import { kernelComments } from "./loader.ts";
import { renderLoop } from "./loop.ts";
import { addMathFunctions, MATH } from "./math.ts";
import { renderReduce } from "./reduce.ts";
import { renderRows } from "./rows.ts";
import { addFiniteScan, SCAN_EXPORT } from "./scan.ts";
import { Locals, finishModule, wasmFeatures, type Expr } from "./simd.ts";
import { ENTRY_PARALLEL_MIN_WORK, KERNEL_PARAMS, PARALLEL_MIN_WORK, paramLocal, type Phase } from "./tiles.ts";
import { FunctionBuilder, KernelCode } from "./values.ts";
import { renderWindow, windowScratchBytes } from "./window.ts";

export interface WasmEmitOptions {
  /** Use relaxed-SIMD fused multiply-add in GEMMs (needs an engine with relaxed SIMD). Default false. */
  readonly fma?: boolean;
  /** Program name (the manifest's name and the wrapper's header). Default: the first entry's graph name. */
  readonly name?: string;
  /** Run binaryen's -O3 optimizer (default false: see finishModule). */
  readonly optimize?: boolean;
  /** Also render the module as WebAssembly text (default true; the driver skips it when nothing reads it). */
  readonly text?: boolean;
  /** Also export every kernel function under its name (for per-kernel profiling). Default false. */
  readonly exportKernels?: boolean;
  /** Build for threads: shared imported memory and `<entry>/threads` exports (see the header). Default false. */
  readonly threads?: boolean;
  /**
   * Work below which a kernel stays on one thread (default PARALLEL_MIN_WORK; tests pass 0 to split
   * everything, which also drops the entry threshold ENTRY_PARALLEL_MIN_WORK).
   */
  readonly parallelMinWork?: number;
  /** The wrapper also loads a threaded build of this many bytes of memory (`<name>.threads.wasm`). */
  readonly threadedMemoryBytes?: number;
}

export interface WasmProgram {
  readonly binary: Uint8Array<ArrayBuffer>;
  /** The module in WebAssembly text format (unless `text: false` was asked). */
  readonly text?: string;
  /** One comment line per kernel (what it fuses, the user's lines), for the loader's header. */
  readonly kernelComments: readonly string[];
  readonly manifest: ProgramManifest;
  /** Bytes of linear memory: the arena, then kernel scratch (past `manifest.arenaBytes`), then the threads' control block. */
  readonly memoryBytes: number;
  /** Built for threads: imports a shared memory of memoryBytes (see the header). */
  readonly shared: boolean;
  /** With exportKernels: each kernel function's phases as (phase, tiles), for calling them one by one. */
  readonly kernelPhases?: Readonly<Record<string, readonly { readonly phase: number; readonly tiles: number }[]>>;
}

const PAGE = 65536;
/** Bytes past the last buffer that SIMD loads of a ragged last vector may read (never write). */
const TAIL_SLACK = 64;

/** The entry functions' names: distinct identifiers ("a-b" and "a_b" are two entries, two functions). */
function entryIdentifiers(program: ProgramPlan): Map<string, string> {
  // Plain kernel names (see prefixesKernels) are reserved so no entry function takes one.
  const kernels = program.entries.filter((p) => !prefixesKernels(program, p.entry)).flatMap((p) => p.kernels.map((k) => k.name));
  return distinctIdentifiers(program.entries.map((p) => p.entry), [...kernels, ...Object.values(MATH), SCAN_EXPORT, BARRIER_FUNCTION]);
}

function functionName(program: ProgramPlan, plan: Plan, kernel: Kernel): string {
  return prefixesKernels(program, plan.entry) ? `${entryIdentifiers(program).get(plan.entry)}_${kernel.name}` : kernel.name;
}

/** One phase of a kernel as the entries call it. */
interface PhaseCall {
  readonly fn: string;
  readonly phase: number;
  readonly tiles: number;
  /** Whether a threaded entry splits it (enough tiles and enough work). */
  readonly parallel: boolean;
}

/**
 * Adds one kernel's function `(phase, lo, hi)` (contractions use scratch from `scratchBase`, see
 * contractionScratchBytes) and returns how the entries call its phases.
 */
function addKernel(m: binaryen.Module, plan: Plan, kernel: Kernel, name: string, scratchBase: number, fma: boolean, minWork: number): PhaseCall[] {
  const locals = new Locals(m, KERNEL_PARAMS);
  const fb = new FunctionBuilder(m, locals, { lo: paramLocal(m, 1), hi: paramLocal(m, 2) });
  const kc = new KernelCode(fb, plan, kernel, { vector: false });
  let list: Phase[];
  switch (kernel.kind) {
    case "loop":
      list = renderLoop(kc);
      break;
    case "reduce":
      list = renderReduce(kc);
      break;
    case "window":
      list = renderWindow(kc, scratchBase);
      break;
    case "contraction":
      list = renderContraction(kc, { scratchBase, fma, name }).phases;
      break;
    case "rows":
      list = renderRows(kc);
      break;
  }
  list = list.filter((p) => p.code.length > 0);
  const phase = paramLocal(m, 0);
  const bodies = list.map((p) => m.block(null, p.code));
  // One phase: its code; several: `if phase == 0 … else if phase == 1 … else <last>`.
  let body = bodies[bodies.length - 1] ?? m.nop();
  for (let i = bodies.length - 2; i >= 0; i--) body = m.if(m.i32.eq(phase.get(), m.i32.const(i)), bodies[i]!, body);
  m.addFunction(name, binaryen.createType([binaryen.i32, binaryen.i32, binaryen.i32]), binaryen.none, locals.types, body);
  const worthSplitting = kernel.flops + kernel.bytes >= minWork;
  return list.map((p, i) => ({ fn: name, phase: i, tiles: p.tiles, parallel: worthSplitting && p.tiles > 1 }));
}

/** The updates: param ← new value (every new value is in scratch, so no copy reads a param another copy wrote). */
function updateCopies(m: binaryen.Module, plan: Plan): Expr[] {
  return plan.updates.flatMap((u) => {
    const p = plan.buffers[u.param]!;
    const v = plan.buffers[u.value]!;
    if (p.address === v.address) return [];
    return [m.memory.copy(m.i32.const(p.address), m.i32.const(v.address), m.i32.const(v.size * 4))];
  });
}

const callPhase = (m: binaryen.Module, c: PhaseCall, lo: Expr, hi: Expr) => m.call(c.fn, [m.i32.const(c.phase), lo, hi], binaryen.none);

/** The one-thread entry: every phase over all its tiles, then the updates; exported as "entry:<name>". */
function addEntry(m: binaryen.Module, program: ProgramPlan, plan: Plan, calls: readonly PhaseCall[]): void {
  const code = calls.map((c) => callPhase(m, c, m.i32.const(0), m.i32.const(c.tiles)));
  const name = entryIdentifiers(program).get(plan.entry)!;
  m.addFunction(name, binaryen.none, binaryen.none, [], m.block(null, [...code, ...updateCopies(m, plan), m.nop()]));
  m.addFunctionExport(name, `entry:${plan.entry}`);
}

/**
 * Where the barrier's words live (64 bytes apart: each on its own cache line; src/runtime/threads.ts
 * keeps its job words at 128 and reads `failed` at 192) and how long a thread spins before it waits.
 * `failed` is set by a thread whose share trapped: the others leave the barrier with a trap of their
 * own instead of waiting for it forever (they look every BARRIER_WAIT_NS while asleep).
 */
export const THREADS_CONTROL = { arrived: 0, generation: 64, failed: 192, bytes: 256 } as const;
/**
 * Spins (an atomic load each, ~1 ns) before a thread sleeps at a barrier: a quarter of a millisecond, longer
 * than the imbalance of a split phase on a busy machine, so a barrier is normally passed awake (a
 * sleeping thread's wake-up costs tens of µs or more on a virtual machine; see JOB_SPIN_MS in
 * src/runtime/threads.ts).
 */
const BARRIER_SPINS = 1 << 18;
const BARRIER_WAIT_NS = 10_000_000n;
/** The barrier's function name (reserved: no entry function may take it). */
const BARRIER_FUNCTION = "threads_barrier";

/** The barrier `threads_barrier(threads, mayBlock)` over the control block at `control` (see the header). */
export function addBarrier(m: binaryen.Module, control: number): void {
  const [threads, mayBlock, gen, spins] = [0, 1, 2, 3].map((i) => paramLocal(m, i)) as [ReturnType<typeof paramLocal>, ReturnType<typeof paramLocal>, ReturnType<typeof paramLocal>, ReturnType<typeof paramLocal>];
  const c = (v: number) => m.i32.const(v);
  const generation = () => m.i32.atomic.load(control + THREADS_CONTROL.generation, c(0));
  const passed = () => m.i32.ne(generation(), gen.get());
  const body = m.block(null, [
    gen.set(generation()),
    m.if(
      m.i32.eq(m.i32.atomic.rmw.add(control + THREADS_CONTROL.arrived, c(0), c(1)), m.i32.sub(threads.get(), c(1))),
      m.block(null, [
        m.i32.atomic.store(control + THREADS_CONTROL.arrived, c(0), c(0)),
        m.drop(m.i32.atomic.rmw.add(control + THREADS_CONTROL.generation, c(0), c(1))),
        m.drop(m.memory.atomic.notify(c(control + THREADS_CONTROL.generation), c(0x7fffffff))),
      ]),
      m.block("wait", [
        spins.set(c(BARRIER_SPINS)),
        m.loop("spin", m.block(null, [m.br("wait", passed()), spins.set(m.i32.sub(spins.get(), c(1))), m.br("spin", m.i32.ne(spins.get(), c(0)))])),
        m.loop(
          "sleep",
          m.block(null, [
            m.br("wait", passed()),
            m.if(m.i32.atomic.load(control + THREADS_CONTROL.failed, c(0)), m.unreachable()),
            m.if(mayBlock.get(), m.drop(m.memory.atomic.wait32(c(control + THREADS_CONTROL.generation), gen.get(), m.i64.const(BARRIER_WAIT_NS)))),
            m.br("sleep"),
          ]),
        ),
      ]),
    ),
  ]);
  m.addFunction(BARRIER_FUNCTION, binaryen.createType([binaryen.i32, binaryen.i32]), binaryen.none, [binaryen.i32, binaryen.i32], body);
}

/**
 * The threaded entry `<entry>/threads (tid, threads, mayBlock)`, or nothing when no phase of the entry
 * is split (the runtime then calls the one-thread entry). A split phase waits for the serial phases
 * before it (a barrier) and is followed by one; serial phases in a row run on thread 0 together.
 */
function addThreadedEntry(m: binaryen.Module, program: ProgramPlan, plan: Plan, calls: readonly PhaseCall[], entryMinWork: number): boolean {
  if (!calls.some((c) => c.parallel)) return false;
  if (plan.kernels.reduce((s, k) => s + k.flops + k.bytes, 0) < entryMinWork) return false;
  const [tid, threads, mayBlock] = [0, 1, 2].map((i) => paramLocal(m, i)) as [ReturnType<typeof paramLocal>, ReturnType<typeof paramLocal>, ReturnType<typeof paramLocal>];
  const barrier = () => m.call(BARRIER_FUNCTION, [threads.get(), mayBlock.get()], binaryen.none);
  const share = (t: () => Expr, tiles: number) => m.i32.div_u(m.i32.mul(t(), m.i32.const(tiles)), threads.get());
  const code: Expr[] = [];
  let serial: Expr[] = [];
  const flushSerial = () => {
    if (serial.length) code.push(m.if(m.i32.eqz(tid.get()), m.block(null, serial)));
    const had = serial.length > 0;
    serial = [];
    return had;
  };
  for (const c of calls) {
    if (!c.parallel) {
      serial.push(callPhase(m, c, m.i32.const(0), m.i32.const(c.tiles)));
      continue;
    }
    if (flushSerial()) code.push(barrier());
    code.push(callPhase(m, c, share(() => tid.get(), c.tiles), share(() => m.i32.add(tid.get(), m.i32.const(1)), c.tiles)), barrier());
  }
  serial.push(...updateCopies(m, plan));
  flushSerial();
  const name = `${entryIdentifiers(program).get(plan.entry)!}__threads`;
  m.addFunction(name, binaryen.createType([binaryen.i32, binaryen.i32, binaryen.i32]), binaryen.none, [], m.block(null, [...code, m.nop()]));
  m.addFunctionExport(name, `${plan.entry}/threads`);
  return true;
}

/** The array constants as active data segments at their persistent addresses. */
function constantSegments(program: ProgramPlan, m: binaryen.Module): binaryen.MemorySegment[] {
  return program.persistent
    .filter((slot) => slot.constValue)
    .map((slot) => {
      const values = slot.dtype === "i32" ? Int32Array.from(slot.constValue!) : Float32Array.from(slot.constValue!);
      return { offset: m.i32.const(slot.address), data: new Uint8Array(values.buffer), passive: false };
    });
}

export function emitWasmProgram(program: ProgramPlan, opts: WasmEmitOptions = {}): WasmProgram {
  const fma = opts.fma ?? false;
  const name = opts.name ?? program.entries[0]!.graph.name;
  const m = new binaryen.Module();
  try {
    const threads = opts.threads ?? false;
    m.setFeatures(wasmFeatures(fma) | binaryen.Features.BulkMemory | binaryen.Features.NontrappingFPToInt | (threads ? binaryen.Features.Atomics : 0));
    const scratchBase = Math.ceil(program.arenaBytes / 64) * 64;
    const scratch = Math.max(
      0,
      ...program.entries.flatMap((plan) => plan.kernels.filter((k) => k.kind === "contraction" && !k.view).map((k) => contractionScratchBytes(plan, k))),
      ...program.entries.flatMap((plan) => plan.kernels.filter((k) => k.kind === "window" && !k.view).map((k) => windowScratchBytes(plan, k))),
    );
    const control = Math.ceil((scratchBase + scratch + TAIL_SLACK) / 64) * 64;
    const pages = Math.max(1, Math.ceil((control + (threads ? THREADS_CONTROL.bytes : 0)) / PAGE));
    if (pages > 65536) {
      throw new CompileError(
        `program '${name}' needs ${(pages * PAGE).toLocaleString("en-US")} bytes of memory (arena ${program.arenaBytes.toLocaleString("en-US")} + GEMM scratch ${scratch.toLocaleString("en-US")}), ` +
          "more than the 4,294,967,296 (4 GiB) a WebAssembly memory can hold; use a smaller batch or smaller layers",
      );
    }
    // The memory comes first: binaryen types every load and store by the memory's address type.
    if (threads) {
      m.setMemory(pages, pages, null, constantSegments(program, m), true, false, "memory");
      m.addMemoryImport("memory", "env", "memory", true);
      addBarrier(m, control);
      m.addGlobal("threads_control", binaryen.i32, false, m.i32.const(control));
      m.addGlobalExport("threads_control", "threads_control");
    } else {
      m.setMemory(pages, pages, "memory", constantSegments(program, m));
    }
    addMathFunctions(m);
    addFiniteScan(m);
    const kernelPhases: Record<string, { phase: number; tiles: number }[]> = {};
    for (const plan of program.entries) {
      const calls: PhaseCall[] = [];
      for (const kernel of plan.kernels) {
        if (kernel.view) continue;
        const kernelCalls = addKernel(m, plan, kernel, functionName(program, plan, kernel), scratchBase, fma, opts.parallelMinWork ?? PARALLEL_MIN_WORK);
        calls.push(...kernelCalls);
        kernelPhases[functionName(program, plan, kernel)] = kernelCalls.map((c) => ({ phase: c.phase, tiles: c.tiles }));
        if (opts.exportKernels) m.addFunctionExport(functionName(program, plan, kernel), `kernel:${functionName(program, plan, kernel)}`);
      }
      addEntry(m, program, plan, calls);
      // Tests split everything (parallelMinWork 0): then whole entries are not held back either.
      if (threads) addThreadedEntry(m, program, plan, calls, opts.parallelMinWork === 0 ? 0 : ENTRY_PARALLEL_MIN_WORK);
    }
    // Kernel functions are called once each; keeping them out of line keeps one function per kernel in
    // the .wat (calls happen once per kernel, so this costs nothing measurable).
    const oneCaller = binaryen.getOneCallerInlineMaxSize();
    binaryen.setOneCallerInlineMaxSize(0);
    let finished: ReturnType<typeof finishModule>;
    try {
      finished = finishModule(m, { optimize: opts.optimize ?? false, text: opts.text ?? true });
    } finally {
      binaryen.setOneCallerInlineMaxSize(oneCaller);
    }
    const { binary, text } = finished;
    const manifest = manifestOf(program, name);
    const comments = kernelComments(program, (plan, k) => functionName(program, plan, k));
    return { binary, text, kernelComments: comments, manifest, memoryBytes: pages * PAGE, shared: threads, ...(opts.exportKernels ? { kernelPhases } : {}) };
  } finally {
    m.dispose();
  }
}
