// Image files for the data tests, encoded with the libraries gradfuse decodes them with.
import jpeg from "jpeg-js";
import { PNG } from "pngjs";

/** A width×height image of one colour as PNG or JPEG bytes. */
export function solidImage(kind: "png" | "jpg", width: number, height: number, rgb: readonly [number, number, number]): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) data.set([...rgb, 255], 4 * i);
  if (kind === "jpg") return jpeg.encode({ width, height, data }, 95).data;
  const png = new PNG({ width, height });
  data.copy(png.data);
  return PNG.sync.write(png);
}

