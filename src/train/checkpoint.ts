// Checkpoints in the safetensors format, written atomically.
//
// File layout (https://github.com/huggingface/safetensors, readable by its Python/Rust libraries):
//   bytes 0..8     N, the header length, little-endian u64
//   bytes 8..8+N   UTF-8 JSON: {"__metadata__": {string: string},
//                               "<name>": {"dtype": "F32" | "I32", "shape": [...], "data_offsets": [begin, end]}, …}
//                  padded with spaces so the data starts 8-byte aligned
//   then           the tensors' bytes, little-endian, row-major; offsets are relative to the end of
//                  the header; tensors are stored in name order, back to back, with no holes
//
// gradfuse conventions for what a training checkpoint holds:
//   tensors   "params/<name>"  the model's parameters (F32)
//             "opt/<name>"     optimizer state, e.g. "opt/adam.m/<param>" (F32), "opt/step" (I32 [1])
//             "rng/<stream>"   an RNG state as I32 [2] = [seed, counter], the uint32 bit patterns of
//                              data/rng.ts `RngState` (see `rngStateToTensor`); e.g. "rng/shuffle",
//                              "rng/augment", "rng/program" (the compiled program's random state)
//             "stats/<name>"   fitted preprocessing statistics (F32), e.g. "stats/mean"
//   metadata  "format"  "gradfuse-checkpoint/1"
//             "step", "epoch"  decimal integers (strings: metadata values are strings), via
//                              `trainingMetadata` / `readTrainingProgress`
//             anything else    free-form strings, e.g. "graph": the model's name, "config": JSON text
//
// Crash safety: `saveCheckpoint` writes a temporary file in the target's directory, fsyncs it, renames
// it over the target (atomic on POSIX file systems) and fsyncs the directory. At every instant the
// target is either the complete old checkpoint or the complete new one.
import * as nodeFs from "node:fs";
import { createHash, randomBytes } from "node:crypto";
import { endianness } from "node:os";
import { basename, dirname, join } from "node:path";
import type { DType, HostTensor } from "../runtime/tensor.ts";
import { numel } from "../runtime/tensor.ts";

export const CHECKPOINT_FORMAT = "gradfuse-checkpoint/1";
const METADATA_KEY = "__metadata__";
/** Metadata entry holding "sha256:<hex>" of the tensor table, the other metadata and the data bytes. */
export const CHECKSUM_KEY = "checksum";
/** The safetensors libraries refuse larger headers; so do we, before allocating or parsing. */
const MAX_HEADER_BYTES = 100_000_000;
const LITTLE_ENDIAN_HOST = endianness() === "LE";

const FILE_DTYPE: Record<DType, "F32" | "I32"> = { f32: "F32", i32: "I32" };
const HOST_DTYPE: Record<string, DType> = { F32: "f32", I32: "i32" };

export class CheckpointError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CheckpointError";
  }
}

export interface Checkpoint {
  readonly tensors: Record<string, HostTensor>;
  readonly metadata: Record<string, string>;
}

/** The file-system calls `saveCheckpoint` makes; tests replace some to simulate failures. */
export interface CheckpointFs {
  openSync: typeof nodeFs.openSync;
  writeSync: (fd: number, buffer: Uint8Array) => number;
  fsyncSync: typeof nodeFs.fsyncSync;
  closeSync: typeof nodeFs.closeSync;
  renameSync: typeof nodeFs.renameSync;
  unlinkSync: typeof nodeFs.unlinkSync;
}

const realFs: CheckpointFs = {
  openSync: nodeFs.openSync,
  writeSync: (fd, buffer) => nodeFs.writeSync(fd, buffer),
  fsyncSync: nodeFs.fsyncSync,
  closeSync: nodeFs.closeSync,
  renameSync: nodeFs.renameSync,
  unlinkSync: nodeFs.unlinkSync,
};

// --- writing ----------------------------------------------------------------------------------------

interface HeaderEntry {
  dtype: "F32" | "I32";
  shape: number[];
  data_offsets: [number, number];
}

function checkTensor(name: string, t: HostTensor): void {
  if (name === "" || name === METADATA_KEY) throw new CheckpointError(`saveCheckpoint: invalid tensor name '${name}'`);
  if (!(t.dtype in FILE_DTYPE)) throw new CheckpointError(`saveCheckpoint: tensor '${name}' has dtype ${String(t.dtype)}; only f32 and i32 are stored`);
  if (t.shape.some((d) => !Number.isInteger(d) || d < 0)) throw new CheckpointError(`saveCheckpoint: tensor '${name}' has an invalid shape [${t.shape}]`);
  if (numel(t.shape) !== t.data.length) {
    throw new CheckpointError(`saveCheckpoint: tensor '${name}' has shape [${t.shape}] (${numel(t.shape)} elements) but ${t.data.length} values`);
  }
}

/** The header bytes, padded with spaces to a multiple of 8 so the data section is 8-byte aligned. */
function encodeHeader(names: string[], tensors: Record<string, HostTensor>, metadata: Record<string, string>): Uint8Array {
  const header: Record<string, HeaderEntry | Record<string, string>> = {};
  if (Object.keys(metadata).length > 0) header[METADATA_KEY] = metadata;
  let offset = 0;
  for (const name of names) {
    const t = tensors[name]!;
    const bytes = t.data.length * 4;
    header[name] = { dtype: FILE_DTYPE[t.dtype], shape: [...t.shape], data_offsets: [offset, offset + bytes] };
    offset += bytes;
  }
  const json = new TextEncoder().encode(JSON.stringify(header));
  const padded = new Uint8Array(8 + Math.ceil(json.length / 8) * 8).fill(0x20);
  new DataView(padded.buffer).setBigUint64(0, BigInt(padded.length - 8), true);
  padded.set(json, 8);
  return padded;
}

/** The tensor's little-endian bytes, converting float64 host data to float32. */
function tensorBytes(t: HostTensor): Uint8Array {
  const typed = t.dtype === "f32" ? (t.data instanceof Float32Array ? t.data : Float32Array.from(t.data)) : t.data instanceof Int32Array ? t.data : Int32Array.from(t.data);
  const bytes = new Uint8Array(typed.buffer, typed.byteOffset, typed.byteLength);
  return LITTLE_ENDIAN_HOST ? bytes : swapBytes32(bytes);
}

function swapBytes32(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i += 4) {
    out[i] = bytes[i + 3]!;
    out[i + 1] = bytes[i + 2]!;
    out[i + 2] = bytes[i + 1]!;
    out[i + 3] = bytes[i]!;
  }
  return out;
}

function writeAll(fs: CheckpointFs, fd: number, bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.length) done += fs.writeSync(fd, bytes.subarray(done));
}

/** fsync of the directory makes the rename itself durable; some platforms cannot open a directory. */
function syncDirectory(fs: CheckpointFs, dir: string): void {
  let fd: number | undefined;
  try {
    fd = fs.openSync(dir, "r");
    fs.fsyncSync(fd);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== "EISDIR" && code !== "EPERM" && code !== "EINVAL") throw e;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * The checksum of a checkpoint's content: every tensor's name, dtype, shape and offsets, the metadata
 * other than the checksum itself, and the data bytes. Any flipped byte of a file changes it (or breaks
 * the header's structure, which parsing catches first).
 */
function contentChecksum(table: readonly (readonly [string, string, readonly number[], number, number])[], metadata: Record<string, string>, data: readonly Uint8Array[]): string {
  const hash = createHash("sha256");
  const meta = Object.entries(metadata)
    .filter(([k]) => k !== CHECKSUM_KEY)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  hash.update(JSON.stringify([[...table].sort((a, b) => (a[0] < b[0] ? -1 : 1)), meta]));
  for (const chunk of data) hash.update(chunk);
  return `sha256:${hash.digest("hex")}`;
}

/** Temporary files of earlier saves to `path` whose writer process is gone (killed mid-write). */
function strayTempFiles(path: string): string[] {
  const dir = dirname(path);
  const prefix = `.${basename(path)}.tmp-`;
  let names: string[];
  try {
    names = nodeFs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => n.startsWith(prefix))
    .filter((n) => {
      const pid = Number(/^(\d+)-[0-9a-f]+$/.exec(n.slice(prefix.length))?.[1]);
      return Number.isInteger(pid) && pid !== process.pid && !processAlive(pid);
    })
    .map((n) => join(dir, n));
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"; // alive, but another user's
  }
}

/**
 * Makes sure `file` can be written later: its directory exists (created now) and is a writable
 * directory. Called when a run starts, so `--checkpoint <file>/ck` fails before the first epoch.
 */
export function checkWritableFile(file: string, what = "checkpoint"): void {
  const dir = dirname(file);
  try {
    nodeFs.mkdirSync(dir, { recursive: true });
    nodeFs.accessSync(dir, nodeFs.constants.W_OK);
    if (nodeFs.existsSync(file) && nodeFs.statSync(file).isDirectory()) throw new Error(`${file} is a directory`);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "ENOTDIR" || code === "EEXIST" ? `a part of ${dir} is a file, not a directory` : code === "EACCES" ? `${dir} is not writable` : (e as Error).message;
    throw new CheckpointError(`${what} ${file}: cannot be written (${why}); choose another path`);
  }
}

export interface SaveOptions {
  /** Replaces file-system calls (tests simulate crashes with it). */
  readonly fs?: Partial<CheckpointFs>;
}

/**
 * Writes `tensors` and `metadata` to `path` atomically: either the old file or the complete new one
 * is there at any moment, even if the process dies mid-write.
 */
export function saveCheckpoint(path: string, tensors: Record<string, HostTensor>, metadata: Record<string, string> = {}, options: SaveOptions = {}): void {
  const fs: CheckpointFs = { ...realFs, ...options.fs };
  const names = Object.keys(tensors).sort();
  for (const name of names) checkTensor(name, tensors[name]!);
  for (const [k, v] of Object.entries(metadata)) {
    if (typeof v !== "string") throw new CheckpointError(`saveCheckpoint: metadata '${k}' is a ${typeof v}; safetensors metadata values must be strings (use String(value))`);
  }
  const dir = dirname(path);
  const data = names.map((name) => tensorBytes(tensors[name]!));
  let offset = 0;
  const table = names.map((name, i) => {
    const t = tensors[name]!;
    const entry = [name, FILE_DTYPE[t.dtype], [...t.shape], offset, offset + data[i]!.length] as const;
    offset += data[i]!.length;
    return entry;
  });
  const sealed = { ...metadata, [CHECKSUM_KEY]: contentChecksum(table, metadata, data) };
  for (const stray of strayTempFiles(path)) ignoreErrors(() => fs.unlinkSync(stray));
  // Unique even next to a stray temp file of an earlier crashed save ("wx" refuses to reuse one).
  const temp = join(dir, `.${basename(path)}.tmp-${process.pid}-${randomBytes(6).toString("hex")}`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(temp, "wx");
    writeAll(fs, fd, encodeHeader(names, tensors, sealed));
    for (const chunk of data) writeAll(fs, fd, chunk);
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fd = undefined;
    fs.renameSync(temp, path);
  } catch (e) {
    if (fd !== undefined) ignoreErrors(() => fs.closeSync(fd!));
    ignoreErrors(() => fs.unlinkSync(temp));
    throw new CheckpointError(`saveCheckpoint: could not write ${path}: ${(e as Error).message}; the previous checkpoint, if any, is unchanged`);
  }
  try {
    syncDirectory(fs, dir);
  } catch (e) {
    throw new CheckpointError(
      `saveCheckpoint: wrote ${path} but could not fsync its directory ${dir}: ${(e as Error).message}; the new checkpoint is in place but may not survive a power loss`,
    );
  }
}

function ignoreErrors(f: () => void): void {
  try {
    f();
  } catch {
    // Cleanup after a failure: the original error is the one to report.
  }
}

// --- reading ----------------------------------------------------------------------------------------

/** Reads and validates a safetensors checkpoint; tensors come back as f32 / i32 host tensors. */
export function loadCheckpoint(path: string): Checkpoint {
  let bytes: Uint8Array;
  try {
    bytes = nodeFs.readFileSync(path);
  } catch (e) {
    throw new CheckpointError(`loadCheckpoint: cannot read ${path}: ${(e as Error).message}`);
  }
  return parseCheckpoint(bytes, path);
}

/** Parses safetensors bytes; `source` names the file in errors. */
export function parseCheckpoint(bytes: Uint8Array, source = "<bytes>"): Checkpoint {
  const fail = (why: string): never => {
    throw new CheckpointError(`${source}: ${why}`);
  };
  if (bytes.length < 8) fail(`truncated: ${bytes.length} bytes, but a safetensors file starts with an 8-byte header length`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getBigUint64(0, true);
  if (headerLength > BigInt(MAX_HEADER_BYTES)) fail(`header length ${headerLength} exceeds ${MAX_HEADER_BYTES} bytes; this is not a safetensors file, or it is corrupt`);
  const dataStart = 8 + Number(headerLength);
  if (dataStart > bytes.length) fail(`truncated: the header claims ${headerLength} bytes but only ${bytes.length - 8} follow the length field`);
  const header = parseHeaderJson(bytes.subarray(8, dataStart), fail);
  const data = bytes.subarray(dataStart);

  const metadata = readMetadata(header[METADATA_KEY], fail);
  const entries = Object.entries(header).filter(([name]) => name !== METADATA_KEY);
  const spans = entries.map(([name, entry]) => ({ name, ...readEntry(name, entry, fail) }));
  checkSpans(spans, data.length, bytes.length, fail);
  verifyChecksum(metadata, spans, data, fail);
  const tensors: Record<string, HostTensor> = {};
  for (const s of spans) tensors[s.name] = decodeTensor(s.dtype, s.shape, data.subarray(s.begin, s.end));
  const { [CHECKSUM_KEY]: _checksum, ...rest } = metadata;
  return { tensors, metadata: rest };
}

/** Files written by gradfuse carry a checksum; files from other safetensors writers may not. */
function verifyChecksum(metadata: Record<string, string>, spans: readonly (Span & { name: string })[], data: Uint8Array, fail: (why: string) => never): void {
  const expected = metadata[CHECKSUM_KEY];
  if (expected === undefined) return;
  const table = spans.map((s) => [s.name, FILE_DTYPE[s.dtype], s.shape, s.begin, s.end] as const);
  const actual = contentChecksum(table, metadata, [data]);
  if (actual !== expected) {
    fail(`corrupt: the checksum in its metadata is ${expected} but the content hashes to ${actual}; the file was damaged after it was written — restore it from a backup or train afresh (--overwrite)`);
  }
}

function parseHeaderJson(raw: Uint8Array, fail: (why: string) => never): Record<string, unknown> {
  let header: unknown;
  try {
    header = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(raw));
  } catch (e) {
    fail(`the header is not valid UTF-8 JSON (${(e as Error).message}); the file is corrupt or not a safetensors file`);
  }
  if (typeof header !== "object" || header === null || Array.isArray(header)) fail("the header must be a JSON object of tensor entries");
  return header as Record<string, unknown>;
}

function readMetadata(raw: unknown, fail: (why: string) => never): Record<string, string> {
  if (raw === undefined) return {};
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) fail(`"${METADATA_KEY}" must be an object of strings`);
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (typeof v !== "string") fail(`metadata '${k}' must be a string, got ${JSON.stringify(v)}`);
    out[k] = v as string;
  }
  return out;
}

interface Span {
  readonly dtype: DType;
  readonly shape: number[];
  readonly begin: number;
  readonly end: number;
}

function readEntry(name: string, raw: unknown, fail: (why: string) => never): Span {
  const where = `tensor '${name}'`;
  if (typeof raw !== "object" || raw === null) fail(`${where}: expected {dtype, shape, data_offsets}, got ${JSON.stringify(raw)}`);
  const { dtype, shape, data_offsets: offsets } = raw as Record<string, unknown>;
  const hostDtype = typeof dtype === "string" ? HOST_DTYPE[dtype] : undefined;
  if (hostDtype === undefined) fail(`${where}: unsupported dtype ${JSON.stringify(dtype)}; gradfuse checkpoints hold F32 and I32 (convert other dtypes when exporting)`);
  const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
  if (!Array.isArray(shape) || !shape.every(isCount)) fail(`${where}: shape must be an array of non-negative integers, got ${JSON.stringify(shape)}`);
  if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every(isCount)) {
    fail(`${where}: data_offsets must be [begin, end] with non-negative integers, got ${JSON.stringify(offsets)}`);
  }
  const [begin, end] = offsets as [number, number];
  const need = numel(shape as number[]) * 4;
  if (end < begin || end - begin !== need) {
    fail(`${where}: data_offsets [${begin}, ${end}] span ${end - begin} bytes but ${dtype} [${shape}] needs ${need}`);
  }
  return { dtype: hostDtype!, shape: shape as number[], begin, end };
}

/** Every span inside the data section; together they tile it, as the format requires. */
function checkSpans(spans: readonly (Span & { name: string })[], dataLength: number, fileLength: number, fail: (why: string) => never): void {
  const sorted = [...spans].sort((a, b) => a.begin - b.begin || a.end - b.end);
  let covered = 0;
  for (const s of sorted) {
    if (s.end > dataLength) {
      fail(`truncated: tensor '${s.name}' needs data bytes [${s.begin}, ${s.end}) but the data section has only ${dataLength} (file size ${fileLength})`);
    }
    if (s.begin < covered) fail(`bad data_offsets: tensor '${s.name}' [${s.begin}, ${s.end}) overlaps the previous tensor, which ends at ${covered}`);
    if (s.begin > covered) fail(`bad data_offsets: bytes [${covered}, ${s.begin}) before tensor '${s.name}' belong to no tensor`);
    covered = s.end;
  }
  if (covered !== dataLength) fail(`bad data_offsets: ${dataLength - covered} bytes at the end of the file belong to no tensor`);
}

function decodeTensor(dtype: DType, shape: number[], raw: Uint8Array): HostTensor {
  // Copy into a fresh buffer: the span may not be 4-byte aligned in the file buffer. (Not raw.slice():
  // on a Node Buffer that is a view, not a copy.)
  const bytes = LITTLE_ENDIAN_HOST ? new Uint8Array(raw) : swapBytes32(raw);
  const data = dtype === "f32" ? new Float32Array(bytes.buffer, 0, bytes.length / 4) : new Int32Array(bytes.buffer, 0, bytes.length / 4);
  return { dtype, shape, data };
}

// --- conventions: progress and RNG state ------------------------------------------------------------

export interface TrainingProgress {
  readonly step: number;
  readonly epoch: number;
}

/** The metadata entries for the format tag, step and epoch. */
export function trainingMetadata(progress: TrainingProgress, extra: Record<string, string> = {}): Record<string, string> {
  return { ...extra, format: CHECKPOINT_FORMAT, step: String(progress.step), epoch: String(progress.epoch) };
}

/** Step and epoch from a checkpoint's metadata, with an error naming the missing or bad entry. */
export function readTrainingProgress(metadata: Record<string, string>, source = "checkpoint"): TrainingProgress {
  const read = (key: "step" | "epoch"): number => {
    const text = metadata[key];
    if (text === undefined || !/^\d+$/.test(text) || !Number.isSafeInteger(Number(text))) {
      throw new CheckpointError(`${source}: metadata '${key}' should be a non-negative decimal integer, got ${JSON.stringify(text)}; was it written with trainingMetadata()?`);
    }
    return Number(text);
  };
  return { step: read("step"), epoch: read("epoch") };
}

/** An RNG state {seed, counter} (uint32s) as the I32 [2] tensor stored under "rng/<stream>". */
export function rngStateToTensor(state: { readonly seed: number; readonly counter: number }): HostTensor {
  return { dtype: "i32", shape: [2], data: Int32Array.of(state.seed | 0, state.counter | 0) };
}

export function rngStateFromTensor(t: HostTensor, name = "rng state"): { seed: number; counter: number } {
  if (t.dtype !== "i32" || t.shape.length !== 1 || t.shape[0] !== 2) {
    throw new CheckpointError(`${name}: expected an I32 [2] tensor [seed, counter], got ${t.dtype} [${t.shape}]`);
  }
  return { seed: t.data[0]! >>> 0, counter: t.data[1]! >>> 0 };
}
