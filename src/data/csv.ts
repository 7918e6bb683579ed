// CSV datasets: numeric feature columns and one label column, read with csv-parse (quoting, CRLF,
// a header row, empty lines). Labels are integer class indices, or class names mapped to indices in
// sorted order. A cell that is not a number is an error naming the file, the line and the column.
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import type { Dataset } from "./batches.ts";

export class CsvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CsvError";
  }
}

export interface CsvOptions {
  /** The label column's header (default "label"); `null` reads features only (for prediction). */
  readonly labelColumn?: string | null;
}

export interface CsvDataset extends Dataset {
  /** Feature column names, in the order of x's columns. */
  readonly features: readonly string[];
  /** Class names when the labels are not integers (index i is class i). */
  readonly classes?: readonly string[];
  /** Whether y holds the file's labels (false when read without a label column: y is zeros). */
  readonly hasLabels: boolean;
}

interface Row {
  readonly record: Record<string, string>;
  readonly line: number;
}

function readRows(file: string): { header: string[]; rows: Row[] } {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new CsvError(`${file}: cannot read: ${(e as Error).message}`);
  }
  let header: string[] = [];
  let parsed: { record: Record<string, string>; info: { lines: number } }[];
  try {
    parsed = parse(text, {
      columns: (h: string[]) => (header = h.map((c) => c.trim())),
      skip_empty_lines: true,
      trim: true,
      info: true,
      bom: true,
    }) as typeof parsed;
  } catch (e) {
    throw new CsvError(`${file}: ${(e as Error).message}`);
  }
  return { header, rows: parsed.map((p) => ({ record: p.record, line: p.info.lines })) };
}

/** Integer labels as they are; otherwise class names, sorted, as indices. */
function labelsOf(file: string, column: string, rows: readonly Row[]): { y: Int32Array; classes?: string[] } {
  const values = rows.map((r) => r.record[column]!);
  if (values.every((v) => /^\d+$/.test(v))) return { y: Int32Array.from(values, Number) };
  const bad = rows.find((r) => /^-?\d*\.\d+$|^-\d+$/.test(r.record[column]!));
  if (bad) throw new CsvError(`${file}:${bad.line}: label '${bad.record[column]}' in column '${column}' is not a class index (a non-negative integer) or a class name`);
  const classes = [...new Set(values)].sort();
  const index = new Map(classes.map((c, i) => [c, i]));
  return { y: Int32Array.from(values, (v) => index.get(v)!), classes };
}

/** A CSV file as a dataset: x f32 [rows, features], y i32 [rows]. */
export function readCsvDataset(file: string, opts: CsvOptions = {}): CsvDataset {
  const { header, rows } = readRows(file);
  if (!rows.length) throw new CsvError(`${file}: no data rows after the header`);
  const labelColumn = opts.labelColumn === undefined ? "label" : opts.labelColumn;
  if (labelColumn !== null && !header.includes(labelColumn)) {
    throw new CsvError(`${file}: no column '${labelColumn}' (columns: ${header.join(", ")}); name the label column with --label-column <name>`);
  }
  const hasLabels = labelColumn !== null;
  const features = header.filter((c) => c !== labelColumn);
  const x = new Float32Array(rows.length * features.length);
  rows.forEach((r, i) =>
    features.forEach((c, j) => {
      const cell = r.record[c] ?? "";
      const v = cell === "" ? NaN : Number(cell);
      if (!Number.isFinite(v)) throw new CsvError(`${file}:${r.line}: column '${c}' holds '${cell}', not a finite number`);
      x[i * features.length + j] = v;
    }),
  );
  const labels = hasLabels ? labelsOf(file, labelColumn!, rows) : { y: new Int32Array(rows.length) };
  return {
    x: { dtype: "f32", shape: [rows.length, features.length], data: x },
    y: { dtype: "i32", shape: [rows.length], data: labels.y },
    features,
    ...(labels.classes ? { classes: labels.classes } : {}),
    hasLabels,
  };
}

/** Features of a CSV for prediction: the label column, if there, is kept aside as the labels. */
export function readCsvFeatures(file: string, labelColumn = "label"): CsvDataset {
  const { header } = readRows(file);
  return readCsvDataset(file, { labelColumn: header.includes(labelColumn) ? labelColumn : null });
}
