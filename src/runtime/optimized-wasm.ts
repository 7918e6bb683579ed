// Imported first (for its effect) by the compiler and the WebAssembly runtime.
//
// A program is compiled once and run many times, so its functions should be optimized code from the
// first call. V8 first compiles WebAssembly with its baseline compiler (Liftoff) and tiers up only
// functions that get hot, which left small kernels 3–4× slower for hundreds of calls. In Node we turn
// Liftoff off, process-wide, before any WebAssembly is compiled: turning it off after a module (such as
// binaryen's) was compiled with it left V8 recompiling in the background and halved GEMM speed, so this
// module must be evaluated before binaryen is imported. Later WebAssembly modules in the process are
// compiled by the optimizing compiler too: slower to compile, faster to run. `process.getBuiltinModule`
// keeps the runtime import-free; outside Node this does nothing. GRADFUSE_WASM_LIFTOFF=1 keeps Liftoff.
type NodeProcess = {
  env?: Record<string, string | undefined>;
  getBuiltinModule?: (id: string) => unknown;
};

const proc = (globalThis as { process?: NodeProcess }).process;
if (proc?.getBuiltinModule && proc.env?.GRADFUSE_WASM_LIFTOFF !== "1") {
  const v8 = proc.getBuiltinModule("node:v8") as { setFlagsFromString(flags: string): void } | undefined;
  v8?.setFlagsFromString("--no-liftoff");
}

export {};
