// Image files as dataset rows: PNG (pngjs) and JPEG (jpeg-js) decoded to RGBA, converted to RGB or
// grayscale (ITU-R BT.601 luma), scaled to [0, 1] and resized bilinearly to the graph's input size.
// A folder of images per class is a dataset: one sub-folder per class, classes in sorted order.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import jpeg from "jpeg-js";
import { PNG } from "pngjs";
import type { Dataset } from "./batches.ts";

export class ImageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ImageError";
  }
}

/** The size images become: the graph input's [height, width, channels] (channels 1 or 3). */
export interface ImageSize {
  readonly height: number;
  readonly width: number;
  readonly channels: number;
}

export const IMAGE_EXTENSIONS = [".png", ".jpg", ".jpeg"];

interface Rgba {
  readonly width: number;
  readonly height: number;
  readonly data: Uint8Array;
}

function decode(file: string): Rgba {
  const bytes = readFileSync(file);
  const ext = extname(file).toLowerCase();
  try {
    if (ext === ".png") return PNG.sync.read(bytes);
    if (ext === ".jpg" || ext === ".jpeg") return jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true });
  } catch (e) {
    throw new ImageError(`${file}: cannot decode the ${ext.slice(1).toUpperCase()} image: ${(e as Error).message}`);
  }
  throw new ImageError(`${file}: unsupported image type '${ext}'; use ${IMAGE_EXTENSIONS.join(", ")}`);
}

/** Bilinear sampling with pixel centres aligned (as TF's resize with half_pixel_centers). */
function resizeInto(src: Float32Array, sw: number, sh: number, c: number, dst: Float32Array, offset: number, dw: number, dh: number): void {
  for (let y = 0; y < dh; y++) {
    const fy = Math.min(sh - 1, Math.max(0, ((y + 0.5) * sh) / dh - 0.5));
    const y0 = Math.floor(fy);
    const y1 = Math.min(sh - 1, y0 + 1);
    const wy = fy - y0;
    for (let x = 0; x < dw; x++) {
      const fx = Math.min(sw - 1, Math.max(0, ((x + 0.5) * sw) / dw - 0.5));
      const x0 = Math.floor(fx);
      const x1 = Math.min(sw - 1, x0 + 1);
      const wx = fx - x0;
      for (let k = 0; k < c; k++) {
        const at = (yy: number, xx: number) => src[(yy * sw + xx) * c + k]!;
        const top = at(y0, x0) * (1 - wx) + at(y0, x1) * wx;
        const bottom = at(y1, x0) * (1 - wx) + at(y1, x1) * wx;
        dst[offset + (y * dw + x) * c + k] = top * (1 - wy) + bottom * wy;
      }
    }
  }
}

/** RGBA bytes → c channels in [0, 1]. */
function toChannels(img: Rgba, channels: number): Float32Array {
  const n = img.width * img.height;
  const out = new Float32Array(n * channels);
  for (let i = 0; i < n; i++) {
    const [r, g, b] = [img.data[4 * i]!, img.data[4 * i + 1]!, img.data[4 * i + 2]!];
    if (channels === 1) out[i] = (0.299 * r + 0.587 * g + 0.114 * b) / 255;
    else for (let k = 0; k < 3; k++) out[3 * i + k] = img.data[4 * i + k]! / 255;
  }
  return out;
}

function checkSize(size: ImageSize): void {
  if (size.channels !== 1 && size.channels !== 3) {
    throw new ImageError(`images become 1 (grayscale) or 3 (RGB) channels, but the graph's input has ${size.channels}`);
  }
}

/** Decodes `file` into rows [offset, offset + h·w·c) of `dst`. */
function readImageInto(file: string, size: ImageSize, dst: Float32Array, offset: number): void {
  const img = decode(file);
  resizeInto(toChannels(img, size.channels), img.width, img.height, size.channels, dst, offset, size.width, size.height);
}

/** One image file as f32 [1, height, width, channels]. */
export function readImage(file: string, size: ImageSize): Dataset["x"] {
  checkSize(size);
  const data = new Float32Array(size.height * size.width * size.channels);
  readImageInto(file, size, data, 0);
  return { dtype: "f32", shape: [1, size.height, size.width, size.channels], data };
}

export interface ImageFolderDataset extends Dataset {
  /** Class names (the sub-folders), index i is label i. */
  readonly classes: readonly string[];
  readonly files: readonly string[];
}

/** `dir/<class>/<image>` for every class sub-folder (sorted), as x f32 [N, h, w, c] and y i32 [N]. */
export function readImageFolder(dir: string, size: ImageSize): ImageFolderDataset {
  checkSize(size);
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch (e) {
    throw new ImageError(`${dir}: cannot read the directory: ${(e as Error).message}`);
  }
  const classes = entries.filter((e) => statSync(join(dir, e)).isDirectory());
  if (!classes.length) throw new ImageError(`${dir}: no class sub-folders; put each class's images in a folder of its own (${dir}/cat/1.png, ${dir}/dog/1.jpg, …)`);
  const files: string[] = [];
  const labels: number[] = [];
  classes.forEach((c, label) => {
    for (const f of readdirSync(join(dir, c)).sort()) {
      if (!IMAGE_EXTENSIONS.includes(extname(f).toLowerCase())) continue;
      files.push(join(dir, c, f));
      labels.push(label);
    }
  });
  if (!files.length) throw new ImageError(`${dir}: the class folders ${classes.join(", ")} hold no ${IMAGE_EXTENSIONS.join("/")} files`);
  const row = size.height * size.width * size.channels;
  const x = new Float32Array(files.length * row);
  files.forEach((f, i) => readImageInto(f, size, x, i * row));
  return {
    x: { dtype: "f32", shape: [files.length, size.height, size.width, size.channels], data: x },
    y: { dtype: "i32", shape: [files.length], data: Int32Array.from(labels) },
    classes,
    files,
  };
}
