import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import { mediaDir } from "@/lib/config";
import { imageWidthsFor } from "@/lib/images";

export const maxImagePixels = 40_000_000;

export type StoredImage = { id: string; width: number; height: number };

export function mediaFile(id: string, width: number): string {
  return path.join(mediaDir(), `${id}-${width}.webp`);
}

/** Removes a picture's stored files; those already gone are no error. */
export async function removeImageFiles(id: string, originalWidth: number): Promise<void> {
  await Promise.all(imageWidthsFor(originalWidth).map((w) => fs.rm(mediaFile(id, w), { force: true })));
}

/** Decodes the picture by its content, writes a WebP per responsive width, and returns its id and size. */
export async function storeImage(input: Buffer): Promise<StoredImage> {
  const image = sharp(input, { limitInputPixels: maxImagePixels, failOn: "error" }).rotate();
  const stored = await image.metadata();
  if (!stored.width || !stored.height) throw new Error("The file is not an image we can read.");
  // metadata() describes the file as stored; rotate() turns the picture upright by its EXIF orientation, and
  // orientations 5 to 8 (a phone held upright) turn it a quarter, swapping its sides.
  const [width, height] = (stored.orientation ?? 1) >= 5 ? [stored.height, stored.width] : [stored.width, stored.height];
  const id = crypto.randomBytes(8).toString("hex");
  await fs.mkdir(mediaDir(), { recursive: true });
  const written: string[] = [];
  try {
    for (const w of imageWidthsFor(width)) {
      const file = mediaFile(id, w);
      await image.clone().resize({ width: w, withoutEnlargement: true }).webp({ quality: 78 }).toFile(file);
      written.push(file);
    }
  } catch (error) {
    await Promise.all(written.map((f) => fs.rm(f, { force: true })));
    throw error;
  }
  return { id, width, height };
}
