// Symbolic differentiation: closed forms, the classic backprop deltas, fan-out, second order.
import { describe, expect, it } from "vitest";
import { gradients } from "../src/autodiff/gradients.ts";
import { grad } from "../src/autodiff/grad.ts";
import { gradcheck } from "../src/autodiff/gradcheck.ts";
import { defineGraph } from "../src/dsl/builder.ts";
import { concat } from "../src/dsl/ops.ts";
import type { Tensor } from "../src/dsl/tensor.ts";
import { interpret } from "../src/interp/interpret.ts";

// Defined here (not imported from src/nn) so the test has its own oracle for the formula.
const sigmoid = (t: Tensor) => t.mul(0.5).tanh().mul(0.5).add(0.5);

describe("closed forms", () => {
  it("sigmoid' = y(1-y) and tanh' = 1-y²", () => {
    const xs = [-2, -0.5, 0.1, 1.3];
    const g = defineGraph("t", {}, (g) => {
      const x = g.input("x", [4]);
      const s = sigmoid(x);
      const t = x.tanh();
      g.output("s", s);
      g.output("t", t);
      g.output("ds", gradients(s.sum(), [x])[0]!);
      g.output("dt", gradients(t.sum(), [x])[0]!);
    }).build();
    const o = interpret(g, { params: {}, feeds: { x: xs }, float: "f64" }).outputs;
    xs.forEach((_, i) => {
      const s = o.s!.data[i]!;
      const t = o.t!.data[i]!;
      expect(o.ds!.data[i]).toBeCloseTo(s * (1 - s), 12);
      expect(o.dt!.data[i]).toBeCloseTo(1 - t * t, 12);
    });
  });

  it("reproduces the textbook deltas of a 3-4-2 sigmoid network, number for number", () => {
    const x = [0.5, -0.2, 0.9];
    const t = [1, 0];
    const W1 = [0.1, -0.3, 0.2, 0.4, 0.5, 0.1, -0.2, 0.3, -0.1, 0.2, 0.3, -0.4]; // [3, 4]
    const W2 = [0.3, -0.1, 0.2, 0.4, -0.5, 0.1, 0.25, -0.3]; // [4, 2]
    const g = defineGraph("net", {}, (g) => {
      const xi = g.input("x", [1, 3]);
      const ti = g.input("t", [1, 2]);
      const a = sigmoid(xi.matmul(g.param("W1", [3, 4], { kind: "zeros" })));
      const y = sigmoid(a.matmul(g.param("W2", [4, 2], { kind: "zeros" })));
      g.loss(ti.sub(y).square().sum().mul(0.5)); // E = ½Σ(t−y)²
    }).build();
    const o = interpret(grad(g), { params: { W1, W2 }, feeds: { x, t }, float: "f64" }).outputs;

    // Forward and deltas by hand: δ_k = (t_k − y_k)·y_k(1−y_k); δ_j = a_j(1−a_j)·Σ_k δ_k·w_jk.
    const sig = (v: number) => 1 / (1 + Math.exp(-v));
    const a = [0, 1, 2, 3].map((j) => sig(x.reduce((s, xi, i) => s + xi * W1[i * 4 + j]!, 0)));
    const y = [0, 1].map((k) => sig(a.reduce((s, aj, j) => s + aj * W2[j * 2 + k]!, 0)));
    const dOut = [0, 1].map((k) => (t[k]! - y[k]!) * y[k]! * (1 - y[k]!));
    const dHid = [0, 1, 2, 3].map((j) => a[j]! * (1 - a[j]!) * (dOut[0]! * W2[j * 2]! + dOut[1]! * W2[j * 2 + 1]!));
    // ∂E/∂w_jk = −δ_k·a_j ; ∂E/∂w_ij = −δ_j·x_i
    [0, 1, 2, 3].forEach((j) =>
      [0, 1].forEach((k) => expect(o["grad/W2"]!.data[j * 2 + k]).toBeCloseTo(-dOut[k]! * a[j]!, 12)),
    );
    [0, 1, 2].forEach((i) =>
      [0, 1, 2, 3].forEach((j) => expect(o["grad/W1"]!.data[i * 4 + j]).toBeCloseTo(-dHid[j]! * x[i]!, 12)),
    );
  });
});

describe("graph structure", () => {
  it("sums fan-out adjoints", () => {
    const g = defineGraph("t", {}, (g) => {
      const x = g.input("x", [3]);
      g.output("d", gradients(x.mul(x).add(x.mul(3)).sum(), [x])[0]!); // d/dx (x² + 3x) = 2x + 3
    }).build();
    const d = interpret(g, { params: {}, feeds: { x: [1, 2, -4] }, float: "f64" }).outputs.d!;
    expect([...d.data]).toEqual([5, 7, -5]);
  });

  it("builds adjoints only for nodes between wrt and the loss, tagged with their forward node", () => {
    const g = defineGraph("t", {}, (g) => {
      const a = g.param("a", [2], { kind: "ones" });
      const b = g.param("b", [2], { kind: "ones" });
      g.loss(a.exp().sum().add(b.tanh().sum()));
    }).build();
    const gg = grad(g, { wrt: ["a"] });
    const backward = gg.nodes.filter((n) => n.origin?.role === "grad");
    expect(backward.some((n) => n.op === "tanh" || g.nodes[n.origin!.node]?.op === "tanh")).toBe(false);
    expect(backward.every((n) => n.source.file === "test/autodiff.test.ts")).toBe(true);
  });

  it("gives zeros for a wrt the loss does not depend on, and differentiates a gradient graph again", () => {
    const g = defineGraph("t", {}, (g) => {
      const x = g.input("x", [2]);
      const unused = g.param("u", [2], { kind: "ones" });
      const [dx, du] = gradients(x.pow(3).sum(), [x, unused]);
      g.output("du", du!);
      g.output("d2", gradients(dx!.sum(), [x])[0]!); // d²/dx² x³ = 6x
    }).build();
    const o = interpret(g, { params: { u: [1, 1] }, feeds: { x: [2, -1] }, float: "f64" }).outputs;
    expect([...o.du!.data]).toEqual([0, 0]);
    expect([...o.d2!.data]).toEqual([expect.closeTo(12, 10), expect.closeTo(-6, 10)]);
  });

  it("computes a Hessian-vector product of a small MLP that matches finite differences of its gradient", () => {
    const W = [0.2, -0.4, 0.7, 0.1, -0.3, 0.5]; // [3, 2]
    const V = [0.3, 0.1, -0.2, 0.6, -0.5, 0.4];
    const x = [0.5, -1.2, 0.8, 0.3, 0.9, -0.7]; // [2, 3]
    const build = (withHvp: boolean) =>
      defineGraph("mlp", {}, (g) => {
        const w = g.param("W", [3, 2], { kind: "zeros" });
        const h = g.input("x", [2, 3]).matmul(w).tanh();
        const loss = h.square().sum().add(h.mul(h.exp()).mean());
        const [gw] = gradients(loss, [w]);
        g.output("g", gw!);
        if (withHvp) g.output("hv", gradients(gw!.mul(g.constant(V, [3, 2])).sum(), [w])[0]!);
      }).build();
    const hv = interpret(build(true), { params: { W }, feeds: { x }, float: "f64" }).outputs.hv!.data;
    const eps = 1e-6;
    const gradAt = (w: number[]) => interpret(build(false), { params: { W: w }, feeds: { x }, float: "f64" }).outputs.g!.data;
    const up = gradAt(W.map((w, i) => w + eps * V[i]!));
    const down = gradAt(W.map((w, i) => w - eps * V[i]!));
    W.forEach((_, i) => expect(hv[i]).toBeCloseTo((up[i]! - down[i]!) / (2 * eps), 6));
  });
});

describe("reductions and movement", () => {
  const cases: [string, (x: Tensor) => Tensor][] = [
    ["sum over axes, keepDims", (x) => x.sum([0, 2], true)],
    ["mean", (x) => x.mean(1)],
    ["max (distinct values)", (x) => x.max(2)],
    ["min", (x) => x.min([0, 1])],
    ["reshape", (x) => x.reshape([6, 2])],
    ["transpose", (x) => x.transpose([2, 0, 1])],
    ["broadcast", (x) => x.reshape([2, 3, 2, 1]).broadcastTo([2, 3, 2, 4])],
    ["slice", (x) => x.slice([0, 1, 0], [2, 2, 1])],
    ["pad", (x) => x.pad([[1, 0], [0, 2], [1, 1]], 0.5)],
    ["concat", (x) => concatOf(x)],
  ];
  it.each(cases)("%s has a correct gradient", (_n, f) => {
    const g = defineGraph("t", {}, (g) => void g.output("y", f(g.input("x", [2, 3, 2])))).build();
    const r = gradcheck(g);
    expect(r.ok, r.message).toBe(true);
  });
  it("reference values", () => {
    const x = [1, 5, 2, 8, 3, 4, 9, 0, 7, 6, 11, 10]; // [2, 3, 2]
    const run = (f: (t: Tensor) => Tensor) =>
      [...interpret(defineGraph("t", {}, (g) => void g.output("y", f(g.input("x", [2, 3, 2])))).build(), { params: {}, feeds: { x } }).outputs.y!.data];
    expect(run((t) => t.sum(2))).toEqual([6, 10, 7, 9, 13, 21]);
    expect(run((t) => t.max([0, 2]))).toEqual([9, 8, 11]);
    expect(run((t) => t.argmax(1).cast("f32"))).toEqual([2, 1, 2, 2]);
    expect(run((t) => t.transpose([1, 0, 2]).slice([0, 1, 0], [1, 1, 2]))).toEqual([9, 0]);
    expect(run((t) => t.slice([1, 2, 1], [1, 1, 1]).pad([[1, 1]].concat([[0, 0], [0, 0]]) as [number, number][], -1))).toEqual([-1, 10, -1]);
  });
});

function concatOf(x: Tensor): Tensor {
  return concat([x, x.mul(2).slice([0, 0, 0], [2, 3, 1])], 2);
}
