/**
 * Where splitting a kernel over two threads starts to pay: times one elementwise kernel
 * (y = max(w·s + 1, 0) over a param w of n floats: 3 FLOPs and 8 bytes an element) and one dense
 * layer (x[1, k] · W[k, 256]) on 1 and 2 threads, every kernel split (parallelMinWork 0), and prints
 * the kernel's work (FLOPs + bytes, the measure src/codegen/wasm/tiles.ts's PARALLEL_MIN_WORK is in)
 * with the time of each. The threshold is the work where 2 threads stop losing.
 *
 *   npx tsx bench/threads-threshold.ts
 */
import "../src/runtime/optimized-wasm.ts";
import { emitWasmVariants, loadEmittedWasm } from "../src/codegen/wasm/compile.ts";
import { defineGraph } from "../src/dsl/builder.ts";
import type { Graph } from "../src/ir/types.ts";
import { planProgram } from "../src/passes/lower.ts";

function medianMicros(f: () => void, budgetMs = 300): number {
  for (let i = 0; i < 50; i++) f();
  const times: number[] = [];
  const end = performance.now() + budgetMs;
  while (performance.now() < end) {
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) f();
    times.push(((performance.now() - t0) / 10) * 1000);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function measure(label: string, g: Graph, work: number, feeds: Record<string, Float32Array>): void {
  const plan = planProgram({ [g.name]: g });
  const emitted = emitWasmVariants(plan, { name: g.name, threaded: true, parallelMinWork: 0 });
  const times = [1, 2].map((threads) => {
    const p = loadEmittedWasm(emitted, threads);
    p.initParams(1);
    const t = medianMicros(() => p.run(g.name, feeds));
    p.dispose();
    return t;
  });
  console.log(`${label.padEnd(28)} work ${String(work).padStart(10)}   1 thread ${times[0]!.toFixed(2).padStart(8)} µs   2 threads ${times[1]!.toFixed(2).padStart(8)} µs   ${(times[0]! / times[1]!).toFixed(2)}×`);
}

for (const n of [1024, 4096, 16384, 65536, 262144]) {
  const g = defineGraph(`ew${n}`, {}, (b) => {
    const w = b.param("w", [n], { kind: "uniform", low: -1, high: 1 });
    b.output("y", w.mul(b.input("s", [])).add(1).maximum(0));
  }).build();
  measure(`elementwise n=${n}`, g, 3 * n + 8 * n, { s: Float32Array.of(0.5) });
}
for (const k of [16, 64, 256, 784]) {
  const g = defineGraph(`dense${k}`, {}, (b) => {
    const w = b.param("w", [k, 256], { kind: "uniform", low: -1, high: 1 });
    b.output("y", b.input("x", [1, k]).matmul(w));
  }).build();
  measure(`dense 1×${k}·${k}×256`, g, 2 * k * 256 + 4 * (k * 256 + k + 256), { x: new Float32Array(k).fill(0.5) });
}
