import "server-only";
import path from "node:path";
import { originalImageWidth } from "@/db/queries/images";
import { mediaDir } from "@/lib/config";
import { imageWidths, imageWidthsFor } from "@/lib/images";

/**
 * The stored file to answer `/media/<id>/<width>` with: the width itself when the image is stored at it, else the
 * widest stored one narrower, else the narrowest (an original under 640 px is stored at its own width alone). Only
 * the widths pages ask for are answered, each cached by browsers for a year: the responsive ones and the image's own.
 */
export function findImageFile(id: string, width: number): string | null {
  const original = originalImageWidth(id);
  if (original === undefined) return null;
  const stored = imageWidthsFor(original);
  if (!stored.includes(width) && !(imageWidths as readonly number[]).includes(width)) return null;
  const chosen = stored.includes(width) ? width : (stored.filter((w) => w < width).pop() ?? stored[0]);
  return path.join(mediaDir(), `${id}-${chosen}.webp`);
}
