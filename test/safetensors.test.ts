// loadSafetensors: each dtype PyTorch writes, converted to f32/i32, against values this test writes.
import { describe, expect, it } from "vitest";
import { SafetensorsError, bfloat16ToFloat, halfToFloat, parseSafetensors } from "../src/data/safetensors.ts";

type Entry = { dtype: string; shape: number[]; bytes: Uint8Array };

/** A safetensors file of the given raw tensors (the format, written by hand). */
function file(entries: Record<string, Entry>, metadata?: Record<string, string>): Uint8Array {
  const header: Record<string, unknown> = metadata ? { __metadata__: metadata } : {};
  let offset = 0;
  for (const [name, e] of Object.entries(entries)) {
    header[name] = { dtype: e.dtype, shape: e.shape, data_offsets: [offset, offset + e.bytes.length] };
    offset += e.bytes.length;
  }
  const json = new TextEncoder().encode(JSON.stringify(header));
  const out = new Uint8Array(8 + json.length + offset);
  new DataView(out.buffer).setBigUint64(0, BigInt(json.length), true);
  out.set(json, 8);
  let at = 8 + json.length;
  for (const e of Object.values(entries)) {
    out.set(e.bytes, at);
    at += e.bytes.length;
  }
  return out;
}

function bytesOf(n: number, size: number, put: (v: DataView, offset: number, i: number) => void): Uint8Array {
  const b = new Uint8Array(n * size);
  const v = new DataView(b.buffer);
  for (let i = 0; i < n; i++) put(v, i * size, i);
  return b;
}

describe("loadSafetensors dtypes", () => {
  const half = [0x3c00, 0xc000, 0x7bff, 0x0001, 0x7c00, 0x3555];
  const bf16 = [0x3f80, 0x4049, 0xc2f7, 0x0000];
  const f64 = [Math.PI, -1e-3, 1e300];
  const i64 = [-5n, 2147483647n, -2147483648n];
  const st = parseSafetensors(
    file(
      {
        h: { dtype: "F16", shape: [2, 3], bytes: bytesOf(6, 2, (v, o, i) => v.setUint16(o, half[i]!, true)) },
        b: { dtype: "BF16", shape: [4], bytes: bytesOf(4, 2, (v, o, i) => v.setUint16(o, bf16[i]!, true)) },
        d: { dtype: "F64", shape: [3], bytes: bytesOf(3, 8, (v, o, i) => v.setFloat64(o, f64[i]!, true)) },
        l: { dtype: "I64", shape: [3], bytes: bytesOf(3, 8, (v, o, i) => v.setBigInt64(o, i64[i]!, true)) },
        i: { dtype: "I32", shape: [2], bytes: bytesOf(2, 4, (v, o, i) => v.setInt32(o, [7, -8][i]!, true)) },
        f: { dtype: "F32", shape: [], bytes: bytesOf(1, 4, (v, o) => v.setFloat32(o, 0.25, true)) },
      },
      { format: "pt" },
    ),
  );

  it("F16 → f32, including the largest, a subnormal and infinity", () => {
    expect(st.tensors.h!.dtype).toBe("f32");
    expect([...st.tensors.h!.data]).toEqual([1, -2, 65504, 2 ** -24, Infinity, Math.fround(0.333251953125)]);
    expect(halfToFloat(0xfc00)).toBe(-Infinity);
    expect(halfToFloat(0x7e00)).toBeNaN();
  });

  it("BF16 → f32 (the top 16 bits of a float32)", () => {
    expect([...st.tensors.b!.data]).toEqual([1, 3.140625, -123.5, 0]);
    expect(bfloat16ToFloat(0x3f80)).toBe(1);
  });

  it("F64 → f32 rounds (and overflows to infinity)", () => {
    expect([...st.tensors.d!.data]).toEqual([Math.fround(Math.PI), Math.fround(-1e-3), Infinity]);
  });

  it("I64 → i32 when it fits; I32 and F32 as they are", () => {
    expect(st.tensors.l!.dtype).toBe("i32");
    expect([...st.tensors.l!.data]).toEqual([-5, 2147483647, -2147483648]);
    expect([...st.tensors.i!.data]).toEqual([7, -8]);
    expect(st.tensors.f!.shape).toEqual([]);
    expect([...st.tensors.f!.data]).toEqual([0.25]);
  });

  it("says what it converted, and keeps the stored dtypes and metadata", () => {
    expect(st.conversions).toEqual(["h: F16 → f32", "b: BF16 → f32", "d: F64 → f32", "l: I64 → i32"]);
    expect(st.dtypes).toEqual({ h: "F16", b: "BF16", d: "F64", l: "I64", i: "I32", f: "F32" });
    expect(st.metadata).toEqual({ format: "pt" });
  });
});

describe("loadSafetensors refusals", () => {
  const one = (e: Entry) => file({ t: e });
  it("an unsupported dtype names it and what is supported", () => {
    expect(() => parseSafetensors(one({ dtype: "U8", shape: [1], bytes: new Uint8Array(1) }), "w.safetensors")).toThrow(
      /w\.safetensors: tensor 't': dtype "U8" is not supported; gradfuse reads F32, F16, BF16, F64, I32, I64/,
    );
  });
  it("an I64 that does not fit in int32 is an error, not a wrapped number", () => {
    const big = one({ dtype: "I64", shape: [2], bytes: bytesOf(2, 8, (v, o, i) => v.setBigInt64(o, i ? 2n ** 40n : 1n, true)) });
    expect(() => parseSafetensors(big)).toThrow(/tensor 't': element 1 is 1099511627776, which does not fit in int32/);
  });
  it("a size mismatch, a truncated file and a bad header are clear errors", () => {
    expect(() => parseSafetensors(one({ dtype: "F16", shape: [3], bytes: new Uint8Array(4) }))).toThrow(/span 4 bytes but F16 \[3\] needs 6/);
    const good = one({ dtype: "F32", shape: [4], bytes: new Uint8Array(16) });
    expect(() => parseSafetensors(good.subarray(0, good.length - 3))).toThrow(/truncated: needs data bytes \[0, 16\) but the data section has 13/);
    expect(() => parseSafetensors(good.subarray(0, 5))).toThrow(SafetensorsError);
    const junk = new Uint8Array(16);
    new DataView(junk.buffer).setBigUint64(0, 4n, true);
    junk.set([0x7b, 0x7b, 0x7b, 0x7b], 8);
    expect(() => parseSafetensors(junk)).toThrow(/the header is not valid UTF-8 JSON/);
  });
});
