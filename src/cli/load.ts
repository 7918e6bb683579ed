// Loads a user's graph module: its default export must be a GraphDef made by defineGraph().
import * as fs from "node:fs";
import * as path from "node:path";
import { pathToFileURL } from "node:url";
import type { GraphDef } from "../dsl/builder.ts";

export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}

function isGraphDef(v: unknown): v is GraphDef {
  return typeof v === "object" && v !== null && typeof (v as GraphDef).build === "function" && typeof (v as GraphDef).name === "string";
}

export async function loadGraphDef(file: string): Promise<GraphDef> {
  const abs = path.resolve(file);
  if (!fs.existsSync(abs)) throw new CliError(`${file}: no such file (give the path of a graph module, e.g. graphs/lenet5.ts)`);
  if (!fs.statSync(abs).isFile()) throw new CliError(`${file}: is a directory, not a graph module (give a file, e.g. graphs/lenet5.ts)`);
  let mod: { default?: unknown };
  try {
    mod = (await import(pathToFileURL(abs).href)) as { default?: unknown };
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === "ERR_REQUIRE_CYCLE_MODULE" || code === "ERR_REQUIRE_ESM") {
      throw new CliError(
        `${file}: Node loaded this file as CommonJS (it is not inside a "type": "module" package); ` +
          "rename it to .mts, or add a package.json with \"type\": \"module\" next to it",
      );
    }
    throw e;
  }
  if (!isGraphDef(mod.default)) {
    throw new CliError(
      `${file}: the default export is not a graph definition; end the file with ` +
        "`export default defineGraph(\"name\", { N: 1 }, (g) => { ... })`",
    );
  }
  return mod.default;
}

/** Parses "--batch 64" style bindings: the batch size binds the symbol N. */
export function parseBatch(value: string | undefined): Record<string, number> {
  if (value === undefined) return {};
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`--batch must be a positive integer, got '${value}'`);
  return { N: n };
}
