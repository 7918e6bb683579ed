// gather and scatterAdd: hand-worked values, repeated indices summed, shape errors at the user's line,
// gradient checks over axes and index ranks, out-of-range indices (an IndexError in the interpreter;
// checked feeds by default in compiled programs, clamping/dropping kernels with the check off), and the
// SIMD path of an embedding lookup on wasm.
import { describe, expect, it } from "vitest";
import { gradcheck } from "../src/autodiff/gradcheck.ts";
import { compileWasm } from "../src/codegen/wasm/compile.ts";
import { emitWasmVariants } from "../src/codegen/wasm/compile.ts";
import { compile } from "../src/compile.ts";
import { defineGraph } from "../src/dsl/builder.ts";
import { gather, scatterAdd } from "../src/dsl/ops.ts";
import { GraphError } from "../src/ir/errors.ts";
import { interpret } from "../src/interp/interpret.ts";
import { planProgram } from "../src/passes/lower.ts";
import { IndexError } from "../src/runtime/feeds.ts";

const iota = (n: number) => Array.from({ length: n }, (_, i) => i);

function evalGather(tableShape: number[], table: number[], idsShape: number[], ids: number[], axis = 0) {
  const g = defineGraph("t", {}, (g) => void g.output("out", gather(g.input("table", tableShape), g.input("ids", idsShape, "i32"), axis))).build();
  const out = interpret(g, { feeds: { table, ids: Int32Array.from(ids) }, params: {}, float: "f64" }).outputs.out!;
  return { shape: [...out.shape], data: [...out.data] };
}

describe("gather by hand", () => {
  it("axis 0 picks rows: table [4,2], ids [[1,3],[1,0]] → [2,2,2]", () => {
    expect(evalGather([4, 2], iota(8), [2, 2], [1, 3, 1, 0])).toEqual({ shape: [2, 2, 2], data: [2, 3, 6, 7, 2, 3, 0, 1] });
  });
  it("axis 1 picks columns of each row", () => {
    expect(evalGather([2, 3], iota(6), [2], [2, 0], 1)).toEqual({ shape: [2, 2], data: [2, 0, 5, 3] });
  });
  it("a rank-0 index drops the axis", () => {
    expect(evalGather([3, 2], iota(6), [], [2])).toEqual({ shape: [2], data: [4, 5] });
  });
  it("negative axis counts from the end", () => {
    expect(evalGather([2, 3], iota(6), [1], [1], -1)).toEqual({ shape: [2, 1], data: [1, 4] });
  });
});

describe("scatterAdd by hand", () => {
  it("sums updates whose indices repeat; rows nobody names stay 0", () => {
    const g = defineGraph("t", {}, (g) => void g.output("out", scatterAdd(g.input("u", [4, 2]), g.input("ids", [4], "i32"), [3, 2]))).build();
    const out = interpret(g, { feeds: { u: [1, 2, 10, 20, 100, 200, 5, 6], ids: Int32Array.of(2, 0, 2, 2) }, params: {} }).outputs.out!;
    expect([...out.data]).toEqual([10, 20, 0, 0, 1 + 100 + 5, 2 + 200 + 6]);
  });
});

describe("errors", () => {
  it("f32 indices are a GraphError at the user's line with a hint", () => {
    let err: unknown;
    try {
      defineGraph("t", {}, (g) => void g.output("o", gather(g.input("t", [3, 2]), g.input("i", [2])))).build();
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(GraphError);
    expect((err as Error).message).toMatch(/^test\/prims-gather\.test\.ts:\d+: gather: gather: indices must be i32/);
    expect((err as Error).message).toContain('hint:    cast them with .cast("i32")');
  });
  it("an axis beyond the table's rank", () => {
    expect(() => defineGraph("t", {}, (g) => void g.output("o", gather(g.input("t", [3, 2]), g.input("i", [2], "i32"), 2))).build()).toThrow(/axis 2 is out of range for a table of rank 2/);
  });
  it("scatterAdd updates of the wrong shape", () => {
    expect(() => defineGraph("t", {}, (g) => void g.output("o", scatterAdd(g.input("u", [2, 3]), g.input("i", [2], "i32"), [5, 2]))).build()).toThrow(
      /updates \[2,3\] do not match gathering \[5,2\] by indices \[2\]/,
    );
  });
  it("the interpreter reports an out-of-range index at the op's source line", () => {
    expect(() => evalGather([4, 2], iota(8), [3], [1, 4, 0])).toThrow(IndexError);
    expect(() => evalGather([4, 2], iota(8), [3], [1, 4, 0])).toThrow(/prims-gather\.test\.ts:\d+: gather: index 4 at flat position 1 of indices \[3\] is out of range \[0, 4\)/);
    expect(() => evalGather([4, 2], iota(8), [1], [-1])).toThrow(/index -1/);
  });
});

describe("gradcheck", () => {
  const cases: [string, number[], number[], number[], number][] = [
    ["axis 0, repeated ids", [5, 3], [2, 3], [4, 1, 4, 0, 4, 2], 0],
    ["axis 1 of a 3-d table", [2, 4, 3], [3], [3, 3, 0], 1],
    ["last axis", [3, 4], [2, 2], [1, 0, 3, 1], 1],
    ["rank-0 index", [4, 3], [], [2], 0],
  ];
  it.each(cases)("gather %s (w.r.t. the table)", (_n, ts, is, ids, axis) => {
    const g = defineGraph("t", {}, (g) => void g.output("o", gather(g.input("table", ts), g.input("ids", is, "i32"), axis).tanh())).build();
    const r = gradcheck(g, { feeds: { ids: Int32Array.from(ids) }, wrt: ["table"], seed: 2 });
    expect(r.ok, r.message).toBe(true);
    expect(r.checked).toBeGreaterThan(0);
  });
  it.each(cases)("scatterAdd %s (w.r.t. the updates)", (_n, ts, is, ids, axis) => {
    const us = [...ts.slice(0, axis), ...is, ...ts.slice(axis + 1)];
    const g = defineGraph("t", {}, (g) => void g.output("o", scatterAdd(g.input("u", us), g.input("ids", is, "i32"), ts, axis).square())).build();
    const r = gradcheck(g, { feeds: { ids: Int32Array.from(ids) }, wrt: ["u"], seed: 3 });
    expect(r.ok, r.message).toBe(true);
  });
});

describe("out-of-range indices in compiled programs", () => {
  const embed = defineGraph("embed", {}, (g) => {
    const ids = g.input("ids", [2, 3], "i32");
    const table = g.input("table", [5, 4]);
    g.output("rows", gather(table, ids));
    g.output("grad", scatterAdd(g.input("dy", [2, 3, 4]), ids, [5, 4]));
  }).build();
  const table = Float32Array.from(iota(20));
  const dy = Float32Array.from({ length: 24 }, () => 1);

  it.each(["ts", "wasm"] as const)("%s: checked by default, an IndexError naming the input, the position and the op's line", async (backend) => {
    const p = await compile(embed, { backend });
    expect(() => p.run("embed", { ids: Int32Array.of(0, 1, 2, 3, 5, 1), table, dy })).toThrow(IndexError);
    expect(() => p.run("embed", { ids: Int32Array.of(0, 1, -2, 3, 4, 1), table, dy })).toThrow(
      /embed\.embed: input 'ids' holds -2 at flat position 2, outside \[0, 5\) of the (gather|scatterAdd) at test\/prims-gather\.test\.ts:\d+/,
    );
  });

  it.each(["ts", "wasm"] as const)("%s: unchecked, gather clamps and scatterAdd drops (never outside the table)", async (backend) => {
    const p = await compile(embed, { backend });
    p.checkIndices = false;
    const out = p.run("embed", { ids: Int32Array.of(0, 7, -3, 4, 4, 1), table, dy });
    const rowOf = (r: number) => [4 * r, 4 * r + 1, 4 * r + 2, 4 * r + 3];
    expect([...out.rows!.data]).toEqual([0, 4, 0, 4, 4, 1].flatMap(rowOf));
    // in range: 0 once, 4 twice, 1 once; 7 and -3 dropped
    expect([...out.grad!.data]).toEqual([1, 1, 0, 0, 0].flatMap((k, r) => (r === 4 ? [2, 2, 2, 2] : [k, k, k, k])));
  });

  it("wasm: an embedding lookup with rows of 8 is one SIMD load per four floats", () => {
    const g = defineGraph("lookup", {}, (g) => void g.output("o", gather(g.input("table", [10, 8]), g.input("ids", [4, 6], "i32")).mul(2))).build();
    const wat = emitWasmVariants(planProgram({ lookup: g }), { name: "lookup" }).plain.text ?? "";
    const kernel = wat.slice(wat.indexOf("(func $k0_gather_mul"), wat.indexOf("(func ", wat.indexOf("(func $k0_gather_mul") + 1));
    expect(kernel).toContain("v128.load");
    expect(kernel).toContain("f32x4.mul");
    expect(compileWasm(g).run("lookup", { table: new Float32Array(80), ids: new Int32Array(24) }).o!.shape).toEqual([4, 6, 8]);
  });
});
