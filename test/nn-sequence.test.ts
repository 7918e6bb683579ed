// Sequence layers against references written here: embedding rows, conv1d as a naive loop, LSTM /
// GRU / SimpleRNN step by step with Keras's formulas (plain arrays), bidirectional as a reversed run,
// masks (a padded batch equals each example run unpadded), attention as a plain double loop (padding
// and causal masks), sinusoidal positions by formula, and gradient checks for every layer.
import { describe, expect, it } from "vitest";
import { gradcheck } from "../src/autodiff/gradcheck.ts";
import { defineGraph } from "../src/dsl/builder.ts";
import type { GraphBuilder } from "../src/dsl/builder.ts";
import type { Tensor } from "../src/dsl/tensor.ts";
import type { Graph } from "../src/ir/types.ts";
import { paramsOf } from "../src/ir/types.ts";
import { interpret } from "../src/interp/interpret.ts";
import * as nn from "../src/nn/index.ts";
import type { Feed } from "../src/runtime/feeds.ts";

/** Deterministic values in (-s, s). */
function values(n: number, seed: number, s = 1): number[] {
  let v = seed * 7919 + 17;
  return Array.from({ length: n }, () => {
    v = (v * 1103515245 + 12345) % 2147483648;
    return ((v / 2147483648) * 2 - 1) * s;
  });
}
const size = (s: readonly number[]) => s.reduce((a, b) => a * b, 1);

/** Seeded values for every param (scale 0.5), by name. */
function paramValues(g: Graph, seed = 1): Record<string, number[]> {
  return Object.fromEntries(paramsOf(g).map((p, k) => [p.attrs.name, p.dtype === "i32" ? new Array(size(p.shape)).fill(0) : values(size(p.shape), seed + k, 0.5)]));
}

function run(g: Graph, feeds: Record<string, Feed>, params: Record<string, Feed>) {
  const o = interpret(g, { feeds, params, float: "f64" }).outputs;
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, { shape: [...v.shape], data: [...v.data] }]));
}

function expectClose(a: readonly number[], b: readonly number[], digits = 10) {
  expect(a.length).toBe(b.length);
  a.forEach((v, i) => expect(v, `element ${i}`).toBeCloseTo(b[i]!, digits));
}

const sig = (v: number) => 1 / (1 + Math.exp(-v));
/** x [F] · W [F, G] as plain arrays (W row-major). */
const vecMat = (x: readonly number[], w: readonly number[], cols: number) =>
  Array.from({ length: cols }, (_, j) => x.reduce((s, v, i) => s + v * w[i * cols + j]!, 0));

// ---------- the step-by-step references (Keras's formulas, weight layout kernel [F, G·H], recurrent [H, G·H]) ----------

type Cell = "simpleRnn" | "lstm" | "gru";
interface Weights {
  kernel: number[];
  recurrent: number[];
  bias: number[];
}

/** States after each step for one sequence xs[t] [F]; `keep[t]` false = padding (state kept, output 0). */
function referenceRun(cell: Cell, xs: number[][], w: Weights, h: number, keep?: boolean[]): { outputs: number[][]; last: number[] } {
  let hs = new Array(h).fill(0);
  let cs = new Array(h).fill(0);
  const outputs: number[][] = [];
  xs.forEach((x, t) => {
    if (keep && !keep[t]) {
      outputs.push(new Array(h).fill(0));
      return;
    }
    if (cell === "simpleRnn") {
      const a = vecMat(x, w.kernel, h);
      const b = vecMat(hs, w.recurrent, h);
      hs = a.map((v, j) => Math.tanh(v + b[j]! + w.bias[j]!));
    } else if (cell === "lstm") {
      const a = vecMat(x, w.kernel, 4 * h);
      const b = vecMat(hs, w.recurrent, 4 * h);
      const z = a.map((v, j) => v + b[j]! + w.bias[j]! + (j >= h && j < 2 * h ? 1 : 0)); // unit forget bias
      const i = z.slice(0, h).map(sig);
      const f = z.slice(h, 2 * h).map(sig);
      const g = z.slice(2 * h, 3 * h).map(Math.tanh);
      const o = z.slice(3 * h).map(sig);
      cs = cs.map((c, j) => f[j]! * c + i[j]! * g[j]!);
      hs = cs.map((c, j) => o[j]! * Math.tanh(c));
    } else {
      const xw = vecMat(x, w.kernel, 3 * h).map((v, j) => v + w.bias[j]!);
      const hu = vecMat(hs, w.recurrent, 3 * h).map((v, j) => v + w.bias[3 * h + j]!);
      const z = xw.slice(0, h).map((v, j) => sig(v + hu[j]!));
      const r = xw.slice(h, 2 * h).map((v, j) => sig(v + hu[h + j]!));
      const cand = xw.slice(2 * h).map((v, j) => Math.tanh(v + r[j]! * hu[2 * h + j]!));
      hs = hs.map((hp, j) => z[j]! * hp + (1 - z[j]!) * cand[j]!);
    }
    outputs.push([...hs]);
  });
  return { outputs, last: hs };
}

const LAYERS = { simpleRnn: nn.simpleRnn, lstm: nn.lstm, gru: nn.gru } as const;
const PREFIX = { simpleRnn: "simple_rnn", lstm: "lstm", gru: "gru" } as const;

function rnnGraph(cell: Cell, shape: [number, number, number], units: number, opts: nn.RecurrentOptions & { masked?: boolean } = {}) {
  return defineGraph("rnn", {}, (g) => {
    const x = g.input("x", shape);
    const mask = opts.masked ? g.input("mask", shape.slice(0, 2)) : undefined;
    const { masked: _m, ...rest } = opts;
    g.output("y", LAYERS[cell](x, units, { ...rest, ...(mask ? { mask } : {}) }));
  }).build();
}

const sequences = (data: number[], [n, t, f]: number[]) =>
  Array.from({ length: n! }, (_, b) => Array.from({ length: t! }, (_, s) => data.slice((b * t! + s) * f!, (b * t! + s + 1) * f!)));

describe.each(["simpleRnn", "lstm", "gru"] as const)("%s against a step-by-step reference", (cell) => {
  const shape: [number, number, number] = [2, 4, 3];
  const units = 5;
  const x = values(size(shape), 11);

  it.each([false, true])("returnSequences %s", (returnSequences) => {
    const g = rnnGraph(cell, shape, units, { returnSequences });
    const params = paramValues(g);
    const got = run(g, { x }, params).y!;
    const p = PREFIX[cell];
    const w = { kernel: params[`${p}/kernel`]!, recurrent: params[`${p}/recurrent_kernel`]!, bias: [...params[`${p}/bias`]!, ...(params[`${p}/recurrent_bias`] ?? [])] };
    const want = sequences(x, shape).map((xs) => referenceRun(cell, xs, w, units));
    expect(got.shape).toEqual(returnSequences ? [2, 4, units] : [2, units]);
    expectClose(got.data, want.flatMap((r) => (returnSequences ? r.outputs.flat() : r.last)));
  });

  it("bidirectional: [forward last state, backward (reversed) last state]", () => {
    const g = rnnGraph(cell, shape, units, { bidirectional: true });
    const params = paramValues(g);
    const got = run(g, { x }, params).y!;
    const p = `bidirectional_${PREFIX[cell]}`;
    const wOf = (d: string) => ({
      kernel: params[`${p}/${d}/kernel`]!,
      recurrent: params[`${p}/${d}/recurrent_kernel`]!,
      bias: [...params[`${p}/${d}/bias`]!, ...(params[`${p}/${d}/recurrent_bias`] ?? [])], // GRU: Keras's [2, 3H] rows
    });
    const want = sequences(x, shape).flatMap((xs) => [...referenceRun(cell, xs, wOf("forward"), units).last, ...referenceRun(cell, [...xs].reverse(), wOf("backward"), units).last]);
    expect(got.shape).toEqual([2, 2 * units]);
    expectClose(got.data, want);
  });

  it("masks: a padded batch gives each example its unpadded result (last state, both directions, and every step)", () => {
    const lengths = [4, 2];
    const mask = lengths.flatMap((len) => [0, 1, 2, 3].map((t) => (t < len ? 1 : 0)));
    for (const opts of [{}, { bidirectional: true }, { returnSequences: true }] as nn.RecurrentOptions[]) {
      const padded = rnnGraph(cell, shape, units, { ...opts, masked: true });
      const params = paramValues(padded, 3);
      const got = run(padded, { x, mask }, params).y!;
      lengths.forEach((len, b) => {
        const single = rnnGraph(cell, [1, len, 3], units, opts);
        const xb = x.slice(b * 12, b * 12 + len * 3);
        const want = run(single, { x: xb }, params).y!.data;
        const per = size(got.shape.slice(1));
        const row = got.data.slice(b * per, (b + 1) * per);
        if (opts.returnSequences) {
          expectClose(row.slice(0, len * units), want);
          expect(row.slice(len * units).every((v) => v === 0)).toBe(true); // padded steps output 0
        } else {
          expectClose(row, want);
        }
      });
    }
  });

  it("gradcheck (every weight and the input), masked and bidirectional", () => {
    const g = rnnGraph(cell, [2, 3, 2], 3, { bidirectional: true, returnSequences: true, masked: true });
    const r = gradcheck(g, { feeds: { mask: [1, 1, 1, 1, 1, 0] }, params: paramValues(g, 5), wrt: [...paramsOf(g).map((p) => p.attrs.name), "x"], seed: 4 });
    expect(r.ok, r.message).toBe(true);
  });
});

describe("embedding, conv1d, max over time", () => {
  it("embedding picks table rows, and its gradient sums repeated ids (gradcheck)", () => {
    const g = defineGraph("e", {}, (g) => void g.output("y", nn.embedding(g.input("ids", [2, 3], "i32"), 5, 4))).build();
    const params = paramValues(g);
    const ids = [4, 0, 4, 2, 2, 1];
    const got = run(g, { ids: Int32Array.from(ids) }, params).y!;
    const table = params["embedding/embeddings"]!;
    expectClose(got.data, ids.flatMap((i) => table.slice(i * 4, i * 4 + 4)), 15);
    expect(gradcheck(g, { feeds: { ids }, seed: 2 }).ok).toBe(true);
  });

  it.each([
    ["VALID", { padding: "VALID" }],
    ["SAME dilation 2", { padding: "SAME", dilation: 2 }],
    ["stride 2", { strides: 2 }],
  ] as [string, nn.Conv1DOptions][])("conv1d %s against a naive loop; gradcheck", (_n, opts) => {
    const [n, t, f, k, o] = [2, 7, 3, 3, 4];
    const g = defineGraph("c", {}, (g) => void g.output("y", nn.conv1d(g.input("x", [n, t, f]), o, k, opts))).build();
    const x = values(n * t * f, 3);
    const params = paramValues(g);
    const got = run(g, { x }, params).y!;
    const w = params["conv1d/kernel"]!;
    const bias = params["conv1d/bias"]!;
    const s = opts.strides ?? 1;
    const d = opts.dilation ?? 1;
    const e = (k - 1) * d + 1;
    const out = opts.padding === "SAME" ? Math.ceil(t / s) : Math.floor((t - e) / s) + 1;
    const pad = opts.padding === "SAME" ? Math.floor(Math.max(0, (out - 1) * s + e - t) / 2) : 0;
    const want: number[] = [];
    for (let b = 0; b < n; b++)
      for (let p = 0; p < out; p++)
        for (let c = 0; c < o; c++) {
          let acc = bias[c]!;
          for (let j = 0; j < k; j++) {
            const ti = p * s - pad + j * d;
            if (ti < 0 || ti >= t) continue;
            for (let q = 0; q < f; q++) acc += x[(b * t + ti) * f + q]! * w[(j * f + q) * o + c]!;
          }
          want.push(acc);
        }
    expect(got.shape).toEqual([n, out, o]);
    expectClose(got.data, want);
    expect(gradcheck(g, { seed: 1 }).ok).toBe(true);
  });

  it("globalMaxOverTime ignores padded positions; globalAvgOverTime averages real ones", () => {
    const g = defineGraph("p", {}, (g) => {
      const x = g.input("x", [2, 3, 2]);
      const m = g.input("m", [2, 3]);
      g.output("max", nn.globalMaxOverTime(x, m));
      g.output("avg", nn.globalAvgOverTime(x, m));
      g.output("all", nn.globalMaxOverTime(x));
    }).build();
    const x = [1, -5, 2, -6, 9, 9, /* b1 */ -1, -2, -3, -4, 8, 8];
    const o = run(g, { x, m: [1, 1, 0, 1, 0, 0] }, {});
    expect(o.max!.data).toEqual([2, -5, -1, -2]);
    expectClose(o.avg!.data, [1.5, -5.5, -1, -2], 14);
    expect(o.all!.data).toEqual([9, 9, 8, 8]);
  });

  it("sinusoidal positions by formula; learned positions are a param [T, d]", () => {
    const g = defineGraph("s", {}, (g) => {
      g.output("pe", nn.addSinusoidalPositions(g.input("x", [1, 5, 6])));
      g.output("learned", nn.addLearnedPositions(g.input("z", [2, 5, 6])));
    }).build();
    const params = paramValues(g);
    const o = run(g, { x: new Array(30).fill(0), z: new Array(60).fill(0) }, params);
    for (let t = 0; t < 5; t++)
      for (let i = 0; i < 3; i++) {
        expect(o.pe!.data[t * 6 + 2 * i]).toBeCloseTo(Math.sin(t / 10000 ** ((2 * i) / 6)), 12);
        expect(o.pe!.data[t * 6 + 2 * i + 1]).toBeCloseTo(Math.cos(t / 10000 ** ((2 * i) / 6)), 12);
      }
    expectClose(o.learned!.data, [...params["positions/positions"]!, ...params["positions/positions"]!], 15);
  });
});

// ---------- attention ----------

/** softmax(q·kᵀ/√d) v for one example, with allowed(i, j), as a plain double loop. */
function referenceAttention(q: number[][], k: number[][], v: number[][], allowed: (i: number, j: number) => boolean): number[][] {
  const d = q[0]!.length;
  return q.map((qi, i) => {
    const scores = k.map((kj, j) => (allowed(i, j) ? qi.reduce((s, x, c) => s + x * kj[c]!, 0) / Math.sqrt(d) : -Infinity));
    const m = Math.max(...scores);
    const e = scores.map((s) => Math.exp(s - m));
    const z = e.reduce((a, b) => a + b, 0);
    return v[0]!.map((_, c) => e.reduce((s, w, j) => s + (w / z) * v[j]![c]!, 0));
  });
}

const rows = (data: number[], n: number, t: number, d: number) =>
  Array.from({ length: n }, (_, b) => Array.from({ length: t }, (_, i) => data.slice((b * t + i) * d, (b * t + i + 1) * d)));

describe("scaled dot-product attention against a plain double loop", () => {
  const [n, t, d] = [2, 4, 3];
  const q = values(n * t * d, 1);
  const k = values(n * t * d, 2);
  const v = values(n * t * d, 3);
  const build = (opts: { mask?: boolean; causal?: boolean }) =>
    defineGraph("a", {}, (g) => {
      const t3 = (name: string) => g.input(name, [n, t, d]);
      const mask = opts.mask ? g.input("mask", [n, t]) : undefined;
      g.output("y", nn.scaledDotProductAttention(t3("q"), t3("k"), t3("v"), { ...(mask ? { mask } : {}), causal: opts.causal }));
    }).build();

  it.each([
    ["no mask", {}],
    ["key padding mask", { mask: true }],
    ["causal", { causal: true }],
    ["causal and padding", { mask: true, causal: true }],
  ] as [string, { mask?: boolean; causal?: boolean }][])("%s", (_name, opts) => {
    const mask = [1, 1, 1, 0, 1, 1, 0, 0];
    const got = run(build(opts), { q, k, v, ...(opts.mask ? { mask } : {}) }, {}).y!;
    const want = [0, 1].flatMap((b) =>
      referenceAttention(rows(q, n, t, d)[b]!, rows(k, n, t, d)[b]!, rows(v, n, t, d)[b]!, (i, j) => (!opts.mask || mask[b * t + j] === 1) && (!opts.causal || j <= i)).flat(),
    );
    expectClose(got.data, want);
  });

  it("padding mask: a padded batch equals each example with only its real keys", () => {
    const lengths = [3, 2];
    const mask = lengths.flatMap((len) => [0, 1, 2, 3].map((j) => (j < len ? 1 : 0)));
    const got = run(build({ mask: true }), { q, k, v, mask }, {}).y!.data;
    lengths.forEach((len, b) => {
      const single = defineGraph("s", {}, (g) =>
        void g.output("y", nn.scaledDotProductAttention(g.input("q", [1, t, d]), g.input("k", [1, len, d]), g.input("v", [1, len, d]))),
      ).build();
      const slice = (a: number[], rowsCount: number) => a.slice(b * t * d, b * t * d + rowsCount * d);
      const want = run(single, { q: slice(q, t), k: slice(k, len), v: slice(v, len) }, {}).y!.data;
      expectClose(got.slice(b * t * d, (b + 1) * t * d), want);
    });
  });

  it("gradcheck w.r.t. q, k and v with both masks", () => {
    const r = gradcheck(build({ mask: true, causal: true }), { feeds: { mask: [1, 1, 1, 0, 1, 1, 0, 0] }, seed: 6 });
    expect(r.ok, r.message).toBe(true);
  });
});

describe("multi-head attention and the Transformer encoder block", () => {
  it("multi-head attention equals per-head attention of the projections, concatenated, then the output projection", () => {
    const [n, t, d, h] = [2, 3, 4, 2];
    const g = defineGraph("m", {}, (g) => void g.output("y", nn.multiHeadAttention(g.input("x", [n, t, d]), { heads: h }))).build();
    const params = paramValues(g);
    const x = values(n * t * d, 9);
    const got = run(g, { x }, params).y!.data;
    const proj = (xs: number[], name: string, cols: number) => {
      const w = params[`mha/${name}/kernel`]!;
      const bias = params[`mha/${name}/bias`]!;
      return vecMat(xs, w, cols).map((v, j) => v + bias[j]!);
    };
    for (let b = 0; b < n; b++) {
      const xb = rows(x, n, t, d)[b]!;
      const [Q, K, V] = ["query", "key", "value"].map((p) => xb.map((r) => proj(r, p, d)));
      const heads = [0, 1].map((hh) => {
        const part = (m: number[][]) => m.map((r) => r.slice(hh * 2, hh * 2 + 2));
        return referenceAttention(part(Q!), part(K!), part(V!), () => true);
      });
      const concatRows = xb.map((_, i) => [...heads[0]![i]!, ...heads[1]![i]!]);
      const want = concatRows.map((r) => proj(r, "output", d)).flat();
      expectClose(got.slice(b * t * d, (b + 1) * t * d), want);
    }
  });

  it.each(["pre", "post"] as const)("%s-norm encoder block: gradcheck of every weight, with a padding mask", (norm) => {
    const g = defineGraph("enc", {}, (g) => {
      const x = g.input("x", [2, 3, 4]);
      const y = nn.transformerEncoderBlock(x, { heads: 2, ffDim: 6, norm, mask: g.input("mask", [2, 3]) });
      g.output("y", y);
    }).build();
    const r = gradcheck(g, { feeds: { mask: [1, 1, 1, 1, 0, 0] }, params: paramValues(g, 2), seed: 3, maxPerTensor: 12 });
    expect(r.ok, r.message).toBe(true);
  });

  it("the post-norm block's output rows are normalized (mean 0, variance 1 before gamma/beta)", () => {
    const g = defineGraph("enc", {}, (g) => void g.output("y", nn.transformerEncoderBlock(g.input("x", [1, 3, 4]), { heads: 1, norm: "post" }))).build();
    const params = { ...paramValues(g), "encoder/norm2/gamma": [1, 1, 1, 1], "encoder/norm2/beta": [0, 0, 0, 0] };
    const y = run(g, { x: values(12, 4) }, params).y!.data;
    for (let i = 0; i < 3; i++) {
      const r = y.slice(i * 4, i * 4 + 4);
      const mean = r.reduce((a, b) => a + b, 0) / 4;
      expect(mean).toBeCloseTo(0, 10);
      expect(r.reduce((a, b) => a + (b - mean) ** 2, 0) / 4).toBeCloseTo(1, 3); // var/(var + 1e-5)
    }
  });
});

// ---------- losses ----------

describe("classification losses", () => {
  const logits = [2, 0.5, -1, 0.1, 0.2, 3, -0.5, 1, 1.5];
  const labels = [0, 2, 1];
  const logSoftmaxRow = (r: number[]) => {
    const m = Math.max(...r);
    const lse = m + Math.log(r.reduce((s, v) => s + Math.exp(v - m), 0));
    return r.map((v) => v - lse);
  };
  const lp = [0, 1, 2].map((i) => logSoftmaxRow(logits.slice(i * 3, i * 3 + 3)));
  const evalLoss = (f: (z: Tensor, y: Tensor, g: GraphBuilder) => Tensor, ys = labels) => {
    const g = defineGraph("l", {}, (g) => void g.output("l", f(g.input("z", [3, 3]), g.input("y", [3], "i32"), g))).build();
    return run(g, { z: logits, y: Int32Array.from(ys) }, {}).l!.data;
  };

  it("nllLoss on log-probabilities and categoricalCrossEntropy on probabilities equal softmax CE", () => {
    const want = -(lp[0]![0]! + lp[1]![2]! + lp[2]![1]!) / 3;
    expect(evalLoss((z, y) => nn.nllLoss(nn.logSoftmax(z), y))[0]).toBeCloseTo(want, 12);
    expect(evalLoss((z, y) => nn.categoricalCrossEntropy(nn.softmax(z), y))[0]).toBeCloseTo(want, 6);
    expect(evalLoss((z, y) => nn.softmaxCrossEntropy(z, y))[0]).toBeCloseTo(want, 12);
  });

  it("class weights: Σ w_y·l / Σ w_y (PyTorch's rule)", () => {
    const w = [1, 3, 0.5];
    const l = [-lp[0]![0]!, -lp[1]![2]!, -lp[2]![1]!];
    const want = (w[0]! * l[0]! + w[2]! * l[1]! + w[1]! * l[2]!) / (w[0]! + w[2]! + w[1]!);
    expect(evalLoss((z, y) => nn.softmaxCrossEntropy(z, y, { classWeights: w }))[0]).toBeCloseTo(want, 12);
  });

  it("label smoothing: targets (1 − ε)·onehot + ε/C", () => {
    const eps = 0.1;
    const want = [0, 1, 2].reduce((s, i) => s - lp[i]!.reduce((a, v, c) => a + v * ((c === labels[i] ? 1 - eps : 0) + eps / 3), 0), 0) / 3;
    expect(evalLoss((z, y) => nn.softmaxCrossEntropy(z, y, { labelSmoothing: eps }))[0]).toBeCloseTo(want, 12);
  });

  it("ignoreIndex drops those positions from the sum and the count", () => {
    const want = -(lp[0]![0]! + lp[2]![1]!) / 2;
    expect(evalLoss((z, y) => nn.softmaxCrossEntropy(z, y, { ignoreIndex: -100 }), [0, -100, 1])[0]).toBeCloseTo(want, 12);
  });

  it("bad options are errors at the user's line", () => {
    expect(() => evalLoss((z, y) => nn.softmaxCrossEntropy(z, y, { classWeights: [1, 2] }))).toThrow(/classWeights needs 3 finite weights/);
    expect(() => evalLoss((z, y) => nn.softmaxCrossEntropy(z, y, { labelSmoothing: 1 }))).toThrow(/option 'labelSmoothing' is 1[\s\S]*a number in \[0, 1\)/);
  });

  it("gradcheck with weights, smoothing and an ignored label", () => {
    const g = defineGraph("l", {}, (g) => g.loss(nn.softmaxCrossEntropy(g.input("z", [3, 3]), g.input("y", [3], "i32"), { classWeights: [1, 2, 0.5], labelSmoothing: 0.2, ignoreIndex: 1 }))).build();
    const r = gradcheck(g, { feeds: { y: [0, 1, 2] }, seed: 1 });
    expect(r.ok, r.message).toBe(true);
  });
});

describe("bad input is an error at the user's line, with a hint", () => {
  const build = (f: (g: GraphBuilder) => Tensor) => () => defineGraph("e", {}, (g) => void g.output("y", f(g))).build();
  it("an LSTM mask of the wrong shape", () => {
    expect(build((g) => nn.lstm(g.input("x", [2, 3, 4]), 5, { mask: g.input("m", [2, 4]) }))).toThrow(/nn-sequence\.test\.ts:\d+: lstm: mask .* must be f32 \[2,3\].*\n.*hint: +build it with nn\.maskFromIds/);
  });
  it("a GRU over a rank-2 input", () => {
    expect(build((g) => nn.gru(g.input("x", [2, 3]), 5))).toThrow(/gru: needs f32 sequences \[N, T, F\]/);
  });
  it("an attention mask that does not fit the scores", () => {
    expect(build((g) => nn.scaledDotProductAttention(g.input("q", [2, 3, 4]), g.input("k", [2, 5, 4]), g.input("v", [2, 5, 4]), { mask: g.input("m", [2, 3]) }))).toThrow(
      /mask .* does not fit scores \[2, 3, 5\]/,
    );
  });
  it("heads that do not divide d, and a causal mask between different lengths", () => {
    expect(build((g) => nn.multiHeadAttention(g.input("x", [2, 3, 6]), { heads: 4 }))).toThrow(/heads = 4 must be a positive integer dividing d = 6/);
    expect(build((g) => nn.scaledDotProductAttention(g.input("q", [1, 2, 4]), g.input("k", [1, 3, 4]), g.input("v", [1, 3, 4]), { causal: true }))).toThrow(/causal mask needs Tq = Tk/);
  });
  it("embedding ids that are not i32", () => {
    expect(build((g) => nn.embedding(g.input("ids", [2, 3]), 10, 4))).toThrow(/embedding: ids must be i32 token ids/);
  });
});
