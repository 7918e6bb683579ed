// The user's own data: CSV files (csv-parse), image folders (PNG by pngjs, JPEG by jpeg-js, resized
// to the graph's input, RGB or grayscale) and IDX files of any name and channel count. The tests
// write their files with the same libraries (csv-stringify for CSV).
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { stringify } from "csv-stringify/sync";
import { PNG } from "pngjs";
import { afterAll, describe, expect, it } from "vitest";
import { solidImage } from "./image-files.ts";
import { readCsvDataset } from "../src/data/csv.ts";
import { readImage, readImageFolder } from "../src/data/images.ts";
import { loadIdxDataset, readIdxImages } from "../src/data/idx.ts";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gradfuse-data-files-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("CSV", () => {
  it("reads numeric columns and a named label column, class names as sorted indices; quoting and CRLF", () => {
    const file = path.join(tmp, "iris.csv");
    const rows = [["sepal length", "width", "species", "petal"], ["5.1", "3.5", "setosa", "1.4"], ["7.0", "3.2", "versicolor", "4.7"], ["6.3", "3.3", "setosa", "6.0"]];
    fs.writeFileSync(file, stringify(rows, { quoted: true, record_delimiter: "windows" }));
    const d = readCsvDataset(file, { labelColumn: "species" });
    expect(d.features).toEqual(["sepal length", "width", "petal"]);
    expect(d.x.shape).toEqual([3, 3]);
    expect(Array.from(d.x.data)).toEqual([5.1, 3.5, 1.4, 7.0, 3.2, 4.7, 6.3, 3.3, 6.0].map(Math.fround));
    expect(d.classes).toEqual(["setosa", "versicolor"]);
    expect(Array.from(d.y.data)).toEqual([0, 1, 0]);
  });

  it("names the file, line and column of a cell that is not a number, and a missing label column", () => {
    const file = path.join(tmp, "bad.csv");
    fs.writeFileSync(file, stringify([["a", "b", "label"], ["1", "2", "0"], ["3", "x", "1"]]));
    expect(() => readCsvDataset(file)).toThrow(new RegExp(`${file}:3: column 'b' holds 'x', not a finite number`));
    expect(() => readCsvDataset(file, { labelColumn: "class" })).toThrow(/no column 'class' \(columns: a, b, label\); name the label column with --label-column/);
  });
});

describe("image folders", () => {
  it("decodes PNG and JPEG per class folder, resized to the input, RGB or grayscale", () => {
    const dir = path.join(tmp, "pets");
    fs.mkdirSync(path.join(dir, "cat"), { recursive: true });
    fs.mkdirSync(path.join(dir, "dog"), { recursive: true });
    fs.writeFileSync(path.join(dir, "cat", "a.png"), solidImage("png", 12, 10, [255, 0, 0]));
    fs.writeFileSync(path.join(dir, "cat", "b.jpg"), solidImage("jpg", 16, 16, [255, 0, 0]));
    fs.writeFileSync(path.join(dir, "dog", "a.png"), solidImage("png", 5, 7, [0, 0, 255]));
    fs.writeFileSync(path.join(dir, "dog", "notes.txt"), "not an image");
    const rgb = readImageFolder(dir, { height: 8, width: 8, channels: 3 });
    expect(rgb.classes).toEqual(["cat", "dog"]);
    expect(rgb.x.shape).toEqual([3, 8, 8, 3]);
    expect(Array.from(rgb.y.data)).toEqual([0, 0, 1]);
    const pixel = (i: number, k: number) => rgb.x.data[i * 192 + k]!;
    expect([pixel(0, 0), pixel(0, 1), pixel(0, 2)]).toEqual([1, 0, 0]); // PNG is lossless
    expect(pixel(1, 0)).toBeGreaterThan(0.95); // JPEG is close
    expect(pixel(1, 1)).toBeLessThan(0.05);
    expect([pixel(2, 0), pixel(2, 2)]).toEqual([0, 1]);
    const gray = readImage(path.join(dir, "cat", "a.png"), { height: 4, width: 4, channels: 1 });
    expect(gray.shape).toEqual([1, 4, 4, 1]);
    expect(gray.data[0]).toBeCloseTo(0.299, 6);
  });

  it("resizes bilinearly: a left-to-right ramp stays monotone and keeps its ends", () => {
    const width = 9;
    const png = new PNG({ width, height: 1 });
    for (let x = 0; x < width; x++) png.data.set([x * 30, x * 30, x * 30, 255], 4 * x);
    const file = path.join(tmp, "ramp.png");
    fs.writeFileSync(file, PNG.sync.write(png));
    const small = readImage(file, { height: 1, width: 3, channels: 1 });
    const v = Array.from(small.data);
    expect(v[0]).toBeLessThan(v[1]!);
    expect(v[1]).toBeLessThan(v[2]!);
    expect(v[1]).toBeCloseTo(120 / 255, 5); // the centre pixel samples the centre of the ramp
  });
});

describe("IDX of any name and channel count", () => {
  const idx = (magic: number, dims: number[], values: number[]) => {
    const header = Buffer.alloc(4 + 4 * dims.length);
    header.writeUInt32BE(magic, 0);
    dims.forEach((d, i) => header.writeUInt32BE(d, 4 + 4 * i));
    return Buffer.concat([header, Buffer.from(values)]);
  };

  it("finds train/test images and labels by their headers and reads 4-D images as [N, H, W, C]", () => {
    const dir = path.join(tmp, "cifar-like");
    fs.mkdirSync(dir);
    const pixels = Array.from({ length: 2 * 2 * 2 * 3 }, (_, i) => i * 10);
    fs.writeFileSync(path.join(dir, "my-train-x.bin"), idx(0x804, [2, 2, 2, 3], pixels));
    fs.writeFileSync(path.join(dir, "my-train-y.bin"), idx(0x801, [2], [1, 0]));
    fs.writeFileSync(path.join(dir, "my-test-x.bin"), idx(0x804, [2, 2, 2, 3], pixels));
    fs.writeFileSync(path.join(dir, "my-test-y.bin"), idx(0x801, [2], [0, 1]));
    const { train, test } = loadIdxDataset(dir);
    expect(train.x.shape).toEqual([2, 2, 2, 3]);
    expect(train.x.data[5]).toBeCloseTo(50 / 255, 6);
    expect(Array.from(test.y.data)).toEqual([0, 1]);
    expect(readIdxImages(path.join(dir, "my-test-x.bin")).shape).toEqual([2, 2, 2, 3]);
  });
});
