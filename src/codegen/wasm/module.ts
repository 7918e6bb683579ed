/**
 * Renders a linked ProgramPlan as one WebAssembly module: one function per kernel (loop.ts, reduce.ts,
 * contraction.ts, window.ts), one exported function per entry running its kernels in order and then
 * its updates (memory.copy), the array constants as data segments, and the memory exported as
 * `memory` (the arena: the plan's addresses, then the kernels' shared scratch, see contraction.ts).
 * Every size and address is a compile-time constant. binaryen builds and validates the module (see
 * finishModule for why its optimizer is off by default).
 *
 * The loader beside the .wasm (`<name>.js` and its `.d.ts`) is rendered by loader.ts.
 */
import binaryen from "binaryen";
import { CompileError } from "../../ir/errors.ts";
import type { Kernel, Plan, ProgramPlan } from "../../passes/plan.ts";
import type { ProgramManifest } from "../../runtime/program.ts";
import { manifestOf } from "../manifest.ts";
import { distinctIdentifiers } from "../names.ts";
import { contractionScratchBytes, renderContraction } from "./contraction.ts";
import { kernelComments } from "./loader.ts";
import { renderLoop } from "./loop.ts";
import { addMathFunctions, MATH } from "./math.ts";
import { renderReduce } from "./reduce.ts";
import { Locals, finishModule, wasmFeatures, type Expr } from "./simd.ts";
import { FunctionBuilder, KernelCode } from "./values.ts";
import { renderWindow } from "./window.ts";

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
}

export interface WasmProgram {
  readonly binary: Uint8Array<ArrayBuffer>;
  /** The module in WebAssembly text format (unless `text: false` was asked). */
  readonly text?: string;
  /** One comment line per kernel (what it fuses, the user's lines), for the loader's header. */
  readonly kernelComments: readonly string[];
  readonly manifest: ProgramManifest;
  /** Bytes of linear memory: the arena, then kernel scratch (past `manifest.arenaBytes`). */
  readonly memoryBytes: number;
}

const PAGE = 65536;
/** Bytes past the last buffer that SIMD loads of a ragged last vector may read (never write). */
const TAIL_SLACK = 64;

/** The entry functions' names: distinct identifiers ("a-b" and "a_b" are two entries, two functions). */
function entryIdentifiers(program: ProgramPlan): Map<string, string> {
  const kernels = program.entries.length > 1 ? [] : program.entries.flatMap((p) => p.kernels.map((k) => k.name));
  return distinctIdentifiers(program.entries.map((p) => p.entry), [...kernels, ...Object.values(MATH)]);
}

function functionName(program: ProgramPlan, plan: Plan, kernel: Kernel): string {
  return program.entries.length > 1 ? `${entryIdentifiers(program).get(plan.entry)}_${kernel.name}` : kernel.name;
}

/** Adds one kernel's function (contractions use scratch from `scratchBase`, see contractionScratchBytes). */
function addKernel(m: binaryen.Module, plan: Plan, kernel: Kernel, name: string, scratchBase: number, fma: boolean): void {
  const locals = new Locals(m);
  const fb = new FunctionBuilder(m, locals);
  const kc = new KernelCode(fb, plan, kernel, { vector: false });
  let code: Expr[];
  switch (kernel.kind) {
    case "loop":
      code = renderLoop(kc);
      break;
    case "reduce":
      code = renderReduce(kc);
      break;
    case "window":
      code = renderWindow(kc);
      break;
    case "contraction":
      code = renderContraction(kc, { scratchBase, fma, name }).code;
      break;
  }
  m.addFunction(name, binaryen.none, binaryen.none, locals.types, m.block(null, code.length ? code : [m.nop()]));
}

function addEntry(m: binaryen.Module, program: ProgramPlan, plan: Plan): void {
  const calls = plan.kernels.filter((k) => !k.view).map((k) => m.call(functionName(program, plan, k), [], binaryen.none));
  // Every new value is in scratch memory, so no copy reads a param another copy already wrote.
  const copies = plan.updates.flatMap((u) => {
    const p = plan.buffers[u.param]!;
    const v = plan.buffers[u.value]!;
    if (p.address === v.address) return [];
    return [m.memory.copy(m.i32.const(p.address), m.i32.const(v.address), m.i32.const(v.size * 4))];
  });
  const name = entryIdentifiers(program).get(plan.entry)!;
  m.addFunction(name, binaryen.none, binaryen.none, [], m.block(null, [...calls, ...copies, m.nop()]));
  m.addFunctionExport(name, `entry:${plan.entry}`);
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
    m.setFeatures(wasmFeatures(fma) | binaryen.Features.BulkMemory | binaryen.Features.NontrappingFPToInt);
    const scratchBase = Math.ceil(program.arenaBytes / 64) * 64;
    const scratch = Math.max(
      0,
      ...program.entries.flatMap((plan) => plan.kernels.filter((k) => k.kind === "contraction" && !k.view).map((k) => contractionScratchBytes(plan, k))),
    );
    const pages = Math.max(1, Math.ceil((scratchBase + scratch + TAIL_SLACK) / PAGE));
    if (pages > 65536) {
      throw new CompileError(
        `program '${name}' needs ${(pages * PAGE).toLocaleString("en-US")} bytes of memory (arena ${program.arenaBytes.toLocaleString("en-US")} + GEMM scratch ${scratch.toLocaleString("en-US")}), ` +
          "more than the 4,294,967,296 (4 GiB) a WebAssembly memory can hold; use a smaller batch or smaller layers",
      );
    }
    // The memory comes first: binaryen types every load and store by the memory's address type.
    m.setMemory(pages, pages, "memory", constantSegments(program, m));
    addMathFunctions(m);
    for (const plan of program.entries) {
      for (const kernel of plan.kernels) {
        if (kernel.view) continue;
        addKernel(m, plan, kernel, functionName(program, plan, kernel), scratchBase, fma);
        if (opts.exportKernels) m.addFunctionExport(functionName(program, plan, kernel), `kernel:${functionName(program, plan, kernel)}`);
      }
      addEntry(m, program, plan);
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
    return { binary, text, kernelComments: comments, manifest, memoryBytes: pages * PAGE };
  } finally {
    m.dispose();
  }
}
