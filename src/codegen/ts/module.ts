// Renders a linked ProgramPlan as one standalone TypeScript module: ts-morph builds the source file
// (one real function per kernel, each with a comment listing its fused nodes, their source lines,
// resolved pads and shapes), prettier formats it. The module imports only src/runtime/.
import { Project, VariableDeclarationKind } from "ts-morph";
import * as prettier from "prettier";
import { formatCall } from "../../ir/print.ts";
import { formatShape, formatSource } from "../../ir/types.ts";
import type { Graph } from "../../ir/types.ts";
import type { Kernel, Plan, ProgramPlan } from "../../passes/plan.ts";
import type { ProgramManifest } from "../../runtime/program.ts";
import { renderContraction, renderLoop, renderReduce, renderWindow } from "./kernels.ts";
import { KernelValues } from "./values.ts";

export interface EmitOptions {
  /** Module specifier of the src/runtime/ directory as seen from the generated file (no trailing slash). */
  readonly runtimeImport: string;
  /** Name of the program (the manifest's name and the header). */
  readonly name: string;
}

function kernelBody(plan: Plan, kernel: Kernel): string[] {
  const kv = new KernelValues(plan, kernel);
  switch (kernel.kind) {
    case "loop":
      return renderLoop(kv);
    case "reduce":
      return renderReduce(kv);
    case "contraction":
      return renderContraction(kv);
    case "window":
      return renderWindow(kv);
  }
}

/** The doc comment of a kernel: what it fuses, where the user wrote it, and what it reads and writes. */
function kernelDoc(plan: Plan, kernel: Kernel): string {
  const g = plan.graph;
  const mem = (id: number) => {
    const b = plan.buffers[plan.bufferOf[id]!]!;
    return `%${id} ${b.label} ${formatShape(b.dtype, b.shape)} @${b.address}`;
  };
  const lines = [
    `${kernel.kind} kernel: ${kernel.flops.toLocaleString("en-US")} FLOPs, ${kernel.bytes.toLocaleString("en-US")} bytes moved.`,
    "Fused nodes:",
    ...kernel.nodes.map((id) => `  ${formatCall(g.nodes[id]!)}   ${formatSource(g.nodes[id]!.source)}`),
    `Reads: ${kernel.inputs.map(mem).join("; ") || "nothing"}`,
    `Writes: ${[...kernel.sideOutputs, kernel.output].map(mem).join("; ")}`,
  ];
  return lines.join("\n");
}

function functionName(program: ProgramPlan, plan: Plan, kernel: Kernel): string {
  return program.entries.length > 1 ? `${plan.entry.replace(/\W/g, "_")}_${kernel.name}` : kernel.name;
}

/**
 * For each input node that reaches the indices of a gather/scatterAdd through movements only: the
 * smallest table extent it indexes, with that op and its source line (the runtime checks feeds).
 */
function indexRanges(g: Graph): Map<number, { limit: number; op: string; source: string }> {
  const ranges = new Map<number, { limit: number; op: string; source: string }>();
  const THROUGH = new Set(["reshape", "transpose", "slice", "broadcast", "stopGradient"]);
  for (const n of g.nodes) {
    if (n.op !== "gather" && n.op !== "scatterAdd") continue;
    const limit = n.op === "gather" ? g.nodes[n.inputs[0]!]!.shape[n.attrs.axis]! : n.attrs.shape[n.attrs.axis]!;
    let v = g.nodes[n.inputs[1]!]!;
    while (THROUGH.has(v.op)) v = g.nodes[v.inputs[0]!]!;
    if (v.op !== "input") continue;
    const known = ranges.get(v.id);
    if (!known || limit < known.limit) ranges.set(v.id, { limit, op: n.op, source: formatSource(n.source) });
  }
  return ranges;
}

export function manifestOf(program: ProgramPlan, name: string): ProgramManifest {
  const entries: Record<string, ProgramManifest["entries"][string]> = {};
  for (const plan of program.entries) {
    const ranges = indexRanges(plan.graph);
    const slot = (nameOf: string, buffer: number) => {
      const b = plan.buffers[buffer]!;
      const range = ranges.get(b.node);
      return { name: nameOf, dtype: b.dtype, shape: [...b.shape], address: b.address, ...(range ? { indexRange: range } : {}) };
    };
    entries[plan.entry] = {
      inputs: plan.inputs.map((i) => slot(i.name, i.buffer)),
      outputs: plan.outputs.map((o) => slot(o.name, o.buffer)),
      params: plan.buffers.filter((b) => b.param && b.inPlaceOf === undefined).map((b) => b.param!.name),
    };
  }
  const params = program.persistent
    .filter((p) => p.init !== undefined)
    .map((p) => ({ name: p.name, dtype: p.dtype, shape: [...p.shape], address: p.address, init: p.init!, trainable: p.trainable ?? true }));
  return { name, arenaBytes: program.arenaBytes, params, entries };
}

/** Statements of an entry function: its kernels in order, then the update copies. */
function entryBody(program: ProgramPlan, plan: Plan): string[] {
  const calls = plan.kernels.map((k) =>
    k.view ? `// ${functionName(program, plan, k)}: a reshape of %${k.inputs[0]}, same bytes (no code)` : `${functionName(program, plan, k)}();`,
  );
  const copies = plan.updates.map((u) => {
    const p = plan.buffers[u.param]!;
    const v = plan.buffers[u.value]!;
    const arr = p.dtype === "i32" ? "I" : "F";
    return `${arr}.copyWithin(${p.address / 4}, ${v.address / 4}, ${v.address / 4 + v.size}); // ${p.label} <- ${v.label}`;
  });
  return [...calls, ...(copies.length ? ["// updates: every new value is in scratch memory, so the copies never read a param already written", ...copies] : [])];
}

/** The module's text before formatting (synchronous). */
export function renderModule(program: ProgramPlan, opts: EmitOptions): string {
  const project = new Project({ useInMemoryFileSystem: true });
  const sf = project.createSourceFile(`${opts.name}.ts`, "", { overwrite: true });
  const usesRandom = program.entries.some((p) => p.kernels.some((k) => k.nodes.some((id) => p.graph.nodes[id]!.op === "randomUniform")));
  if (usesRandom) sf.addImportDeclaration({ moduleSpecifier: `${opts.runtimeImport}/random.ts`, namedImports: ["randomKey", "uniformAt"] });
  const usesErf = program.entries.some((p) => p.kernels.some((k) => k.nodes.some((id) => p.graph.nodes[id]!.op === "erf")));
  if (usesErf) sf.addImportDeclaration({ moduleSpecifier: `${opts.runtimeImport}/math.ts`, namedImports: ["erf32"] });
  sf.addImportDeclaration({ moduleSpecifier: `${opts.runtimeImport}/program.ts`, namedImports: ["Program"] });
  sf.addImportDeclaration({ moduleSpecifier: `${opts.runtimeImport}/program.ts`, namedImports: ["ProgramManifest"], isTypeOnly: true });
  sf.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["Arena layout, params (with initializers), and each entry's inputs and outputs."],
    declarations: [{ name: "manifest", type: "ProgramManifest", initializer: JSON.stringify(manifestOf(program, opts.name)) }],
  });
  const inst = sf.addFunction({
    isExported: true,
    name: "instantiate",
    docs: ["The entry functions over `arena` (params are read and updated in place; see manifest for addresses)."],
    parameters: [{ name: "arena", type: "ArrayBuffer" }],
    returnType: "Record<string, () => void>",
    statements: ["const F = new Float32Array(arena);", "const I = new Int32Array(arena);"],
  });
  // One insertion per kind of statement: ts-morph re-parses the file on every insertion.
  const constants = program.persistent
    .filter((slot) => slot.constValue)
    .map((slot) => `${slot.dtype === "i32" ? "I" : "F"}.set(${JSON.stringify(slot.constValue)}, ${slot.address / 4}); // ${slot.name}`);
  if (constants.length) inst.addStatements(constants);
  inst.addFunctions(
    program.entries.flatMap((plan) => [
      ...plan.kernels.filter((kernel) => !kernel.view).map((kernel) => ({
        name: functionName(program, plan, kernel),
        docs: [kernelDoc(plan, kernel)],
        returnType: "void",
        statements: kernelBody(plan, kernel).join("\n"),
      })),
      {
        name: plan.entry.replace(/\W/g, "_"),
        docs: [`Entry '${plan.entry}': ${plan.kernels.length} kernels.`],
        returnType: "void",
        statements: entryBody(program, plan).join("\n"),
      },
    ]),
  );
  inst.addStatements(`return { ${program.entries.map((p) => `${JSON.stringify(p.entry)}: ${p.entry.replace(/\W/g, "_")}`).join(", ")} };`);
  sf.addFunction({
    isExported: true,
    name: "createProgram",
    docs: ["A fresh Program (its own arena) running this module."],
    returnType: "Program",
    statements: ["return new Program(manifest, instantiate);"],
  });
  const header = [
    `// Generated by gradfuse from '${opts.name}'. Do not edit: recompile the graph instead.`,
    `// Entries: ${program.entries.map((p) => `${p.entry} (${p.kernels.length} kernels)`).join(", ")}; arena ${program.arenaBytes.toLocaleString("en-US")} bytes.`,
    "",
  ].join("\n");
  return header + sf.getFullText();
}

/** The formatted module (prettier 3 formats asynchronously). */
export async function emitModule(program: ProgramPlan, opts: EmitOptions): Promise<string> {
  return prettier.format(renderModule(program, opts), { parser: "typescript", printWidth: 120 });
}
