// The memory plan and linking: liveness-based sharing, in-place reuse, in-place updates, the
// persistent region shared by name, and the reported sizes. IR only: nothing runs.
import { describe, expect, it } from "vitest";
import { grad } from "../src/autodiff/grad.ts";
import type { GraphBuilder } from "../src/dsl/builder.ts";
import { defineGraph } from "../src/dsl/builder.ts";
import { conv2d, maxPool } from "../src/dsl/ops.ts";
import { lowerToPlan, planProgram } from "../src/passes/lower.ts";
import type { Buffer, Plan } from "../src/passes/plan.ts";
import { ALIGN } from "../src/passes/plan.ts";

const graph = (body: (g: GraphBuilder) => void, name = "t") => defineGraph(name, {}, body).build();
const bytes = (b: Buffer) => Math.ceil((b.size * 4) / ALIGN) * ALIGN;
const overlaps = (a: Buffer, b: Buffer) => a.address < b.address + bytes(b) && b.address < a.address + bytes(a);
const bufferOfOutput = (p: Plan, name: string) => p.buffers[p.outputs.find((o) => o.name === name)!.buffer]!;

/** Buffers that share bytes never hold live values at the same time (except an in-place hand-over or a view). */
function expectNoLiveOverlap(p: Plan): void {
  const scratch = p.buffers.filter((b) => b.region === "scratch");
  for (const v of scratch) if (v.viewOf !== undefined) expect(p.buffers[v.viewOf]!.to).toBeGreaterThanOrEqual(v.to);
  for (const a of scratch) {
    expect(a.address % ALIGN).toBe(0);
    for (const b of scratch) {
      if (a.id >= b.id || !overlaps(a, b)) continue;
      const rootOf = (x: Buffer) => x.viewOf ?? x.id;
      if (rootOf(a) === rootOf(b)) continue; // a view and its source: the same bytes by design
      const handOver = (x: Buffer, y: Buffer) => y.inPlaceOf === x.id && x.to === y.from;
      const disjoint = a.to < b.from || b.to < a.from;
      expect(disjoint || handOver(a, b) || handOver(b, a), `${a.label} [${a.from},${a.to}] and ${b.label} [${b.from},${b.to}] share bytes`).toBe(true);
    }
  }
}

const deep = graph((g) => {
  let h = g.input("x", [8, 16]);
  for (let i = 0; i < 6; i++) h = h.matmul(g.param(`fc${i}/w`, [16, 16], { kind: "zeros" })).tanh().matmul(g.param(`fc${i}/v`, [16, 16], { kind: "zeros" }));
  g.output("y", h);
});

describe("memory plan", () => {
  it("reuses scratch memory across a deep chain and reports arena ≤ sum without reuse, peak ≤ arena", () => {
    const p = lowerToPlan(deep);
    expectNoLiveOverlap(p);
    const m = p.memory;
    expect(m.scratchBytes).toBeLessThan(m.unplannedBytes - m.persistentBytes);
    // Input, two live temporaries and the output at most: 4 buffers of 8·16·4 bytes.
    expect(m.scratchBytes).toBeLessThanOrEqual(4 * 8 * 16 * 4);
    expect(m.peakLiveBytes).toBeLessThanOrEqual(m.arenaBytes);
    expect(m.arenaBytes).toBe(m.persistentBytes + m.scratchBytes);
    expect(m.persistentBytes).toBe(12 * 16 * 16 * 4);
  });

  it("puts params in the persistent region before scratch, inputs live from the start, outputs to the end", () => {
    const p = lowerToPlan(deep);
    for (const b of p.buffers) {
      if (b.kind === "param") expect(b.address + bytes(b)).toBeLessThanOrEqual(p.memory.persistentBytes);
      else expect(b.address).toBeGreaterThanOrEqual(p.memory.persistentBytes);
    }
    const x = p.buffers[p.inputs[0]!.buffer]!;
    expect(x.from).toBe(-1);
    expect(bufferOfOutput(p, "y").to).toBe(p.kernels.length);
  });

  it("writes a pure elementwise kernel's result over the input it reads last", () => {
    const p = lowerToPlan(graph((g) => void g.output("y", g.input("x", [4, 4]).exp().add(1))));
    const y = bufferOfOutput(p, "y");
    const x = p.buffers[p.inputs[0]!.buffer]!;
    expect(y.inPlaceOf).toBe(x.id);
    expect(y.address).toBe(x.address);
    expect(p.memory.scratchBytes).toBe(64);
  });

  it("makes a reshape of a scratch value a view (same bytes, no copy) and keeps the source live for it", () => {
    const p = lowerToPlan(
      graph((g) => {
        const pooled = maxPool(g.input("x", [2, 4, 4, 3]), { window: 2 });
        g.output("y", pooled.reshape([2, 12]).matmul(g.input("w", [12, 5])));
      }),
    );
    const view = p.kernels.find((k) => k.view)!;
    expect(p.graph.nodes[view.output]!.op).toBe("reshape");
    const reshaped = p.buffers[p.bufferOf[view.output]!]!;
    const source = p.buffers[p.bufferOf[view.inputs[0]!]!]!;
    expect(reshaped.viewOf).toBe(source.id);
    expect(reshaped.address).toBe(source.address);
    expectNoLiveOverlap(p);
  });

  it("computes an SGD update straight into its param when that kernel is the param's last reader", () => {
    const p = lowerToPlan(
      graph((g) => {
        const w = g.param("w", [3], { kind: "zeros" });
        g.output("loss", w.mul(g.input("x", [3])).sum());
        g.update(w, w.sub(g.input("dw", [3]).mul(0.1)));
      }),
    );
    expect(p.updates).toEqual([]);
    const value = p.buffers.find((b) => b.inPlaceOf !== undefined && b.region === "persistent")!;
    const w = p.buffers.find((b) => b.kind === "param")!;
    expect(value.address).toBe(w.address);
    // The loss kernel reads w before the update kernel overwrites it.
    const readers = p.kernels.filter((k) => k.inputs.includes(w.node)).map((k) => k.id);
    expect(Math.max(...readers)).toBe(p.kernels.findIndex((k) => k.output === value.node));
  });

  it("copies an update after the kernels when a later kernel still reads the old param", () => {
    const p = lowerToPlan(
      graph((g) => {
        const w = g.param("w", [3], { kind: "zeros" });
        const next = w.sub(g.input("dw", [3]).mul(0.1));
        g.update(w, next);
        g.output("after", next.add(w).exp().sum());
      }),
    );
    expect(p.updates).toHaveLength(1);
    const u = p.updates[0]!;
    expect(p.buffers[u.param]!.region).toBe("persistent");
    expect(p.buffers[u.value]!.region).toBe("scratch");
  });

  it("plans a CNN gradient graph without overlapping live buffers", () => {
    const def = defineGraph("cnn", {}, (g) => {
      const x = g.input("x", [2, 8, 8, 1]);
      const h = conv2d(x, g.param("c/w", [3, 3, 1, 4], { kind: "zeros" }), { padding: "SAME" }).maximum(0);
      g.loss(maxPool(h, { window: 2 }).reshape([2, -1]).matmul(g.param("fc/w", [64, 3], { kind: "zeros" })).square().mean());
    });
    expectNoLiveOverlap(lowerToPlan(grad(def.build())));
  });
});

describe("linking entries", () => {
  const forward = graph((g) => void g.output("y", g.input("x", [2, 3]).matmul(g.param("w", [3, 4], { kind: "zeros" }))), "forward");
  const train = graph((g) => {
    const w = g.param("w", [3, 4], { kind: "zeros" });
    const s = g.state("step", [], { kind: "zeros" }, "i32");
    g.update(s, s.add(1));
    g.update(w, w.mul(0.5));
  }, "train");

  it("shares a param by name between entries and starts every scratch region after the persistent one", () => {
    const program = planProgram({ forward, trainStep: train });
    const addressOf = (p: Plan, name: string) => p.buffers.find((b) => b.param?.name === name)!.address;
    const [f, t] = program.entries as [Plan, Plan];
    expect(addressOf(f, "w")).toBe(addressOf(t, "w"));
    expect(program.persistent.map((s) => s.name).sort()).toEqual(["step", "w"]);
    const persistentEnd = Math.max(...program.persistent.map((s) => s.address + s.shape.reduce((a, b) => a * b, 1) * 4));
    for (const p of [f, t]) for (const b of p.buffers) if (b.region === "scratch") expect(b.address).toBeGreaterThanOrEqual(persistentEnd);
    expect(program.arenaBytes).toBeGreaterThanOrEqual(persistentEnd);
  });

  it("refuses a param whose shape differs between entries, naming both", () => {
    const other = graph((g) => void g.output("y", g.param("w", [4, 4], { kind: "zeros" }).sum()), "other");
    expect(() => planProgram({ forward, other })).toThrow(/param 'w' is f32\[3,4\] in entry 'forward' but f32\[4,4\] in entry 'other'/);
  });
});
