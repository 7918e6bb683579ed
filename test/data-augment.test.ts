// Augmentation: geometric correctness of the image operations and determinism of the seeded pipeline.
import { describe, expect, it } from "vitest";
import {
  augmentBatch,
  compose,
  flipHorizontal,
  flipImageHorizontal,
  gaussianNoise,
  rotate,
  rotateImage,
  shift,
  shiftImage,
  zoom,
  zoomImage,
  type ImageDims,
} from "../src/data/augment.ts";
import { Rng } from "../src/data/rng.ts";
import { tensor } from "../src/runtime/tensor.ts";

const dims: ImageDims = { height: 4, width: 5, channels: 2 };
const size = dims.height * dims.width * dims.channels;
const ramp = () => Float32Array.from({ length: size }, (_, i) => i + 1);
const at = (img: Float32Array, y: number, x: number, c = 0) => img[(y * dims.width + x) * dims.channels + c];

describe("image operations", () => {
  it("a flip of a flip is the identity, and a flip mirrors columns", () => {
    const img = ramp();
    flipImageHorizontal(img, dims);
    expect(at(img, 1, 0, 1)).toBe(at(ramp(), 1, 4, 1));
    expect(at(img, 2, 2)).toBe(at(ramp(), 2, 2)); // the middle column stays
    flipImageHorizontal(img, dims);
    expect(img).toEqual(ramp());
  });

  it("a shift by one moves a pixel by one and fills with zeros", () => {
    const src = new Float32Array(size);
    src[(1 * dims.width + 2) * dims.channels + 1] = 7; // (y=1, x=2, c=1)
    const dst = new Float32Array(size);
    shiftImage(src, dst, dims, 1, 0);
    expect(at(dst, 1, 3, 1)).toBe(7);
    expect(dst.reduce((a, b) => a + b, 0)).toBe(7);
    shiftImage(src, dst, dims, -2, 2);
    expect(at(dst, 3, 0, 1)).toBe(7);
    shiftImage(src, dst, dims, 0, -2); // moved off the top edge
    expect(dst.every((v) => v === 0)).toBe(true);
    shiftImage(ramp(), dst, dims, 1, 0);
    expect(at(dst, 0, 0)).toBe(0);
    expect(at(dst, 0, 1)).toBe(at(ramp(), 0, 0));
  });

  it("rotation by 0° and zoom by 1 are the identity; 90° turns counter-clockwise exactly", () => {
    const dst = new Float32Array(size);
    rotateImage(ramp(), dst, dims, 0);
    expect(dst).toEqual(ramp());
    zoomImage(ramp(), dst, dims, 1);
    expect(dst).toEqual(ramp());
    const square: ImageDims = { height: 4, width: 4, channels: 1 };
    const src = new Float32Array(16);
    src[1 * 4 + 3] = 1; // (y=1, x=3): right of center, just above it
    const out = new Float32Array(16);
    rotateImage(src, out, square, 90);
    expect(out[0 * 4 + 1]).toBe(1); // now above center, left of it: (y=0, x=1)
    expect(out.reduce((a, b) => a + b, 0)).toBe(1);
  });

  it("rotation interpolates bilinearly and zoom > 1 magnifies about the center", () => {
    const line: ImageDims = { height: 1, width: 3, channels: 1 };
    const out = new Float32Array(3);
    zoomImage(Float32Array.of(0, 2, 4), out, line, 2); // x' = 1 + (x − 1)/2
    expect(Array.from(out)).toEqual([1, 2, 3]);
    zoomImage(Float32Array.of(1, 1, 1), out, line, 0.5); // samples x = −1, 1, 3: outside is zero
    expect(Array.from(out)).toEqual([0, 1, 0]);
  });
});

describe("seeded augmentation", () => {
  const batch = tensor("f32", [3, 4, 5, 2], Array.from({ length: 3 * size }, (_, i) => (i % 17) / 17));
  const pipeline = compose(flipHorizontal(0.5), shift(1), rotate(15), zoom(0.9, 1.1), gaussianNoise(0.05, [0, 1]));

  it("gives the same result for the same seed and a different one for another seed", () => {
    const a = augmentBatch(batch, pipeline, new Rng(11));
    const b = augmentBatch(batch, pipeline, new Rng(11));
    const c = augmentBatch(batch, pipeline, new Rng(12));
    expect(a.data).toEqual(b.data);
    expect(a.data).not.toEqual(c.data);
    expect(a.shape).toEqual([3, 4, 5, 2]);
    expect(Array.from(a.data).every((v) => v >= 0 && v <= 1)).toBe(true);
    expect(pipeline.name).toBe("flipHorizontal(p=0.5) → shift(±1px) → rotate(±15°) → zoom(0.9..1.1) → gaussianNoise(σ=0.05)");
  });

  it("advances the generator, so consecutive batches are augmented differently", () => {
    const rng = new Rng(5);
    const first = augmentBatch(batch, pipeline, rng);
    const second = augmentBatch(batch, pipeline, rng);
    expect(first.data).not.toEqual(second.data);
    expect(rng.state.counter).toBe(2);
  });

  it("writes into a given buffer (in place too) and leaves the input alone otherwise", () => {
    const copy = tensor("f32", batch.shape, batch.data);
    const expected = augmentBatch(batch, pipeline, new Rng(3));
    expect(copy.data).toEqual(batch.data);
    augmentBatch(copy, pipeline, new Rng(3), copy);
    expect(copy.data).toEqual(expected.data);
  });

  it("with probability 0 and zero ranges it is the identity", () => {
    const none = compose(flipHorizontal(0), shift(0), rotate(0), zoom(1, 1), gaussianNoise(0));
    expect(augmentBatch(batch, none, new Rng(1)).data).toEqual(batch.data);
    const always = augmentBatch(batch, flipHorizontal(1), new Rng(1));
    expect(augmentBatch(always, flipHorizontal(1), new Rng(2)).data).toEqual(batch.data);
  });

  it("rejects batches that are not NHWC f32", () => {
    expect(() => augmentBatch(tensor("f32", [2, 3]), pipeline, new Rng(1))).toThrow(/expected an f32 NHWC batch/);
  });
});
