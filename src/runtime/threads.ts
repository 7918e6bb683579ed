// The thread pool of a threaded WebAssembly program: worker threads (worker_threads in Node, Web
// Workers in a browser) that each instantiate the same module over one shared WebAssembly.Memory and
// wait for work. A run is a job: the caller publishes (entry, threads) in a job block of the shared
// memory, bumps its generation and notifies; every worker calls the entry's `<entry>/threads` export
// with its thread id while the calling thread runs thread 0 itself. Inside the entry the threads split
// each kernel's tiles by the rule the compiler fixed and meet at barriers in shared memory
// (src/codegen/wasm/module.ts), so no message is posted per run, let alone per kernel.
//
// The runtime runs in browsers too, so nothing here imports a `node:` module: Node's worker_threads
// comes from `process.getBuiltinModule`, like src/runtime/optimized-wasm.ts does.

/** `threads` as a user gives it: a count, or "auto" (the machine's cores). */
export type ThreadsOption = number | "auto";

type NodeProcess = {
  versions?: { node?: string };
  getBuiltinModule?: (id: string) => unknown;
  emitWarning?: (message: string) => void;
  once?: (event: "exit", listener: () => void) => void;
};
type NodeWorker = {
  postMessage(message: unknown): void;
  on(event: string, listener: (value: unknown) => void): void;
  unref(): void;
  terminate(): Promise<number>;
};
type WebWorker = {
  postMessage(message: unknown): void;
  addEventListener(event: string, listener: (event: { data?: unknown; message?: string }) => void): void;
  terminate(): void;
};

const proc = (globalThis as { process?: NodeProcess }).process;
const isNode = typeof proc?.versions?.node === "string";

/** The machine's cores, for `threads: "auto"`. */
export function machineCores(): number {
  const nav = (globalThis as { navigator?: { hardwareConcurrency?: number } }).navigator;
  if (nav?.hardwareConcurrency) return nav.hardwareConcurrency;
  const os = proc?.getBuiltinModule?.("node:os") as { availableParallelism?: () => number; cpus(): unknown[] } | undefined;
  return Math.max(1, os?.availableParallelism?.() ?? os?.cpus().length ?? 1);
}

/** Checks a `threads` option and resolves "auto"; `where` names the option in the message. */
export function resolveThreads(option: ThreadsOption | undefined, where = "threads"): number {
  if (option === undefined) return 1;
  if (option === "auto") return machineCores();
  if (!Number.isInteger(option) || option < 1 || option > 256) {
    throw new RangeError(`${where}: expected a whole number of threads from 1 to 256, or "auto", got ${JSON.stringify(option)}`);
  }
  return option;
}

/** Why threads cannot run here, or null when they can (shared memory and workers exist). */
export function threadsUnavailable(): string | null {
  const g = globalThis as { SharedArrayBuffer?: unknown; crossOriginIsolated?: boolean; Worker?: unknown };
  if (typeof g.SharedArrayBuffer !== "function") {
    return "SharedArrayBuffer is not available (a browser needs the page to be cross-origin isolated: COOP/COEP headers)";
  }
  if (g.crossOriginIsolated === false) return "the page is not cross-origin isolated (COOP/COEP headers), so memory cannot be shared";
  if (!isNode && typeof g.Worker !== "function") return "this environment has no Worker";
  if (isNode && !proc?.getBuiltinModule?.("node:worker_threads")) return "node:worker_threads is not available";
  try {
    new WebAssembly.Memory({ initial: 1, maximum: 1, shared: true } as WebAssembly.MemoryDescriptor);
  } catch (e) {
    return `this engine cannot create a shared WebAssembly.Memory (${(e as Error).message})`;
  }
  return null;
}

const warned = new Set<string>();

/** Says once per reason that a program runs on one thread instead of the threads asked for. */
export function warnSingleThreaded(name: string, asked: number, why: string): void {
  if (warned.has(why)) return;
  warned.add(why);
  const message = `gradfuse: ${name}: running on 1 thread instead of ${asked}: ${why}`;
  if (proc?.emitWarning) proc.emitWarning(message);
  else console.warn(message);
}

// Words of the job block (i32 indices past the barrier's control block, see module.ts): the job's
// generation, its entry, its thread count, how many workers are ready, and a failure flag.
const JOB = { generation: 0, entry: 1, threads: 2, ready: 3, failed: 4 } as const;
/** Bytes past the control block where the job block starts (the barrier uses the first 128). */
const JOB_OFFSET = 128;
/** The barrier's words (src/codegen/wasm/module.ts THREADS_CONTROL): its generation, and the flag a failed thread sets. */
const BARRIER_GENERATION = 64;
const RUN_FAILED = 192;
/**
 * How long (ms) a worker spins on the job word after a run before it sleeps in Atomics.wait. A run that
 * follows within it (a training loop, a benchmark, batches of a predict) finds the worker awake: waking
 * a sleeping thread costs a futex wake and, on a virtual machine, the hypervisor scheduling the idle
 * vCPU again (tens to hundreds of µs, as much as a batch-256 LeNet-5 layer). ONNX Runtime's and
 * pthreadpool's workers spin the same way before they block.
 */
const JOB_SPIN_MS = 1;
/** How long a run may wait for workers that are still starting before it fails. */
const START_TIMEOUT_MS = 30_000;

/**
 * The worker's program, the same text in Node and in browsers (only how it receives its one message
 * differs). It instantiates the module over the shared memory, says it is ready, then loops: wait for
 * a new job generation (spinning first), run the job's entry as thread `tid`, until the entry is -1.
 */
const WORKER_LOOP = `
function gradfuseWorker(data, done) {
  const { module, memory, tid, job, entries, generation, failed } = data;
  let fns;
  const words = new Int32Array(memory.buffer);
  try {
    const instance = new WebAssembly.Instance(module, { env: { memory } });
    fns = entries.map((e) => instance.exports[e]);
  } catch (e) {
    Atomics.store(words, job + ${JOB.failed}, 1);
    Atomics.add(words, job + ${JOB.ready}, 1);
    Atomics.notify(words, job + ${JOB.ready});
    done(String(e && e.stack || e));
    return;
  }
  // The generation is read before saying ready: a job published after that is one this thread sees.
  let seen = Atomics.load(words, job + ${JOB.generation});
  Atomics.add(words, job + ${JOB.ready}, 1);
  Atomics.notify(words, job + ${JOB.ready});
  for (;;) {
    let g = seen;
    const spinUntil = performance.now() + ${JOB_SPIN_MS};
    for (let i = 1; g === seen; i++) {
      g = Atomics.load(words, job + ${JOB.generation});
      if ((i & 1023) === 0 && performance.now() > spinUntil) break;
    }
    if (g === seen) {
      Atomics.wait(words, job + ${JOB.generation}, seen);
      continue;
    }
    seen = g;
    const entry = Atomics.load(words, job + ${JOB.entry});
    if (entry < 0) break;
    const threads = Atomics.load(words, job + ${JOB.threads});
    try {
      if (tid < threads) fns[entry](tid, threads, 1);
    } catch (e) {
      // The others wait for this thread at a barrier: tell them (they trap out of it).
      Atomics.store(words, failed, 1);
      Atomics.notify(words, generation);
    }
  }
  done(null);
}
`;

const NODE_WORKER = `${WORKER_LOOP}
const { parentPort } = require("node:worker_threads");
parentPort.once("message", (data) => gradfuseWorker(data, (error) => { if (error) parentPort.postMessage({ error }); parentPort.close(); }));
`;

const WEB_WORKER = `${WORKER_LOOP}
self.onmessage = (event) => gradfuseWorker(event.data, (error) => { if (error) self.postMessage({ error }); self.close(); });
`;

/** A worker of either kind, as the pool needs it. */
interface PoolWorker {
  post(message: unknown): void;
  stop(): void;
}

function startWorker(onError: (message: string) => void): PoolWorker {
  if (isNode) {
    const { Worker } = proc!.getBuiltinModule!("node:worker_threads") as { Worker: new (code: string, options: { eval: true }) => NodeWorker };
    const w = new Worker(NODE_WORKER, { eval: true });
    w.on("message", (m) => {
      const error = (m as { error?: string }).error;
      if (error) onError(error);
    });
    w.on("error", (e) => onError(String((e as Error).stack ?? e)));
    // A program that is never disposed must not keep the process alive (after the listeners, which ref).
    w.unref();
    return { post: (m) => w.postMessage(m), stop: () => void w.terminate() };
  }
  const g = globalThis as unknown as { Worker: new (url: string) => WebWorker; URL: typeof URL; Blob: typeof Blob };
  const url = g.URL.createObjectURL(new g.Blob([WEB_WORKER], { type: "text/javascript" }));
  const w = new g.Worker(url);
  g.URL.revokeObjectURL(url);
  w.addEventListener("message", (e) => {
    const error = (e.data as { error?: string } | undefined)?.error;
    if (error) onError(error);
  });
  w.addEventListener("error", (e) => onError(e.message ?? "worker failed to start"));
  return { post: (m) => w.postMessage(m), stop: () => w.terminate() };
}

/**
 * Pools not yet disposed. At exit Node stops worker threads, but cannot stop one that sleeps in
 * Atomics.wait: so when the process exits, every live pool is told to stop first (a program that was
 * never disposed must not keep its process from exiting).
 */
const livePools = new Set<ThreadPool>();
let stopsAtExit = false;

function stopAtExit(pool: ThreadPool): void {
  livePools.add(pool);
  if (stopsAtExit || !proc?.once) return;
  stopsAtExit = true;
  proc.once("exit", () => {
    for (const p of livePools) p.dispose();
  });
}

/**
 * `threads - 1` workers over `memory` running the threaded exports `entries` of `module`; the calling
 * thread is thread 0. `control` is the module's `threads_control` address.
 */
export class ThreadPool {
  private readonly words: Int32Array;
  private readonly job: number;
  /** Indices of the barrier's generation word and the run-failed flag. */
  private readonly generation: number;
  private readonly failed: number;
  private readonly workers: PoolWorker[] = [];
  private readonly fns: ((tid: number, threads: number, mayBlock: number) => void)[];
  private error: string | null = null;
  private disposed = false;
  /** Whether this thread may block in Atomics.wait (a browser's main thread may not: it spins). */
  private readonly mayBlock: number;

  constructor(
    readonly name: string,
    module: WebAssembly.Module,
    instance: WebAssembly.Instance,
    memory: WebAssembly.Memory,
    readonly threads: number,
    control: number,
    readonly entries: readonly string[],
  ) {
    this.words = new Int32Array(memory.buffer);
    this.job = (control + JOB_OFFSET) / 4;
    this.generation = (control + BARRIER_GENERATION) / 4;
    this.failed = (control + RUN_FAILED) / 4;
    this.fns = entries.map((e) => instance.exports[e] as (tid: number, threads: number, mayBlock: number) => void);
    const g = globalThis as { document?: unknown; WorkerGlobalScope?: unknown };
    this.mayBlock = isNode || (g.document === undefined && g.WorkerGlobalScope !== undefined) ? 1 : 0;
    for (let tid = 1; tid < threads; tid++) {
      const w = startWorker((e) => {
        this.error ??= e;
      });
      w.post({ module, memory, tid, job: this.job, entries, generation: (control + BARRIER_GENERATION) / 4, failed: (control + RUN_FAILED) / 4 });
      this.workers.push(w);
    }
    stopAtExit(this);
  }

  private get ready(): number {
    return Atomics.load(this.words, this.job + JOB.ready);
  }

  /** Resolves when every worker has instantiated the module (rejects if one could not). */
  async whenReady(): Promise<void> {
    const started = Date.now();
    while (this.ready < this.workers.length) {
      if (Date.now() - started > START_TIMEOUT_MS) throw new Error(`${this.name}: ${this.workers.length} worker threads did not start within ${START_TIMEOUT_MS / 1000} s`);
      await new Promise((r) => setTimeout(r, 1));
    }
    this.checkFailed();
  }

  /** Whether every worker is ready; where this thread may block, waits for them. */
  private ensureReady(): boolean {
    if (this.ready >= this.workers.length) return true;
    if (!this.mayBlock) return false;
    const deadline = Date.now() + START_TIMEOUT_MS;
    for (let now = this.ready; now < this.workers.length; now = this.ready) {
      if (Date.now() > deadline) throw new Error(`${this.name}: ${this.workers.length} worker threads did not start within ${START_TIMEOUT_MS / 1000} s`);
      Atomics.wait(this.words, this.job + JOB.ready, now, 100);
    }
    return true;
  }

  private checkFailed(): void {
    if (Atomics.load(this.words, this.job + JOB.failed) || this.error) {
      throw new Error(`${this.name}: a worker thread failed: ${this.error ?? "it could not instantiate the module"}`);
    }
  }

  /**
   * Runs threaded entry `index` on every thread; returns when all are done (the entry ends at a
   * barrier). Returns false, having run nothing, when the workers are not ready and this thread may
   * not wait for them (a browser's main thread right after loading): the caller then runs the
   * one-thread entry, whose results are the same bits.
   */
  run(index: number): boolean {
    if (this.disposed) throw new Error(`${this.name}: the program was disposed; compile or load it again`);
    if (!this.ensureReady()) return false;
    this.checkFailed();
    const w = this.words;
    Atomics.store(w, this.job + JOB.entry, index);
    Atomics.store(w, this.job + JOB.threads, this.threads);
    Atomics.add(w, this.job + JOB.generation, 1);
    Atomics.notify(w, this.job + JOB.generation);
    try {
      this.fns[index]!(0, this.threads, this.mayBlock);
    } catch (e) {
      // A trap on any thread leaves the barrier's count and the other threads' progress unknown: stop them all.
      const inWorker = Atomics.load(w, this.failed) === 1;
      Atomics.store(w, this.failed, 1);
      Atomics.notify(w, this.generation);
      this.dispose();
      throw new Error(
        `${this.name}: ${inWorker ? "a worker thread" : "the calling thread"} failed while running on ${this.threads} threads (${(e as Error).message}); ` +
          "its threads are stopped: load or compile the program again",
      );
    }
    return true;
  }

  /** Stops the workers (they leave their loop, and are terminated). Idempotent. */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    livePools.delete(this);
    const w = this.words;
    Atomics.store(w, this.job + JOB.entry, -1);
    Atomics.add(w, this.job + JOB.generation, 1);
    Atomics.notify(w, this.job + JOB.generation);
    for (const worker of this.workers) worker.stop();
    this.workers.length = 0;
  }
}
