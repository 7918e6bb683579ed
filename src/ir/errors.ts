// Errors a user sees while building a graph. Each says what was wrong, where (the user's file:line)
// and how to fix it. Run-time feed errors are src/runtime/feeds.ts's FeedError.
import type { SourceLoc } from "./types.ts";
import { formatSource } from "./types.ts";

/** Thrown by a primitive's shape rule; the DSL adds the op name and the user's source location. */
export class ShapeError extends Error {
  constructor(
    readonly problem: string,
    readonly details: { formula?: string; hint?: string } = {},
  ) {
    // The message carries the formula and hint too, for ShapeErrors seen outside the DSL.
    super([problem, details.formula, details.hint && `hint: ${details.hint}`].filter(Boolean).join("\n"));
    this.name = "ShapeError";
  }
}

/** A ShapeError located at the user's call: "graphs/x.ts:12: conv2d: …". */
export class GraphError extends Error {
  constructor(
    readonly op: string,
    readonly source: SourceLoc,
    readonly problem: string,
    readonly context: { inputs?: string; attrs?: string; formula?: string; hint?: string } = {},
  ) {
    super(formatGraphError(op, source, problem, context));
    this.name = "GraphError";
  }
}

function formatGraphError(
  op: string,
  source: SourceLoc,
  problem: string,
  ctx: { inputs?: string; attrs?: string; formula?: string; hint?: string },
): string {
  const lines = [`${formatSource(source)}: ${op}: ${problem}`];
  if (ctx.inputs) lines.push(`  inputs:  ${ctx.inputs}`);
  if (ctx.attrs) lines.push(`  attrs:   ${ctx.attrs}`);
  if (ctx.formula) lines.push(`  formula: ${ctx.formula}`);
  if (ctx.hint) lines.push(`  hint:    ${ctx.hint}`);
  return lines.join("\n");
}

/** A graph the compiler cannot turn into a program (e.g. its memory does not fit), found before any code runs. */
export class CompileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CompileError";
  }
}
