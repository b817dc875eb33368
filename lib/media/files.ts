import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { mediaDir } from "@/lib/config";
import { imageWidths } from "@/lib/images";

/**
 * The stored file for one of the responsive widths, else the widest one narrower than it, else the narrowest wider
 * (small originals have fewer widths): at most three look-ups, never a listing of the media folder.
 */
export async function findImageFile(id: string, width: (typeof imageWidths)[number]): Promise<string | null> {
  const narrower = imageWidths.filter((w) => w < width).reverse();
  const wider = imageWidths.filter((w) => w > width);
  for (const candidate of [width, ...narrower, ...wider]) {
    const file = path.join(mediaDir(), `${id}-${candidate}.webp`);
    if (await fs.stat(file).then(() => true, () => false)) return file;
  }
  return null;
}
