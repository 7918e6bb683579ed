// The classics: Rosenblatt's perceptron rule on AND and OR (as a graph update), checked against the
// rule run by hand in plain JS from the same initial weights; and the 2-2-1 sigmoid network learning
// XOR by plain SGD until it makes no errors.
import { describe, expect, it } from "vitest";
import perceptron from "../graphs/perceptron.ts";
import xor from "../graphs/xor.ts";
import { InterpretedProgram } from "../src/train/interpreted_program.ts";
import { buildPerceptronRuleGraph, ERRORS_OUTPUT } from "../src/train/perceptron.ts";
import { buildTrainGraph, LR_INPUT } from "../src/train/train_graph.ts";

const INPUTS = [
  [0, 0],
  [0, 1],
  [1, 0],
  [1, 1],
];
const TRUTH = { AND: [0, 0, 0, 1], OR: [0, 1, 1, 1], XOR: [0, 1, 1, 0] } as const;

/** Online perceptron rule in plain JS: w ← w + η(t − y)x, b ← b + η(t − y), y = [w·x + b > 0]. */
function handRule(w0: readonly number[], b0: number, targets: readonly number[], lr: number, epochs: number) {
  const w = [...w0];
  let b = b0;
  const history: { w: number[]; b: number; errors: number }[] = [];
  for (let e = 0; e < epochs; e++) {
    let errors = 0;
    INPUTS.forEach(([x1, x2], i) => {
      const y = w[0]! * x1! + w[1]! * x2! + b > 0 ? 1 : 0;
      const d = targets[i]! - y;
      errors += Math.abs(d);
      w[0] = w[0]! + lr * d * x1!;
      w[1] = w[1]! + lr * d * x2!;
      b += lr * d;
    });
    history.push({ w: [...w], b, errors });
  }
  return history;
}

describe("perceptron learning rule (graphs/perceptron.ts)", () => {
  for (const gate of ["AND", "OR"] as const) {
    it(`learns ${gate} online, step for step as the hand-written rule`, () => {
      const graph = buildPerceptronRuleGraph(perceptron, { bindings: { N: 1 } });
      const program = new InterpretedProgram(graph, "f64");
      program.initParams(3);
      const start = program.getParams();
      const w0 = [...start["unit/kernel"]!.data];
      const b0 = start["unit/bias"]!.data[0]!;
      const lr = 0.25;
      const expected = handRule(w0, b0, TRUTH[gate], lr, 12);
      let converged = -1;
      expected.forEach((want, epoch) => {
        let errors = 0;
        INPUTS.forEach((x, i) => {
          errors += program.run(graph.name, { x, target: [TRUTH[gate][i]!], [LR_INPUT]: [lr] })[ERRORS_OUTPUT]!.data[0]!;
        });
        const p = program.getParams();
        expect([...p["unit/kernel"]!.data]).toEqual(want.w.map((v) => expect.closeTo(v, 12)));
        expect(p["unit/bias"]!.data[0]).toBeCloseTo(want.b, 12);
        expect(errors).toBe(want.errors);
        if (errors === 0 && converged < 0) converged = epoch;
      });
      // Linearly separable: the convergence theorem promises a finite number of mistakes.
      expect(converged).toBeGreaterThanOrEqual(0);
      const full = buildPerceptronRuleGraph(perceptron, { bindings: { N: 4 } });
      const check = new InterpretedProgram(full, "f64");
      check.setParams(program.getParams());
      const out = check.run(full.name, { x: INPUTS.flat(), target: [...TRUTH[gate]], [LR_INPUT]: [0] });
      expect([...out.y!.data]).toEqual([...TRUTH[gate]]);
    });
  }

  it("is the same update as SGD on the graph's perceptron criterion (full batch)", () => {
    const rule = buildPerceptronRuleGraph(perceptron, { bindings: { N: 4 } });
    const sgd = buildTrainGraph(perceptron, { optimizer: { kind: "sgd" }, bindings: { N: 4 } });
    const a = new InterpretedProgram(rule, "f64");
    const b = new InterpretedProgram(sgd, "f64");
    a.initParams(5);
    b.initParams(5);
    for (let step = 0; step < 6; step++) {
      const feeds = { x: INPUTS.flat(), target: [...TRUTH.OR], [LR_INPUT]: [0.3] };
      a.run(rule.name, feeds);
      b.run(sgd.name, feeds);
      expect([...b.getParams()["unit/kernel"]!.data]).toEqual([...a.getParams()["unit/kernel"]!.data].map((v) => expect.closeTo(v, 12)));
      expect(b.getParams()["unit/bias"]!.data[0]).toBeCloseTo(a.getParams()["unit/bias"]!.data[0]!, 12);
    }
  });

  it("cannot learn XOR: some example stays wrong in every epoch", () => {
    const graph = buildPerceptronRuleGraph(perceptron, { bindings: { N: 1 } });
    const program = new InterpretedProgram(graph, "f64");
    program.initParams(3);
    for (let epoch = 0; epoch < 25; epoch++) {
      let errors = 0;
      INPUTS.forEach((x, i) => {
        errors += program.run(graph.name, { x, target: [TRUTH.XOR[i]!], [LR_INPUT]: [0.25] })[ERRORS_OUTPUT]!.data[0]!;
      });
      expect(errors).toBeGreaterThan(0);
    }
  });
});

describe("XOR with a 2-2-1 sigmoid network (graphs/xor.ts)", () => {
  // A 2-2-1 net has poor local minima for some initializations (seeds 1 and 7 here stall at 3/4
  // correct); seed 0 is a typical one, solved after ~160 steps at lr 2.
  it("plain SGD on the full batch reaches zero errors", () => {
    const graph = buildTrainGraph(xor, { optimizer: { kind: "sgd" }, bindings: { N: 4 }, seed: 0 });
    const program = new InterpretedProgram(graph);
    program.initParams(0);
    const feeds = { x: INPUTS.flat(), target: [...TRUTH.XOR], [LR_INPUT]: [2] };
    const first = program.run(graph.name, feeds).loss!.data[0]!;
    let out = program.run(graph.name, feeds);
    for (let step = 0; step < 600; step++) out = program.run(graph.name, feeds);
    const predictions = [...out.probs!.data].map((p) => (p > 0.5 ? 1 : 0));
    expect(predictions).toEqual([...TRUTH.XOR]);
    expect(out.loss!.data[0]).toBeLessThan(first / 4);
  });
});
