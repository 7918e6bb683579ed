// `gradfuse/runtime`: everything a generated program needs, and nothing of the compiler — no
// binaryen, ts-morph or prettier, and no `node:` import, so a program also runs in a browser.
//
//   import { load } from "./lenet5/lenet5.js";      // a generated program's loader
//   const program = await load();                    // a WasmProgram over the module's own memory
//   // or, for a directory of either backend:  await loadProgramDir(new URL("./lenet5/", import.meta.url))
//   program.initParams(42);
//   const { logits } = program.run("lenet5", { x });
import "./optimized-wasm.ts"; // first: before any WebAssembly is compiled

export { Program, loadProgram } from "./program.ts";
export type { ArenaSlot, EntrySpec, Instantiate, ParamSlotInfo, ProgramManifest, ProgramModule } from "./program.ts";
export { WasmProgram, hasRelaxedSimd, loadWasmProgram } from "./wasm.ts";
export type { WasmBinaries, WasmLoadOptions } from "./wasm.ts";
export { machineCores } from "./threads.ts";
export type { ThreadsOption } from "./threads.ts";
export { FeedError, IndexError, checkFeeds } from "./feeds.ts";
export type { Feed, Slot } from "./feeds.ts";
export { numel, stridesOf, tensor } from "./tensor.ts";
export type { DType, FloatArray, HostTensor, TensorData } from "./tensor.ts";
export { InitError, fansOf, initialize, initializeParams, paramSeed } from "./init.ts";
export type { InitSpec, ParamSlot } from "./init.ts";
export { mix32, randomKey, uniformAt } from "./random.ts";
export { erf32 } from "./math.ts";
export { loadProgramDir, readProgramFile } from "./files.ts";
