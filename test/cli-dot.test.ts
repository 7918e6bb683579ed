// Pictures: the DOT text Graphviz accepts, naming every node, kernels as clusters, shapes on edges,
// backward nodes marked by their forward node; and `inspect --dot | --svg | --json` on the CLI.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { grad } from "../src/autodiff/grad.ts";
import { dotToSvg, graphToDot, inspectDot, planFor } from "../src/cli/dot.ts";
import type { InspectJson } from "../src/cli/inspect.ts";
import { main } from "../src/cli/main.ts";
import { optimizeGraph } from "../src/compile.ts";
import lenet5 from "../graphs/lenet5.ts";
import mnistMlp from "../graphs/mnist_mlp.ts";

describe("graphToDot", () => {
  const forward = lenet5.build({ bindings: { N: 2 } });
  const plan = planFor(forward);
  const dot = graphToDot(plan.graph, { kernels: plan.kernels });

  it("names every node and draws every kernel as a cluster", () => {
    for (const n of plan.graph.nodes) expect(dot, `node %${n.id}`).toMatch(new RegExp(`\\bn${n.id}(u\\d+)? \\[label=`));
    expect(dot.match(/subgraph "cluster_k\d+"/g)).toHaveLength(plan.kernels.length);
    for (const k of plan.kernels) expect(dot).toContain(k.name);
  });

  it("puts shapes on edges and outputs at the end", () => {
    expect(dot).toMatch(/-> n\d+ \[label="f32\[2,28,28,6\]"\]/);
    expect(dot).toContain('[label="probs", shape=doubleoctagon');
  });

  it("is DOT that Graphviz lays out (and Graphviz refuses broken DOT)", async () => {
    const svg = await dotToSvg(dot);
    expect(svg).toMatch(/^<\?xml[\s\S]*<svg width="\d+pt"/);
    expect(svg).toContain("conv1/kernel");
    await expect(dotToSvg("digraph { a -> ")).rejects.toThrow();
  });

  it("marks backward nodes with the forward node they came from", () => {
    const g = optimizeGraph(grad(mnistMlp.build({ bindings: { N: 2 }, mode: "train" })));
    const text = inspectDot(g, false);
    const matmul = g.nodes.find((n) => n.origin?.role === "grad" && n.op === "matmul")!;
    const from = g.nodes[matmul.origin!.node]!;
    expect(from.origin).toBeUndefined();
    expect(text).toContain(`n${matmul.id} [label="%${matmul.id} matmul`);
    expect(text).toMatch(new RegExp(`%${matmul.id} matmul[^"]*\\\\n∂ of %${from.id} ${from.op}`));
    expect(text).toMatch(/fillcolor="#ffd8b0"/);
  });
});

describe("gradfuse inspect --dot / --svg / --json", () => {
  let out = "";
  beforeEach(() => {
    out = "";
    vi.spyOn(process.stdout, "write").mockImplementation((s) => ((out += String(s)), true));
  });
  afterEach(() => vi.restoreAllMocks());
  const run = (...args: string[]) => main(["node", "gradfuse", ...args]);

  it("--dot prints DOT and --svg an SVG", async () => {
    expect(await run("inspect", "graphs/mnist_mlp.ts", "--batch", "2", "--dot", "--no-timings")).toBe(0);
    expect(out).toMatch(/^digraph "mnist_mlp" \{/);
    expect(out).toContain("cluster_k");
    out = "";
    expect(await run("inspect", "graphs/mnist_mlp.ts", "--batch", "2", "--grad", "--svg", "--no-timings")).toBe(0);
    expect(out).toContain("<svg");
    expect(out).toContain("∂ of %");
  });

  it("--json has operand edges, outputs and kernel membership", async () => {
    expect(await run("inspect", "graphs/lenet5.ts", "--batch", "2", "--json", "--no-timings")).toBe(0);
    const j = JSON.parse(out) as InspectJson;
    const conv = j.nodes.find((n) => n.op === "conv2d")!;
    expect(conv.inputs).toHaveLength(2);
    expect(j.nodes[conv.inputs[0]!]!.op).toBe("input");
    expect(j.outputs.map((o) => o.name)).toEqual(["logits", "probs", "loss"]);
    const c = j.compiled!;
    expect(c.kernels.length).toBeGreaterThan(5);
    for (const k of c.kernels) for (const id of k.nodes) expect(c.nodes[id]!.kernel).toBeDefined();
    const convK = c.nodes.find((n) => n.op === "conv2d")!;
    expect(c.kernels.find((k) => k.id === convK.kernel)!.name).toMatch(/conv1/);
  });
});
