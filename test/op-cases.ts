// The primitive cases shared by the backend tests (each backend against the interpreter): small graphs
// for every primitive — broadcasting, every movement, reductions with keepDims, matmul flags and batch
// dims, convolutions and their backprops over padding/stride/dilation, pools — plus deterministic
// feeds, the normwise relative error, two small models and a seeded random-graph generator.
// Taken from test/backend-ts.test.ts so the WebAssembly backend runs the same table.
import type { GraphBuilder } from "../src/dsl/builder.ts";
import { defineGraph } from "../src/dsl/builder.ts";
import {
  avgPool,
  avgPoolBackprop,
  concat,
  conv2d,
  gather,
  scatterAdd,
  conv2dBackpropFilter,
  conv2dBackpropInput,
  maxPool,
  maxPoolBackprop,
  randomUniform,
  where,
} from "../src/dsl/ops.ts";
import type { Conv2DOptions, PoolOptions } from "../src/dsl/ops.ts";
import type { Graph } from "../src/ir/types.ts";
import { inputsOf, sizeOf } from "../src/ir/types.ts";
import type { HostTensor } from "../src/runtime/tensor.ts";
import { gradients } from "../src/autodiff/gradients.ts";
import type { Tensor } from "../src/dsl/tensor.ts";
import { logSoftmax, softmax, softmaxCrossEntropy, type ClassificationLossOptions } from "../src/nn/index.ts";

/** Deterministic feeds: f32 in (-1.5, 1.5) (inputs named "pos…" in (0.1, 2)), i32 small integers. */
export function feedsFor(g: Graph): Record<string, Float32Array | Int32Array> {
  const feeds: Record<string, Float32Array | Int32Array> = {};
  for (const n of inputsOf(g)) {
    const size = sizeOf(n.shape);
    const salt = n.attrs.name.length * 7.3;
    // i32 inputs with a declared range (class labels, ids) get values inside it, as the runtime checks.
    const [lo, hi] = n.attrs.range ?? [0, 5];
    if (n.dtype === "i32") feeds[n.attrs.name] = Int32Array.from({ length: size }, (_, i) => lo + ((i * 7 + 3) % Math.min(5, hi - lo)));
    else if (n.attrs.name.startsWith("pos")) feeds[n.attrs.name] = Float32Array.from({ length: size }, (_, i) => 0.1 + Math.abs(Math.sin(i * 1.7 + salt)) * 1.9);
    else feeds[n.attrs.name] = Float32Array.from({ length: size }, (_, i) => Math.sin(i * 0.91 + salt) * 1.5);
  }
  return feeds;
}

/** Normwise relative error: max |a - b| / max(1, max |b|). */
export function relError(a: HostTensor, b: HostTensor): number {
  let diff = 0;
  let scale = 1;
  for (let i = 0; i < b.data.length; i++) {
    const x = a.data[i]!;
    const y = b.data[i]!;
    if (Number.isNaN(y) && Number.isNaN(x)) continue;
    if (x === y) continue; // also equal infinities
    diff = Math.max(diff, Math.abs(x - y));
    scale = Math.max(scale, Math.abs(y));
  }
  return diff / scale;
}

export type Case = [string, (g: GraphBuilder) => void];
export const graphOf = ([name, body]: Case) => defineGraph(name.replace(/\W+/g, "_"), {}, body).build();
const out = (g: GraphBuilder, t: Parameters<GraphBuilder["output"]>[1]) => g.output("out", t);

export const elementwise: Case[] = [
  ["neg abs sign", (g) => out(g, g.input("x", [2, 3]).neg().abs().add(g.input("y", [2, 3]).sign()))],
  ["exp log sqrt", (g) => out(g, g.input("pos", [2, 3]).log().add(g.input("pos2", [2, 3]).sqrt()).exp())],
  ["tanh stopGradient", (g) => out(g, g.input("x", [5]).tanh().stopGradient())],
  ["erf", (g) => out(g, g.input("x", [3, 5]).mul(2).erf())],
  ["cast f32→i32→f32", (g) => out(g, g.input("x", [2, 3]).mul(3).cast("i32").cast("f32"))],
  ["i32 add mul neg", (g) => out(g, g.input("k", [6], "i32").add(g.input("j", [6], "i32")).mul(g.input("m", [6], "i32")).neg())],
  ["add broadcast [2,3]+[3]", (g) => out(g, g.input("x", [2, 3]).add(g.input("b", [3])))],
  ["sub broadcast [2,1]-[1,3]", (g) => out(g, g.input("x", [2, 1]).sub(g.input("y", [1, 3])))],
  ["mul div broadcast scalar", (g) => out(g, g.input("x", [4]).mul(g.input("s", [])).div(g.input("pos", [4])))],
  ["pow", (g) => out(g, g.input("pos", [2, 3]).pow(g.input("y", [3])))],
  ["maximum minimum", (g) => out(g, g.input("x", [2, 3]).maximum(g.input("y", [2, 3])).minimum(0.5))],
  ...(["eq", "ne", "lt", "le", "gt", "ge"] as const).map((cmp): Case => [
    `compare ${cmp}`,
    (g) => out(g, g.input("x", [3, 4]).mul(2).cast("i32").compare(cmp, g.input("y", [4]).mul(2).cast("i32"))),
  ]),
  ["where broadcast", (g) => out(g, where(g.input("x", [2, 3]).gt(0), g.input("a", [3]), g.input("b", [2, 1])))],
  ["array constant", (g) => out(g, g.input("x", [2, 3]).add(g.constant([1, 2, 3, 4, 5, 6], [2, 3])))],
];

export const reductions: Case[] = [
  ["reduceSum last axis", (g) => out(g, g.input("x", [3, 4]).sum(1))],
  ["reduceSum axes [0,2] keepDims", (g) => out(g, g.input("x", [2, 3, 4]).sum([0, 2], true))],
  ["reduceSum all of a fused product", (g) => out(g, g.input("x", [3, 4]).mul(g.input("y", [4])).sum())],
  ["reduceMax axis 0", (g) => out(g, g.input("x", [3, 4]).max(0))],
  ["reduceMax keepDims then epilogue", (g) => out(g, g.input("x", [3, 4]).max(1, true).mul(2).add(1))],
  ["argmax axis 1", (g) => out(g, g.input("x", [3, 5]).argmax(1))],
  ["argmax axis 0 keepDims", (g) => out(g, g.input("x", [4, 2]).argmax(0, true))],
  ["mean (sum then div epilogue)", (g) => out(g, g.input("x", [2, 6]).mean(1))],
];

/** A loss of logits `x` and its gradient dL/dx, both outputs. */
function lossAndGradient(g: GraphBuilder, x: Tensor, loss: Tensor): void {
  g.output("loss", loss);
  g.output("dx", gradients(loss, [x])[0]!);
}

/** Softmax cross-entropy of logits [...shape, classes] and i32 labels [...shape], with its gradient. */
function crossEntropy(g: GraphBuilder, shape: number[], classes: number, opts: ClassificationLossOptions = {}): void {
  const x = g.input("x", [...shape, classes]);
  lossAndGradient(g, x, softmaxCrossEntropy(x, g.input("labels", shape, "i32"), opts));
}

/**
 * Reductions over rows and what is computed from them, which the rows pass merges into one kernel per
 * row space (src/passes/rows.ts): softmax, log-softmax, cross-entropy and its adjoint with every loss
 * option, rows of 10 (SIMD with a scalar tail), 3 (scalar) and 8 (SIMD only), sequence logits, one row,
 * layer-norm statistics; and one whose per-row value is read across the rows (not merged).
 */
export const rows: Case[] = [
  ["softmax rows of 10", (g) => out(g, softmax(g.input("x", [5, 10])))],
  ["softmax rows of 3", (g) => out(g, softmax(g.input("x", [4, 3])))],
  ["softmax of one row [10]", (g) => out(g, softmax(g.input("x", [10]).mul(3)))],
  ["logSoftmax rows of 8", (g) => out(g, logSoftmax(g.input("x", [3, 8]).mul(4)))],
  ["cross-entropy and gradient, rows of 10", (g) => crossEntropy(g, [6], 10)],
  ["cross-entropy and gradient, rows of 3", (g) => crossEntropy(g, [5], 3)],
  ["cross-entropy, label smoothing 0.1", (g) => crossEntropy(g, [4], 10, { labelSmoothing: 0.1 })],
  ["cross-entropy, ignoreIndex -1 and class weights", (g) => crossEntropy(g, [6], 5, { ignoreIndex: -1, classWeights: [1, 2, 0.5, 1, 3] })],
  ["cross-entropy, sequence logits [N, T, C]", (g) => crossEntropy(g, [2, 3], 7)],
  ["cross-entropy, sum of the per-example losses", (g) => crossEntropy(g, [4], 6, { reduction: "sum" })],
  ["cross-entropy, soft f32 targets", (g) => {
    const x = g.input("x", [3, 9]);
    lossAndGradient(g, x, softmaxCrossEntropy(x, g.input("pos_targets", [3, 9])));
  }],
  ["layer-norm statistics over rows of 12", (g) => {
    const x = g.input("x", [4, 12]);
    const c = x.sub(x.mean(-1, true));
    const y = c.div(c.square().mean(-1, true).add(1e-5).sqrt());
    lossAndGradient(g, x, y.mul(g.input("w", [4, 12])).sum());
  }],
  ["a row maximum read across the rows (x − max(x)ᵀ) is not merged", (g) => {
    const x = g.input("x", [4, 4]);
    out(g, x.sub(x.max(1, true).reshape([1, 4])).exp().sum(1));
  }],
];

export const movement: Case[] = [
  ["reshape", (g) => out(g, g.input("x", [2, 6]).reshape([3, 4]).add(g.input("y", [4])))],
  ["transpose 3-d", (g) => out(g, g.input("x", [2, 3, 4]).transpose([2, 0, 1]).mul(2))],
  ["broadcast", (g) => out(g, g.input("x", [3, 1]).broadcastTo([2, 3, 4]))],
  ["slice", (g) => out(g, g.input("x", [4, 5]).slice([1, 2], [2, 3]))],
  ["pad with value", (g) => out(g, g.input("x", [2, 3]).exp().pad([[1, 0], [2, 1]], -1))],
  ["concat axis 1", (g) => out(g, concat([g.input("a", [2, 1]), g.input("b", [2, 3]).neg(), g.input("c", [2, 2])], 1))],
  ["transpose of reshape of slice", (g) => out(g, g.input("x", [3, 8]).slice([1, 0], [2, 8]).reshape([4, 4]).transpose())],
];

// i32 feeds are (i·7 + 3) mod 5: every table below has at least 5 rows on the gathered axis, and
// indices repeat, so scatterAdd sums.
export const indexing: Case[] = [
  ["gather axis 0 (embedding rows of 8: SIMD)", (g) => out(g, gather(g.input("table", [6, 8]), g.input("ids", [3, 4], "i32")))],
  ["gather axis 0, rows of 3 (scalar)", (g) => out(g, gather(g.input("table", [5, 3]), g.input("ids", [7], "i32")).mul(2))],
  ["gather axis 1 of a 3-d table", (g) => out(g, gather(g.input("table", [2, 5, 4]), g.input("ids", [2, 3], "i32"), 1))],
  ["gather along the last axis", (g) => out(g, gather(g.input("table", [3, 6]), g.input("ids", [4], "i32"), -1))],
  ["gather a scalar index (rank-0 indices)", (g) => out(g, gather(g.input("table", [5, 4]), g.input("id", [], "i32")))],
  ["gather of a fused table, computed indices", (g) => out(g, gather(g.input("table", [7, 4]).exp(), g.input("ids", [2, 3], "i32").add(1)).add(1))],
  ["scatterAdd rows of 8 (SIMD), repeated indices", (g) => out(g, scatterAdd(g.input("upd", [3, 4, 8]), g.input("ids", [3, 4], "i32"), [6, 8]))],
  ["scatterAdd rows of 3, with an epilogue", (g) => out(g, scatterAdd(g.input("upd", [7, 3]), g.input("ids", [7], "i32"), [5, 3]).tanh())],
  ["scatterAdd axis 1", (g) => out(g, scatterAdd(g.input("upd", [2, 2, 3, 4]), g.input("ids", [2, 3], "i32"), [2, 5, 4], 1))],
];

export const matmuls: Case[] = [
  ["matmul", (g) => out(g, g.input("a", [3, 4]).matmul(g.input("b", [4, 5])))],
  ["matmul transposeA", (g) => out(g, g.input("a", [4, 3]).matmul(g.input("b", [4, 5]), { transposeA: true }))],
  ["matmul transposeB", (g) => out(g, g.input("a", [3, 4]).matmul(g.input("b", [5, 4]), { transposeB: true }))],
  ["matmul both transposed", (g) => out(g, g.input("a", [4, 3]).matmul(g.input("b", [5, 4]), { transposeA: true, transposeB: true }))],
  ["matmul 4×4 blocks with row and column tails", (g) => out(g, g.input("a", [6, 9]).matmul(g.input("b", [9, 7])).add(g.input("c", [7])).maximum(0))],
  ["matmul blocks, both transposed", (g) => out(g, g.input("a", [9, 8]).matmul(g.input("b", [5, 9]), { transposeA: true, transposeB: true }))],
  ["batched matmul", (g) => out(g, g.input("a", [2, 3, 4]).matmul(g.input("b", [2, 4, 5])))],
  ["batched matmul with epilogue", (g) => out(g, g.input("a", [2, 6, 4]).matmul(g.input("b", [2, 5, 4]), { transposeB: true }).add(g.input("c", [5])).tanh())],
  ["matmul bias relu epilogue", (g) => out(g, g.input("a", [3, 4]).matmul(g.param("w", [4, 5], { kind: "normal", std: 1 })).add(g.param("bias", [5], { kind: "normal", std: 1 })).maximum(0))],
];

const convOptions: [string, Conv2DOptions][] = [
  ["VALID", { padding: "VALID" }],
  ["SAME stride 2", { padding: "SAME", strides: 2 }],
  ["SAME dilation 2", { padding: "SAME", dilations: 2 }],
  ["explicit pads, stride [2,1]", { padding: [[1, 2], [0, 1]], strides: [2, 1] }],
];
export const convolutions: Case[] = convOptions.flatMap(([label, opts]): Case[] => [
  [`conv2d ${label}`, (g) => out(g, conv2d(g.input("x", [2, 7, 6, 3]), g.input("w", [3, 2, 3, 4]), opts))],
  [
    `conv2dBackpropInput ${label}`,
    (g) => {
      const y = conv2d(g.input("x", [2, 7, 6, 3]), g.input("w", [3, 2, 3, 4]), opts);
      out(g, conv2dBackpropInput(g.input("dy", [...y.shape]), g.input("w2", [3, 2, 3, 4]), [2, 7, 6, 3], opts));
    },
  ],
  [
    `conv2dBackpropFilter ${label}`,
    (g) => {
      const y = conv2d(g.input("x", [2, 7, 6, 3]), g.input("w", [3, 2, 3, 4]), opts);
      out(g, conv2dBackpropFilter(g.input("x2", [2, 7, 6, 3]), g.input("dy", [...y.shape]), [3, 2, 3, 4], opts));
    },
  ],
]);

// Convolutions whose patch matrix is over 1 MB: the wasm backend fills and multiplies it in blocks of
// output rows (src/codegen/wasm/contraction.ts convRowBlock): blocks that divide the rows, a short last
// block, strides with SAME padding, a fused epilogue and an epilogue pass (a random mask).
export const blockedConvolutions: Case[] = [
  ["blocked conv2d 3×3 SAME + bias + relu", (g) => out(g, conv2d(g.input("x", [2, 24, 24, 32]), g.input("w", [3, 3, 32, 24]), { padding: "SAME" }).add(g.input("b", [24])).maximum(0))],
  ["blocked conv2d 3×3 SAME stride 2", (g) => out(g, conv2d(g.input("x", [6, 31, 29, 24]), g.input("w", [3, 3, 24, 20]), { padding: "SAME", strides: 2 }))],
  ["blocked conv2d 3×3 VALID, a short last block", (g) => out(g, conv2d(g.input("x", [3, 25, 25, 40]), g.input("w", [3, 3, 40, 20]), { padding: "VALID" }))],
  ["blocked conv2dBackpropInput 3×3 SAME", (g) => out(g, conv2dBackpropInput(g.input("dy", [2, 24, 24, 24]), g.input("w", [3, 3, 32, 24]), [2, 24, 24, 32], { padding: "SAME" }))],
  ["blocked conv2dBackpropInput 3×3 SAME stride 2 + relu mask", (g) => {
    const dx = conv2dBackpropInput(g.input("dy", [6, 16, 15, 20]), g.input("w", [3, 3, 24, 20]), [6, 31, 29, 24], { padding: "SAME", strides: 2 });
    out(g, where(g.input("x", [6, 31, 29, 24]).gt(0), dx, 0));
  }],
  ["blocked conv2dBackpropInput 3×3 VALID", (g) => out(g, conv2dBackpropInput(g.input("dy", [3, 23, 23, 20]), g.input("w", [3, 3, 40, 20]), [3, 25, 25, 40], { padding: "VALID" }))],
  ["blocked conv2d with a dropout mask (epilogue pass)", (g) => {
    const y = conv2d(g.input("x", [2, 24, 24, 32]), g.input("w", [3, 3, 32, 24]), { padding: "SAME" });
    out(g, where(randomUniform(g.input("k", [], "i32"), [...y.shape], 5).lt(0.5), 0, y));
  }],
];

// More channels than UNROLL_CHANNELS: the channel loops stay loops.
convolutions.push(
  ["conv2d with 40 channels (loops)", (g) => out(g, conv2d(g.input("x", [1, 4, 3, 34]), g.input("w", [2, 2, 34, 40]), { padding: "SAME" }))],
  [
    "conv2dBackpropInput with 40 channels (loops)",
    (g) => out(g, conv2dBackpropInput(g.input("dy", [1, 4, 3, 40]), g.input("w", [2, 2, 34, 40]), [1, 4, 3, 34], { padding: "SAME" })),
  ],
  [
    "conv2dBackpropFilter with 40 channels (loops)",
    (g) => out(g, conv2dBackpropFilter(g.input("x", [1, 4, 3, 34]), g.input("dy", [1, 4, 3, 40]), [2, 2, 34, 40], { padding: "SAME" })),
  ],
);

// Grouped and depthwise: [label, x shape, filter shape, options]. Depthwise ×1 over 6 channels takes the
// SIMD path for 4 and the scalar tail for 2; groups 2 with 4 outputs per group splats x; ×2 and 3×(2→2) are scalar.
const groupedConvs: [string, number[], number[], Conv2DOptions][] = [
  ["depthwise ×1, SAME stride 2", [2, 7, 6, 6], [3, 3, 1, 6], { padding: "SAME", strides: 2, groups: 6 }],
  ["depthwise ×2, VALID dilation 2", [1, 7, 8, 3], [2, 3, 1, 6], { padding: "VALID", dilations: 2, groups: 3 }],
  ["groups 2, 4 outputs each, SAME", [2, 5, 5, 4], [3, 2, 2, 8], { padding: "SAME", groups: 2 }],
  ["groups 3, 2 → 2, explicit pads", [1, 6, 5, 6], [2, 2, 2, 6], { padding: [[1, 0], [0, 1]], groups: 3 }],
];
convolutions.push(
  ...groupedConvs.flatMap(([label, xs, ws, opts]): Case[] => [
    [`grouped conv2d ${label} + bias + relu`, (g) => out(g, conv2d(g.input("x", xs), g.input("w", ws), opts).add(g.input("b", [ws[3]!])).maximum(0))],
    [
      `grouped conv2dBackpropInput ${label}`,
      (g) => {
        const y = conv2d(g.input("x", xs), g.input("w", ws), opts);
        out(g, conv2dBackpropInput(g.input("dy", [...y.shape]), g.input("w2", ws), xs, opts));
      },
    ],
    [
      `grouped conv2dBackpropFilter ${label}`,
      (g) => {
        const y = conv2d(g.input("x", xs), g.input("w", ws), opts);
        out(g, conv2dBackpropFilter(g.input("x2", xs), g.input("dy", [...y.shape]), ws, opts));
      },
    ],
  ]),
);

const poolOptions: [string, PoolOptions][] = [
  ["VALID 2x2", { window: 2 }],
  ["SAME 3x3 stride 2", { window: 3, strides: 2, padding: "SAME" }],
  ["VALID 3x2 stride 1", { window: [3, 2], strides: 1 }],
  ["VALID 2x2 dilation [2,1]", { window: 2, strides: 1, dilations: [2, 1] }],
  ["SAME 3x3 dilation 2 stride 2", { window: 3, strides: 2, dilations: 2, padding: "SAME" }],
  // Disjoint windows: the wasm backprops store each cell's one term without the float64 pass.
  ["SAME 2x2 stride 2 (disjoint windows)", { window: 2, strides: 2, padding: "SAME" }],
  ["VALID 2x2 stride 3 (gaps between windows)", { window: 2, strides: 3 }],
];
export const pools: Case[] = poolOptions.flatMap(([label, opts]): Case[] => [
  [`maxPool ${label}`, (g) => out(g, maxPool(g.input("x", [2, 7, 5, 3]), opts))],
  [`avgPool ${label}`, (g) => out(g, avgPool(g.input("x", [2, 7, 5, 3]), opts))],
  [
    `maxPoolBackprop ${label}`,
    (g) => {
      const x = g.input("x", [2, 7, 5, 3]);
      out(g, maxPoolBackprop(x, g.input("dy", [...maxPool(x, opts).shape]), opts));
    },
  ],
  [
    `avgPoolBackprop ${label}`,
    (g) => {
      const x = g.input("x", [2, 7, 5, 3]);
      out(g, avgPoolBackprop(g.input("dy", [...avgPool(x, opts).shape]), [2, 7, 5, 3], opts));
    },
  ],
]);

export const mlp = defineGraph("mlp", { N: 5 }, (g) => {
  const x = g.input("x", ["N", 4]);
  const labels = g.input("labels", ["N"], "i32");
  const h = x.matmul(g.param("fc1/w", [4, 8], { kind: "normal", std: 0.5 })).add(g.param("fc1/b", [8], { kind: "normal", std: 0.1 })).maximum(0);
  const logits = h.matmul(g.param("fc2/w", [8, 3], { kind: "normal", std: 0.5 }));
  const z = logits.sub(logits.max(1, true));
  const logp = z.sub(z.exp().sum(1, true).log());
  const onehot = labels.reshape([5, 1]).compare("eq", g.constant([0, 1, 2], [1, 3], "i32"));
  g.output("logits", logits);
  g.loss(logp.mul(onehot).sum(1).neg().mean());
});

export const cnn = defineGraph("cnn", { N: 2 }, (g) => {
  const x = g.input("x", ["N", 8, 8, 2]);
  let h = conv2d(x, g.param("c1/w", [3, 3, 2, 4], { kind: "normal", std: 0.3 }), { padding: "SAME", strides: 1 });
  h = h.add(g.param("c1/b", [4], { kind: "normal", std: 0.1 })).maximum(0);
  h = maxPool(h, { window: 2 });
  h = conv2d(h, g.param("c2/w", [2, 2, 4, 3], { kind: "normal", std: 0.3 }), { padding: "VALID", dilations: 2 });
  h = avgPool(h.tanh(), { window: 2, padding: "SAME" });
  const y = h.reshape([2, -1]).matmul(g.param("fc/w", [3, 2], { kind: "normal", std: 0.5 }));
  g.output("y", y);
  g.loss(y.square().mean());
});

/** A seeded random graph over [4, 6] values: shared values, epilogue chains, reductions, movements. */
export function randomGraph(seed: number): Graph {
  let state = seed * 2654435761 + 1;
  const next = (n: number) => {
    state = (Math.imul(state ^ (state >>> 15), 2246822519) + 0x6d2b79f5) >>> 0;
    return state % n;
  };
  return defineGraph(`random${seed}`, {}, (g) => {
    const pool = [g.input("x", [4, 6]), g.input("y", [4, 6])];
    const w = g.param("w", [6, 6], { kind: "normal", std: 0.4 });
    const pick = () => pool[next(pool.length)]!;
    const steps: ((a: ReturnType<typeof pick>, b: ReturnType<typeof pick>) => ReturnType<typeof pick>)[] = [
      (a, b) => a.add(b),
      (a, b) => a.mul(b).tanh(),
      (a) => a.matmul(w),
      (a) => a.matmul(w, { transposeB: true }).add(g.param(`b${pool.length}`, [6], { kind: "normal", std: 0.1 })),
      (a) => where(a.gt(0), a, 0),
      (a) => a.maximum(0),
      (a, b) => a.sub(b.sum(1, true)),
      (a) => a.max(0, true).broadcastTo([4, 6]).mul(a),
      (a) => a.transpose().reshape([4, 6]).neg(),
      (a) => a.reshape([6, 4]).transpose().abs(),
    ];
    for (let i = 0; i < 7; i++) pool.push(steps[next(steps.length)]!(pick(), pick()));
    const observed = pool.slice(2).filter(() => next(3) === 0);
    observed.forEach((t, i) => g.output(`o${i}`, t));
    g.loss(pool[pool.length - 1]!.square().mean());
  }).build();
}

// Shapes that take the SIMD paths (multiples of 4 on the last axis, broadcasts that splat or stay
// contiguous, reductions across output lanes and along rows, pools over 4k channels, im2col with
// SIMD copies, fused GEMM epilogues with side outputs), and their scalar remainders.
export const simdCases: Case[] = [
  ["SIMD flat loop with scalar tail", (g) => g.output("out", g.input("x", [7, 3]).mul(g.input("s", [])).exp().add(1))],
  ["SIMD nest: [3,8] + [8] bias, [3,1] column", (g) => g.output("out", g.input("x", [3, 8]).add(g.input("b", [8])).mul(g.input("c", [3, 1])).maximum(0))],
  ["SIMD slice and pad of leading axes", (g) => g.output("out", g.input("x", [5, 8]).slice([1, 0], [3, 8]).pad([[2, 1], [0, 0]], 0.5).sqrt().abs())],
  ["SIMD concat along the last axis (pieces of 4)", (g) => g.output("out", concat([g.input("a", [2, 4]), g.input("b", [2, 8]).neg()], 1))],
  ["SIMD rows of 7 with a scalar tail: [3,7] + [7] bias, [3,1] column", (g) => g.output("out", g.input("x", [3, 7]).add(g.input("b", [7])).mul(g.input("c", [3, 1])).maximum(0))],
  ["SIMD rows of 10 with a scalar tail: softmax's x - max", (g) => {
    const x = g.input("x", [5, 10]);
    g.output("out", x.sub(x.max(1, true)).exp());
  }],
  ["SIMD rows of 6 over a slice of a wider row", (g) => g.output("out", g.input("x", [4, 9]).slice([0, 2], [4, 6]).mul(g.input("s", [1, 6])).sqrt().abs())],
  ["transpose of the last axis falls back to scalar", (g) => g.output("out", g.input("x", [4, 8]).transpose().add(1))],
  ["sum over the batch axis (across output lanes)", (g) => g.output("out", g.input("x", [5, 12]).mul(2).sum(0))],
  ["max and argmax across output lanes", (g) => {
    g.output("m", g.input("x", [6, 8]).max(0, true));
    g.output("a", g.input("y", [6, 8]).argmax(0));
  }],
  ["row sum and max along the last axis with a tail", (g) => {
    const x = g.input("x", [3, 19]);
    g.output("s", x.sum(1));
    g.output("m", x.max(1, true));
  }],
  ["i32 elementwise SIMD", (g) => g.output("out", g.input("k", [8], "i32").mul(g.input("j", [8], "i32")).sub(g.input("m", [8], "i32")).abs().sign().cast("f32"))],
  ["where, compare and pow on f32x4", (g) => g.output("out", where(g.input("x", [2, 8]).ge(0), g.input("pos", [2, 8]).pow(g.input("y", [8])), g.input("pos2", [2, 8]).log()))],
  ["matmul with fused bias, side output and tanh", (g) => {
    const h = g.input("a", [9, 7]).matmul(g.input("b", [7, 10])).add(g.input("c", [10]));
    g.output("pre", h);
    g.output("out", h.tanh().mul(g.input("r", [9, 10])));
  }],
];

// Direct convolutions (few output channels, see src/codegen/wasm/contraction.ts): cin 1 and 3, cout 1,
// 6 and 16 (partial and whole lane vectors), SAME / VALID / explicit asymmetric pads, strides,
// dilations, pixel-block remainders, and fused epilogues (bias + relu, a side output, an SGD update),
// plus a random epilogue that is not fused (a pass over the output instead).
const directConvs: [string, number[], number[], Conv2DOptions][] = [
  ["cin 1 → 6, 5×5 SAME", [2, 9, 11, 1], [5, 5, 1, 6], { padding: "SAME" }],
  ["cin 1 → 1, 3×3 VALID", [2, 7, 9, 1], [3, 3, 1, 1], { padding: "VALID" }],
  ["cin 3 → 16, 3×3 SAME stride 2", [2, 9, 8, 3], [3, 3, 3, 16], { padding: "SAME", strides: 2 }],
  ["cin 3 → 6, 3×3 SAME dilation 2", [1, 8, 10, 3], [3, 3, 3, 6], { padding: "SAME", dilations: 2 }],
  ["cin 1 → 16, 4×4 SAME (asymmetric pads) stride [2,1]", [2, 9, 7, 1], [4, 4, 1, 16], { padding: "SAME", strides: [2, 1] }],
  ["cin 3 → 5, explicit pads, dilation [1,2]", [1, 7, 9, 3], [2, 3, 3, 5], { padding: [[0, 2], [1, 0]], dilations: [1, 2] }],
  ["cin 6 → 16, 5×5 VALID (LeNet conv2)", [2, 14, 14, 6], [5, 5, 6, 16], { padding: "VALID" }],
];
export const directConvCases: Case[] = directConvs.flatMap(([label, xs, ws, opts]): Case[] => [
  [`conv2d ${label} + bias + relu`, (g) => g.output("out", conv2d(g.input("x", xs), g.input("w", ws), opts).add(g.input("b", [ws[3]!])).maximum(0))],
  [`conv2dBackpropFilter ${label}`, (g) => {
    const y = conv2d(g.input("x", xs), g.input("w", ws), opts);
    g.output("out", conv2dBackpropFilter(g.input("x2", xs), g.input("dy", [...y.shape]), ws, opts));
  }],
]);
directConvCases.push(
  ["direct conv2d with a side output", (g) => {
    const pre = conv2d(g.input("x", [2, 6, 6, 1]), g.input("w", [3, 3, 1, 6]), { padding: "SAME" }).add(g.input("b", [6]));
    g.output("pre", pre);
    g.output("out", pre.maximum(0).mul(g.input("s", [6])));
  }],
  ["direct conv2d with a dropout mask (epilogue pass)", (g) => {
    const y = conv2d(g.input("x", [2, 6, 6, 3]), g.input("w", [3, 3, 3, 6]), { padding: "SAME" });
    g.output("out", where(randomUniform(g.input("k", [], "i32"), [...y.shape], 5).lt(0.5), 0, y));
  }],
  ["direct conv2dBackpropFilter with an SGD update", (g) => {
    const dw = conv2dBackpropFilter(g.input("x", [2, 8, 8, 1]), g.input("dy", [2, 8, 8, 6]), [5, 5, 1, 6], { padding: "SAME" });
    g.output("out", g.input("w", [5, 5, 1, 6]).sub(dw.mul(0.1)));
  }],
);
