// Finds the user's call site for a DSL call: the first stack frame outside gradfuse's own src/.
import * as path from "node:path";
import { fileURLToPath } from "node:url";
import type { SourceLoc } from "./types.ts";

// src/ in the checkout, dist/ in the installed package: both, and the package's other code, are "own".
const CODE_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PACKAGE_DIR = path.dirname(CODE_DIR);
const OWN_DIRS = [CODE_DIR, path.join(PACKAGE_DIR, "src"), path.join(PACKAGE_DIR, "dist")].map((d) => d + path.sep);
const UNKNOWN: SourceLoc = { file: "<unknown>", line: 0, column: 0 };

const FRAME = /\(?((?:file:\/\/)?[^\s()]+?):(\d+):(\d+)\)?\s*$/;

function parseFrame(line: string): SourceLoc | undefined {
  const m = FRAME.exec(line.trim());
  if (!m) return undefined;
  let file = m[1]!;
  if (file.startsWith("file://")) file = fileURLToPath(file);
  if (!path.isAbsolute(file)) return undefined; // node:internal and friends
  return { file, line: Number(m[2]), column: Number(m[3]) };
}

function isOwnFrame(file: string): boolean {
  return OWN_DIRS.some((d) => file.startsWith(d)) || file.includes(`${path.sep}node_modules${path.sep}`);
}

/** The nearest stack frame that is not inside gradfuse's own code (src/ or dist/) or node_modules. */
export function callSite(): SourceLoc {
  // V8 keeps 10 frames by default; a layer built from activations built from Tensor methods is
  // deeper than that, and the user's frame would be cut off.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 64;
  const stack = new Error().stack ?? "";
  Error.stackTraceLimit = limit;
  for (const line of stack.split("\n").slice(1)) {
    const loc = parseFrame(line);
    if (loc && !isOwnFrame(loc.file)) {
      return { ...loc, file: path.relative(process.cwd(), loc.file) || loc.file };
    }
  }
  return UNKNOWN;
}
