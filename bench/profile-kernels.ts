/**
 * Where one call of a compiled program goes, kernel by kernel (one thread): the time of program.run()
 * (feeds into the arena, the entry, outputs copied out), of the exported entry alone, and of each
 * kernel function called on its own (all its phases over all their tiles), with its FLOPs and bytes.
 * run() − entry is what the runtime adds to the kernels; entry − Σ kernels is noise and call overhead.
 *
 *   npx tsx bench/profile-kernels.ts [mnist_mlp|lenet5|...] [--batch N] [--train]
 */
import "../src/runtime/optimized-wasm.ts";
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import { compileWasm } from "../src/codegen/wasm/compile.ts";
import { emitWasmProgram } from "../src/codegen/wasm/module.ts";
import type { GraphDef } from "../src/dsl/builder.ts";
import { inputsOf, sizeOf } from "../src/ir/types.ts";
import { planProgram } from "../src/passes/lower.ts";
import { buildTrainGraph } from "../src/train/train_graph.ts";

function microsPerCall(f: () => void, budgetMs = 400): number {
  for (let i = 0; i < 200; i++) f();
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

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const name = args.find((a) => !a.startsWith("--")) ?? "mnist_mlp";
  const batchAt = args.indexOf("--batch");
  const batch = batchAt >= 0 ? Number(args[batchAt + 1]) : 1;
  const train = args.includes("--train");
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const def = (await import(path.join(root, "graphs", `${name}.ts`))).default as GraphDef;
  const g = train ? buildTrainGraph(def, { optimizer: { kind: "sgd" }, bindings: { N: batch } }) : def.build({ mode: "infer", bindings: { N: batch } });
  const entry = train ? "trainStep" : g.name;
  const feeds = Object.fromEntries(
    inputsOf(g).map((n) => [n.attrs.name, n.dtype === "i32" ? new Int32Array(sizeOf(n.shape)) : new Float32Array(sizeOf(n.shape)).fill(0.01)]),
  );
  const program = compileWasm({ [entry]: g });
  program.initParams(1);
  const runUs = microsPerCall(() => program.run(entry, feeds));

  const plan = planProgram({ [entry]: g });
  const emitted = emitWasmProgram(plan, { name: g.name, exportKernels: true });
  const instance = new WebAssembly.Instance(new WebAssembly.Module(emitted.binary), {});
  const entryUs = microsPerCall(instance.exports[`entry:${entry}`] as () => void);
  console.log(`${name}${train ? " training step" : " inference"}, batch ${batch}: run() ${runUs.toFixed(2)} µs, entry ${entryUs.toFixed(2)} µs`);
  let sum = 0;
  for (const k of plan.entries[0]!.kernels) {
    if (k.view) continue;
    const fn = instance.exports[`kernel:${k.name}`] as (phase: number, lo: number, hi: number) => void;
    const phases = emitted.kernelPhases![k.name]!;
    const us = microsPerCall(() => {
      for (const p of phases) fn(p.phase, 0, p.tiles);
    }, 150);
    sum += us;
    console.log(`  ${k.name.padEnd(48)} ${us.toFixed(2).padStart(9)} µs  ${String(k.flops).padStart(10)} FLOPs ${String(k.bytes).padStart(10)} B`);
  }
  console.log(`  Σ kernels ${sum.toFixed(2)} µs`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
