// Loop nests for each kernel kind, specialized to the plan's concrete shapes: sizes, strides and
// buffer addresses are inlined constants. Contractions keep their sums in locals (register blocks of
// 4×4 for matmul; unrolled channel rows for convolutions, whose channel counts are small), store
// each finished output row, and apply the epilogue to that row while it is in cache.
import { convGeometry } from "../../prims/conv.ts";
import type { Graph, Node, NodeOf, Shape } from "../../ir/types.ts";
import type { Kernel } from "../../passes/plan.ts";
import { sizeOf } from "../../ir/types.ts";
import { isElementwise } from "../../prims/elementwise.ts";
import { matmulDims } from "../../prims/matmul.ts";
import { gatherDims } from "../../prims/gather.ts";
import type { Index } from "./expr.ts";
import { Block, flatOf, plus, times } from "./expr.ts";
import type { KernelValues } from "./values.ts";

/** Loop variables i0, i1, …; Block temporaries use other prefixes (t, v, f, q). */
const loopVar = (a: number) => `i${a}`;

/** Wraps `inner` in `for` loops over the axes of `shape` (axes of size 1 get no loop). */
function nest(shape: Shape, vars: readonly string[], inner: readonly string[]): string[] {
  let lines = [...inner];
  for (let a = shape.length - 1; a >= 0; a--) {
    if (shape[a] === 1) continue;
    lines = [`for (let ${vars[a]} = 0; ${vars[a]} < ${shape[a]}; ${vars[a]}++) {`, ...lines, "}"];
  }
  return lines;
}

const loopCoords = (shape: Shape, vars: readonly string[]) => shape.map((d, a) => (d === 1 ? "0" : vars[a]!));

/** Nodes of the kernel other than inline constants. */
function computed(kv: KernelValues): Node[] {
  return kv.kernel.nodes.map((id) => kv.g.nodes[id]!).filter((n) => !(n.op === "const" && typeof n.attrs.value === "number"));
}

/** A loop kernel: a flat loop when every value has the output's shape (or is a scalar), else nested loops. */
export function renderLoop(kv: KernelValues): string[] {
  const out = kv.g.nodes[kv.kernel.output]!;
  const shape = out.shape;
  // Reshapes keep row-major order, so one flat index serves every value unless something transposes,
  // slices, pads, concatenates or broadcasts a non-scalar.
  const flatOk = computed(kv).every((n) => {
    if (["transpose", "slice", "pad", "concat", "broadcast", "gather"].includes(n.op)) return false;
    if (!isElementwise(n.op)) return true;
    return n.inputs.every((i) => {
      const s = kv.g.nodes[i]!.shape;
      return sizeOf(s) === 1 || s.join(",") === n.shape.join(",");
    });
  });
  const body = new Block({ n: 0 });
  if (flatOk) {
    const idx: Index = { shape, flat: sizeOf(shape) === 1 ? "0" : "i" };
    const v = kv.valueAt(out.id, idx, body);
    const inner = [...body.lines, kv.store(flatOf(idx), v)];
    return [...kv.randomPrologue(), ...(sizeOf(shape) === 1 ? inner : [`for (let i = 0; i < ${sizeOf(shape)}; i++) {`, ...inner, "}"])];
  }
  const vars = shape.map((_, a) => loopVar(a));
  const idx: Index = { shape, coords: loopCoords(shape, vars) };
  const v = kv.valueAt(out.id, idx, body);
  return [...kv.randomPrologue(), ...nest(shape, vars, [...body.lines, kv.store(flatOf(idx), v)])];
}

/** The epilogue over the output elements whose leading coordinates are `prefix` (all, if empty). */
function epilogue(kv: KernelValues, prefix: readonly string[], block: Block): string[] {
  if (kv.kernel.epilogue.length === 0) return [];
  const shape = kv.g.nodes[kv.kernel.output]!.shape;
  const vars = shape.map((_, a) => (a < prefix.length ? prefix[a]! : `e${a}`));
  const idx: Index = { shape, coords: loopCoords(shape, vars).map((c, a) => (a < prefix.length ? prefix[a]! : c)) };
  const inner = kv.storeEpilogue(idx, block.child());
  const restShape = shape.map((d, a) => (a < prefix.length ? 1 : d));
  // A random op fused into the epilogue needs its key; a block keeps the key's name local to this copy.
  const keys = kv.randomPrologue();
  return keys.length ? ["{", ...keys, ...nest(restShape, vars, inner), "}"] : nest(restShape, vars, inner);
}

export function renderReduce(kv: KernelValues): string[] {
  const core = kv.g.nodes[kv.kernel.core]! as NodeOf<"reduceSum" | "reduceMax" | "argmax">;
  const x = kv.g.nodes[core.inputs[0]!]!;
  const attrs = core.attrs;
  const argAxis = "axis" in attrs ? attrs.axis : -1;
  const axes = "axis" in attrs ? [attrs.axis] : attrs.axes;
  const reduced = new Set(axes);
  const vars = x.shape.map((_, a) => (reduced.has(a) ? `r${a}` : loopVar(a)));
  const keptShape = x.shape.map((d, a) => (reduced.has(a) ? 1 : d));
  const innerShape = x.shape.map((d, a) => (reduced.has(a) ? d : 1));
  const outer = new Block({ n: 0 });
  const inner = outer.child();
  const v = kv.valueAt(x.id, { shape: x.shape, coords: loopCoords(x.shape, vars) }, inner);
  const acc = "acc";
  let init: string[];
  let combine: string[];
  let result = acc;
  if (core.op === "reduceSum") {
    init = [`let ${acc} = 0;`];
    combine = [`${acc} += ${v};`];
  } else if (core.op === "reduceMax") {
    init = [`let ${acc} = -Infinity;`];
    combine = [`if (${v} > ${acc} || ${v} !== ${v}) ${acc} = ${v};`];
  } else {
    const axis = argAxis;
    init = [`let ${acc} = -Infinity;`, "let arg = 0;"];
    combine = [`if (${v} > ${acc}) {`, `${acc} = ${v};`, `arg = ${x.shape[axis] === 1 ? "0" : vars[axis]};`, "}"];
    result = "arg";
  }
  const outShape = core.shape;
  const keptCoords = x.shape.map((d, a) => (reduced.has(a) || d === 1 ? "0" : vars[a]!));
  const outCoords = core.attrs.keepDims ? keptCoords : keptCoords.filter((_, a) => !reduced.has(a));
  const outIdx: Index = { shape: outShape, coords: outCoords };
  const tail = outer.child();
  let finish: string[];
  if (kv.kernel.epilogue.length) {
    // The epilogue reads the value as stored: a float64 sum rounded to float32, exactly what a
    // rematerialized copy in another kernel reloads (else log Σexp differs by an ulp between the two, and
    // a reduceMax mask x == max(x) downstream matches nothing).
    const stored = core.dtype === "f32" && core.op === "reduceSum" ? tail.bind(`Math.fround(${result})`, "sum") : result;
    tail.remember(`${core.id}@${flatOf(outIdx)}`, stored);
    finish = kv.storeEpilogue(outIdx, tail);
  } else {
    finish = [kv.store(flatOf(outIdx), result)];
  }
  const reduceLoop = nest(innerShape, vars, [...inner.lines, ...combine]);
  return [...kv.randomPrologue(), ...nest(keptShape, vars, [...outer.lines, ...init, ...reduceLoop, ...finish])];
}

// ---------- rows ----------

/**
 * A rows kernel (src/passes/rows.ts): one loop over the rows; per row, each stage in order — a
 * reduction is one pass over the row's elements into an accumulator, then its epilogue at the row; a
 * per-row loop is its value at the row; the last, per-element stage is a pass writing the row. Per-row
 * values live in locals (a sum rounded to float32, as storing it would round it) and are stored only
 * when another kernel or the user reads them.
 */
export function renderRows(kv: KernelValues): string[] {
  const rows = kv.kernel.rows;
  if (!rows) throw new Error(`internal: ${kv.kernel.name} has no rows layout`);
  const lead = rows.lead;
  const vars = lead.map((_, a) => loopVar(a));
  const leadCoords = loopCoords(lead, vars);
  const rowIndex = (id: number): Index => {
    const shape = kv.g.nodes[id]!.shape;
    return { shape, coords: shape.length === lead.length ? leadCoords : [...leadCoords, "0"] };
  };
  const stored = new Set([...kv.kernel.sideOutputs, kv.kernel.output]);
  const row = new Block({ n: 0 });
  const keep = (id: number, name: string) => {
    kv.rowValues.set(id, name);
    if (stored.has(id)) row.push(kv.store(flatOf(rowIndex(id)), name, id));
  };
  const pass = (inner: Block, last: string[]) => [`for (let c = 0; c < ${rows.length}; c++) {`, ...inner.lines, ...last, "}"];
  for (const stage of rows.stages) {
    if (stage.kind === "reduce") {
      const core = kv.g.nodes[stage.core]! as NodeOf<"reduceSum" | "reduceMax">;
      const x = kv.g.nodes[core.inputs[0]!]!;
      const inner = row.child();
      const v = kv.valueAt(x.id, { shape: x.shape, coords: [...leadCoords, "c"] }, inner);
      const acc = row.fresh("acc");
      const sum = core.op === "reduceSum";
      row.push(`let ${acc} = ${sum ? "0" : "-Infinity"};`, ...pass(inner, [sum ? `${acc} += ${v};` : `if (${v} > ${acc} || ${v} !== ${v}) ${acc} = ${v};`]));
      keep(core.id, sum ? row.bind(`Math.fround(${acc})`, "sum") : acc);
      for (const e of stage.epilogue) keep(e, kv.valueAt(e, rowIndex(e), row));
    } else if (stage.per === "row") {
      keep(stage.output, kv.valueAt(stage.output, rowIndex(stage.output), row));
    } else {
      const inner = row.child();
      const idx: Index = { shape: kv.g.nodes[stage.output]!.shape, coords: [...leadCoords, "c"] };
      const v = kv.valueAt(stage.output, idx, inner);
      row.push(...pass(inner, [kv.store(flatOf(idx), v, stage.output)]));
    }
  }
  return nest(lead, vars, row.lines);
}

// ---------- contractions ----------

export function renderContraction(kv: KernelValues): string[] {
  const core = kv.g.nodes[kv.kernel.core]!;
  if (core.op !== "matmul" && core.op.startsWith("conv") && (core as NodeOf<"conv2d">).attrs.groups > 1) {
    return renderGroupedConv(kv, core as NodeOf<"conv2d" | "conv2dBackpropInput" | "conv2dBackpropFilter">);
  }
  switch (core.op) {
    case "matmul":
      return renderMatmul(kv, core);
    case "conv2d":
      return renderConv2d(kv, core);
    case "conv2dBackpropInput":
      return renderConvBackpropInput(kv, core);
    case "conv2dBackpropFilter":
      return renderConvBackpropFilter(kv, core);
    default:
      throw new Error(`internal: ${core.op} is not a contraction`);
  }
}

/** Rows × columns of C computed per register block of a matmul (16 accumulators in locals). */
export const MATMUL_BLOCK = 4;

function renderMatmul(kv: KernelValues, core: NodeOf<"matmul">): string[] {
  const [aId, bId] = core.inputs as [number, number];
  const a = kv.g.nodes[aId]!;
  const b = kv.g.nodes[bId]!;
  const { transposeA: tA, transposeB: tB } = core.attrs;
  const { batch, m, k, n } = matmulDims(a.shape, b.shape, tA, tB);
  const batches = batch.reduce((x, y) => x * y, 1);
  const A = kv.elementAddress(aId);
  const B = kv.elementAddress(bId);
  const C = kv.elementAddress(kv.kernel.output);
  const R = MATMUL_BLOCK;
  const m4 = m - (m % R);
  const n4 = n - (n % R);
  // Element (i, p) of op(A) and (p, j) of op(B), honoring the transpose flags; i and j may be expressions.
  const aAt = (i: string, p: string) => plus([String(A), times("bt", m * k), tA ? `${times(p, m)} + ${i}` : `${times(i, k)} + ${p}`]);
  const bAt = (p: string, j: string) => plus([String(B), times("bt", k * n), tB ? `${times(j, k)} + ${p}` : `${times(p, n)} + ${j}`]);
  const cAt = (i: string, j: string) => plus([String(C), times("bt", m * n), times(i, n), j]);
  const row = (r: number) => (r === 0 ? "i0" : `(i0 + ${r})`);
  const col = (c: number) => (c === 0 ? "j0" : `(j0 + ${c})`);
  const rows = Array.from({ length: R }, (_, r) => r);
  // A block of R rows × R columns: per p, R loads of A and R of B feed R² multiply-adds.
  const block = [
    `for (let j0 = 0; j0 < ${n4}; j0 += ${R}) {`,
    `let ${rows.flatMap((r) => rows.map((c) => `s${r}${c} = 0`)).join(", ")};`,
    `for (let p = 0; p < ${k}; p++) {`,
    `const ${rows.map((r) => `a${r} = F[${aAt(row(r), "p")}]`).join(", ")};`,
    `const ${rows.map((c) => `b${c} = F[${bAt("p", col(c))}]`).join(", ")};`,
    ...rows.flatMap((r) => rows.map((c) => `s${r}${c} += a${r} * b${c};`)),
    "}",
    ...rows.flatMap((r) => rows.map((c) => `F[${cAt(row(r), col(c))}] = s${r}${c};`)),
    "}",
  ];
  const columnTail = n4 < n
    ? [
        `for (let j = ${n4}; j < ${n}; j++) {`,
        `let ${rows.map((r) => `s${r} = 0`).join(", ")};`,
        `for (let p = 0; p < ${k}; p++) {`,
        `const b = F[${bAt("p", "j")}];`,
        ...rows.map((r) => `s${r} += F[${aAt(row(r), "p")}] * b;`),
        "}",
        ...rows.map((r) => `F[${cAt(row(r), "j")}] = s${r};`),
        "}",
      ]
    : [];
  const rowEpilogue = batch.length === 0 && kv.kernel.epilogue.length > 0;
  const blockEpilogue = rowEpilogue ? [`for (let i = i0; i < i0 + ${R}; i++) {`, ...epilogue(kv, ["i"], new Block({ n: 0 })), "}"] : [];
  const rowTail =
    m4 < m
      ? [
          `for (let i = ${m4}; i < ${m}; i++) {`,
          `for (let j = 0; j < ${n}; j++) {`,
          "let s = 0;",
          `for (let p = 0; p < ${k}; p++) s += F[${aAt("i", "p")}] * F[${bAt("p", "j")}];`,
          `F[${cAt("i", "j")}] = s;`,
          "}",
          ...(rowEpilogue ? epilogue(kv, ["i"], new Block({ n: 0 })) : []),
          "}",
        ]
      : [];
  return [
    `for (let bt = 0; bt < ${batches}; bt++) {`,
    `for (let i0 = 0; i0 < ${m4}; i0 += ${R}) {`,
    ...block,
    ...columnTail,
    ...blockEpilogue,
    "}",
    ...rowTail,
    "}",
    ...(batch.length > 0 ? epilogue(kv, [], new Block({ n: 0 })) : []),
  ];
}

/** `ih = oh*s - pad + kh*d`, skipping taps that fall in the padding. */
function forwardTap(o: string, s: number, pad: number, k: string, d: number, size: number, name: string): string[] {
  return [`const ${name} = ${plus([times(o, s), times(k, d)])} - ${pad};`, `if (${name} < 0 || ${name} >= ${size}) continue;`];
}

/**
 * Channel counts up to this are unrolled: the channel loop becomes straight-line code over local
 * accumulators (or hoisted operands), which V8 keeps in registers. LeNet's 1→6→16 channels fit.
 */
export const UNROLL_CHANNELS = 32;
const each = (count: number, f: (j: number) => string): string[] => Array.from({ length: count }, (_, j) => f(j));
const offset = (base: string, j: number) => (j === 0 ? base : `${base} + ${j}`);

function renderConv2d(kv: KernelValues, core: NodeOf<"conv2d">): string[] {
  const [xId, wId] = core.inputs as [number, number];
  const G = convGeometry(kv.g.nodes[xId]!.shape, kv.g.nodes[wId]!.shape, core.shape, core.attrs);
  const X = kv.elementAddress(xId);
  const W = kv.elementAddress(wId);
  const Y = kv.elementAddress(kv.kernel.output);
  const unroll = G.co <= UNROLL_CHANNELS;
  // y[n, oh, ow, :] = Σ over taps and ci of x[n, ih, iw, ci] · w[kh, kw, ci, :]
  const init = unroll ? [`let ${each(G.co, (j) => `s${j} = 0`).join(", ")};`] : [`for (let co = 0; co < ${G.co}; co++) F[o + co] = 0;`];
  const accumulate = unroll ? each(G.co, (j) => `s${j} += a * F[${offset("wr", j)}];`) : [`for (let co = 0; co < ${G.co}; co++) F[o + co] += a * F[wr + co];`];
  const store = unroll ? each(G.co, (j) => `F[${offset("o", j)}] = s${j};`) : [];
  return [
    `for (let n = 0; n < ${G.n}; n++) for (let oh = 0; oh < ${G.oh}; oh++) for (let ow = 0; ow < ${G.ow}; ow++) {`,
    `const o = ${Y} + ((n * ${G.oh} + oh) * ${G.ow} + ow) * ${G.co};`,
    ...init,
    `for (let kh = 0; kh < ${G.kh}; kh++) {`,
    ...forwardTap("oh", G.sh, G.pt, "kh", G.dh, G.h, "ih"),
    `for (let kw = 0; kw < ${G.kw}; kw++) {`,
    ...forwardTap("ow", G.sw, G.pl, "kw", G.dw, G.w, "iw"),
    `const xb = ${X} + ((n * ${G.h} + ih) * ${G.w} + iw) * ${G.ci};`,
    `const wb = ${W} + (kh * ${G.kw} + kw) * ${G.ci * G.co};`,
    `for (let ci = 0; ci < ${G.ci}; ci++) {`,
    "const a = F[xb + ci];",
    `const wr = wb + ci * ${G.co};`,
    ...accumulate,
    "}",
    "}",
    "}",
    ...store,
    ...epilogue(kv, ["n", "oh", "ow"], new Block({ n: 0 })),
    "}",
  ];
}

/** `oh = (ih + pad - kh*d) / s` when that is a whole output position, else the tap is skipped. */
function backwardTap(i: string, s: number, pad: number, k: string, d: number, size: number, name: string): string[] {
  const t = `t${name}`;
  const lines = [`const ${t} = ${i} + ${pad} - ${times(k, d)};`];
  if (s === 1) return [...lines, `if (${t} < 0 || ${t} >= ${size}) continue;`, `const ${name} = ${t};`];
  return [...lines, `if (${t} < 0 || ${t} % ${s} !== 0) continue;`, `const ${name} = ${t} / ${s};`, `if (${name} >= ${size}) continue;`];
}

function renderConvBackpropInput(kv: KernelValues, core: NodeOf<"conv2dBackpropInput">): string[] {
  const [dyId, wId] = core.inputs as [number, number];
  const G = convGeometry(core.shape, kv.g.nodes[wId]!.shape, kv.g.nodes[dyId]!.shape, core.attrs);
  const DY = kv.elementAddress(dyId);
  const W = kv.elementAddress(wId);
  const DX = kv.elementAddress(kv.kernel.output);
  const unroll = G.ci <= UNROLL_CHANNELS;
  // dx[n, ih, iw, :] = Σ over the taps that read (ih, iw) and co of dy[n, oh, ow, co] · w[kh, kw, :, co]
  const init = unroll ? [`let ${each(G.ci, (j) => `s${j} = 0`).join(", ")};`] : [`for (let ci = 0; ci < ${G.ci}; ci++) F[o + ci] = 0;`];
  const accumulate = unroll
    ? [`for (let co = 0; co < ${G.co}; co++) {`, "const d = F[db + co];", "const wr = wb + co;", ...each(G.ci, (j) => `s${j} += d * F[${offset("wr", j * G.co)}];`), "}"]
    : [
        `for (let ci = 0; ci < ${G.ci}; ci++) {`,
        `const wr = wb + ci * ${G.co};`,
        "let acc = 0;",
        `for (let co = 0; co < ${G.co}; co++) acc += F[db + co] * F[wr + co];`,
        "F[o + ci] += acc;",
        "}",
      ];
  const store = unroll ? each(G.ci, (j) => `F[${offset("o", j)}] = s${j};`) : [];
  return [
    `for (let n = 0; n < ${G.n}; n++) for (let ih = 0; ih < ${G.h}; ih++) for (let iw = 0; iw < ${G.w}; iw++) {`,
    `const o = ${DX} + ((n * ${G.h} + ih) * ${G.w} + iw) * ${G.ci};`,
    ...init,
    `for (let kh = 0; kh < ${G.kh}; kh++) {`,
    ...backwardTap("ih", G.sh, G.pt, "kh", G.dh, G.oh, "oh"),
    `for (let kw = 0; kw < ${G.kw}; kw++) {`,
    ...backwardTap("iw", G.sw, G.pl, "kw", G.dw, G.ow, "ow"),
    `const db = ${DY} + ((n * ${G.oh} + oh) * ${G.ow} + ow) * ${G.co};`,
    `const wb = ${W} + (kh * ${G.kw} + kw) * ${G.ci * G.co};`,
    ...accumulate,
    "}",
    "}",
    ...store,
    ...epilogue(kv, ["n", "ih", "iw"], new Block({ n: 0 })),
    "}",
  ];
}

function renderConvBackpropFilter(kv: KernelValues, core: NodeOf<"conv2dBackpropFilter">): string[] {
  const [xId, dyId] = core.inputs as [number, number];
  const G = convGeometry(kv.g.nodes[xId]!.shape, core.shape, kv.g.nodes[dyId]!.shape, core.attrs);
  const X = kv.elementAddress(xId);
  const DY = kv.elementAddress(dyId);
  const DW = kv.elementAddress(kv.kernel.output);
  if (G.co > UNROLL_CHANNELS) {
    // dw[kh, kw, ci, :] += x[n, ih, iw, ci] · dy[n, oh, ow, :], accumulated in memory.
    return [
      `F.fill(0, ${DW}, ${DW + sizeOf(core.shape)});`,
      `for (let n = 0; n < ${G.n}; n++) for (let oh = 0; oh < ${G.oh}; oh++) for (let ow = 0; ow < ${G.ow}; ow++) {`,
      `const db = ${DY} + ((n * ${G.oh} + oh) * ${G.ow} + ow) * ${G.co};`,
      `for (let kh = 0; kh < ${G.kh}; kh++) {`,
      ...forwardTap("oh", G.sh, G.pt, "kh", G.dh, G.h, "ih"),
      `for (let kw = 0; kw < ${G.kw}; kw++) {`,
      ...forwardTap("ow", G.sw, G.pl, "kw", G.dw, G.w, "iw"),
      `const xb = ${X} + ((n * ${G.h} + ih) * ${G.w} + iw) * ${G.ci};`,
      `const wb = ${DW} + (kh * ${G.kw} + kw) * ${G.ci * G.co};`,
      `for (let ci = 0; ci < ${G.ci}; ci++) {`,
      "const a = F[xb + ci];",
      `const wr = wb + ci * ${G.co};`,
      `for (let co = 0; co < ${G.co}; co++) F[wr + co] += a * F[db + co];`,
      "}",
      "}",
      "}",
      "}",
      ...epilogue(kv, [], new Block({ n: 0 })),
    ];
  }
  // Few output channels: each filter row dw[kh, kw, ci, :] is a set of register accumulators summed
  // over every output pixel (no read-modify-write of memory in the inner loop).
  return [
    `for (let kh = 0; kh < ${G.kh}; kh++) for (let kw = 0; kw < ${G.kw}; kw++) for (let ci = 0; ci < ${G.ci}; ci++) {`,
    `let ${each(G.co, (j) => `s${j} = 0`).join(", ")};`,
    `for (let n = 0; n < ${G.n}; n++) for (let oh = 0; oh < ${G.oh}; oh++) {`,
    ...forwardTap("oh", G.sh, G.pt, "kh", G.dh, G.h, "ih"),
    `for (let ow = 0; ow < ${G.ow}; ow++) {`,
    ...forwardTap("ow", G.sw, G.pl, "kw", G.dw, G.w, "iw"),
    `const a = F[${X} + ((n * ${G.h} + ih) * ${G.w} + iw) * ${G.ci} + ci];`,
    `const db = ${DY} + ((n * ${G.oh} + oh) * ${G.ow} + ow) * ${G.co};`,
    ...each(G.co, (j) => `s${j} += a * F[${offset("db", j)}];`),
    "}",
    "}",
    `const wr = ${DW} + ((kh * ${G.kw} + kw) * ${G.ci} + ci) * ${G.co};`,
    ...each(G.co, (j) => `F[${offset("wr", j)}] = s${j};`),
    "}",
    ...epilogue(kv, [], new Block({ n: 0 })),
  ];
}

// ---------- pooling ----------

/** The module-level Float64Array the pool backprops accumulate in (see poolAccumulatorSize). */
export const POOL_ACCUMULATORS = "F64";

/** Elements of F64 a plan's kernels need: the largest pool-backprop output (0 when none). */
export function poolAccumulatorSize(g: Graph, kernels: readonly Kernel[]): number {
  return Math.max(0, ...kernels.map((k) => g.nodes[k.core]!).filter((n) => n.op === "maxPoolBackprop" || n.op === "avgPoolBackprop").map((n) => sizeOf(n.shape)));
}

export function renderWindow(kv: KernelValues): string[] {
  const any = kv.g.nodes[kv.kernel.core]!;
  if (any.op === "scatterAdd") return renderScatterAdd(kv, any);
  const core = any as NodeOf<"maxPool" | "avgPool" | "maxPoolBackprop" | "avgPoolBackprop">;
  const x = kv.g.nodes[core.inputs[0]!]!;
  const inShape = "inputShape" in core.attrs ? core.attrs.inputShape : x.shape;
  const outShape = core.op === "maxPool" || core.op === "avgPool" ? core.shape : core.op === "maxPoolBackprop" ? kv.g.nodes[core.inputs[1]!]!.shape : x.shape;
  const [N, H, W, C] = inShape as [number, number, number, number];
  const [, OH, OW] = outShape as [number, number, number, number];
  const [KH, KW] = core.attrs.window;
  const [SH, SW] = core.attrs.strides;
  const [DH, DW] = core.attrs.dilations;
  const PT = core.attrs.pads[0][0];
  const PL = core.attrs.pads[1][0];
  const OUT = kv.elementAddress(kv.kernel.output);
  const windowCells = (body: string[]) => [
    `for (let kh = 0; kh < ${KH}; kh++) {`,
    ...forwardTap("oh", SH, PT, "kh", DH, H, "ih"),
    `for (let kw = 0; kw < ${KW}; kw++) {`,
    ...forwardTap("ow", SW, PL, "kw", DW, W, "iw"),
    `const at = ((n * ${H} + ih) * ${W} + iw) * ${C} + c;`,
    ...body,
    "}",
    "}",
  ];
  const outer = (body: string[]) => [
    `for (let n = 0; n < ${N}; n++) for (let oh = 0; oh < ${OH}; oh++) for (let ow = 0; ow < ${OW}; ow++) for (let c = 0; c < ${C}; c++) {`,
    `const o = ((n * ${OH} + oh) * ${OW} + ow) * ${C} + c;`,
    ...body,
    "}",
  ];
  const X = kv.elementAddress(x.id);
  let lines: string[];
  switch (core.op) {
    case "maxPool":
      lines = outer(["let m = -Infinity;", ...windowCells([`const v = F[${X} + at];`, "if (v > m) m = v;"]), `F[${OUT} + o] = m;`]);
      break;
    case "avgPool":
      lines = outer(["let s = 0;", "let count = 0;", ...windowCells([`s += F[${X} + at];`, "count++;"]), `F[${OUT} + o] = s / count;`]);
      break;
    // The backprops scatter into float64 accumulators (F64, shared by the module) in the reference's window
    // order and round once, as the reference does: float32 scatter-adds can leave 1e-8 where the
    // reference's sum cancels to 0, which a following 1/(2√x) at x = 0 turns into ∞ instead of NaN.
    case "maxPoolBackprop": {
      const DY = kv.elementAddress(core.inputs[1]!);
      lines = [
        `${POOL_ACCUMULATORS}.fill(0, 0, ${sizeOf(core.shape)});`,
        ...outer(["let m = -Infinity;", "let best = -1;", ...windowCells([`const v = F[${X} + at];`, "if (v > m || best < 0) {", "m = v;", "best = at;", "}"]), `if (best >= 0) ${POOL_ACCUMULATORS}[best] += F[${DY} + o];`]),
        `for (let i = 0; i < ${sizeOf(core.shape)}; i++) F[${OUT} + i] = ${POOL_ACCUMULATORS}[i];`,
      ];
      break;
    }
    case "avgPoolBackprop": {
      const DY = X;
      lines = [
        `${POOL_ACCUMULATORS}.fill(0, 0, ${sizeOf(core.shape)});`,
        ...outer([
          "let count = 0;",
          ...windowCells(["count++;"]),
          `const g = F[${DY} + o] / count;`,
          ...windowCells([`${POOL_ACCUMULATORS}[at] += g;`]),
        ]),
        `for (let i = 0; i < ${sizeOf(core.shape)}; i++) F[${OUT} + i] = ${POOL_ACCUMULATORS}[i];`,
      ];
      break;
    }
  }
  return [...lines, ...epilogue(kv, [], new Block({ n: 0 }))];
}

// ---------- scatter ----------

/**
 * out = 0; out[o, idx[j], k] += upd[o, j, k] over the (outer, count, inner) blocks of gatherDims. An
 * index outside [0, rows) drops its update (checked feeds report it before a run).
 */
function renderScatterAdd(kv: KernelValues, core: NodeOf<"scatterAdd">): string[] {
  const [updId, idxId] = core.inputs as [number, number];
  const { outer, count, rows, inner } = gatherDims(core.attrs.shape, kv.g.nodes[idxId]!.shape, core.attrs.axis);
  const OUT = kv.elementAddress(kv.kernel.output);
  const UPD = kv.elementAddress(updId);
  const IDX = kv.elementAddress(idxId);
  return [
    `F.fill(0, ${OUT}, ${OUT + sizeOf(core.shape)});`,
    `for (let o = 0; o < ${outer}; o++) for (let j = 0; j < ${count}; j++) {`,
    `const row = I[${IDX} + j];`,
    `if (row < 0 || row >= ${rows}) continue;`,
    `const src = ${UPD} + (o * ${count} + j) * ${inner};`,
    `const dst = ${OUT} + (o * ${rows} + row) * ${inner};`,
    `for (let k = 0; k < ${inner}; k++) F[dst + k] += F[src + k];`,
    "}",
    ...epilogue(kv, [], new Block({ n: 0 })),
  ];
}

// ---------- grouped and depthwise convolutions ----------

/**
 * Grouped convolutions (groups > 1) and both backprops as one tap walk: for each output pixel and
 * in-bounds tap, each output channel o pairs with the filter channels c of its group g = o / og,
 * reading x channel g·cg + c and filter w[i, j, c, o]. conv2d sums into y; the backprops accumulate into
 * a zeroed dx or dw (the scatter form of their adjoint sums).
 */
function renderGroupedConv(kv: KernelValues, core: NodeOf<"conv2d" | "conv2dBackpropInput" | "conv2dBackpropFilter">): string[] {
  const [a, b] = core.inputs as [number, number];
  const shapes =
    core.op === "conv2d"
      ? { x: kv.g.nodes[a]!.shape, w: kv.g.nodes[b]!.shape, y: core.shape }
      : core.op === "conv2dBackpropInput"
        ? { x: core.shape, w: kv.g.nodes[b]!.shape, y: kv.g.nodes[a]!.shape }
        : { x: kv.g.nodes[a]!.shape, w: core.shape, y: kv.g.nodes[b]!.shape };
  const G = convGeometry(shapes.x, shapes.w, shapes.y, core.attrs);
  const cg = G.ci / G.groups;
  const og = G.co / G.groups;
  const OUT = kv.elementAddress(kv.kernel.output);
  const [X, W, Y] =
    core.op === "conv2d" ? [kv.elementAddress(a), kv.elementAddress(b), OUT] : core.op === "conv2dBackpropInput" ? [OUT, kv.elementAddress(b), kv.elementAddress(a)] : [kv.elementAddress(a), OUT, kv.elementAddress(b)];
  const pair = "const xc = xb + ((o / " + og + ") | 0) * " + cg + " + c;";
  const update = core.op === "conv2d" ? "s += F[xc] * F[wc];" : core.op === "conv2dBackpropInput" ? "F[xc] += F[yb + o] * F[wc];" : "F[wc] += F[xc] * F[yb + o];";
  const channels = [
    `for (let o = 0; o < ${G.co}; o++) {`,
    ...(core.op === "conv2d" ? ["let s = F[yb + o];"] : []),
    `for (let c = 0; c < ${cg}; c++) {`,
    pair,
    `const wc = wb + c * ${G.co} + o;`,
    update,
    "}",
    ...(core.op === "conv2d" ? ["F[yb + o] = s;"] : []),
    "}",
  ];
  const outSize = sizeOf(core.shape);
  return [
    `F.fill(0, ${OUT}, ${OUT + outSize});`,
    `for (let n = 0; n < ${G.n}; n++) for (let oh = 0; oh < ${G.oh}; oh++) for (let ow = 0; ow < ${G.ow}; ow++) {`,
    `const yb = ${Y} + ((n * ${G.oh} + oh) * ${G.ow} + ow) * ${G.co};`,
    `for (let kh = 0; kh < ${G.kh}; kh++) {`,
    ...forwardTap("oh", G.sh, G.pt, "kh", G.dh, G.h, "ih"),
    `for (let kw = 0; kw < ${G.kw}; kw++) {`,
    ...forwardTap("ow", G.sw, G.pl, "kw", G.dw, G.w, "iw"),
    `const xb = ${X} + ((n * ${G.h} + ih) * ${G.w} + iw) * ${G.ci};`,
    `const wb = ${W} + (kh * ${G.kw} + kw) * ${cg * G.co};`,
    ...channels,
    "}",
    "}",
    "}",
    ...epilogue(kv, [], new Block({ n: 0 })),
  ];
}
