// The Plan: what the optimizer hands to a backend. It is plain data (no functions), so the TypeScript
// and the WebAssembly backends render the same plan, and `gradfuse inspect` prints it.
//
// A plan is one entry point (one graph). A program links several plans over one shared persistent
// region (`ProgramPlan`): params are matched by name, and every entry's scratch region starts at the
// same address (entries never run at the same time). All addresses are byte offsets into one arena;
// every buffer is 4-byte elements (f32 or i32) aligned to ALIGN bytes.
import type { DType, Graph, InitSpec, Shape } from "../ir/types.ts";

/** Byte alignment of every buffer: 16 so WebAssembly SIMD loads of a buffer's start are aligned. */
export const ALIGN = 16;

/**
 * How a kernel is structured; the backends have one renderer per kind.
 * - loop: one loop nest over the output's shape computing a fused tree of elementwise, movement and
 *   random nodes; values used only inside it never reach memory.
 * - reduce: a reduction whose input expression (fused elementwise/movement producers) is computed inside
 *   its inner loop; init/combine/finalize per output element.
 * - contraction: matmul, conv2d, conv2dBackpropInput, conv2dBackpropFilter as a specialized loop nest.
 * - window: maxPool, avgPool and their backprops.
 * - rows: several reduce and loop kernels over the same rows (values [..., C] reduced over the last
 *   axis) merged into one loop over the rows (src/passes/rows.ts): per row, one pass over its C
 *   elements per reduction, the per-row results kept in locals, at most one last pass writing a whole
 *   row. Softmax, log-softmax + cross-entropy and its adjoint become one kernel each.
 * Reduce, contraction and window kernels may carry an elementwise epilogue applied to each output
 * element before it is stored (bias add, activation, the activation's backward mask).
 */
export type KernelKind = "loop" | "reduce" | "contraction" | "window" | "rows";

/**
 * One step of a rows kernel, done for each row in order: a reduction over the row's last axis (with
 * its epilogue at the row), or a loop kernel's value at the row (`per: "row"`, shape [...] or [..., 1])
 * or at each element of the row (`per: "element"`, shape [..., C]: only the last stage).
 */
export interface RowStage {
  readonly kind: "reduce" | "loop";
  readonly per: "row" | "element";
  /** The reduction (reduce stages) or the loop's root (= output). */
  readonly core: number;
  readonly output: number;
  readonly epilogue: readonly number[];
  /** Nodes computed by this stage (inline constants included), in topological order. */
  readonly nodes: readonly number[];
}

/** The row space of a rows kernel: rows indexed by `lead`, each `length` elements long. */
export interface RowsLayout {
  readonly lead: Shape;
  readonly length: number;
  readonly stages: readonly RowStage[];
}

export interface Kernel {
  readonly id: number;
  /** A valid identifier: k<id>_<user name or op>_<fused ops>, e.g. k3_dense1_matmul_add_maximum. */
  readonly name: string;
  readonly kind: KernelKind;
  /** The node that shapes the loop nest: a loop's root, the reduction / contraction / window op, or a rows kernel's first reduction. */
  readonly core: number;
  /** The node whose value the kernel stores (the last epilogue node, or `core`). */
  readonly output: number;
  /** Elementwise nodes applied to core's value per element, in order, ending with `output`. */
  readonly epilogue: readonly number[];
  /**
   * Values from the middle of the epilogue chain (or the core) that are stored too, because a later
   * kernel reads them (e.g. a pre-activation the backward pass needs). Written in the same loop.
   */
  readonly sideOutputs: readonly number[];
  /** Every node computed inside the kernel, in topological order (scalar constants included). */
  readonly nodes: readonly number[];
  /** Nodes read from memory (materialized elsewhere: inputs, params, other kernels' outputs, array consts). */
  readonly inputs: readonly number[];
  /**
   * Inputs the output may overwrite: every read of them is at the element being written (a pure
   * elementwise kernel over equal shapes). The memory plan uses this for in-place reuse.
   */
  readonly inPlaceInputs: readonly number[];
  /**
   * A reshape of a value already in scratch memory: the output is the same bytes under another shape,
   * so backends emit nothing for it (the memory plan gives both the same address).
   */
  readonly view: boolean;
  /** FLOPs of the fused nodes (a multiply-add counts 2). */
  readonly flops: number;
  /** Bytes read from and written to memory (each input and the output once). */
  readonly bytes: number;
  /** Rows kernels only: the rows and the stages done per row. */
  readonly rows?: RowsLayout;
}

export type BufferKind = "input" | "param" | "const" | "temp" | "output";

export interface Buffer {
  readonly id: number;
  /** The node whose value this buffer holds. */
  readonly node: number;
  /** For messages and generated comments: the user's name, or the op and node id. */
  readonly label: string;
  readonly dtype: DType;
  readonly shape: Shape;
  /** Number of elements (every element is 4 bytes). */
  readonly size: number;
  readonly kind: BufferKind;
  /**
   * persistent: params and state (kept across runs, shared by name between entries) and array constants
   * (written once at load); scratch: inputs, outputs and temporaries, planned by liveness.
   */
  readonly region: "persistent" | "scratch";
  /** Byte address in the arena. Buffers may share memory when their live ranges do not overlap. */
  readonly address: number;
  /** Live range in kernel positions: written by kernel `from` (-1: before the first), read last by `to`. */
  readonly from: number;
  readonly to: number;
  /** Persistent params: the param's name (the key of the shared region) and initializer. */
  readonly param?: { readonly name: string; readonly init: InitSpec; readonly trainable: boolean };
  /** Array constants: the row-major values the program writes at load. */
  readonly constValue?: readonly number[];
  /** Set when this buffer reuses the memory of an input of the kernel that writes it (in place). */
  readonly inPlaceOf?: number;
  /** Set when this buffer is a view (a reshape) of another buffer: same bytes, kept live as long as either is. */
  readonly viewOf?: number;
}

export interface MemoryStats {
  /** Bytes of the persistent region (params, state, array constants). */
  readonly persistentBytes: number;
  /** Bytes of the scratch region as planned (with reuse). */
  readonly scratchBytes: number;
  /** persistent + scratch: the whole arena. */
  readonly arenaBytes: number;
  /** Sum of every buffer's size, as if none shared memory. */
  readonly unplannedBytes: number;
  /** The most bytes live at once (persistent included): a lower bound for any plan. */
  readonly peakLiveBytes: number;
}

export interface Plan {
  /** The entry's name (`forward`, `trainStep`, or the graph's name). */
  readonly entry: string;
  /** The optimized graph the kernels refer to (node ids index graph.nodes). */
  readonly graph: Graph;
  /** Kernels in execution order. */
  readonly kernels: readonly Kernel[];
  readonly buffers: readonly Buffer[];
  /** Buffer id of each materialized node (node id → buffer id). */
  readonly bufferOf: Readonly<Record<number, number>>;
  readonly inputs: readonly { readonly name: string; readonly buffer: number }[];
  readonly outputs: readonly { readonly name: string; readonly buffer: number }[];
  /** After the kernels: param buffer ← value buffer, all read before any is written (skipped when in place). */
  readonly updates: readonly { readonly param: number; readonly value: number }[];
  readonly memory: MemoryStats;
  /** Milliseconds per pass, for GRADFUSE_DEBUG=2. */
  readonly timings: readonly { readonly pass: string; readonly ms: number }[];
  /**
   * Set when the entry reads hoisted values (src/passes/hoist.ts): the name of the prepare entry of its
   * ProgramPlan that computes them. Such a plan runs only together with that entry.
   */
  readonly prepare?: string;
}

/** A persistent slot of a linked program: one per param name (and per array constant). */
export interface PersistentSlot {
  readonly name: string;
  readonly dtype: DType;
  readonly shape: Shape;
  readonly address: number;
  readonly init?: InitSpec;
  readonly trainable?: boolean;
  readonly constValue?: readonly number[];
}

/** Several entries over one arena: the persistent region first, then one scratch region they share. */
export interface ProgramPlan {
  readonly entries: readonly Plan[];
  /** Params (by name) and constants, with their addresses. */
  readonly persistent: readonly PersistentSlot[];
  readonly arenaBytes: number;
  /**
   * Entry → its prepare entry (src/passes/hoist.ts): run before the entry whenever params changed since
   * it last ran. Prepare entries are entries of `entries` too, after the user's.
   */
  readonly prepares?: Readonly<Record<string, string>>;
  /** Persistent slots the prepare entries write (hoisted values): not params a user sets or saves. */
  readonly derived?: readonly string[];
}
