// Loop nests for each kernel kind, specialized to the plan's concrete shapes: sizes, strides and
// buffer addresses are inlined constants. Contractions accumulate straight into their output buffer
// in i-k-j order (unit-stride inner loops) and apply the epilogue row by row while it is in cache.
import type { Node, NodeOf, Shape } from "../../ir/types.ts";
import { sizeOf } from "../../ir/types.ts";
import { isElementwise } from "../../prims/elementwise.ts";
import { matmulDims } from "../../prims/matmul.ts";
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
    if (["transpose", "slice", "pad", "concat", "broadcast"].includes(n.op)) return false;
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
  const body = block.child();
  const v = kv.valueAt(kv.kernel.output, idx, body);
  const inner = [...body.lines, kv.store(flatOf(idx), v)];
  const restShape = shape.map((d, a) => (a < prefix.length ? 1 : d));
  return nest(restShape, vars, inner);
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
    tail.remember(`${core.id}@${flatOf(outIdx)}`, result);
    const e = kv.valueAt(kv.kernel.output, outIdx, tail);
    finish = [...tail.lines, kv.store(flatOf(outIdx), e)];
  } else {
    finish = [kv.store(flatOf(outIdx), result)];
  }
  const reduceLoop = nest(innerShape, vars, [...inner.lines, ...combine]);
  return [...kv.randomPrologue(), ...nest(keptShape, vars, [...outer.lines, ...init, ...reduceLoop, ...finish])];
}

// ---------- contractions ----------

export function renderContraction(kv: KernelValues): string[] {
  const core = kv.g.nodes[kv.kernel.core]!;
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
  const rowEpilogue = batch.length === 0;
  const lines: string[] = [];
  const aAt = (bt: string, i: string, p: string) => plus([String(A), times(bt, m * k), tA ? `${times(p, m)} + ${i}` : `${times(i, k)} + ${p}`]);
  const bAt = (bt: string, p: string, j: string) => plus([String(B), times(bt, k * n), tB ? `${times(j, k)} + ${p}` : `${times(p, n)} + ${j}`]);
  const body: string[] = [`const cRow = ${plus([String(C), times("bt", m * n), times("i", n)])};`];
  if (!tB) {
    // i-k-j: C[i, :] += A[i, p] · B[p, :] with unit-stride inner loops.
    body.push(`for (let j = 0; j < ${n}; j++) F[cRow + j] = 0;`);
    body.push(`for (let p = 0; p < ${k}; p++) {`, `const a = F[${aAt("bt", "i", "p")}];`, `const bRow = ${plus([String(B), times("bt", k * n), times("p", n)])};`);
    body.push(`for (let j = 0; j < ${n}; j++) F[cRow + j] += a * F[bRow + j];`, "}");
  } else {
    // Bᵀ: C[i, j] = A[i, :] · B[j, :], both rows contiguous when A is not transposed.
    body.push(`for (let j = 0; j < ${n}; j++) {`, "let acc = 0;");
    body.push(`for (let p = 0; p < ${k}; p++) acc += F[${aAt("bt", "i", "p")}] * F[${bAt("bt", "p", "j")}];`);
    body.push("F[cRow + j] = acc;", "}");
  }
  if (rowEpilogue) body.push(...epilogue(kv, ["i"], new Block({ n: 0 })));
  lines.push(`for (let bt = 0; bt < ${batches}; bt++) {`, `for (let i = 0; i < ${m}; i++) {`, ...body, "}", "}");
  if (!rowEpilogue) lines.push(...epilogue(kv, [], new Block({ n: 0 })));
  return lines;
}

interface ConvGeometry {
  readonly n: number;
  readonly h: number;
  readonly w: number;
  readonly ci: number;
  readonly kh: number;
  readonly kw: number;
  readonly co: number;
  readonly oh: number;
  readonly ow: number;
  readonly sh: number;
  readonly sw: number;
  readonly dh: number;
  readonly dw: number;
  readonly pt: number;
  readonly pl: number;
}

function convGeometry(x: Shape, filter: Shape, y: Shape, attrs: NodeOf<"conv2d">["attrs"]): ConvGeometry {
  return {
    n: x[0]!,
    h: x[1]!,
    w: x[2]!,
    ci: x[3]!,
    kh: filter[0]!,
    kw: filter[1]!,
    co: filter[3]!,
    oh: y[1]!,
    ow: y[2]!,
    sh: attrs.strides[0],
    sw: attrs.strides[1],
    dh: attrs.dilations[0],
    dw: attrs.dilations[1],
    pt: attrs.pads[0][0],
    pl: attrs.pads[1][0],
  };
}

/** `ih = oh*s - pad + kh*d`, skipping taps that fall in the padding. */
function forwardTap(o: string, s: number, pad: number, k: string, d: number, size: number, name: string): string[] {
  return [`const ${name} = ${plus([times(o, s), times(k, d)])} - ${pad};`, `if (${name} < 0 || ${name} >= ${size}) continue;`];
}

function renderConv2d(kv: KernelValues, core: NodeOf<"conv2d">): string[] {
  const [xId, wId] = core.inputs as [number, number];
  const G = convGeometry(kv.g.nodes[xId]!.shape, kv.g.nodes[wId]!.shape, core.shape, core.attrs);
  const X = kv.elementAddress(xId);
  const W = kv.elementAddress(wId);
  const Y = kv.elementAddress(kv.kernel.output);
  return [
    `for (let n = 0; n < ${G.n}; n++) for (let oh = 0; oh < ${G.oh}; oh++) for (let ow = 0; ow < ${G.ow}; ow++) {`,
    `const o = ${Y} + ((n * ${G.oh} + oh) * ${G.ow} + ow) * ${G.co};`,
    `for (let co = 0; co < ${G.co}; co++) F[o + co] = 0;`,
    `for (let kh = 0; kh < ${G.kh}; kh++) {`,
    ...forwardTap("oh", G.sh, G.pt, "kh", G.dh, G.h, "ih"),
    `for (let kw = 0; kw < ${G.kw}; kw++) {`,
    ...forwardTap("ow", G.sw, G.pl, "kw", G.dw, G.w, "iw"),
    `const xb = ${X} + ((n * ${G.h} + ih) * ${G.w} + iw) * ${G.ci};`,
    `const wb = ${W} + (kh * ${G.kw} + kw) * ${G.ci * G.co};`,
    `for (let ci = 0; ci < ${G.ci}; ci++) {`,
    "const a = F[xb + ci];",
    `const wr = wb + ci * ${G.co};`,
    `for (let co = 0; co < ${G.co}; co++) F[o + co] += a * F[wr + co];`,
    "}",
    "}",
    "}",
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
  return [
    `for (let n = 0; n < ${G.n}; n++) for (let ih = 0; ih < ${G.h}; ih++) for (let iw = 0; iw < ${G.w}; iw++) {`,
    `const o = ${DX} + ((n * ${G.h} + ih) * ${G.w} + iw) * ${G.ci};`,
    `for (let ci = 0; ci < ${G.ci}; ci++) F[o + ci] = 0;`,
    `for (let kh = 0; kh < ${G.kh}; kh++) {`,
    ...backwardTap("ih", G.sh, G.pt, "kh", G.dh, G.oh, "oh"),
    `for (let kw = 0; kw < ${G.kw}; kw++) {`,
    ...backwardTap("iw", G.sw, G.pl, "kw", G.dw, G.ow, "ow"),
    `const db = ${DY} + ((n * ${G.oh} + oh) * ${G.ow} + ow) * ${G.co};`,
    `const wb = ${W} + (kh * ${G.kw} + kw) * ${G.ci * G.co};`,
    `for (let ci = 0; ci < ${G.ci}; ci++) {`,
    `const wr = wb + ci * ${G.co};`,
    "let acc = 0;",
    `for (let co = 0; co < ${G.co}; co++) acc += F[db + co] * F[wr + co];`,
    "F[o + ci] += acc;",
    "}",
    "}",
    "}",
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

// ---------- pooling ----------

export function renderWindow(kv: KernelValues): string[] {
  const core = kv.g.nodes[kv.kernel.core]! as NodeOf<"maxPool" | "avgPool" | "maxPoolBackprop" | "avgPoolBackprop">;
  const x = kv.g.nodes[core.inputs[0]!]!;
  const inShape = "inputShape" in core.attrs ? core.attrs.inputShape : x.shape;
  const outShape = core.op === "maxPool" || core.op === "avgPool" ? core.shape : core.op === "maxPoolBackprop" ? kv.g.nodes[core.inputs[1]!]!.shape : x.shape;
  const [N, H, W, C] = inShape as [number, number, number, number];
  const [, OH, OW] = outShape as [number, number, number, number];
  const [KH, KW] = core.attrs.window;
  const [SH, SW] = core.attrs.strides;
  const PT = core.attrs.pads[0][0];
  const PL = core.attrs.pads[1][0];
  const OUT = kv.elementAddress(kv.kernel.output);
  const windowCells = (body: string[]) => [
    `for (let kh = 0; kh < ${KH}; kh++) {`,
    ...forwardTap("oh", SH, PT, "kh", 1, H, "ih"),
    `for (let kw = 0; kw < ${KW}; kw++) {`,
    ...forwardTap("ow", SW, PL, "kw", 1, W, "iw"),
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
    case "maxPoolBackprop": {
      const DY = kv.elementAddress(core.inputs[1]!);
      lines = [
        `F.fill(0, ${OUT}, ${OUT + sizeOf(core.shape)});`,
        ...outer(["let m = -Infinity;", "let best = -1;", ...windowCells([`const v = F[${X} + at];`, "if (v > m || (best < 0 && v !== v)) {", "m = v;", "best = at;", "}"]), `if (best >= 0) F[${OUT} + best] += F[${DY} + o];`]),
      ];
      break;
    }
    case "avgPoolBackprop": {
      const DY = X;
      lines = [
        `F.fill(0, ${OUT}, ${OUT + sizeOf(core.shape)});`,
        ...outer([
          "let count = 0;",
          ...windowCells(["count++;"]),
          `const g = F[${DY} + o] / count;`,
          ...windowCells([`F[${OUT} + at] += g;`]),
        ]),
      ];
      break;
    }
  }
  return [...lines, ...epilogue(kv, [], new Block({ n: 0 }))];
}
