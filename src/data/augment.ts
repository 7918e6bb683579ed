// Seeded data augmentation on NHWC f32 batches.
//
// An Augmentation transforms one image (H×W×C, row-major) in place, drawing its random parameters
// from the Rng it is handed. `augmentBatch` draws one key per batch from the caller's Rng and gives
// image i the stream fork(i) of that key, so the result depends only on the Rng's state (which a
// checkpoint can store) and not on how images are scheduled. `compose` chains augmentations in order.
//
// Geometry: x runs right, y runs down, the center is ((W−1)/2, (H−1)/2). Pixels that come from outside
// the image are 0. Rotation and zoom sample the source with bilinear interpolation.
import type { HostTensor } from "../runtime/tensor.ts";
import { Rng } from "./rng.ts";

export interface ImageDims {
  readonly height: number;
  readonly width: number;
  readonly channels: number;
}

export interface Augmentation {
  readonly name: string;
  /** Transforms `img` in place; `scratch` is a buffer of the same size it may overwrite. */
  apply(img: Float32Array, scratch: Float32Array, dims: ImageDims, rng: Rng): void;
}

// --- deterministic image operations ----------------------------------------------------------------

/** Mirrors the image left–right, in place. */
export function flipImageHorizontal(img: Float32Array, dims: ImageDims): void {
  const { height, width, channels } = dims;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width >> 1; x++) {
      const a = (y * width + x) * channels;
      const b = (y * width + (width - 1 - x)) * channels;
      for (let c = 0; c < channels; c++) {
        const t = img[a + c]!;
        img[a + c] = img[b + c]!;
        img[b + c] = t;
      }
    }
  }
}

/** dst = src moved right by dx and down by dy pixels (negative: left / up), zero-filled. */
export function shiftImage(src: Float32Array, dst: Float32Array, dims: ImageDims, dx: number, dy: number): void {
  const { height, width, channels } = dims;
  dst.fill(0);
  for (let y = Math.max(0, dy); y < Math.min(height, height + dy); y++) {
    const sy = y - dy;
    const x0 = Math.max(0, dx);
    const x1 = Math.min(width, width + dx);
    if (x1 <= x0) continue;
    dst.set(src.subarray((sy * width + x0 - dx) * channels, (sy * width + x1 - dx) * channels), (y * width + x0) * channels);
  }
}

/**
 * dst(p) = src(center + M·(p − center)) with bilinear interpolation, M = [[m00, m01], [m10, m11]] the
 * map from destination offsets to source offsets (the inverse of the visible transform).
 */
export function affineImage(src: Float32Array, dst: Float32Array, dims: ImageDims, m: readonly [number, number, number, number]): void {
  const { height, width, channels } = dims;
  const cx = (width - 1) / 2;
  const cy = (height - 1) / 2;
  const [m00, m01, m10, m11] = m;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const ox = x - cx;
      const oy = y - cy;
      const sx = snap(cx + m00 * ox + m01 * oy);
      const sy = snap(cy + m10 * ox + m11 * oy);
      sampleBilinear(src, dims, sx, sy, dst, (y * width + x) * channels);
    }
  }
}

/** Rounds coordinates within 1e-9 of an integer, so 90° rotations and unit zoom copy pixels exactly. */
function snap(v: number): number {
  const r = Math.round(v);
  return Math.abs(v - r) < 1e-9 ? r : v;
}

function sampleBilinear(src: Float32Array, dims: ImageDims, sx: number, sy: number, dst: Float32Array, at: number): void {
  const x0 = Math.floor(sx);
  const y0 = Math.floor(sy);
  const fx = sx - x0;
  const fy = sy - y0;
  for (let c = 0; c < dims.channels; c++) dst[at + c] = 0;
  addTap(src, dims, x0, y0, (1 - fx) * (1 - fy), dst, at);
  addTap(src, dims, x0 + 1, y0, fx * (1 - fy), dst, at);
  addTap(src, dims, x0, y0 + 1, (1 - fx) * fy, dst, at);
  addTap(src, dims, x0 + 1, y0 + 1, fx * fy, dst, at);
}

/** dst[at..] += weight · src(x, y); pixels outside the image are zero. */
function addTap(src: Float32Array, dims: ImageDims, x: number, y: number, weight: number, dst: Float32Array, at: number): void {
  const { height, width, channels } = dims;
  if (weight === 0 || x < 0 || y < 0 || x >= width || y >= height) return;
  const base = (y * width + x) * channels;
  for (let c = 0; c < channels; c++) dst[at + c]! += weight * src[base + c]!;
}

/** Rotates counter-clockwise (as displayed) by `degrees` about the center. */
export function rotateImage(src: Float32Array, dst: Float32Array, dims: ImageDims, degrees: number): void {
  const t = (degrees * Math.PI) / 180;
  const cos = Math.cos(t);
  const sin = Math.sin(t);
  affineImage(src, dst, dims, [cos, -sin, sin, cos]);
}

/** Scales by `scale` about the center (> 1 magnifies, < 1 shrinks with a zero border). */
export function zoomImage(src: Float32Array, dst: Float32Array, dims: ImageDims, scale: number): void {
  if (!(scale > 0)) throw new Error(`zoomImage: scale must be > 0, got ${scale}`);
  affineImage(src, dst, dims, [1 / scale, 0, 0, 1 / scale]);
}

// --- random augmentations ---------------------------------------------------------------------------

export function flipHorizontal(probability = 0.5): Augmentation {
  checkRange("flipHorizontal", "probability", probability, 0, 1);
  return {
    name: `flipHorizontal(p=${probability})`,
    apply(img, _scratch, dims, rng) {
      if (rng.bernoulli(probability)) flipImageHorizontal(img, dims);
    },
  };
}

/** Translates by independent integer dx, dy uniform in [−maxPixels, maxPixels], zero fill. */
export function shift(maxPixels: number): Augmentation {
  if (!Number.isInteger(maxPixels) || maxPixels < 0) throw new Error(`shift: maxPixels must be a non-negative integer, got ${maxPixels}`);
  return {
    name: `shift(±${maxPixels}px)`,
    apply(img, scratch, dims, rng) {
      const dx = rng.int(2 * maxPixels + 1) - maxPixels;
      const dy = rng.int(2 * maxPixels + 1) - maxPixels;
      shiftImage(img, scratch, dims, dx, dy);
      img.set(scratch);
    },
  };
}

/** Rotates by an angle uniform in [−maxDegrees, maxDegrees]. */
export function rotate(maxDegrees: number): Augmentation {
  checkRange("rotate", "maxDegrees", maxDegrees, 0, 180);
  return {
    name: `rotate(±${maxDegrees}°)`,
    apply(img, scratch, dims, rng) {
      rotateImage(img, scratch, dims, rng.uniformIn(-maxDegrees, maxDegrees));
      img.set(scratch);
    },
  };
}

/** Scales by a factor uniform in [minScale, maxScale]. */
export function zoom(minScale: number, maxScale: number): Augmentation {
  if (!(minScale > 0 && maxScale >= minScale)) {
    throw new Error(`zoom: need 0 < minScale <= maxScale, got [${minScale}, ${maxScale}] (e.g. zoom(0.9, 1.1))`);
  }
  return {
    name: `zoom(${minScale}..${maxScale})`,
    apply(img, scratch, dims, rng) {
      zoomImage(img, scratch, dims, rng.uniformIn(minScale, maxScale));
      img.set(scratch);
    },
  };
}

/** Adds independent N(0, std²) noise to every value, then clamps to `clip` if given (e.g. [0, 1]). */
export function gaussianNoise(std: number, clip?: readonly [number, number]): Augmentation {
  if (!(std >= 0)) throw new Error(`gaussianNoise: std must be >= 0, got ${std}`);
  const [lo, hi] = clip ?? [-Infinity, Infinity];
  return {
    name: `gaussianNoise(σ=${std})`,
    apply(img, _scratch, _dims, rng) {
      for (let i = 0; i < img.length; i++) img[i] = Math.min(hi, Math.max(lo, img[i]! + std * rng.normal()));
    },
  };
}

/** Applies `augmentations` in order. */
export function compose(...augmentations: Augmentation[]): Augmentation {
  return {
    name: augmentations.map((a) => a.name).join(" → ") || "identity",
    apply(img, scratch, dims, rng) {
      for (const a of augmentations) a.apply(img, scratch, dims, rng);
    },
  };
}

function checkRange(who: string, what: string, v: number, lo: number, hi: number): void {
  if (!(v >= lo && v <= hi)) throw new Error(`${who}: ${what} must be in [${lo}, ${hi}], got ${v}`);
}

// --- batches ----------------------------------------------------------------------------------------

/**
 * Augments every image of an NHWC f32 batch. Writes into `out` when given (same shape; may be `batch`
 * itself) so a training loop allocates nothing per step; otherwise returns a new tensor.
 * Advances `rng` by one draw.
 */
export function augmentBatch(batch: HostTensor, augmentation: Augmentation, rng: Rng, out?: HostTensor): HostTensor {
  if (batch.dtype !== "f32" || batch.shape.length !== 4) {
    throw new Error(`augmentBatch: expected an f32 NHWC batch [N, H, W, C], got ${batch.dtype} [${batch.shape}]`);
  }
  const [n, height, width, channels] = batch.shape as [number, number, number, number];
  const target = out ?? { dtype: "f32" as const, shape: [...batch.shape], data: new Float32Array(batch.data.length) };
  if (!(target.data instanceof Float32Array) || target.shape.join(",") !== batch.shape.join(",")) {
    throw new Error(`augmentBatch: 'out' must be an f32 tensor (Float32Array) of shape [${batch.shape}], got [${target.shape}]`);
  }
  if (target.data !== batch.data) target.data.set(batch.data);
  const dims: ImageDims = { height, width, channels };
  const size = height * width * channels;
  const scratch = new Float32Array(size);
  const batchRng = new Rng(rng.nextU32());
  for (let i = 0; i < n; i++) {
    augmentation.apply(target.data.subarray(i * size, (i + 1) * size), scratch, dims, batchRng.fork(i));
  }
  return target;
}
