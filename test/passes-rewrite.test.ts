// simplify, cse and dce on small graphs: what each guarantees, checked on the IR alone (nothing runs).
import { describe, expect, it } from "vitest";
import type { GraphBuilder } from "../src/dsl/builder.ts";
import { defineGraph } from "../src/dsl/builder.ts";
import { randomUniform } from "../src/dsl/ops.ts";
import type { Graph, Node } from "../src/ir/types.ts";
import { cse } from "../src/passes/cse.ts";
import { dce } from "../src/passes/dce.ts";
import { simplify } from "../src/passes/simplify.ts";

const build = (body: (g: GraphBuilder) => void) => defineGraph("t", {}, body).build();
const outputNode = (g: Graph, name = "out"): Node => g.nodes[g.outputs.find((o) => o.name === name)!.node]!;
const ops = (g: Graph) => g.nodes.map((n) => n.op);

/** Ids are dense and every input precedes its consumer. */
function expectWellFormed(g: Graph): void {
  g.nodes.forEach((n, i) => {
    expect(n.id).toBe(i);
    for (const j of n.inputs) expect(j).toBeLessThan(i);
  });
}

describe("simplify", () => {
  it.each([
    ["x + 0", (x: ReturnType<GraphBuilder["input"]>) => x.add(0)],
    ["0 + x", (x: ReturnType<GraphBuilder["input"]>) => x.builder.constant(0).add(x)],
    ["x - 0", (x: ReturnType<GraphBuilder["input"]>) => x.sub(0)],
    ["x * 1", (x: ReturnType<GraphBuilder["input"]>) => x.mul(1)],
    ["1 * x", (x: ReturnType<GraphBuilder["input"]>) => x.builder.constant(1).mul(x)],
    ["x / 1", (x: ReturnType<GraphBuilder["input"]>) => x.div(1)],
    ["neg(neg(x))", (x: ReturnType<GraphBuilder["input"]>) => x.neg().neg()],
    ["reshape to own shape", (x: ReturnType<GraphBuilder["input"]>) => x.reshape([2, 3])],
    ["broadcast to own shape", (x: ReturnType<GraphBuilder["input"]>) => x.broadcastTo([2, 3])],
    ["transpose(transpose(x))", (x: ReturnType<GraphBuilder["input"]>) => x.transpose().transpose()],
    ["reshape(reshape(x)) back", (x: ReturnType<GraphBuilder["input"]>) => x.reshape([6]).reshape([2, 3])],
  ])("%s → x", (_name, f) => {
    const g = simplify(build((g) => g.output("out", f(g.input("x", [2, 3])))));
    expect(outputNode(g).op).toBe("input");
    expectWellFormed(g);
  });

  it("keeps x * 0 (it is NaN for x = ±∞ or NaN) and x + 0 that broadcasts x to a bigger shape", () => {
    const g = simplify(
      build((g) => {
        const x = g.input("x", [3]);
        g.output("zero", x.mul(0));
        g.output("wide", x.add(g.constant(0, [2, 3])));
      }),
    );
    expect(outputNode(g, "zero").op).toBe("mul");
    expect(outputNode(g, "wide").op).toBe("add");
    expect(outputNode(g, "wide").shape).toEqual([2, 3]);
  });

  it("collapses reshape chains and composes transposes", () => {
    const g = simplify(
      build((g) => {
        const x = g.input("x", [2, 3, 4]);
        g.output("r", x.reshape([6, 4]).reshape([24]));
        g.output("t", x.transpose([1, 0, 2]).transpose([0, 2, 1]));
      }),
    );
    const r = outputNode(g, "r");
    expect(r.op).toBe("reshape");
    expect(g.nodes[r.inputs[0]!]!.op).toBe("input");
    const t = outputNode(g, "t");
    expect(t.op === "transpose" && t.attrs.perm).toEqual([1, 2, 0]);
    expect(g.nodes[t.inputs[0]!]!.op).toBe("input");
  });

  it("folds small constant subgraphs with the reference rules (float32)", () => {
    const g = simplify(
      build((g) => {
        const c = g.constant([1, 2, 3], [3]).mul(g.constant(2)).add(g.constant(0.1));
        g.output("out", c);
        g.output("uniform", g.constant(2).mul(g.constant(3)));
      }),
    );
    const folded = outputNode(g);
    expect(folded.op === "const" && folded.attrs.value).toEqual([2.0999999046325684, 4.099999904632568, 6.099999904632568]);
    const uniform = outputNode(g, "uniform");
    expect(uniform.op === "const" && uniform.attrs.value).toBe(6);
  });

  it("does not fold constants bigger than FOLD_LIMIT, or random values", () => {
    const g = simplify(
      build((g) => {
        g.output("big", g.constant(1, [300]).mul(2));
        g.output("rand", randomUniform(g.constant(0, [], "i32"), [2], 5));
      }),
    );
    expect(outputNode(g, "big").op).toBe("mul");
    expect(outputNode(g, "rand").op).toBe("randomUniform");
  });
});

describe("cse", () => {
  it("merges nodes with the same op, inputs and attrs, and keeps the first", () => {
    const g = cse(
      build((g) => {
        const x = g.input("x", [4]);
        g.output("a", x.exp().add(1));
        g.output("b", x.exp().add(1));
        g.output("c", x.sum([0], true));
        g.output("d", x.sum([0], false));
      }),
    );
    expect(outputNode(g, "a").id).toBe(outputNode(g, "b").id);
    expect(outputNode(g, "c").id).not.toBe(outputNode(g, "d").id);
    expect(ops(g).filter((o) => o === "exp")).toHaveLength(1);
    expectWellFormed(g);
  });

  it("never merges random values with different seeds, nor distinct inputs or params", () => {
    const g = cse(
      build((g) => {
        const k = g.input("k", [], "i32");
        g.output("r1", randomUniform(k, [3], 1));
        g.output("r2", randomUniform(k, [3], 2));
        g.output("r3", randomUniform(k, [3], 1));
        g.output("x", g.input("x", [3]).add(g.input("y", [3])));
        g.output("p", g.param("p", [3], { kind: "zeros" }).add(g.param("q", [3], { kind: "zeros" })));
      }),
    );
    expect(outputNode(g, "r1").id).not.toBe(outputNode(g, "r2").id);
    expect(outputNode(g, "r1").id).toBe(outputNode(g, "r3").id); // same seed and counter: the same bits
    expect(ops(g).filter((o) => o === "input")).toHaveLength(3);
    expect(ops(g).filter((o) => o === "param")).toHaveLength(2);
  });
});

describe("dce", () => {
  it("drops values nothing observes, keeps every input, param, output, loss and update", () => {
    const g = dce(
      build((g) => {
        const x = g.input("x", [3]);
        g.input("unused", [2]);
        const w = g.param("w", [3], { kind: "zeros" });
        g.state("s", [], { kind: "zeros" }, "i32");
        x.exp().tanh(); // dead
        const y = x.mul(w);
        g.output("y", y);
        g.loss(y.sum());
        g.update(w, w.sub(x.mul(0.1)));
      }),
    );
    expect(ops(g)).not.toContain("exp");
    expect(ops(g)).not.toContain("tanh");
    expect(ops(g).filter((o) => o === "input")).toHaveLength(2);
    expect(ops(g).filter((o) => o === "param")).toHaveLength(2);
    expect(g.nodes[g.loss!]!.op).toBe("reduceSum");
    expect(g.nodes[g.updates[0]!.value]!.op).toBe("sub");
    expectWellFormed(g);
  });
});
