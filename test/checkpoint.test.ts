// Safetensors checkpoints: round trip, crash safety of the atomic write, validation errors, and
// compatibility with an independent minimal parser.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { Rng } from "../src/data/rng.ts";
import { tensor, type HostTensor } from "../src/runtime/tensor.ts";
import {
  CheckpointError,
  loadCheckpoint,
  readTrainingProgress,
  rngStateFromTensor,
  rngStateToTensor,
  saveCheckpoint,
  trainingMetadata,
} from "../src/train/checkpoint.ts";

const root = mkdtempSync(join(tmpdir(), "gradfuse-ckpt-"));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const sampleTensors = (): Record<string, HostTensor> => ({
  "params/dense/w": tensor("f32", [2, 3], [0.5, -1.25, 3, 1e-8, -0, 65504]),
  "params/dense/b": tensor("f32", [3], [1, 2, 3]),
  "opt/step": tensor("i32", [1], [42]),
  "rng/shuffle": rngStateToTensor({ seed: 0xdeadbeef, counter: 7 }),
  "params/scalar": tensor("f32", [], [Math.PI]),
  "params/empty": tensor("f32", [0, 4]),
});

/** A safetensors reader written from the format description alone, sharing no code with ours. */
function independentParse(bytes: Buffer): { header: Record<string, any>; read: (name: string) => number[] } {
  const n = Number(bytes.readBigUInt64LE(0));
  const header = JSON.parse(bytes.subarray(8, 8 + n).toString("utf8"));
  const base = 8 + n;
  const read = (name: string) => {
    const { dtype, data_offsets: [begin, end] } = header[name];
    const out: number[] = [];
    for (let p = base + begin; p < base + end; p += 4) out.push(dtype === "F32" ? bytes.readFloatLE(p) : bytes.readInt32LE(p));
    return out;
  };
  return { header, read };
}

describe("checkpoint round trip", () => {
  it("loads back exactly what was saved, tensors and metadata", () => {
    const path = join(root, "roundtrip.safetensors");
    const tensors = sampleTensors();
    const metadata = trainingMetadata({ step: 1200, epoch: 3 }, { graph: "mlp", note: "ünïcode ✓" });
    saveCheckpoint(path, tensors, metadata);
    const loaded = loadCheckpoint(path);
    expect(loaded.metadata).toEqual(metadata);
    expect(Object.keys(loaded.tensors).sort()).toEqual(Object.keys(tensors).sort());
    for (const [name, t] of Object.entries(tensors)) {
      expect(loaded.tensors[name]!.dtype).toBe(t.dtype);
      expect(loaded.tensors[name]!.shape).toEqual(t.shape);
      expect(Array.from(loaded.tensors[name]!.data)).toEqual(Array.from(t.data));
    }
    expect(Object.is(loaded.tensors["params/dense/w"]!.data[4], -0)).toBe(true);
    expect(readTrainingProgress(loaded.metadata)).toEqual({ step: 1200, epoch: 3 });
    expect(rngStateFromTensor(loaded.tensors["rng/shuffle"]!)).toEqual({ seed: 0xdeadbeef, counter: 7 });
  });

  it("restores an RNG so it continues the same sequence", () => {
    const path = join(root, "rng.safetensors");
    const rng = new Rng(99);
    rng.nextU32();
    saveCheckpoint(path, { "rng/augment": rngStateToTensor(rng.state) });
    const restored = Rng.fromState(rngStateFromTensor(loadCheckpoint(path).tensors["rng/augment"]!));
    expect(restored.nextU32()).toBe(rng.nextU32());
  });

  it("stores float64 host data as F32", () => {
    const path = join(root, "f64.safetensors");
    saveCheckpoint(path, { x: { dtype: "f32", shape: [2], data: Float64Array.of(0.1, 2) } });
    const x = loadCheckpoint(path).tensors.x!;
    expect(x.data).toBeInstanceOf(Float32Array);
    expect(Array.from(x.data)).toEqual([Math.fround(0.1), 2]);
  });

  it("writes files an independent parser reads: LE u64 length, aligned JSON header, LE data", () => {
    const path = join(root, "independent.safetensors");
    saveCheckpoint(path, sampleTensors(), { step: "5" });
    const bytes = readFileSync(path);
    const { header, read } = independentParse(bytes);
    expect((8 + Number(bytes.readBigUInt64LE(0))) % 8).toBe(0);
    expect(header.__metadata__).toEqual({ step: "5", checksum: expect.stringMatching(/^sha256:[0-9a-f]{64}$/) });
    expect(header["params/dense/w"]).toMatchObject({ dtype: "F32", shape: [2, 3] });
    expect(read("params/dense/w")).toEqual([0.5, -1.25, 3, Math.fround(1e-8), -0, 65504]);
    expect(read("opt/step")).toEqual([42]);
    expect(read("rng/shuffle")).toEqual([0xdeadbeef | 0, 7]);
    expect(header["params/scalar"].shape).toEqual([]);
    // Tensors tile the data section with no holes.
    const spans = Object.entries(header).filter(([k]) => k !== "__metadata__").map(([, v]: [string, any]) => v.data_offsets as number[]);
    const total = spans.reduce((s, [b, e]) => s + (e! - b!), 0);
    expect(8 + Number(bytes.readBigUInt64LE(0)) + total).toBe(bytes.length);
  });

  it("reads a file written by hand the way other safetensors writers do (no metadata, unsorted offsets)", () => {
    const header = JSON.stringify({ b: { dtype: "I32", shape: [1], data_offsets: [0, 4] }, a: { dtype: "F32", shape: [2], data_offsets: [4, 12] } });
    const data = Buffer.alloc(12);
    data.writeInt32LE(-3, 0);
    data.writeFloatLE(1.5, 4);
    data.writeFloatLE(-2, 8);
    const len = Buffer.alloc(8);
    len.writeBigUInt64LE(BigInt(header.length));
    const path = join(root, "foreign.safetensors");
    writeFileSync(path, Buffer.concat([len, Buffer.from(header), data]));
    const { tensors, metadata } = loadCheckpoint(path);
    expect(metadata).toEqual({});
    expect(Array.from(tensors.a!.data)).toEqual([1.5, -2]);
    expect(Array.from(tensors.b!.data)).toEqual([-3]);
  });
});

describe("crash safety", () => {
  const path = join(root, "model.safetensors");
  const oldTensors = { w: tensor("f32", [4], [1, 2, 3, 4]) };
  const newTensors = { w: tensor("f32", [4], [5, 6, 7, 8]), extra: tensor("f32", [1000]) };

  const expectOldIntact = () => {
    const { tensors, metadata } = loadCheckpoint(path);
    expect(Array.from(tensors.w!.data)).toEqual([1, 2, 3, 4]);
    expect(metadata).toEqual({ step: "1" });
  };
  const leftovers = () => readdirSync(root).filter((f) => f.startsWith(".model.safetensors.tmp"));

  it("a failing rename leaves the previous checkpoint intact and removes the temporary file", () => {
    saveCheckpoint(path, oldTensors, { step: "1" });
    const failRename = () => {
      throw Object.assign(new Error("EIO: simulated crash before rename"), { code: "EIO" });
    };
    expect(() => saveCheckpoint(path, newTensors, { step: "2" }, { fs: { renameSync: failRename } })).toThrow(
      /could not write .*model\.safetensors: EIO: simulated crash before rename; the previous checkpoint, if any, is unchanged/,
    );
    expectOldIntact();
    expect(leftovers()).toEqual([]);
  });

  it("a write that dies halfway leaves the previous checkpoint intact", () => {
    saveCheckpoint(path, oldTensors, { step: "1" });
    let calls = 0;
    // Writes at most 16 bytes per call, as an interrupted device may (so the writer must loop), and
    // fails on the second call, with the header half written.
    const dieOnSecondWrite = (fd: number, buffer: Uint8Array) => {
      if (++calls === 2) throw new Error("ENOSPC: no space left on device");
      return writeSync(fd, buffer.subarray(0, 16));
    };
    expect(() => saveCheckpoint(path, newTensors, { step: "2" }, { fs: { writeSync: dieOnSecondWrite } })).toThrow(/ENOSPC/);
    expectOldIntact();
    expect(leftovers()).toEqual([]);
  });

  it("a process killed mid-write (temp file left behind, no rename) does not affect the checkpoint", () => {
    saveCheckpoint(path, oldTensors, { step: "1" });
    // What a kill -9 between write and rename leaves: a partial temporary file, and cleanup never ran.
    const noCleanup = { unlinkSync: () => undefined, renameSync: () => { throw new Error("killed"); } };
    expect(() => saveCheckpoint(path, newTensors, { step: "2" }, { fs: noCleanup })).toThrow(/killed/);
    expect(leftovers().length).toBe(1);
    expectOldIntact();
    // The next successful save is unaffected by the stray file.
    saveCheckpoint(path, newTensors, { step: "2" });
    expect(Array.from(loadCheckpoint(path).tensors.w!.data)).toEqual([5, 6, 7, 8]);
    for (const f of leftovers()) rmSync(join(root, f));
  });
});

describe("validation on load", () => {
  const good = () => {
    const path = join(root, "good.safetensors");
    saveCheckpoint(path, sampleTensors(), { step: "1" });
    return readFileSync(path);
  };
  const loadBytes = (name: string, bytes: Uint8Array) => {
    const path = join(root, name);
    writeFileSync(path, bytes);
    return () => loadCheckpoint(path);
  };
  /** A file with the given header object and `dataBytes` zero bytes of data. */
  const withHeader = (name: string, header: object, dataBytes: number) => {
    const json = Buffer.from(JSON.stringify(header));
    const len = Buffer.alloc(8);
    len.writeBigUInt64LE(BigInt(json.length));
    return loadBytes(name, Buffer.concat([len, json, Buffer.alloc(dataBytes)]));
  };

  it("a truncated file names the file, the tensor and the missing bytes", () => {
    const bytes = good();
    expect(loadBytes("cut-data.safetensors", bytes.subarray(0, bytes.length - 3))).toThrow(/cut-data\.safetensors: truncated: tensor '.*' needs data bytes \[\d+, \d+\) but the data section has only \d+/);
    expect(loadBytes("cut-header.safetensors", bytes.subarray(0, 40))).toThrow(/cut-header\.safetensors: truncated: the header claims \d+ bytes but only 32 follow/);
    expect(loadBytes("cut-length.safetensors", bytes.subarray(0, 5))).toThrow(/truncated: 5 bytes, but a safetensors file starts with an 8-byte header length/);
    expect(loadBytes("cut-length.safetensors", bytes.subarray(0, 5))).toThrow(CheckpointError);
  });

  it("rejects unknown dtypes, bad offsets, holes, overlaps and garbage headers", () => {
    expect(withHeader("f16.st", { h: { dtype: "F16", shape: [2], data_offsets: [0, 4] } }, 4)).toThrow(/tensor 'h': unsupported dtype "F16"; gradfuse checkpoints hold F32 and I32/);
    expect(withHeader("size.st", { a: { dtype: "F32", shape: [3], data_offsets: [0, 8] } }, 8)).toThrow(/tensor 'a': data_offsets \[0, 8\] span 8 bytes but F32 \[3\] needs 12/);
    expect(withHeader("neg.st", { a: { dtype: "F32", shape: [1], data_offsets: [-4, 0] } }, 4)).toThrow(/data_offsets must be \[begin, end\] with non-negative integers/);
    expect(withHeader("hole.st", { a: { dtype: "F32", shape: [1], data_offsets: [4, 8] } }, 8)).toThrow(/bytes \[0, 4\) before tensor 'a' belong to no tensor/);
    expect(
      withHeader("overlap.st", { a: { dtype: "F32", shape: [2], data_offsets: [0, 8] }, b: { dtype: "F32", shape: [1], data_offsets: [4, 8] } }, 8),
    ).toThrow(/overlaps the previous tensor/);
    expect(withHeader("tail.st", { a: { dtype: "F32", shape: [1], data_offsets: [0, 4] } }, 12)).toThrow(/8 bytes at the end of the file belong to no tensor/);
    expect(withHeader("meta.st", { __metadata__: { step: 3 } }, 0)).toThrow(/metadata 'step' must be a string/);
    const len = Buffer.alloc(8);
    len.writeBigUInt64LE(5n);
    expect(loadBytes("json.st", Buffer.concat([len, Buffer.from("{oops")]))).toThrow(/header is not valid UTF-8 JSON/);
    len.writeBigUInt64LE(1n << 60n);
    expect(loadBytes("huge.st", len)).toThrow(/header length \d+ exceeds/);
    expect(() => loadCheckpoint(join(root, "missing.safetensors"))).toThrow(/cannot read .*missing\.safetensors/);
  });

  it("refuses to save what safetensors cannot hold", () => {
    const path = join(root, "bad-save.safetensors");
    expect(() => saveCheckpoint(path, { __metadata__: tensor("f32", [1]) })).toThrow(/invalid tensor name/);
    expect(() => saveCheckpoint(path, { x: { dtype: "f32", shape: [3], data: new Float32Array(2) } })).toThrow(/shape \[3\] \(3 elements\) but 2 values/);
    expect(() => saveCheckpoint(path, {}, { step: 3 as unknown as string })).toThrow(/metadata 'step' is a number; .* must be strings/);
    expect(existsSync(path)).toBe(false);
  });

  it("reports missing or malformed progress metadata", () => {
    expect(() => readTrainingProgress({ step: "12" })).toThrow(/metadata 'epoch' should be a non-negative decimal integer, got undefined/);
    expect(() => readTrainingProgress({ step: "1e3", epoch: "0" })).toThrow(/metadata 'step'/);
  });
});

describe("corruption and stray temporary files", () => {
  it("detects 64 flipped bytes anywhere in the file (checksum in the metadata)", () => {
    const path = join(root, "flip.safetensors");
    const w = new Float32Array(2000).map((_, i) => Math.sin(i));
    saveCheckpoint(path, { "weights/w": { dtype: "f32", shape: [40, 50], data: w }, "counters/step": tensor("i32", [], [3]) }, trainingMetadata({ step: 3, epoch: 1 }));
    const clean = readFileSync(path);
    const rng = new Rng(5);
    for (let trial = 0; trial < 100; trial++) {
      const bytes = Buffer.from(clean);
      // Half the trials damage only the data section, where a parse alone could not notice.
      const dataStart = 8 + Number(bytes.readBigUInt64LE(0));
      const from = trial % 2 ? dataStart : 0;
      for (let k = 0; k < 64; k++) bytes[from + Math.floor(rng.uniform() * (bytes.length - from))]! ^= 1 + Math.floor(rng.uniform() * 255);
      writeFileSync(path, bytes);
      expect(() => loadCheckpoint(path)).toThrow(CheckpointError);
      if (trial % 2) expect(() => loadCheckpoint(path)).toThrow(/corrupt: the checksum in its metadata is sha256:/);
    }
  });

  it("a temporary file left by a killed writer (.tmp-<pid>-<hex>) is removed by the next write; a live writer's is kept", async () => {
    const { spawnSync } = await import("node:child_process");
    const dead = spawnSync(process.execPath, ["-e", ""]).pid!;
    const path = join(root, "stray.safetensors");
    const strayDead = join(root, `.stray.safetensors.tmp-${dead}-0123456789ab`);
    const strayLive = join(root, `.stray.safetensors.tmp-${process.ppid}-ba9876543210`);
    writeFileSync(strayDead, "partial");
    writeFileSync(strayLive, "in progress");
    saveCheckpoint(path, { w: tensor("f32", [1], [1]) });
    expect(existsSync(strayDead)).toBe(false);
    expect(existsSync(strayLive)).toBe(true);
    rmSync(strayLive);
  });
});

describe("a writer killed with SIGKILL", () => {
  it("leaves the previous checkpoint intact, and the next write removes its temporary file", async () => {
    const { spawn } = await import("node:child_process");
    const dir = mkdtempSync(join(root, "kill-"));
    const path = join(dir, "ck.safetensors");
    saveCheckpoint(path, { w: tensor("f32", [3], [1, 2, 3]) }, { step: "1" });
    // The child writes a new checkpoint and hangs just before the rename, as a process killed there would stop.
    const script = `
      import { saveCheckpoint } from ${JSON.stringify(join(process.cwd(), "src/train/checkpoint.ts"))};
      saveCheckpoint(${JSON.stringify(path)}, { w: { dtype: "f32", shape: [1000000], data: new Float32Array(1000000) } }, { step: "2" }, {
        fs: { renameSync: () => { process.stdout.write("written\\n"); Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0); } },
      });`;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { stdio: ["ignore", "pipe", "inherit"] });
    await new Promise<void>((resolve) => child.stdout!.on("data", (d: Buffer) => d.toString().includes("written") && resolve()));
    child.kill("SIGKILL");
    await new Promise((resolve) => child.on("exit", resolve));
    const temps = () => readdirSync(dir).filter((f) => f.startsWith(".ck.safetensors.tmp-"));
    expect(temps()).toHaveLength(1);
    expect(Array.from(loadCheckpoint(path).tensors.w!.data)).toEqual([1, 2, 3]);
    saveCheckpoint(path, { w: tensor("f32", [3], [4, 5, 6]) }, { step: "3" });
    expect(temps()).toEqual([]);
    expect(Array.from(loadCheckpoint(path).tensors.w!.data)).toEqual([4, 5, 6]);
  }, 60_000);
});
