// `npm run classic`: the tutorials' first networks, compiled and trained with gradfuse.
//   1. graphs/perceptron.ts with Rosenblatt's rule (w ← w + η(t − y)x, online) on AND and OR;
//   2. graphs/xor.ts, a 2-2-1 sigmoid network, with plain full-batch SGD until it makes no errors.
import perceptron from "../graphs/perceptron.ts";
import xor from "../graphs/xor.ts";
import { buildPerceptronRuleGraph, buildTrainGraph, compile, ERRORS_OUTPUT, LR_INPUT } from "gradfuse";

const INPUTS = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
];
const TRUTH = { AND: [0, 0, 0, 1], OR: [0, 1, 1, 1], XOR: [0, 1, 1, 0] } as const;

async function perceptronRule(gate: "AND" | "OR"): Promise<void> {
  const graph = buildPerceptronRuleGraph(perceptron, { bindings: { N: 1 } });
  const program = await compile(graph);
  program.initParams(3);
  for (let epoch = 1; epoch <= 50; epoch++) {
    let errors = 0;
    INPUTS.forEach((x, i) => {
      const out = program.run(graph.name, { x, target: [TRUTH[gate][i]!], [LR_INPUT]: [0.25] });
      errors += out[ERRORS_OUTPUT]!.data[0]!;
    });
    if (errors === 0) {
      const p = program.getParams();
      const w = [...p["unit/kernel"]!.data].map((v) => v.toFixed(2)).join(", ");
      console.log(`perceptron ${gate}: no errors after epoch ${epoch}; w = [${w}], b = ${p["unit/bias"]!.data[0]!.toFixed(2)}`);
      return;
    }
  }
  throw new Error(`perceptron ${gate}: still wrong after 50 epochs`);
}

async function xorBySgd(): Promise<void> {
  const graph = buildTrainGraph(xor, { optimizer: { kind: "sgd" }, bindings: { N: 4 }, seed: 0 });
  const program = await compile(graph);
  program.initParams(0);
  const feeds = { x: INPUTS.flat(), target: [...TRUTH.XOR], [LR_INPUT]: [2] };
  for (let step = 1; step <= 5000; step++) {
    const out = program.run(graph.name, feeds);
    // Done when every output is within 0.1 of its target: zero errors with a clear margin.
    if ([...out.probs!.data].every((p, i) => Math.abs(p - TRUTH.XOR[i]!) < 0.1)) {
      const probs = [...out.probs!.data].map((p) => p.toFixed(3)).join(", ");
      console.log(`xor 2-2-1 sigmoid, SGD lr 2: every output within 0.1 of its target after step ${step}; outputs [${probs}], loss ${out.loss!.data[0]!.toFixed(4)}`);
      return;
    }
  }
  throw new Error("xor: not solved in 5000 steps");
}

await perceptronRule("AND");
await perceptronRule("OR");
await xorBySgd();
