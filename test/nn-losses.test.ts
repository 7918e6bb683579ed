// Losses against hand-written formulas, the three reductions, stability at extreme logits, and
// gradient checks.
import { describe, expect, it } from "vitest";
import { gradcheck } from "../src/autodiff/gradcheck.ts";
import { gradients } from "../src/autodiff/gradients.ts";
import { defineGraph } from "../src/dsl/builder.ts";
import type { Tensor } from "../src/dsl/tensor.ts";
import { interpret } from "../src/interp/interpret.ts";
import * as nn from "../src/nn/index.ts";

const P = [0.5, -1.2, 2.0, 0.3, 0.9, -0.4]; // predictions [2, 3]
const T = [0.1, -0.2, 2.5, 1.1, 0.7, -2.0]; // targets [2, 3]

type LossFn = (p: Tensor, t: Tensor) => Tensor;

/** The loss (and its gradient w.r.t. the predictions) for [2, 3] predictions and targets, in float64. */
function run(loss: LossFn, p: readonly number[] = P, t: readonly number[] = T, shape = [2, 3]) {
  const g = defineGraph("t", {}, (g) => {
    const pred = g.input("p", shape);
    const l = loss(pred, g.input("t", shape));
    g.output("loss", l);
    if (l.rank === 0) g.output("dp", gradients(l, [pred])[0]!);
  }).build();
  const o = interpret(g, { feeds: { p: [...p], t: [...t] }, params: {}, float: "f64" }).outputs;
  return { loss: [...o.loss!.data], shape: o.loss!.shape, dp: o.dp ? [...o.dp.data] : [] };
}

/** Per-example means of an elementwise loss e(d) over rows of 3, d = p − t. */
const rowMeans = (e: (d: number) => number) => [0, 1].map((r) => [0, 1, 2].reduce((s, c) => s + e(P[r * 3 + c]! - T[r * 3 + c]!), 0) / 3);
const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;

describe("regression losses", () => {
  const smoothL1 = (beta: number) => (d: number) => (Math.abs(d) < beta ? (0.5 * d * d) / beta : Math.abs(d) - 0.5 * beta);
  const huber = (delta: number) => (d: number) => (Math.abs(d) <= delta ? 0.5 * d * d : delta * (Math.abs(d) - 0.5 * delta));
  const cases: [string, (o: nn.LossOptions) => LossFn, (d: number) => number][] = [
    ["mse", (o) => (p, t) => nn.mse(p, t, o), (d) => d * d],
    ["mae", (o) => (p, t) => nn.mae(p, t, o), Math.abs],
    ["smoothL1 beta 0.5", (o) => (p, t) => nn.smoothL1(p, t, { ...o, beta: 0.5 }), smoothL1(0.5)],
    ["smoothL1 beta 0 (= L1)", (o) => (p, t) => nn.smoothL1(p, t, { ...o, beta: 0 }), Math.abs],
    ["huber delta 0.7", (o) => (p, t) => nn.huber(p, t, { ...o, delta: 0.7 }), huber(0.7)],
  ];

  it.each(cases)("%s: mean, sum and none reductions", (_n, loss, e) => {
    const perExample = rowMeans(e);
    expect(run(loss({})).loss[0]).toBeCloseTo(mean(perExample), 14);
    expect(run(loss({ reduction: "sum" })).loss[0]).toBeCloseTo(perExample[0]! + perExample[1]!, 14);
    const none = run(loss({ reduction: "none" }));
    expect(none.shape).toEqual([2]);
    none.loss.forEach((v, i) => expect(v).toBeCloseTo(perExample[i]!, 14));
  });

  it.each(cases)("gradcheck: %s", (_n, loss) => {
    const g = defineGraph("t", {}, (g) => void g.loss(loss({})(g.input("p", [2, 3]), g.input("t", [2, 3])))).build();
    const r = gradcheck(g, { feeds: { p: P, t: T } });
    expect(r.ok, r.message).toBe(true);
  });

  it("mse's gradient is 2(p − t)/(number of elements)", () => {
    const { dp } = run((p, t) => nn.mse(p, t));
    dp.forEach((v, i) => expect(v).toBeCloseTo((2 * (P[i]! - T[i]!)) / 6, 14));
  });

  it("refuses predictions and targets of different shapes instead of broadcasting them", () => {
    const def = defineGraph("t", {}, (g) => void nn.mse(g.input("p", [4, 1]), g.input("t", [4])));
    expect(() => def.build()).toThrow(/nn-losses\.test\.ts:\d+: mse: predictions f32\[4,1\] and targets f32\[4\] differ/);
  });
});

describe("binary cross-entropy", () => {
  const probs = [0.9, 0.2, 0.6, 0.01, 0.5, 0.75];
  const targets = [1, 0, 1, 1, 0, 0.3];
  const bce = (p: number, t: number) => -(t * Math.log(p) + (1 - t) * Math.log(1 - p));

  it("on probabilities matches −[t log p + (1−t) log(1−p)], averaged per example then over the batch", () => {
    const per = [0, 1].map((r) => [0, 1, 2].reduce((s, c) => s + bce(probs[r * 3 + c]!, targets[r * 3 + c]!), 0) / 3);
    expect(run((p, t) => nn.binaryCrossEntropy(p, t), probs, targets).loss[0]).toBeCloseTo(mean(per), 13);
  });

  it("on probabilities clamps 0 and 1 to [eps, 1 − eps]: a large finite loss", () => {
    const { loss } = run((p, t) => nn.binaryCrossEntropy(p, t, { eps: 1e-7, reduction: "sum" }), [0, 1], [1, 0], [2, 1]);
    expect(loss[0]).toBeCloseTo(-2 * Math.log(1e-7), 8);
  });

  it("on logits matches the probability form at moderate logits", () => {
    const logits = [2.2, -1.4, 0.4, -4.6, 0, 1.1];
    const per = [0, 1].map((r) => [0, 1, 2].reduce((s, c) => s + bce(1 / (1 + Math.exp(-logits[r * 3 + c]!)), targets[r * 3 + c]!), 0) / 3);
    expect(run((z, t) => nn.binaryCrossEntropyWithLogits(z, t), logits, targets).loss[0]).toBeCloseTo(mean(per), 13);
  });

  it("on logits is finite and correct at ±100, with gradient sigmoid(z) − t", () => {
    const z = [100, 100, -100, -100, 0, 0];
    const t = [1, 0, 1, 0, 1, 0];
    const { loss, dp } = run((p, q) => nn.binaryCrossEntropyWithLogits(p, q, { reduction: "none" }), z, t, [6]);
    expect(loss[0]).toBeLessThan(1e-40); // log(1 + e^−100) ≈ 3.7e−44
    expect(loss[1]).toBeCloseTo(100, 12);
    expect(loss[2]).toBeCloseTo(100, 12);
    expect(loss[3]).toBeLessThan(1e-40);
    expect(loss[4]).toBeCloseTo(Math.LN2, 14);
    expect(loss[5]).toBeCloseTo(Math.LN2, 14);
    expect(dp).toEqual([]); // "none" is not a scalar; the gradient comes from the mean below
    const mean6 = run((p, q) => nn.binaryCrossEntropyWithLogits(p, q), z, t, [6]);
    const sig = (v: number) => 1 / (1 + Math.exp(-v));
    mean6.dp.forEach((g, i) => expect(g).toBeCloseTo((sig(z[i]!) - t[i]!) / 6, 14));
  });

  it("gradchecks on probabilities and on logits", () => {
    for (const loss of [(p: Tensor, t: Tensor) => nn.binaryCrossEntropy(p, t), (p: Tensor, t: Tensor) => nn.binaryCrossEntropyWithLogits(p, t)]) {
      const g = defineGraph("t", {}, (g) => void g.loss(loss(g.input("p", [2, 3]), g.input("t", [2, 3])))).build();
      const r = gradcheck(g, { feeds: { p: probs, t: targets }, wrt: ["p"] });
      expect(r.ok, r.message).toBe(true);
    }
  });
});

describe("softmax cross-entropy", () => {
  const logits = [2, 1, 0.1, -1, 0.5, 3, 0, 0, 0]; // [3, 3]
  const labels = [0, 2, 1];
  const logSoftmaxRow = (r: number[]) => {
    const m = Math.max(...r);
    const lse = m + Math.log(r.reduce((s, v) => s + Math.exp(v - m), 0));
    return r.map((v) => v - lse);
  };
  const rows = [0, 1, 2].map((r) => logits.slice(r * 3, r * 3 + 3));

  function runSparse(opts: nn.LossOptions = {}, z = logits) {
    const g = defineGraph("t", {}, (g) => {
      const x = g.input("z", [3, 3]);
      const l = nn.softmaxCrossEntropy(x, g.input("labels", [3], "i32"), opts);
      g.output("loss", l);
      if (l.rank === 0) g.output("dz", gradients(l, [x])[0]!);
    }).build();
    return interpret(g, { feeds: { z, labels: Int32Array.from(labels) }, params: {}, float: "f64" }).outputs;
  }

  it("with integer labels is −log softmax(z)[label], averaged over the batch", () => {
    const per = rows.map((r, i) => -logSoftmaxRow(r)[labels[i]!]!);
    expect(runSparse().loss!.data[0]).toBeCloseTo(mean(per), 14);
    expect([...runSparse({ reduction: "none" }).loss!.data]).toEqual(per.map((v) => expect.closeTo(v, 14)));
    expect(runSparse({ reduction: "sum" }).loss!.data[0]).toBeCloseTo(per[0]! + per[1]! + per[2]!, 14);
  });

  it("has gradient (softmax − one-hot)/N", () => {
    const dz = runSparse().dz!.data;
    rows.forEach((r, i) =>
      logSoftmaxRow(r).forEach((ls, c) => expect(dz[i * 3 + c]).toBeCloseTo((Math.exp(ls) - (c === labels[i] ? 1 : 0)) / 3, 14)),
    );
  });

  it("is finite for huge logits", () => {
    const big = [1000, 0, -1000, 0, 1000, 0, 500, 500, 500]; // labels 0, 2, 1
    const l = runSparse({ reduction: "none" }, big).loss!.data;
    expect(l[0]).toBeCloseTo(0, 12); // the label holds the max
    expect(l[1]).toBeCloseTo(1000, 9); // the label is 1000 below the max
    expect(l[2]).toBeCloseTo(Math.log(3), 12); // a uniform row
  });

  it("with one-hot or soft f32 targets equals −Σ t·log softmax(z)", () => {
    const soft = [0.7, 0.2, 0.1, 0, 0, 1, 0.3, 0.3, 0.4];
    const per = rows.map((r, i) => -logSoftmaxRow(r).reduce((s, ls, c) => s + soft[i * 3 + c]! * ls, 0));
    const { loss } = run((z, t) => nn.softmaxCrossEntropy(z, t), logits, soft, [3, 3]);
    expect(loss[0]).toBeCloseTo(mean(per), 14);
  });

  it("gradchecks with integer labels and with soft targets", () => {
    const sparse = defineGraph("t", {}, (g) => void g.loss(nn.softmaxCrossEntropy(g.input("z", [3, 3]), g.input("labels", [3], "i32")))).build();
    const r1 = gradcheck(sparse, { feeds: { z: logits, labels } });
    expect(r1.ok, r1.message).toBe(true);
    const dense = defineGraph("t", {}, (g) => void g.loss(nn.softmaxCrossEntropy(g.input("z", [3, 3]), g.input("t", [3, 3])))).build();
    const r2 = gradcheck(dense, { feeds: { z: logits, t: [0.7, 0.2, 0.1, 0, 0, 1, 0.3, 0.3, 0.4] }, wrt: ["z"] });
    expect(r2.ok, r2.message).toBe(true);
  });

  it("oneHot builds rows from labels; a fed label out of range is a FeedError, a computed one gives zeros", () => {
    const g = defineGraph("t", {}, (g) => void g.output("y", nn.oneHot(g.input("l", [3], "i32"), 4))).build();
    const y = interpret(g, { feeds: { l: Int32Array.from([2, 0, 3]) }, params: {} }).outputs.y!;
    expect(y.shape).toEqual([3, 4]);
    expect([...y.data]).toEqual([0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1]);
    expect(() => interpret(g, { feeds: { l: Int32Array.from([2, 0, 7]) }, params: {} })).toThrow(/'l' has 7 at index 2, outside \[0, 3\] \(one-hot over 4 classes\)/);
    const shifted = defineGraph("t", {}, (g) => void g.output("y", nn.oneHot(g.input("l", [3], "i32").add(g.constant(5, [], "i32")), 4))).build();
    expect([...interpret(shifted, { feeds: { l: Int32Array.from([2, 0, -5]) }, params: {} }).outputs.y!.data]).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0]);
  });

  it("names the expected label shapes when they do not fit", () => {
    const def = defineGraph("t", {}, (g) => void nn.softmaxCrossEntropy(g.input("z", [4, 10]), g.input("labels", [4, 1], "i32")));
    expect(() => def.build()).toThrow(/labels i32\[4,1\] do not fit logits f32\[4,10\][\s\S]*i32\[4\] or f32 one-hot\/soft targets f32\[4,10\]/);
  });
});

describe("weight penalties", () => {
  it("l1 is λΣ|W| and l2 is (λ/2)ΣW², with gradients λ·sign(W) and λW", () => {
    const w1 = [0.5, -2, 1.5, -0.25];
    const w2 = [3, -1];
    const g = defineGraph("t", {}, (g) => {
      const a = g.param("a", [2, 2], nn.init.zeros());
      const b = g.param("b", [2], nn.init.zeros());
      const l1 = nn.l1Penalty([a, b], 0.1);
      const l2 = nn.l2Penalty([a, b], 0.1);
      g.output("l1", l1);
      g.output("l2", l2);
      g.output("dl2", gradients(l2, [a])[0]!);
      g.output("dl1", gradients(l1, [a])[0]!);
    }).build();
    const o = interpret(g, { params: { a: w1, b: w2 }, float: "f64" }).outputs;
    const all = [...w1, ...w2];
    expect(o.l1!.data[0]).toBeCloseTo(0.1 * all.reduce((s, v) => s + Math.abs(v), 0), 14);
    expect(o.l2!.data[0]).toBeCloseTo(0.05 * all.reduce((s, v) => s + v * v, 0), 14);
    w1.forEach((v, i) => expect(o.dl2!.data[i]).toBeCloseTo(0.1 * v, 14));
    w1.forEach((v, i) => expect(o.dl1!.data[i]).toBeCloseTo(0.1 * Math.sign(v), 14));
  });
});
