// Renders a linked ProgramPlan as one standalone TypeScript module: ts-morph builds the source file
// (one real function per kernel, each with a comment listing its fused nodes, their source lines,
// resolved pads and shapes), prettier formats it. The module imports only `gradfuse/runtime`, by
// package name; its JavaScript (`<name>.js`) is the same module with the types stripped.
import { Project, ts, VariableDeclarationKind } from "ts-morph";
import * as prettier from "prettier";
import { formatCall } from "../../ir/print.ts";
import { formatShape, formatSource } from "../../ir/types.ts";
import type { Graph } from "../../ir/types.ts";
import type { Kernel, Plan, ProgramPlan, RowStage, RowsLayout } from "../../passes/plan.ts";
import { manifestOf, RUNTIME_PACKAGE } from "../manifest.ts";
import { POOL_ACCUMULATORS, poolAccumulatorSize, renderContraction, renderLoop, renderReduce, renderRows, renderWindow } from "./kernels.ts";
import { KernelValues } from "./values.ts";
import { commentSafe, distinctIdentifiers, literalOf, prefixesKernels, propertyKey } from "../names.ts";

export interface EmitOptions {
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
    case "rows":
      return renderRows(kv);
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
    ...(kernel.rows ? [rowsDoc(g, kernel.rows)] : []),
    "Fused nodes:",
    ...kernel.nodes.map((id) => `  ${commentSafe(`${formatCall(g.nodes[id]!)}   ${formatSource(g.nodes[id]!.source)}`)}`),
    `Reads: ${kernel.inputs.map(mem).join("; ") || "nothing"}`,
    `Writes: ${[...kernel.sideOutputs, kernel.output].map(mem).join("; ")}`,
  ];
  return lines.join("\n");
}

/** What a rows kernel does per row: "Per row of [64] × 10, in order: reduceMax %22 → reduceSum %26 → reduceSum %31." */
function rowsDoc(g: Graph, rows: RowsLayout): string {
  const step = (s: RowStage) => {
    const n = g.nodes[s.kind === "reduce" ? s.core : s.output]!;
    const what = s.kind === "reduce" ? n.op : s.per === "row" ? `${n.op} per row` : `${n.op} per element`;
    return `${what} %${n.id}`;
  };
  return `Per row of [${rows.lead.join(",")}] × ${rows.length}, in order: ${rows.stages.map(step).join(" → ")}.`;
}

/** An array of numbers as source text; unlike JSON it keeps NaN, ±Infinity and −0 (a folded 1/0 is ∞, not null → 0). */
function numbersLiteral(values: readonly number[]): string {
  const one = (v: number) => (Number.isNaN(v) ? "NaN" : v === Infinity ? "Infinity" : v === -Infinity ? "-Infinity" : Object.is(v, -0) ? "-0" : String(v));
  return `[${values.map(one).join(",")}]`;
}

/** The entry functions' names: distinct identifiers, clear of the module's own names. */
function entryIdentifiers(program: ProgramPlan): Map<string, string> {
  // Plain kernel names (see prefixesKernels) are reserved so no entry function takes one.
  const kernels = program.entries.filter((p) => !prefixesKernels(program, p.entry)).flatMap((p) => p.kernels.map((k) => k.name));
  return distinctIdentifiers(program.entries.map((p) => p.entry), [...kernels, "F", "I", "arena", "manifest", "instantiate", "createProgram", "Program", "randomKey", "uniformAt", "erf32"]);
}

function functionName(program: ProgramPlan, plan: Plan, kernel: Kernel): string {
  return prefixesKernels(program, plan.entry) ? `${entryIdentifiers(program).get(plan.entry)}_${kernel.name}` : kernel.name;
}


/** The doc comment of an entry function (a prepare entry says what it prepares and when it runs). */
function entryDoc(program: ProgramPlan, plan: Plan): string {
  const prepared = Object.entries(program.prepares ?? {}).find(([, prepare]) => prepare === plan.entry)?.[0];
  const doc = `Entry '${commentSafe(plan.entry)}': ${plan.kernels.length} kernels.`;
  if (prepared === undefined) return doc;
  return `${doc} The param-only work of '${commentSafe(prepared)}' (batch norm folded into the weights, …): ` +
    "Program.run runs it before that entry only when params changed since it last ran.";
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
    return `${arr}.copyWithin(${p.address / 4}, ${v.address / 4}, ${v.address / 4 + v.size}); // ${commentSafe(`${p.label} <- ${v.label}`)}`;
  });
  return [...calls, ...(copies.length ? ["// updates: every new value is in scratch memory, so the copies never read a param already written", ...copies] : [])];
}

/** The module's text before formatting (synchronous). */
export function renderModule(program: ProgramPlan, opts: EmitOptions): string {
  const project = new Project({ useInMemoryFileSystem: true });
  const sf = project.createSourceFile(`${opts.name}.ts`, "", { overwrite: true });
  const usesRandom = program.entries.some((p) => p.kernels.some((k) => k.nodes.some((id) => p.graph.nodes[id]!.op === "randomUniform")));
  const usesErf = program.entries.some((p) => p.kernels.some((k) => k.nodes.some((id) => p.graph.nodes[id]!.op === "erf")));
  sf.addImportDeclaration({
    moduleSpecifier: RUNTIME_PACKAGE,
    namedImports: ["Program", ...(usesRandom ? ["randomKey", "uniformAt"] : []), ...(usesErf ? ["erf32"] : [])],
  });
  sf.addImportDeclaration({ moduleSpecifier: RUNTIME_PACKAGE, namedImports: ["ProgramManifest"], isTypeOnly: true });
  sf.addVariableStatement({
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: ["Arena layout, params (with initializers), and each entry's inputs and outputs."],
    declarations: [{ name: "manifest", type: "ProgramManifest", initializer: literalOf(manifestOf(program, opts.name)) }],
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
    .map((slot) => `${slot.dtype === "i32" ? "I" : "F"}.set(${numbersLiteral(slot.constValue!)}, ${slot.address / 4}); // ${commentSafe(slot.name)}`);
  if (constants.length) inst.addStatements(constants);
  const accumulators = Math.max(0, ...program.entries.map((plan) => poolAccumulatorSize(plan.graph, plan.kernels)));
  if (accumulators) inst.addStatements(`const ${POOL_ACCUMULATORS} = new Float64Array(${accumulators}); // pool backprops accumulate here (float64, as the reference)`);
  inst.addFunctions(
    program.entries.flatMap((plan) => [
      ...plan.kernels.filter((kernel) => !kernel.view).map((kernel) => ({
        name: functionName(program, plan, kernel),
        docs: [kernelDoc(plan, kernel)],
        returnType: "void",
        statements: kernelBody(plan, kernel).join("\n"),
      })),
      {
        name: entryIdentifiers(program).get(plan.entry)!,
        docs: [entryDoc(program, plan)],
        returnType: "void",
        statements: entryBody(program, plan).join("\n"),
      },
    ]),
  );
  inst.addStatements(`return { ${program.entries.map((p) => `${propertyKey(p.entry)}: ${entryIdentifiers(program).get(p.entry)}`).join(", ")} };`);
  sf.addFunction({
    isExported: true,
    name: "createProgram",
    docs: ["A fresh Program (its own arena) running this module."],
    returnType: "Program",
    statements: ["return new Program(manifest, instantiate);"],
  });
  const header = [
    `// Generated by gradfuse from '${commentSafe(opts.name)}'. Do not edit: recompile the graph instead.`,
    `// Entries: ${program.entries.map((p) => `${commentSafe(p.entry)} (${p.kernels.length} kernels)`).join(", ")}; arena ${program.arenaBytes.toLocaleString("en-US")} bytes.`,
    "",
  ].join("\n");
  return header + sf.getFullText();
}

/** The formatted module (prettier 3 formats asynchronously). */
export async function emitModule(program: ProgramPlan, opts: EmitOptions): Promise<string> {
  return prettier.format(renderModule(program, opts), { parser: "typescript", printWidth: 120 });
}

/** The module's JavaScript: ES module syntax for `<name>.js`, CommonJS for evaluating it in-process. */
export function transpileModule(source: string, format: "esm" | "cjs"): string {
  const module = format === "esm" ? ts.ModuleKind.ESNext : ts.ModuleKind.CommonJS;
  return ts.transpileModule(source, { compilerOptions: { module, target: ts.ScriptTarget.ES2022 } }).outputText;
}

export { manifestOf };
