/**
 * Where a 2-thread run's time goes, for one bench workload: each kernel phase timed on one thread
 * over all its tiles and over each half of them (the shares two threads take), so the table shows
 * what a perfect 2-thread run would cost (serial phases whole, split phases at the slower half) next to
 * what `program.run` costs on 1 and 2 threads (minimum times: the machine is shared). ideal − measured(2t) is the price of the barriers and of
 * the second core being slower or busy; a large serial share or an uneven split shows in the rows.
 *
 *   npx tsx --conditions=source bench/profile-threads.ts gemm.512|conv2d.3x3|mlp.infer.b256|lenet.infer.b256|lenet.train.b64 [--all]
 */
import "../src/runtime/optimized-wasm.ts";
import { compile, planProgram } from "../src/compile.ts";
import { emitWasmProgram } from "../src/codegen/wasm/module.ts";
import { PARALLEL_MIN_WORK } from "../src/codegen/wasm/tiles.ts";
import { ENTRY_OF, prepareWorkload, workloadGraph } from "./gradfuse.ts";
import { WORKLOADS, type WorkloadId } from "./workloads.ts";

function microsPerCall(f: () => void, budgetMs = 200): number {
  for (let i = 0; i < 5; i++) f();
  const samples: number[] = [];
  const end = performance.now() + budgetMs;
  while (performance.now() < end || samples.length < 5) {
    const t0 = performance.now();
    f();
    samples.push((performance.now() - t0) * 1000);
  }
  samples.sort((a, b) => a - b);
  return samples[0]!; // the minimum: the machine is shared, and what is measured here is the code
}

async function main(): Promise<void> {
  const id = (process.argv[2] ?? "conv2d.3x3") as WorkloadId;
  const all = process.argv.includes("--all");
  const def = WORKLOADS[id];
  if (!def) throw new Error(`unknown workload ${id}: one of ${Object.keys(WORKLOADS).join(", ")}`);
  const entry = ENTRY_OF[def.kind];
  const { graph } = workloadGraph(def);
  const plan = planProgram({ [entry]: graph });
  const emitted = emitWasmProgram(plan, { name: graph.name, exportKernels: true });
  const instance = new WebAssembly.Instance(new WebAssembly.Module(emitted.binary), {});
  let serial = 0;
  let ideal = 0;
  let whole = 0;
  const rows: string[] = [];
  for (const k of plan.entries[0]!.kernels) {
    if (k.view) continue;
    const fn = instance.exports[`kernel:${k.name}`] as (phase: number, lo: number, hi: number) => void;
    const split = k.flops + k.bytes >= PARALLEL_MIN_WORK;
    for (const p of emitted.kernelPhases![k.name]!) {
      const t = microsPerCall(() => fn(p.phase, 0, p.tiles));
      whole += t;
      if (split && p.tiles > 1) {
        const mid = Math.floor(p.tiles / 2);
        const a = microsPerCall(() => fn(p.phase, 0, mid));
        const b = microsPerCall(() => fn(p.phase, mid, p.tiles));
        ideal += Math.max(a, b);
        if (all || t > 5) rows.push(`  ${`${k.name}#${p.phase}`.padEnd(52)} ${String(p.tiles).padStart(6)} tiles ${t.toFixed(1).padStart(9)} µs  halves ${a.toFixed(1).padStart(8)} ${b.toFixed(1).padStart(8)}`);
      } else {
        serial += t;
        ideal += t;
        if (all || t > 5) rows.push(`  ${`${k.name}#${p.phase}`.padEnd(52)} ${String(p.tiles).padStart(6)} tiles ${t.toFixed(1).padStart(9)} µs  SERIAL${split ? "" : " (small)"}`);
      }
    }
  }
  const runs: number[] = [];
  for (const threads of [1, 2]) {
    const { prepared } = await prepareWorkload(id, "wasm", threads);
    runs.push(microsPerCall(prepared.run, 1000));
  }
  console.log(`${id}: ${plan.entries[0]!.kernels.filter((k) => !k.view).length} kernels`);
  for (const r of rows) console.log(r);
  console.log(`Σ phases on 1 thread ${whole.toFixed(1)} µs, of which serial ${serial.toFixed(1)} µs; ideal on 2 threads ${ideal.toFixed(1)} µs (${(whole / ideal).toFixed(2)}×)`);
  console.log(`program.run: 1 thread ${runs[0]!.toFixed(1)} µs, 2 threads ${runs[1]!.toFixed(1)} µs (${(runs[0]! / runs[1]!).toFixed(2)}×)`);
  process.exit(0);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
