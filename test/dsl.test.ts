// The DSL: shapes inferred at the call, errors located on the user's own line.
import { describe, expect, it } from "vitest";
import { defineGraph } from "../src/dsl/builder.ts";
import { GraphError } from "../src/ir/errors.ts";
import { formatGraph } from "../src/ir/print.ts";

/** The line of the caller of this helper, to compare with error locations. */
function lineHere(): number {
  const frame = new Error().stack!.split("\n")[2]!;
  return Number(/:(\d+):\d+\)?$/.exec(frame)![1]);
}

function errorOf(fn: () => unknown): GraphError {
  try {
    fn();
  } catch (e) {
    if (e instanceof GraphError) return e;
    throw e;
  }
  throw new Error("expected a GraphError");
}

describe("shape inference at the DSL call", () => {
  it("infers broadcast shapes", () => {
    const g = defineGraph("t", {}, (g) => {
      const a = g.input("a", [2, 1, 3]);
      const b = g.input("b", [4, 1]);
      g.output("y", a.add(b));
    }).build();
    expect(g.nodes[g.outputs[0]!.node]!.shape).toEqual([2, 4, 3]);
  });

  it("binds symbolic dimensions at build time", () => {
    const def = defineGraph("t", { N: 8 }, (g) => {
      g.output("y", g.input("x", ["N", 3]).sum(1));
    });
    expect(def.build().nodes.at(-1)!.shape).toEqual([8]);
    expect(def.build({ bindings: { N: 2 } }).nodes.at(-1)!.shape).toEqual([2]);
  });

  it("reports a broadcast clash on the user's line with the formula and a hint", () => {
    let line = 0;
    const e = errorOf(() =>
      defineGraph("t", {}, (g) => {
        const a = g.input("a", [2, 3]);
        const b = g.input("b", [4]);
        line = lineHere() + 1;
        a.add(b);
      }).build(),
    );
    expect(e.source.file).toBe("test/dsl.test.ts");
    expect(e.source.line).toBe(line);
    expect(e.message).toContain("add");
    expect(e.message).toContain("f32[2,3], f32[4]");
    expect(e.message).toContain("3 vs 4");
    expect(e.message).toContain("hint");
  });

  it("rejects an unbound symbol, a duplicate name, a bad reshape and a non-scalar loss", () => {
    expect(() => defineGraph("t", {}, (g) => void g.input("x", ["N", 2])).build()).toThrow(/symbol "N" has no value/);
    expect(() =>
      defineGraph("t", {}, (g) => {
        g.input("x", [1]);
        g.input("x", [1]);
      }).build(),
    ).toThrow(/already used/);
    expect(() => defineGraph("t", {}, (g) => void g.input("x", [2, 3]).reshape([4, -1])).build()).toThrow(/cannot reshape/);
    expect(() => defineGraph("t", {}, (g) => void g.loss(g.input("x", [2]))).build()).toThrow(/must be an f32 scalar/);
    expect(() => defineGraph("t", {}, (g) => void g.input("x", [2, 3]).sum(2)).build()).toThrow(/axis 2 is out of range/);
    expect(() => defineGraph("t", {}, (g) => void g.input("x", [2.5])).build()).toThrow(/dimension 0 is 2.5/);
  });

  it("rejects mixing tensors of two graphs", () => {
    let other: import("../src/dsl/tensor.ts").Tensor | undefined;
    defineGraph("a", {}, (g) => void (other = g.input("x", [1]))).build();
    expect(() => defineGraph("b", {}, (g) => void g.input("y", [1]).add(other!)).build()).toThrow(/belongs to another graph/);
  });

  it("prints one line per node with its type and source line", () => {
    const g = defineGraph("t", {}, (g) => {
      const x = g.input("x", [2, 3]);
      const w = g.param("w", [3, 4], { kind: "zeros" });
      g.output("y", x.matmul(w).tanh());
    }).build();
    const text = formatGraph(g);
    expect(text).toMatch(/%2 = matmul\(%0, %1\) transposeA=false transposeB=false : f32\[2,4\] +test\/dsl\.test\.ts:\d+/);
    expect(text).toContain('%1 = param "w" init={kind:zeros} trainable=true : f32[3,4]');
  });
});
