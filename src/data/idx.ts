// Reader for the IDX format of MNIST-style datasets (MNIST, Fashion-MNIST, KMNIST, EMNIST …).
//
// An IDX file is: two zero bytes, a type code (0x08 = unsigned byte, the only one these datasets
// use), the number of dimensions, each dimension as a big-endian uint32, then the data row-major.
// Images are 0x00000803 (N, rows, cols), labels 0x00000801 (N). Files may be gzipped (detected by the
// gzip magic 1f 8b, not by the name). Every structural problem is an error naming the file.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import type { HostTensor } from "../runtime/tensor.ts";
import type { Dataset } from "./batches.ts";

export const IDX_IMAGES_MAGIC = 0x00000803;
/** Unsigned bytes, 4 dimensions: [N, rows, cols, channels] (RGB images). */
export const IDX_COLOR_IMAGES_MAGIC = 0x00000804;
export const IDX_LABELS_MAGIC = 0x00000801;
const UBYTE = 0x08;

export class IdxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "IdxError";
  }
}

export interface IdxArray {
  readonly dims: readonly number[];
  readonly data: Uint8Array;
}

const hex8 = (v: number) => `0x${(v >>> 0).toString(16).padStart(8, "0")}`;

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** The file's bytes, gunzipped when they start with the gzip magic. */
export function readMaybeGzipped(file: string): Uint8Array {
  const raw = readFileSync(file);
  if (!isGzip(raw)) return raw;
  try {
    return gunzipSync(raw);
  } catch (e) {
    const why = (e as Error).message;
    const hint = /unexpected end/i.test(why) ? "the file is truncated (an interrupted download?)" : "the gzip stream is corrupt";
    throw new IdxError(`${file}: cannot gunzip: ${why} — ${hint}; fetch the file again`);
  }
}

/**
 * Parses IDX bytes whose magic must be `expectedMagic` (so a labels file passed as images is caught
 * here, not as a shape error later). `source` names the file in errors.
 */
export function parseIdx(bytes: Uint8Array, expectedMagic: number, source: string): IdxArray {
  const what = expectedMagic === IDX_IMAGES_MAGIC ? "an IDX images file" : expectedMagic === IDX_LABELS_MAGIC ? "an IDX labels file" : "an IDX file";
  if (bytes.length < 4) {
    throw new IdxError(`${source}: truncated: ${bytes.length} bytes, too short for the 4-byte IDX magic number (expected ${what})`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = view.getUint32(0, false);
  if (magic !== expectedMagic) {
    throw new IdxError(`${source}: bad magic number ${hex8(magic)}, expected ${hex8(expectedMagic)} (${what}, unsigned bytes, ${expectedMagic & 0xff} dimension(s))${magicHint(magic)}`);
  }
  const ndim = bytes[3]!;
  const headerBytes = 4 + 4 * ndim;
  if (bytes.length < headerBytes) {
    throw new IdxError(`${source}: truncated: the header declares ${ndim} dimensions (${headerBytes} header bytes) but the file has only ${bytes.length} bytes`);
  }
  const dims = Array.from({ length: ndim }, (_, i) => view.getUint32(4 + 4 * i, false));
  const expectedData = dims.reduce((a, b) => a * b, 1);
  const actualData = bytes.length - headerBytes;
  if (actualData < expectedData) {
    throw new IdxError(
      `${source}: truncated: dimensions ${dims.join("×")} need ${expectedData} data bytes after the ${headerBytes}-byte header, ` +
        `but the file has only ${actualData} (${((100 * actualData) / expectedData).toFixed(1)}%); fetch the file again`,
    );
  }
  if (actualData > expectedData) {
    throw new IdxError(`${source}: ${actualData - expectedData} unexpected bytes after the ${expectedData} data bytes of dimensions ${dims.join("×")}; is this really ${what}?`);
  }
  return { dims, data: bytes.subarray(headerBytes) };
}

const IDX_TYPE_NAMES: Record<number, string> = { 0x09: "signed byte", 0x0b: "int16", 0x0c: "int32", 0x0d: "float32", 0x0e: "float64" };

function magicHint(magic: number): string {
  if (magic === IDX_IMAGES_MAGIC) return " — this is an images file; pass it as images";
  if (magic === IDX_LABELS_MAGIC) return " — this is a labels file; pass it as labels";
  const typeCode = (magic >>> 8) & 0xff;
  if (magic >>> 16 === 0 && typeCode in IDX_TYPE_NAMES) {
    return ` — IDX element type ${IDX_TYPE_NAMES[typeCode]} (0x${typeCode.toString(16)}) is not supported, only unsigned bytes (0x08)`;
  }
  if (magic >>> 16 === 0 && typeCode === UBYTE) return ` — an unsigned-byte IDX file with ${magic & 0xff} dimension(s)`;
  return " — not an IDX file";
}

function magicOf(bytes: Uint8Array): number {
  return bytes.length >= 4 ? new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, false) : 0;
}

/** Images as f32 [N, rows, cols, channels] (NHWC) scaled to [0, 1]: 3-D files have one channel, 4-D files their last dimension. */
export function readIdxImages(file: string): HostTensor {
  const bytes = readMaybeGzipped(file);
  const { dims, data } = parseIdx(bytes, magicOf(bytes) === IDX_COLOR_IMAGES_MAGIC ? IDX_COLOR_IMAGES_MAGIC : IDX_IMAGES_MAGIC, file);
  const images = new Float32Array(data.length);
  for (let i = 0; i < data.length; i++) images[i] = data[i]! / 255;
  return { dtype: "f32", shape: [dims[0]!, dims[1]!, dims[2]!, dims[3] ?? 1], data: images };
}

/** What an IDX file holds, from its magic number: images (3-D or 4-D), labels (1-D), or neither. */
export function idxKind(file: string): "images" | "labels" | undefined {
  let bytes: Uint8Array;
  try {
    bytes = readMaybeGzipped(file);
  } catch {
    return undefined;
  }
  const magic = magicOf(bytes);
  return magic === IDX_IMAGES_MAGIC || magic === IDX_COLOR_IMAGES_MAGIC ? "images" : magic === IDX_LABELS_MAGIC ? "labels" : undefined;
}

/** Labels as i32 [N]. */
export function readIdxLabels(file: string): HostTensor {
  const { dims, data } = parseIdx(readMaybeGzipped(file), IDX_LABELS_MAGIC, file);
  return { dtype: "i32", shape: [dims[0]!], data: Int32Array.from(data) };
}

/** An images file and its labels file, checked to hold the same number of examples. */
export function loadIdxPair(imagesFile: string, labelsFile: string): Dataset {
  const x = readIdxImages(imagesFile);
  const y = readIdxLabels(labelsFile);
  if (x.shape[0] !== y.shape[0]) {
    throw new IdxError(
      `${labelsFile}: holds ${y.shape[0]} labels but ${imagesFile} holds ${x.shape[0]} images; expected one label per image — ` +
        `are the two files from the same split and the same dataset?`,
    );
  }
  return { x, y };
}

/**
 * `<dir>/<stem>.gz` or `<dir>/<stem>`, whichever exists (gz first); else the one file of `dir` whose
 * name has the split ("train", or "t10k"/"test") and whose IDX header says it holds `kind`, whatever
 * it is called; or an error listing what was looked for.
 */
function findIdxFile(dir: string, stem: string): string {
  const candidates = [`${stem}.gz`, stem, stem.replace(/-idx(\d)-ubyte$/, ".idx$1-ubyte")].map((f) => join(dir, f));
  const split = stem.startsWith("train") ? /train/i : /t10k|test/i;
  const kind = stem.includes("images") ? "images" : "labels";
  const byContent = () => {
    const matches = readdirSync(dir).filter((f) => split.test(f) && idxKind(join(dir, f)) === kind);
    return matches.length === 1 ? join(dir, matches[0]!) : undefined;
  };
  const found = candidates.find((f) => existsSync(f)) ?? byContent();
  if (!found) {
    throw new IdxError(`${dir}: no ${stem}[.gz] found (looked for ${candidates.join(", ")}); expected the four standard MNIST-style files, or one IDX ${kind} file whose name contains "${stem.startsWith("train") ? "train" : "test"}"`);
  }
  return found;
}

/**
 * The standard four files of an MNIST-style directory: train-{images-idx3,labels-idx1}-ubyte and
 * t10k-{…}, each optionally gzipped.
 */
export function loadIdxDataset(dir: string): { train: Dataset; test: Dataset } {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new IdxError(`${dir}: not a directory; pass the directory holding train-images-idx3-ubyte[.gz] and the three other IDX files`);
  }
  const pair = (prefix: string) =>
    loadIdxPair(findIdxFile(dir, `${prefix}-images-idx3-ubyte`), findIdxFile(dir, `${prefix}-labels-idx1-ubyte`));
  return { train: pair("train"), test: pair("t10k") };
}

// --- Fashion-MNIST from Debian's dataset-fashion-mnist package -------------------------------------

const FASHION_PACKAGE = "dataset-fashion-mnist";
/**
 * Where the package puts the files (/usr/share/datasets/fashion-mnist, checked with dpkg -L), then
 * other plausible places; the dpkg file list is read first so a layout change is followed.
 */
const FASHION_CANDIDATE_DIRS = ["/usr/share/datasets/fashion-mnist", "/usr/share/dataset-fashion-mnist", "/usr/share/fashion-mnist"];

export interface FashionLookupOptions {
  /** dpkg's database of installed file lists (tests point it elsewhere). */
  readonly dpkgInfoDir?: string;
  readonly candidateDirs?: readonly string[];
}

function holdsIdxTrainImages(dir: string): boolean {
  return existsSync(join(dir, "train-images-idx3-ubyte.gz")) || existsSync(join(dir, "train-images-idx3-ubyte"));
}

/** Directories of train-images files listed by dpkg for the package (empty when not installed). */
function dirsFromDpkgList(dpkgInfoDir: string): string[] {
  const list = join(dpkgInfoDir, `${FASHION_PACKAGE}.list`);
  if (!existsSync(list)) return [];
  return readFileSync(list, "utf8")
    .split("\n")
    .filter((p) => /\/train-images-idx3-ubyte(\.gz)?$/.test(p))
    .map((p) => p.slice(0, p.lastIndexOf("/")));
}

/** The directory of Debian's Fashion-MNIST files if the package is installed, else undefined. */
export function fashionMnistDir(options: FashionLookupOptions = {}): string | undefined {
  const { dpkgInfoDir = "/var/lib/dpkg/info", candidateDirs = FASHION_CANDIDATE_DIRS } = options;
  return [...dirsFromDpkgList(dpkgInfoDir), ...candidateDirs].find(holdsIdxTrainImages);
}

/** Like `fashionMnistDir`, but an error telling the user how to get the data when it is missing. */
export function requireFashionMnistDir(options: FashionLookupOptions = {}): string {
  const dir = fashionMnistDir(options);
  if (dir === undefined) {
    throw new IdxError(
      `Fashion-MNIST not found: Debian's ${FASHION_PACKAGE} package is not installed ` +
        `(looked in ${(options.candidateDirs ?? FASHION_CANDIDATE_DIRS).join(", ")}). ` +
        `Install it with \`apt-get install ${FASHION_PACKAGE}\`, or pass \`idx:<dir>\` naming a directory ` +
        `that holds train-images-idx3-ubyte[.gz], train-labels-idx1-ubyte[.gz], t10k-images-idx3-ubyte[.gz] and t10k-labels-idx1-ubyte[.gz].`,
    );
  }
  return dir;
}
