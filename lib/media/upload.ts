import "server-only";
import sharp from "sharp";
import { insertImage } from "@/db/queries/images";
import type { Staff } from "@/lib/auth/staff";
import { stripControls } from "@/lib/validation/text";
import { maxImagePixels, removeImageFiles, storeImage, type StoredImage } from "./store";

export const maxUploadBytes = 10 * 1024 * 1024;
const acceptedFormats = new Set(["jpeg", "png", "webp", "gif", "avif"]);

/**
 * The uploaded file's own name, as the media library shows it: no folders, no control characters, whitespace as
 * single spaces, no bidirectional controls (which could show "gpj.exe" as "exe.jpg"), 120 characters at most.
 */
export function uploadedFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  return Array.from(stripControls(base).replace(/[\u0080-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "").replace(/\s+/g, " ").trim()).slice(0, 120).join("");
}

export class UploadError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
  }
}

/** Checks an uploaded file by its content (never its name), stores its resized copies and records it; on any failure nothing is left behind. */
export async function acceptUpload(file: File, staff: Staff): Promise<StoredImage> {
  if (file.size === 0) throw new UploadError("The file is empty.", 400);
  if (file.size > maxUploadBytes) throw new UploadError(`The file is ${(file.size / 1048576).toFixed(1)} MB; the limit is 10 MB.`, 413);
  const bytes = Buffer.from(await file.arrayBuffer());
  const metadata = await sharp(bytes, { limitInputPixels: false })
    .metadata()
    .catch(() => null);
  if (!metadata?.format || !acceptedFormats.has(metadata.format)) {
    throw new UploadError("This file is not a JPEG, PNG, WebP, GIF or AVIF image.", 415);
  }
  if (!metadata.width || !metadata.height || metadata.width * metadata.height > maxImagePixels) {
    throw new UploadError(`The image is too large: at most ${maxImagePixels / 1_000_000} million pixels.`, 413);
  }
  const stored = await storeImage(bytes).catch(() => {
    throw new UploadError("The image could not be read; it may be damaged or cut short.", 422);
  });
  try {
    insertImage({ ...stored, fileName: uploadedFileName(file.name) }, { id: staff.id, name: staff.name });
  } catch (error) {
    await removeImageFiles(stored.id, stored.width);
    throw error;
  }
  return stored;
}
