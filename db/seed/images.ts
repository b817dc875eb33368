import "server-only";
import sharp from "sharp";
import { storeImage, type StoredImage } from "@/lib/media/store";

/** Rasterizes generated SVG artwork and stores it like an upload, so demo pictures take the same path as real ones. */
export async function storeSvg(svg: string): Promise<StoredImage> {
  const png = await sharp(Buffer.from(svg)).png().toBuffer();
  return storeImage(png);
}
