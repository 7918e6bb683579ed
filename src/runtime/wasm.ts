// Loading a compiled WebAssembly program: instantiate the module (synchronously), use its exported
// memory as the arena, and expose the same Program API as the TypeScript backend (entries, run with
// feed validation, get/set/initParams) — Program's own code, over the module's memory. Dependency-free:
// generated wrapper modules import it; it never imports the compiler.
import "./optimized-wasm.ts"; // first: before binaryen or any WebAssembly is compiled
import type { ProgramManifest } from "./program.ts";
import { Program } from "./program.ts";

/** Whether this engine accepts relaxed SIMD: validates `(func (result v128) v128.const 0 ×3 f32x4.relaxed_madd)`. */
export function hasRelaxedSimd(): boolean {
  const zero = [0xfd, 0x0c, ...new Array<number>(16).fill(0)];
  const body = [0x00, ...zero, ...zero, ...zero, 0xfd, 0x85, 0x02, 0x0b];
  const bytes = new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7b, 0x03, 0x02, 0x01, 0x00,
    0x0a, body.length + 2, 0x01, body.length, ...body,
  ]);
  return WebAssembly.validate(bytes);
}

/** The module's binaries: `fma` (relaxed-SIMD multiply-add) is used when the engine supports it. */
export interface WasmBinaries {
  readonly plain: BufferSource;
  readonly fma?: BufferSource;
}

/** A Program whose arena is a WebAssembly memory; `variant` says which binary was loaded. */
export class WasmProgram extends Program {
  readonly memory: WebAssembly.Memory;
  readonly variant: "simd" | "relaxed-simd-fma";

  constructor(manifest: ProgramManifest, binaries: WasmBinaries) {
    const useFma = binaries.fma !== undefined && hasRelaxedSimd();
    const bytes = useFma ? binaries.fma! : binaries.plain;
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), {});
    const memory = instance.exports.memory;
    if (!(memory instanceof WebAssembly.Memory)) {
      throw new Error(`${manifest.name}: the WebAssembly module exports no memory; was it compiled by gradfuse's wasm backend?`);
    }
    if (memory.buffer.byteLength < manifest.arenaBytes) {
      throw new Error(`${manifest.name}: the module's memory (${memory.buffer.byteLength} bytes) is smaller than the arena (${manifest.arenaBytes}); the .wasm and the manifest are from different compilations`);
    }
    // Entries are exported as "entry:<name>", apart from "memory" and kernels, whatever the user named them.
    const fns = new Map<string, () => void>();
    for (const entry of Object.keys(manifest.entries)) {
      const fn = instance.exports[`entry:${entry}`];
      if (typeof fn !== "function") throw new Error(`${manifest.name}: the module has no entry '${entry}'; the .wasm and the manifest are from different compilations`);
      fns.set(entry, fn as () => void);
    }
    // The module's memory never grows, so its buffer stays valid as the arena.
    super(manifest, () => fns, memory.buffer);
    this.memory = memory;
    this.variant = useFma ? "relaxed-simd-fma" : "simd";
  }
}

/** Loads a compiled module (its bytes, or plain + FMA variants) as a Program. */
export function loadWasmProgram(manifest: ProgramManifest, bytes: BufferSource | WasmBinaries): WasmProgram {
  const binaries: WasmBinaries = "plain" in bytes ? bytes : { plain: bytes };
  return new WasmProgram(manifest, binaries);
}
