/**
 * What the rows pass (src/passes/rows.ts) gains: each workload planned with and without it, both
 * WebAssembly modules instantiated in this one process and timed in alternating rounds (one thread),
 * so machine noise hits both alike. Prints the kernel counts, the bytes the kernels move (the plan's
 * per-kernel bytes, not noisy), the time of the loss kernels alone (the rows kernels against the
 * kernels they replace) and of the whole entry, as medians over the rounds.
 *
 *   npx tsx bench/rows-ab.ts [mlp.train.b64,lenet.train.b64,ce.n256.c1000,...] [--rounds 15]
 */
import "../src/runtime/optimized-wasm.ts";
import { emitWasmProgram } from "../src/codegen/wasm/module.ts";
import { planProgram } from "../src/passes/lower.ts";
import type { Kernel, ProgramPlan } from "../src/passes/plan.ts";
import { defineGraph } from "../src/dsl/builder.ts";
import type { Graph } from "../src/ir/types.ts";
import { softmaxCrossEntropy } from "../src/nn/index.ts";
import { buildTrainGraph } from "../src/train/train_graph.ts";
import { ENTRY_OF, workloadGraph } from "./gradfuse.ts";
import { WORKLOADS } from "./workloads.ts";
import type { WorkloadId } from "./workloads.ts";

/**
 * Beside the bench's workloads: a wide classifier head where the rows are not in L1 — logits
 * [256, 1000] (a fed input plus a trained bias) and the cross-entropy's SGD step.
 */
const WIDE_HEAD = "ce.n256.c1000";

function graphOf(id: string): { graph: Graph; entry: string } {
  if (id === WIDE_HEAD) {
    const def = defineGraph("wide_head", {}, (g) => {
      const logits = g.input("x", [256, 1000]).add(g.param("bias", [1000], { kind: "zeros" }));
      g.loss(softmaxCrossEntropy(logits, g.input("labels", [256], "i32")));
    });
    return { graph: buildTrainGraph(def, { optimizer: { kind: "sgd" } }), entry: "trainStep" };
  }
  if (!(id in WORKLOADS)) throw new Error(`unknown workload '${id}' (one of ${[...Object.keys(WORKLOADS), WIDE_HEAD].join(", ")})`);
  const def = WORKLOADS[id as WorkloadId];
  return { graph: workloadGraph(def).graph, entry: ENTRY_OF[def.kind] };
}

type KernelFn = (phase: number, lo: number, hi: number) => void;

interface Variant {
  readonly label: string;
  readonly kernels: readonly Kernel[];
  readonly entry: () => void;
  /** The loss kernels (rows kernels, or the kernels their nodes were in), each over all its phases. */
  readonly loss: () => void;
  /** Each loss kernel alone. */
  readonly each: readonly { readonly name: string; readonly run: () => void }[];
}

/** Microseconds per call: the median of batches of calls within the budget. */
function microsPerCall(f: () => void, budgetMs: number): number {
  const samples: number[] = [];
  const end = performance.now() + budgetMs;
  while (performance.now() < end) {
    const t0 = performance.now();
    for (let i = 0; i < 20; i++) f();
    samples.push(((performance.now() - t0) / 20) * 1000);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)]!;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function instantiate(label: string, program: ProgramPlan, entry: string, lossNodes: ReadonlySet<number>): Variant {
  const emitted = emitWasmProgram(program, { exportKernels: true, text: false });
  const instance = new WebAssembly.Instance(new WebAssembly.Module(emitted.binary), {});
  const kernels = program.entries[0]!.kernels;
  const lossKernels = kernels.filter((k) => !k.view && k.nodes.some((id) => lossNodes.has(id)));
  const calls = lossKernels.map((k) => ({ fn: instance.exports[`kernel:${k.name}`] as KernelFn, phases: emitted.kernelPhases![k.name]! }));
  return {
    label,
    kernels,
    entry: instance.exports[`entry:${entry}`] as () => void,
    loss: () => {
      for (const c of calls) for (const p of c.phases) c.fn(p.phase, 0, p.tiles);
    },
    each: calls.map((c, i) => ({ name: lossKernels[i]!.name, run: () => c.phases.forEach((p) => c.fn(p.phase, 0, p.tiles)) })),
  };
}

function measure(id: string, rounds: number): void {
  const { graph, entry } = graphOf(id);
  const merged = planProgram({ [entry]: graph });
  const plain = planProgram({ [entry]: graph }, { rows: false });
  const rowsKernels = merged.entries[0]!.kernels.filter((k) => k.kind === "rows");
  const lossNodes = new Set(rowsKernels.flatMap((k) => k.nodes).filter((n) => merged.entries[0]!.graph.nodes[n]!.op !== "const"));
  const a = instantiate("without rows", plain, entry, lossNodes);
  const b = instantiate("with rows", merged, entry, lossNodes);
  for (const v of [a, b]) for (let i = 0; i < 200; i++) v.entry();
  const times = { entry: [[], []] as number[][], loss: [[], []] as number[][] };
  for (let r = 0; r < rounds; r++) {
    [a, b].forEach((v, i) => {
      times.entry[i]!.push(microsPerCall(v.entry, 150));
      times.loss[i]!.push(microsPerCall(v.loss, 60));
    });
  }
  const bytes = (ks: readonly Kernel[]) => ks.reduce((s, k) => s + k.bytes, 0);
  const replaced = a.kernels.filter((k) => k.nodes.some((n) => lossNodes.has(n)));
  console.log(`${id} (${entry}, one thread, ${rounds} alternating rounds)`);
  console.log(`  kernels: ${a.kernels.length} → ${b.kernels.length}; the loss chain: ${replaced.length} kernels (${replaced.map((k) => k.name).join(", ")})`);
  console.log(`    → ${rowsKernels.length} rows kernels (${rowsKernels.map((k) => k.name).join(", ")})`);
  console.log(`  bytes the loss kernels move: ${bytes(replaced)} → ${bytes(rowsKernels)}; whole entry: ${bytes(a.kernels)} → ${bytes(b.kernels)}`);
  const ratio = (xs: number[][]) => median(xs[0]!.map((t, i) => t / xs[1]![i]!));
  console.log(`  loss kernels: ${median(times.loss[0]!).toFixed(2)} µs → ${median(times.loss[1]!).toFixed(2)} µs (median ratio ${ratio(times.loss).toFixed(2)}×)`);
  for (const v of [a, b]) console.log(`  ${v.label}: ${v.each.map((k) => `${k.name} ${microsPerCall(k.run, 100).toFixed(2)} µs`).join(", ")}`);
  console.log(`  whole entry:  ${median(times.entry[0]!).toFixed(1)} µs → ${median(times.entry[1]!).toFixed(1)} µs (median ratio ${ratio(times.entry).toFixed(3)}×)`);
}

const args = process.argv.slice(2);
const roundsAt = args.indexOf("--rounds");
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 15;
const ids = (args.find((a, i) => !a.startsWith("--") && args[i - 1] !== "--rounds") ?? `mlp.train.b64,lenet.train.b64,${WIDE_HEAD}`).split(",");
for (const id of ids) measure(id, rounds);
