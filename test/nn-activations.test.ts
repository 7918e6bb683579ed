// Activations against closed forms written here, independently of src/nn, and gradient checks
// away from each function's kinks.
import { describe, expect, it } from "vitest";
import { gradcheck } from "../src/autodiff/gradcheck.ts";
import { gradients } from "../src/autodiff/gradients.ts";
import { defineGraph } from "../src/dsl/builder.ts";
import type { Tensor } from "../src/dsl/tensor.ts";
import { GraphError } from "../src/ir/errors.ts";
import { interpret } from "../src/interp/interpret.ts";
import * as nn from "../src/nn/index.ts";

const sig = (v: number) => 1 / (1 + Math.exp(-v));
const XS = [-3.1, -1.2, -0.4, 0.3, 0.9, 2.6]; // away from the kinks at 0 (and ±3 for hardSigmoid)

/** Values and elementwise derivatives (the gradient of Σf(x)) of f at xs, in float64. */
function evalWithDerivative(f: (x: Tensor) => Tensor, xs: readonly number[], mode: "train" | "infer" = "infer") {
  const g = defineGraph("t", {}, (g) => {
    const x = g.input("x", [xs.length]);
    const y = f(x);
    g.output("y", y);
    g.output("dy", gradients(y.sum(), [x])[0]!);
  }).build({ mode });
  const params = Object.fromEntries(g.nodes.flatMap((n) => (n.op === "param" ? [[n.attrs.name, new Int32Array(1)]] : [])));
  const o = interpret(g, { feeds: { x: [...xs] }, params, float: "f64" }).outputs;
  return { y: [...o.y!.data], dy: [...o.dy!.data] };
}

function expectClose(actual: readonly number[], expected: readonly number[], digits = 12) {
  expect(actual.length).toBe(expected.length);
  actual.forEach((a, i) => expect(a, `element ${i}`).toBeCloseTo(expected[i]!, digits));
}

function gradcheckActivation(f: (x: Tensor) => Tensor, xs: readonly number[] = XS) {
  const g = defineGraph("t", {}, (g) => void g.output("y", f(g.input("x", [xs.length])))).build();
  const r = gradcheck(g, { feeds: { x: xs } });
  expect(r.ok, r.message).toBe(true);
}

/** erf by its Maclaurin series 2/√π Σ (−1)ⁿ x^(2n+1) / (n!(2n+1)): exact to double precision for |x| < 3. */
function erfSeries(x: number): number {
  let term = x;
  let sum = x;
  for (let n = 1; n < 80; n++) {
    term *= (-x * x) / n;
    sum += term / (2 * n + 1);
  }
  return (2 / Math.sqrt(Math.PI)) * sum;
}

// [name, f, value oracle, derivative oracle (from x and y)]
const cases: [string, (x: Tensor) => Tensor, (v: number) => number, (v: number, y: number) => number][] = [
  ["identity", nn.identity, (v) => v, () => 1],
  ["sigmoid", nn.sigmoid, sig, (_v, y) => y * (1 - y)],
  ["hardSigmoid", nn.hardSigmoid, (v) => Math.min(1, Math.max(0, v / 6 + 0.5)), (v) => (Math.abs(v) < 3 ? 1 / 6 : 0)],
  ["tanh", nn.tanh, Math.tanh, (_v, y) => 1 - y * y],
  ["relu", nn.relu, (v) => Math.max(v, 0), (v) => (v > 0 ? 1 : 0)],
  ["leakyRelu(0.1)", (x) => nn.leakyRelu(x, 0.1), (v) => (v > 0 ? v : 0.1 * v), (v) => (v > 0 ? 1 : 0.1)],
  ["elu(0.7)", (x) => nn.elu(x, 0.7), (v) => (v > 0 ? v : 0.7 * (Math.exp(v) - 1)), (v, y) => (v > 0 ? 1 : y + 0.7)],
  [
    "selu",
    nn.selu,
    (v) => 1.0507009873554805 * (v > 0 ? v : 1.6732632423543772 * (Math.exp(v) - 1)),
    (v) => 1.0507009873554805 * (v > 0 ? 1 : 1.6732632423543772 * Math.exp(v)),
  ],
  ["swish", nn.swish, (v) => v * sig(v), (v) => sig(v) + v * sig(v) * (1 - sig(v))],
  ["swish(beta 2)", (x) => nn.swish(x, 2), (v) => v * sig(2 * v), (v) => sig(2 * v) + 2 * v * sig(2 * v) * (1 - sig(2 * v))],
  ["silu", nn.silu, (v) => v * sig(v), (v) => sig(v) + v * sig(v) * (1 - sig(v))],
  ["softplus", nn.softplus, (v) => Math.log1p(Math.exp(v)), (v) => sig(v)],
  ["softsign", nn.softsign, (v) => v / (1 + Math.abs(v)), (v) => 1 / (1 + Math.abs(v)) ** 2],
  [
    "gelu (exact, the default)",
    nn.gelu,
    (v) => 0.5 * v * (1 + erfSeries(v / Math.SQRT2)),
    (v) => 0.5 * (1 + erfSeries(v / Math.SQRT2)) + (v * Math.exp((-v * v) / 2)) / Math.sqrt(2 * Math.PI),
  ],
  ["erf", (x) => x.erf(), erfSeries, (v) => (2 / Math.sqrt(Math.PI)) * Math.exp(-v * v)],
  [
    "gelu (tanh approximation)",
    (x) => nn.gelu(x, { approximate: "tanh" }),
    (v) => 0.5 * v * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (v + 0.044715 * v ** 3))),
    (v) => {
      const k = Math.sqrt(2 / Math.PI);
      const t = Math.tanh(k * (v + 0.044715 * v ** 3));
      return 0.5 * (1 + t) + 0.5 * v * (1 - t * t) * k * (1 + 3 * 0.044715 * v * v);
    },
  ],
  ["step", nn.step, (v) => (v > 0 ? 1 : 0), () => 0],
];

describe("elementwise activations: values and derivatives against closed forms", () => {
  it.each(cases)("%s", (_name, f, value, derivative) => {
    const { y, dy } = evalWithDerivative(f, XS);
    expectClose(y, XS.map(value));
    expectClose(dy, XS.map((v, i) => derivative(v, y[i]!)));
  });

  it.each(cases.filter(([name]) => name !== "step"))("gradcheck: %s", (_name, f) => gradcheckActivation(f));
});

describe("stability and kinks", () => {
  it("softplus is finite and exact at ±100 and has derivative ½ at exactly 0", () => {
    const { y, dy } = evalWithDerivative(nn.softplus, [-100, 0, 100]);
    // log(1 + e^−100) rounds to 0 (there is no log1p primitive): an absolute error below e^−100
    expect(y[0]).toBeGreaterThanOrEqual(0);
    expect(y[0]).toBeLessThanOrEqual(Math.exp(-100));
    expect(y[1]).toBeCloseTo(Math.LN2, 14);
    expect(y[2]).toBe(100);
    expectClose(dy, [Math.exp(-100), 0.5, 1], 14);
  });

  it("sigmoid saturates to exactly 0 and 1 without overflow", () => {
    const { y, dy } = evalWithDerivative(nn.sigmoid, [-1000, 1000]);
    expect(y).toEqual([0, 1]);
    expect(dy).toEqual([0, 0]);
  });

  it("elu's gradient is finite for huge inputs (exp only sees min(x, 0))", () => {
    const { y, dy } = evalWithDerivative(nn.elu, [800, -800]);
    expect(y).toEqual([800, -1]);
    expect(dy).toEqual([1, 0]);
  });

  it("relu and leakyRelu have derivative 0 (resp. alpha) at exactly 0, like TensorFlow", () => {
    expect(evalWithDerivative(nn.relu, [0]).dy).toEqual([0]);
    expect(evalWithDerivative((x) => nn.leakyRelu(x, 0.2), [0]).dy[0]).toBeCloseTo(0.2, 15);
  });

  it("gelu's tanh form stays within 5e-4 of the exact x·Φ(x)", () => {
    // Φ by Simpson's rule on the normal density: an oracle independent of the tanh formula.
    const phi = (v: number) => {
      const n = 2000;
      const a = -10;
      const h = (v - a) / n;
      const pdf = (t: number) => Math.exp(-t * t / 2) / Math.sqrt(2 * Math.PI);
      let s = pdf(a) + pdf(v);
      for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * pdf(a + i * h);
      return (s * h) / 3;
    };
    const xs = [-3, -1.5, -0.5, 0.5, 1, 2.5];
    const { y } = evalWithDerivative((x) => nn.gelu(x, { approximate: true }), xs);
    xs.forEach((v, i) => expect(Math.abs(y[i]! - v * phi(v))).toBeLessThan(5e-4));
    const exact = evalWithDerivative(nn.gelu, xs).y;
    xs.forEach((v, i) => expect(exact[i]!).toBeCloseTo(v * phi(v), 9));
  });
});

describe("softmax and logSoftmax", () => {
  const rows = [
    [1, 2, 3],
    [-1, 0.5, 4],
  ];
  function run(f: (x: Tensor) => Tensor, values = rows) {
    const g = defineGraph("t", {}, (g) => void g.output("y", f(g.input("x", [2, 3])))).build();
    return [...interpret(g, { feeds: { x: values.flat() }, params: {}, float: "f64" }).outputs.y!.data];
  }
  const softmaxOf = (r: number[], t = 1) => r.map((v) => Math.exp(v / t) / r.reduce((s, u) => s + Math.exp(u / t), 0));

  it("matches exp/Σexp per row and sums to 1", () => {
    const y = run((x) => nn.softmax(x));
    expectClose(y, rows.flatMap((r) => softmaxOf(r)), 14);
    expect(y.slice(0, 3).reduce((a, b) => a + b)).toBeCloseTo(1, 14);
    expect(y.slice(3).reduce((a, b) => a + b)).toBeCloseTo(1, 14);
  });

  it("divides by the temperature and works along another axis", () => {
    expectClose(run((x) => nn.softmax(x, { temperature: 2.5 })), rows.flatMap((r) => softmaxOf(r, 2.5)), 14);
    const cols = run((x) => nn.softmax(x, { axis: 0 }));
    const e = (i: number, j: number) => Math.exp(rows[i]![j]!);
    expectClose(cols, [0, 1].flatMap((i) => [0, 1, 2].map((j) => e(i, j) / (e(0, j) + e(1, j)))), 14);
  });

  it("is finite for huge logits (the max is subtracted first)", () => {
    const y = run((x) => nn.softmax(x), [
      [1000, 1001, 1002],
      [-1000, -1000, -1000],
    ]);
    expectClose(y, [...softmaxOf([0, 1, 2]), 1 / 3, 1 / 3, 1 / 3], 14);
  });

  it("logSoftmax equals log(softmax) and stays finite where softmax underflows", () => {
    expectClose(run((x) => nn.logSoftmax(x)), rows.flatMap((r) => softmaxOf(r).map(Math.log)), 13);
    const y = run((x) => nn.logSoftmax(x), [
      [0, 800, 0],
      [1, 1, 1],
    ]);
    expectClose(y, [-800, 0, -800, -Math.log(3), -Math.log(3), -Math.log(3)], 12);
  });

  it("gradchecks (softmax, logSoftmax, with temperature)", () => {
    for (const f of [(x: Tensor) => nn.softmax(x), (x: Tensor) => nn.logSoftmax(x), (x: Tensor) => nn.softmax(x, { temperature: 0.7 })]) {
      const g = defineGraph("t", {}, (g) => void g.output("y", f(g.input("x", [2, 3])))).build();
      const r = gradcheck(g, { feeds: { x: rows.flat() } });
      expect(r.ok, r.message).toBe(true);
    }
  });

  it("rejects a non-positive temperature at the user's line", () => {
    const def = defineGraph("t", {}, (g) => void nn.softmax(g.input("x", [3]), { temperature: 0 }));
    expect(() => def.build()).toThrow(/nn-activations\.test\.ts:\d+: softmax: temperature must be a positive/);
  });
});

describe("prelu, rrelu and maxout", () => {
  it("prelu applies a per-channel slope to negative values", () => {
    const xs = [-1, 2, -3, 4, -5, -6];
    const g = defineGraph("t", {}, (g) => {
      const x = g.input("x", [2, 3]);
      g.output("y", nn.prelu(x, g.input("slope", [3])));
    }).build();
    const y = interpret(g, { feeds: { x: xs, slope: [0.1, 0.2, 0.3] }, params: {}, float: "f64" }).outputs.y!.data;
    expectClose([...y], [-0.1, 2, -0.9, 4, -1, -1.8], 14);
  });

  it("rrelu uses the mean slope at inference", () => {
    const { y, dy } = evalWithDerivative((x) => nn.rrelu(x, { lower: 0.1, upper: 0.3 }), XS);
    expectClose(y, XS.map((v) => (v > 0 ? v : 0.2 * v)));
    expectClose(dy, XS.map((v) => (v > 0 ? 1 : 0.2)));
  });

  it("rrelu draws each negative element's slope from [lower, upper] in training, anew for each counter", () => {
    const n = 4000;
    const g = defineGraph("t", {}, (g) => void g.output("y", nn.rrelu(g.input("x", [n]), { lower: 0.1, upper: 0.3, name: "act" }))).build({ mode: "train" });
    expect(g.updates).toHaveLength(1); // the counter advances each step
    const x = new Float64Array(n).fill(-1);
    x[0] = 5;
    const slopes = (counter: number) =>
      [...interpret(g, { feeds: { x }, params: { "act/rng": [counter] }, float: "f64" }).outputs.y!.data].map((v) => -v);
    const s0 = slopes(0);
    expect(s0[0]).toBe(-5); // positives pass through
    const neg = s0.slice(1);
    expect(Math.min(...neg)).toBeGreaterThanOrEqual(0.1);
    expect(Math.max(...neg)).toBeLessThan(0.3);
    expect(neg.reduce((a, b) => a + b) / neg.length).toBeCloseTo(0.2, 2);
    const s1 = slopes(1).slice(1);
    expect(s1.filter((v, i) => v !== neg[i]).length).toBeGreaterThan(n * 0.99);
  });

  it("rrelu gradchecks in training mode (fixed slopes for a fixed counter)", () => {
    const g = defineGraph("t", {}, (g) => void g.output("y", nn.rrelu(g.input("x", [XS.length])))).build({ mode: "train" });
    const r = gradcheck(g, { feeds: { x: XS } });
    expect(r.ok, r.message).toBe(true);
  });

  it("maxout takes the maximum of k consecutive channels", () => {
    const xs = [1, 5, -2, 0, 3, 3, 7, -1, -4, -6, 2, 8];
    const g = defineGraph("t", {}, (g) => void g.output("y", nn.maxout(g.input("x", [2, 6]), 3))).build();
    const y = interpret(g, { feeds: { x: xs }, params: {}, float: "f64" }).outputs.y!;
    expect(y.shape).toEqual([2, 2]);
    expect([...y.data]).toEqual([5, 3, 7, 8]);
    const r = gradcheck(g, { feeds: { x: xs.map((v, i) => v + 0.01 * i) } }); // distinct values: no ties
    expect(r.ok, r.message).toBe(true);
  });

  it("maxout rejects channels that do not split into k pieces, with the formula", () => {
    const def = defineGraph("t", {}, (g) => void nn.maxout(g.input("x", [2, 7]), 3));
    expect(() => def.build()).toThrow(GraphError);
    expect(() => def.build()).toThrow(/C % k = 7 % 3 = 1/);
  });
});

describe("activations by name", () => {
  it("a name and the function give the same graph values", () => {
    const names: nn.ActivationName[] = ["relu", "gelu", "softplus", "sigmoid", "softmax"];
    for (const name of names) {
      const byName = evalWithDerivative((x) => nn.applyActivation(x, name), XS).y;
      const byFn = evalWithDerivative((x) => nn.ACTIVATIONS[name](x), XS).y;
      expect(byName).toEqual(byFn);
    }
  });

  it("an unknown name (from untyped code) is a GraphError listing the known ones", () => {
    const def = defineGraph("t", {}, (g) => void nn.applyActivation(g.input("x", [2]), "rleu" as nn.ActivationName));
    expect(() => def.build()).toThrow(/unknown activation 'rleu'[\s\S]*hint:.*relu/);
  });
});
