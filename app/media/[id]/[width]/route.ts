import fs from "node:fs/promises";
import { imageIdPattern } from "@/lib/images";
import { findImageFile } from "@/lib/media/files";

/** Serves stored images from the data folder; a file never changes under its name, so browsers may keep it for a year. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; width: string }> }) {
  const { id, width } = await params;
  // A width spelled as pages spell it (no "1e3", "0x280" or " 640"): any other would be one more year-long copy.
  if (!imageIdPattern.test(id) || !/^[1-9]\d{0,3}$/.test(width)) return new Response("Not found", { status: 404 });
  const file = findImageFile(id, Number(width));
  const bytes = file ? await fs.readFile(file).catch(() => null) : null;
  if (!bytes) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(bytes), {
    headers: { "Content-Type": "image/webp", "Cache-Control": "public, max-age=31536000, immutable", "X-Content-Type-Options": "nosniff" },
  });
}
