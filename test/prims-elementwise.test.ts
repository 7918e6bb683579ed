// Elementwise primitives: reference values against Math, broadcasting, and gradient checks.
import { describe, expect, it } from "vitest";
import { grad } from "../src/autodiff/grad.ts";
import { gradcheck } from "../src/autodiff/gradcheck.ts";
import { defineGraph } from "../src/dsl/builder.ts";
import { where } from "../src/dsl/ops.ts";
import type { Tensor } from "../src/dsl/tensor.ts";
import { interpret } from "../src/interp/interpret.ts";

const X = [0.3, 1.7, 0.9, 2.4, 0.5, 1.1]; // positive and away from kinks, so log/sqrt/pow are defined
const Y = [1.2, 0.4, 2.2, 0.8, 1.9, 0.6];

function run(f: (x: Tensor, y: Tensor) => Tensor, shapes: [number[], number[]] = [[2, 3], [2, 3]], x = X, y = Y) {
  const g = defineGraph("t", {}, (g) => void g.output("out", f(g.input("x", shapes[0]), g.input("y", shapes[1])))).build();
  return { g, out: interpret(g, { params: {}, feeds: { x, y }, float: "f64" }).outputs.out! };
}

const unary: [string, (t: Tensor) => Tensor, (v: number) => number][] = [
  ["neg", (t) => t.neg(), (v) => -v],
  ["abs", (t) => t.sub(1).abs(), (v) => Math.abs(v - 1)],
  ["exp", (t) => t.exp(), Math.exp],
  ["log", (t) => t.log(), Math.log],
  ["sqrt", (t) => t.sqrt(), Math.sqrt],
  ["tanh", (t) => t.tanh(), Math.tanh],
  ["square", (t) => t.square(), (v) => v * v],
  ["reciprocal", (t) => t.reciprocal(), (v) => 1 / v],
];

const binary: [string, (a: Tensor, b: Tensor) => Tensor, (a: number, b: number) => number][] = [
  ["add", (a, b) => a.add(b), (a, b) => a + b],
  ["sub", (a, b) => a.sub(b), (a, b) => a - b],
  ["mul", (a, b) => a.mul(b), (a, b) => a * b],
  ["div", (a, b) => a.div(b), (a, b) => a / b],
  ["pow", (a, b) => a.pow(b), Math.pow],
  ["maximum", (a, b) => a.maximum(b), Math.max],
  ["minimum", (a, b) => a.minimum(b), Math.min],
];

describe.each(unary)("%s", (_name, f, ref) => {
  it("matches Math", () => {
    const { out } = run((x) => f(x));
    expect([...out.data]).toEqual(X.map(ref).map((v) => expect.closeTo(v, 12)));
  });
  it("has a correct gradient", () => {
    const { g } = run((x) => f(x));
    const r = gradcheck(g, { feeds: { x: X, y: Y }, wrt: ["x"] });
    expect(r.ok, r.message).toBe(true);
  });
});

describe.each(binary)("%s", (_name, f, ref) => {
  it("matches Math, with broadcasting", () => {
    const { out } = run(f, [[2, 3], [3]], X, [1.2, 0.4, 2.2]);
    expect(out.shape).toEqual([2, 3]);
    expect([...out.data]).toEqual(X.map((v, i) => expect.closeTo(ref(v, [1.2, 0.4, 2.2][i % 3]!), 12)));
  });
  it("has correct gradients, summed over broadcast axes", () => {
    const { g } = run(f, [[2, 3], [2, 1]], X, [1.3, 0.7]);
    const r = gradcheck(g, { feeds: { x: X, y: [1.3, 0.7] } });
    expect(r.ok, r.message).toBe(true);
  });
});

describe("compare, where, cast, sign, stopGradient", () => {
  it("compare gives 0/1 masks", () => {
    const { out } = run((x, y) => x.lt(y));
    expect([...out.data]).toEqual(X.map((v, i) => (v < Y[i]! ? 1 : 0)));
  });
  it("where selects and routes gradients to the chosen branch", () => {
    const { out, g } = run((x, y) => where(x.gt(1), x.mul(2), y.mul(3)));
    expect([...out.data]).toEqual(X.map((v, i) => expect.closeTo(v > 1 ? 2 * v : 3 * Y[i]!, 12)));
    const r = gradcheck(g, { feeds: { x: X, y: Y } });
    expect(r.ok, r.message).toBe(true);
  });
  it("cast truncates toward zero and back", () => {
    const { out } = run((x) => x.sub(1.5).cast("i32").cast("f32"));
    expect([...out.data]).toEqual(X.map((v) => Math.trunc(v - 1.5) + 0)); // + 0: an i32 has no −0
  });
  it("stopGradient passes values but no gradient", () => {
    const g = defineGraph("t", {}, (g) => {
      const x = g.input("x", [6]);
      g.loss(x.mul(x.stopGradient()).sum());
    }).build();
    const grads = interpret(grad(g, { wrt: ["x"] }), { params: {}, feeds: { x: X }, float: "f64" }).outputs["grad/x"]!;
    expect([...grads.data]).toEqual(X.map((v) => expect.closeTo(v, 12))); // d(x·c)/dx = c = x, not 2x
  });
  it("rejects mixed dtypes with a hint to cast", () => {
    expect(() =>
      defineGraph("t", {}, (g) => void g.input("a", [2]).add(g.input("b", [2], "i32"))).build(),
    ).toThrow(/dtypes differ \(f32 vs i32\)[\s\S]*cast/);
  });
});

