/**
 * Batch norm folded into the convolutions at inference (src/passes/fold.ts + hoist.ts), against the same
 * program without the fold and the hoist (each entry planned by planEntry alone, as before), for
 * graphs/fashion_cnn.ts (conv → BN → ReLU → pool, twice) at batch 1 and 32. Both programs are loaded
 * in one process and timed alternately, round after round (the machine is shared: the ratio of the
 * two minimums in one run is what counts, not the absolute times). Also prints each program's kernels
 * and FLOPs per run, and what the prepare entry costs when params change.
 *
 *   npx tsx --conditions=source bench/bn-fold.ts [--quick] [--threads 2]
 */
import "../src/runtime/optimized-wasm.ts";
import { emitWasmVariants, loadEmittedWasm } from "../src/codegen/wasm/compile.ts";
import { buildPredictGraph } from "../src/model/graphs.ts";
import { linkPlans } from "../src/passes/link.ts";
import { planEntry, planProgram } from "../src/passes/lower.ts";
import type { Plan, ProgramPlan } from "../src/passes/plan.ts";
import type { WasmProgram } from "../src/runtime/wasm.ts";
import fashionCnn from "../graphs/fashion_cnn.ts";

const quick = process.argv.includes("--quick");
const threadsAt = process.argv.indexOf("--threads");
const threads = threadsAt > 0 ? Number(process.argv[threadsAt + 1]) : 1;

/** Minimum µs per call over `calls` calls, after a warm-up. */
function minMicros(f: () => void, calls: number): number {
  let best = Infinity;
  for (let i = 0; i < calls; i++) {
    const t0 = performance.now();
    f();
    best = Math.min(best, (performance.now() - t0) * 1000);
  }
  return best;
}

const flopsOf = (plan: Plan) => plan.kernels.reduce((s, k) => s + k.flops, 0);
const human = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)}M` : n >= 1e3 ? `${(n / 1e3).toFixed(1)}K` : `${n}`);

function load(program: ProgramPlan, name: string): WasmProgram {
  return loadEmittedWasm(emitWasmVariants(program, { name, text: false, threaded: threads > 1 }), threads);
}

async function measure(batch: number): Promise<void> {
  const g = buildPredictGraph(fashionCnn, batch); // inference mode, no labels and no loss
  const entry = g.name;
  const unfoldedPlan = linkPlans([planEntry(g, entry)]);
  const foldedPlan = planProgram({ [entry]: g });
  const [folded, prepare] = foldedPlan.entries;
  const unfolded = load(unfoldedPlan, entry);
  const program = load(foldedPlan, entry);
  await Promise.all([unfolded.ready(), program.ready()]);
  unfolded.initParams(1);
  program.initParams(1);
  const x = Float32Array.from({ length: batch * 28 * 28 }, (_, i) => Math.sin(i * 0.37));
  const a = unfolded.run(entry, { x }).logits!.data;
  const b = program.run(entry, { x }).logits!.data;
  const maxDiff = Array.from(a).reduce((m, v, i) => Math.max(m, Math.abs(v - b[i]!)), 0);

  const calls = quick ? 20 : 100;
  const rounds = quick ? 5 : 15;
  // A run right after setParams pays for the prepare entry once.
  const gamma = program.getParams()["bn1/gamma"]!;
  const afterChange = () => {
    program.setParams({ "bn1/gamma": gamma });
    program.run(entry, { x });
  };
  let before = Infinity;
  let after = Infinity;
  let withPrepare = Infinity;
  for (let r = 0; r < rounds; r++) {
    before = Math.min(before, minMicros(() => unfolded.run(entry, { x }), calls));
    after = Math.min(after, minMicros(() => program.run(entry, { x }), calls));
    withPrepare = Math.min(withPrepare, minMicros(afterChange, calls));
  }

  const line = (plan: Plan) => `${plan.kernels.length} kernels, ${human(flopsOf(plan))} FLOPs`;
  process.stdout.write(
    [
      `fashion_cnn inference, batch ${batch}, ${threads} thread(s) (max |Δlogit| folded vs unfolded ${maxDiff.toExponential(1)})`,
      `  unfolded per run: ${line(unfoldedPlan.entries[0]!)}`,
      `  folded per run:   ${line(folded!)}`,
      `  prepare (after a param change): ${line(prepare!)}`,
      `  run: unfolded ${before.toFixed(1)} µs, folded ${after.toFixed(1)} µs: ${(before / after).toFixed(2)}× (min of ${rounds} alternating rounds of ${calls} calls)`,
      `  setParams + prepare + run: ${withPrepare.toFixed(1)} µs (${(withPrepare - after).toFixed(1)} µs more than a run)`,
      "",
    ].join("\n"),
  );
  unfolded.dispose();
  program.dispose();
}

for (const batch of [1, 32]) await measure(batch);
