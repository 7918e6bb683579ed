// A fresh process that compiles the LeNet-5 training program (forward, backward and Adam in one
// program), then compiles it again; prints {firstMs, secondMs, maxRssMB} as one JSON line.
// Plain node over the built package (dist/), as a user's script runs.
import { buildTrainGraph, compile } from "../../dist/index.js";
import { loadGraphDef } from "../../dist/cli/load.js";

const t0 = performance.now();
const def = await loadGraphDef(new URL("../../graphs/lenet5.ts", import.meta.url).pathname);
const entries = () => ({ trainStep: buildTrainGraph(def, { optimizer: { kind: "adam" } }) });
await compile(entries());
const first = performance.now();
await compile(entries());
const second = performance.now();
process.stdout.write(
  JSON.stringify({ firstMs: first - t0, sinceStartMs: first, secondMs: second - first, maxRssMB: process.resourceUsage().maxRSS / 1024 }) + "\n",
);
