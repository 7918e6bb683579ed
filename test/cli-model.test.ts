// The command line over the model API and the user's own data: train on a CSV or an image folder,
// run with --weights / --checkpoint on an --input file (text and --json), and the failures a user
// meets: a corrupt checkpoint, a checkpoint path under a file, a fresh run onto an existing checkpoint.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { stringify } from "csv-stringify/sync";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { main } from "../src/cli/main.ts";
import { readCsvDataset } from "../src/data/csv.ts";
import { Rng } from "../src/data/rng.ts";
import { model } from "../src/model/model.ts";
import { loadCheckpoint } from "../src/train/checkpoint.ts";
import csvClassifier from "./fixtures/csv_classifier.ts";
import { solidImage } from "./image-files.ts";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gradfuse-cli-model-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

let out = "";
let err = "";
beforeEach(() => {
  out = "";
  err = "";
  vi.spyOn(process.stdout, "write").mockImplementation((s) => ((out += String(s)), true));
  vi.spyOn(process.stderr, "write").mockImplementation((s) => ((err += String(s)), true));
});
afterEach(() => vi.restoreAllMocks());
const run = (...args: string[]) => main(["node", "gradfuse", ...args]);

/** Three separable classes in 4-D, with a named class column. */
function writeBlobsCsv(file: string, n: number, seed: number): void {
  const rng = new Rng(seed);
  const names = ["alpha", "beta", "gamma"];
  const rows: (string | number)[][] = [["f1", "f2", "f3", "f4", "kind"]];
  for (let i = 0; i < n; i++) {
    const c = i % 3;
    rows.push([...Array.from({ length: 4 }, (_, k) => ((k === c ? 2 : 0) + rng.normal() * 0.5).toFixed(4)), names[c]!]);
  }
  fs.writeFileSync(file, stringify(rows));
}

const GRAPH = "test/fixtures/csv_classifier.ts";

describe("train and run on a CSV", () => {
  const csv = path.join(tmp, "blobs.csv");
  const dir = path.join(tmp, "run-csv");
  const ckpt = path.join(dir, "ck.safetensors");
  const trainArgs = ["train", GRAPH, "--data", `csv:${csv}`, "--label-column", "kind", "--epochs", "3", "--batch", "8", "--lr", "0.05", "--backend", "interp", "--run-dir", dir, "--checkpoint", ckpt, "--json"];

  it("trains with --data csv: (a seeded test split), then refuses a fresh run onto its checkpoint unless --overwrite", async () => {
    writeBlobsCsv(csv, 60, 1);
    expect(await run(...trainArgs), err).toBe(0);
    const final = JSON.parse(out.trim().split("\n").pop()!);
    expect(final.final).toBe(true);
    expect(final.testAccuracy).toBeGreaterThan(0.8);
    const before = fs.readFileSync(ckpt);
    expect(await run(...trainArgs)).toBe(1);
    expect(err).toMatch(/gradfuse: checkpoint .*ck\.safetensors already exists \(an earlier run's\); continue it with --resume, replace it with --overwrite/);
    expect(fs.readFileSync(ckpt).equals(before)).toBe(true);
    expect(await run(...trainArgs, "--overwrite")).toBe(0);
  });

  it("run --checkpoint --input <csv> --json: one object per example, the same predictions as the model API", async () => {
    expect(await run("run", GRAPH, "--checkpoint", ckpt, "--input", csv, "--label-column", "kind", "--json"), err).toBe(0);
    const lines = out.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(60);
    expect(Object.keys(lines[0])).toEqual(["index", "predicted", "label"]);
    const m = await model(csvClassifier, { backend: "interp" });
    m.load(ckpt);
    const data = readCsvDataset(csv, { labelColumn: "kind" });
    const { logits } = await m.predict(data.x);
    const argmax = (i: number) => [0, 1, 2].reduce((b, c) => (logits!.data[i * 3 + c]! > logits!.data[i * 3 + b]! ? c : b), 0);
    expect(lines.map((l) => l.predicted)).toEqual(Array.from({ length: 60 }, (_, i) => data.classes![argmax(i)]));
    expect(lines.filter((l) => l.predicted === l.label).length).toBeGreaterThan(45);
  });

  it("run --weights reads what model.save wrote (the names of getWeights), and gives the same predictions", async () => {
    const m = await model(csvClassifier, { backend: "interp" });
    m.load(ckpt);
    const weights = path.join(tmp, "weights.safetensors");
    m.save(weights);
    expect(Object.keys(loadCheckpoint(weights).tensors).sort()).toEqual(Object.keys(m.getWeights()).sort());
    expect(await run("run", GRAPH, "--checkpoint", ckpt, "--input", csv, "--label-column", "kind")).toBe(0);
    const fromCheckpoint = out;
    out = "";
    expect(await run("run", GRAPH, "--weights", weights, "--input", csv, "--label-column", "kind")).toBe(0);
    expect(out).toBe(fromCheckpoint);
    expect(out).toMatch(/^predicted: (alpha|beta|gamma) .*\nlabels:    .*\n\d+ of 60 right/);
  });

  it("run --checkpoint with a corrupt file is one clear line, no stack", async () => {
    const bad = path.join(tmp, "corrupt.safetensors");
    const bytes = fs.readFileSync(ckpt);
    bytes[bytes.length - 10]! ^= 0xff;
    fs.writeFileSync(bad, bytes);
    expect(await run("run", GRAPH, "--checkpoint", bad, "--input", csv)).toBe(1);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).toMatch(/^gradfuse: --checkpoint .*corrupt\.safetensors: corrupt: the checksum in its metadata is sha256:/);
    expect(await run("run", GRAPH, "--checkpoint", path.join(tmp, "missing.safetensors"), "--input", csv)).toBe(1);
    expect(err.trim().split("\n")).toHaveLength(2);
  });

  it("train --checkpoint <file>/ck fails before the first epoch", async () => {
    expect(await run("train", GRAPH, "--data", `csv:${csv}`, "--label-column", "kind", "--batch", "8", "--backend", "interp", "--checkpoint", path.join(csv, "ck"))).toBe(1);
    expect(err).toMatch(/checkpoint .*blobs\.csv\/ck: cannot be written \(a part of .*blobs\.csv is a file, not a directory\); choose another path/);
    expect(err).not.toMatch(/epoch 1/);
  });
});

describe("image folders and image inputs", () => {
  it("trains on --data images:<dir> and predicts one --input image", async () => {
    const dir = path.join(tmp, "colours");
    for (const [cls, rgb] of [["blue", [0, 0, 255]], ["red", [255, 0, 0]]] as const) {
      fs.mkdirSync(path.join(dir, cls), { recursive: true });
      for (let i = 0; i < 6; i++) fs.writeFileSync(path.join(dir, cls, `${i}.${i % 2 ? "jpg" : "png"}`), solidImage(i % 2 ? "jpg" : "png", 10 + i, 12, rgb));
    }
    const ckpt = path.join(tmp, "colours.safetensors");
    const args = ["train", "test/fixtures/tiny_rgb.ts", "--data", `images:${dir}`, "--test-fraction", "0.25", "--epochs", "8", "--batch", "3", "--lr", "0.1", "--backend", "interp", "--run-dir", path.join(tmp, "colours-run"), "--checkpoint", ckpt, "--json"];
    expect(await run(...args), err).toBe(0);
    expect(JSON.parse(out.trim().split("\n").pop()!).testAccuracy).toBe(1);
    out = "";
    const red = path.join(tmp, "red.png");
    fs.writeFileSync(red, solidImage("png", 20, 20, [250, 10, 10]));
    expect(await run("run", "test/fixtures/tiny_rgb.ts", "--checkpoint", ckpt, "--input", red, "--json"), err).toBe(0);
    expect(JSON.parse(out.trim())).toEqual({ index: 0, predicted: 1 });
  });
});

describe("gradfuse summary", () => {
  it("prints the layer table: AlexNet's 62,378,344 parameters, layers by the line that made them", async () => {
    expect(await run("summary", "graphs/alexnet.ts"), err).toBe(0);
    expect(out).toContain("Total params: 62,378,344 (trainable 62,378,344, non-trainable 0)");
    expect(out).toMatch(/fc8 \(dense\)\s+\(N, 1000\)\s+4,097,000\s+graphs\/alexnet\.ts:\d+/);
  });
});
