import fs from "node:fs/promises";
import { imageIdPattern, imageWidths } from "@/lib/images";
import { findImageFile } from "@/lib/media/files";

/** Serves stored images from the data folder; a file never changes under its name, so browsers may keep it for a year. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; width: string }> }) {
  const { id, width } = await params;
  // Only the widths pages ask for, spelled as they spell them: any other would be another year-long cached copy.
  const requested = imageWidths.find((w) => String(w) === width);
  if (!imageIdPattern.test(id) || requested === undefined) return new Response("Not found", { status: 404 });
  const file = await findImageFile(id, requested);
  if (!file) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(await fs.readFile(file)), {
    headers: { "Content-Type": "image/webp", "Cache-Control": "public, max-age=31536000, immutable", "X-Content-Type-Options": "nosniff" },
  });
}
