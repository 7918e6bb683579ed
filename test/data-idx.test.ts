// The IDX reader on small files the test writes itself: plain and gzipped, and every error case.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import {
  IDX_IMAGES_MAGIC,
  IDX_LABELS_MAGIC,
  fashionMnistDir,
  loadIdxDataset,
  loadIdxPair,
  readIdxImages,
  readIdxLabels,
  requireFashionMnistDir,
} from "../src/data/idx.ts";

const root = mkdtempSync(join(tmpdir(), "gradfuse-idx-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** An IDX file: magic, big-endian dims, then the bytes. */
function idxBytes(magic: number, dims: number[], data: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(4 + 4 * dims.length + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, magic, false);
  dims.forEach((d, i) => view.setUint32(4 + 4 * i, d, false));
  out.set(Array.from(data), 4 + 4 * dims.length);
  return out;
}

function imagesBytes(n: number, rows: number, cols: number): Uint8Array {
  return idxBytes(IDX_IMAGES_MAGIC, [n, rows, cols], Array.from({ length: n * rows * cols }, (_, i) => (i * 7) % 256));
}

function labelsBytes(labels: number[]): Uint8Array {
  return idxBytes(IDX_LABELS_MAGIC, [labels.length], labels);
}

function write(name: string, bytes: Uint8Array, gzip = false): string {
  const file = join(root, name);
  writeFileSync(file, gzip ? gzipSync(bytes) : bytes);
  return file;
}

describe("IDX reader", () => {
  it("reads images as f32 NHWC in [0, 1] and labels as i32, plain or gzipped alike", () => {
    for (const gzip of [false, true]) {
      const images = readIdxImages(write(`img-${gzip}`, imagesBytes(3, 2, 4), gzip));
      expect(images.dtype).toBe("f32");
      expect(images.shape).toEqual([3, 2, 4, 1]);
      expect(images.data[0]).toBe(0);
      expect(images.data[1]).toBeCloseTo(7 / 255, 7);
      expect(images.data[23]).toBeCloseTo(((23 * 7) % 256) / 255, 7);
      const labels = readIdxLabels(write(`lab-${gzip}`, labelsBytes([3, 1, 4]), gzip));
      expect(labels).toEqual({ dtype: "i32", shape: [3], data: Int32Array.of(3, 1, 4) });
    }
  });

  it("detects gzip by its magic bytes, not by the file name", () => {
    const images = readIdxImages(write("gzipped-without-suffix", imagesBytes(1, 2, 2), true));
    expect(images.shape).toEqual([1, 2, 2, 1]);
  });

  it("reports a truncated data section with the file and the expected size", () => {
    const full = imagesBytes(2, 3, 3);
    const file = write("short-images", full.subarray(0, full.length - 5));
    expect(() => readIdxImages(file)).toThrow(new RegExp(`${file}: truncated: dimensions 2×3×3 need 18 data bytes.*only 13`));
  });

  it("reports a truncated header and a truncated gzip stream", () => {
    const header = write("short-header", imagesBytes(1, 1, 1).subarray(0, 9));
    expect(() => readIdxImages(header)).toThrow(/short-header: truncated: the header declares 3 dimensions \(16 header bytes\) but the file has only 9/);
    const gz = gzipSync(imagesBytes(4, 8, 8));
    const cut = write("cut.gz", gz.subarray(0, gz.length - 20));
    expect(() => readIdxImages(cut)).toThrow(/cut\.gz: cannot gunzip.*truncated/);
    const tiny = write("tiny", Uint8Array.of(0, 0));
    expect(() => readIdxLabels(tiny)).toThrow(/tiny: truncated: 2 bytes/);
  });

  it("reports a bad magic number, saying what was expected and what the file looks like", () => {
    const labels = write("labels-as-images", labelsBytes([1, 2]));
    expect(() => readIdxImages(labels)).toThrow(/labels-as-images: bad magic number 0x00000801, expected 0x00000803.*this is a labels file/);
    const floats = write("floats", idxBytes(0x00000d01, [1], [0, 0, 0, 0]));
    expect(() => readIdxLabels(floats)).toThrow(/float32 \(0xd\) is not supported/);
    const text = write("text", new TextEncoder().encode("hello world"));
    expect(() => readIdxLabels(text)).toThrow(/text: bad magic number 0x68656c6c, expected 0x00000801.*not an IDX file/);
  });

  it("rejects trailing bytes after the declared data", () => {
    const file = write("long-labels", Uint8Array.of(...labelsBytes([1, 2]), 9, 9));
    expect(() => readIdxLabels(file)).toThrow(/long-labels: 2 unexpected bytes after the 2 data bytes/);
  });

  it("reports a count mismatch between images and labels, naming both files", () => {
    const images = write("pair-images", imagesBytes(3, 2, 2));
    const labels = write("pair-labels", labelsBytes([0, 1]));
    expect(() => loadIdxPair(images, labels)).toThrow(/pair-labels: holds 2 labels but .*pair-images holds 3 images; expected one label per image/);
  });
});

describe("IDX directories", () => {
  it("loads the four standard files, gzipped or not", () => {
    const dir = join(root, "mnist-like");
    mkdirSync(dir);
    writeFileSync(join(dir, "train-images-idx3-ubyte.gz"), gzipSync(imagesBytes(5, 4, 4)));
    writeFileSync(join(dir, "train-labels-idx1-ubyte.gz"), gzipSync(labelsBytes([0, 1, 2, 3, 4])));
    writeFileSync(join(dir, "t10k-images-idx3-ubyte"), imagesBytes(2, 4, 4));
    writeFileSync(join(dir, "t10k-labels-idx1-ubyte"), labelsBytes([9, 8]));
    const { train, test } = loadIdxDataset(dir);
    expect(train.x.shape).toEqual([5, 4, 4, 1]);
    expect(Array.from(train.y.data)).toEqual([0, 1, 2, 3, 4]);
    expect(test.x.shape).toEqual([2, 4, 4, 1]);
    expect(Array.from(test.y.data)).toEqual([9, 8]);
  });

  it("says which file is missing", () => {
    const dir = join(root, "incomplete");
    mkdirSync(dir);
    writeFileSync(join(dir, "train-images-idx3-ubyte"), imagesBytes(1, 1, 1));
    expect(() => loadIdxDataset(dir)).toThrow(/no train-labels-idx1-ubyte\[\.gz\] found/);
    expect(() => loadIdxDataset(join(root, "nowhere"))).toThrow(/not a directory/);
  });

  it("finds Fashion-MNIST through dpkg's file list, or explains how to install it", () => {
    const dpkg = join(root, "dpkg-info");
    const data = join(root, "usr-share-fashion");
    mkdirSync(dpkg);
    mkdirSync(data);
    writeFileSync(join(data, "train-images-idx3-ubyte.gz"), gzipSync(imagesBytes(1, 1, 1)));
    expect(fashionMnistDir({ dpkgInfoDir: dpkg, candidateDirs: [] })).toBeUndefined();
    expect(() => requireFashionMnistDir({ dpkgInfoDir: dpkg, candidateDirs: [] })).toThrow(/apt-get install dataset-fashion-mnist.*idx:<dir>/);
    writeFileSync(join(dpkg, "dataset-fashion-mnist.list"), `/.\n${data}\n${data}/train-images-idx3-ubyte.gz\n`);
    expect(fashionMnistDir({ dpkgInfoDir: dpkg, candidateDirs: [] })).toBe(data);
    expect(fashionMnistDir({ dpkgInfoDir: join(root, "none"), candidateDirs: ["/nonexistent", data] })).toBe(data);
  });
});
