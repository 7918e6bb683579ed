// What the CLI prints for a failure the user can fix: one clear message, no stack. A user error is one
// of gradfuse's own error classes (graph, feed, compile, optimizer, schedule, checkpoint, CLI), a syntax
// error in the user's graph file (esbuild's TransformError, shown as `file:line:col: message`), or a
// file-system error on a path the user gave (`<path>: is a directory`). Anything else is a gradfuse bug
// and keeps its stack.
import * as path from "node:path";

const USER_ERRORS = new Set([
  "GraphError", "ShapeError", "CliError", "FeedError", "CompileError", "OptimizerError", "ScheduleError",
  "CheckpointError", "InitError", "DataError", "IdxError", "ProgramDirError",
  "OnnxExportError", "OnnxImportError", "SafetensorsError", "TorchWeightsError", "CsvError", "ImageError", "TrainingDivergedError", "IndexError",
]);

const FS_REASONS: Readonly<Record<string, string>> = {
  ENOENT: "no such file or directory",
  EISDIR: "is a directory, not a file",
  ENOTDIR: "a part of the path is a file, not a directory",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EEXIST: "already exists",
  ENOSPC: "no space left on the device",
  EROFS: "read-only file system",
};

interface EsbuildMessage {
  readonly text: string;
  readonly location?: { readonly file: string; readonly line: number; readonly column: number } | null;
}

/** The message to print for `e` when it is a user error, else undefined (a bug: let it show its stack). */
export function userErrorMessage(e: unknown): string | undefined {
  if (!(e instanceof Error)) return undefined;
  if (USER_ERRORS.has(e.name)) return e.message;
  const errors = (e as { errors?: EsbuildMessage[] }).errors;
  if (e.name === "TransformError") return Array.isArray(errors) && errors.length ? syntaxErrors(errors) : syntaxErrorsFromText(e.message);
  const { code, path: file, syscall } = e as { code?: string; path?: string; syscall?: string };
  if (code && FS_REASONS[code] && file) {
    return `${path.relative(process.cwd(), file) || file}: ${FS_REASONS[code]}${syscall ? ` (${syscall})` : ""}`;
  }
  return undefined;
}

/** tsx rethrows esbuild's failure as text: "Transform failed with 1 error:\n<file>:<line>:<col>: ERROR: <text>". */
function syntaxErrorsFromText(message: string): string {
  const found = [...message.matchAll(/^(.+?):(\d+):(\d+): ERROR: (.*)$/gm)];
  if (!found.length) return message;
  return syntaxErrors(found.map(([, file, line, column, text]) => ({ text: text!, location: { file: file!, line: Number(line), column: Number(column) } })));
}

/** esbuild's messages as `file:line:col: message` lines (column 1-based, as editors count). */
function syntaxErrors(errors: readonly EsbuildMessage[]): string {
  return errors
    .map((m) => {
      const at = m.location ? `${path.relative(process.cwd(), m.location.file) || m.location.file}:${m.location.line}:${m.location.column + 1}: ` : "";
      return `${at}syntax error: ${m.text}`;
    })
    .join("\n");
}
