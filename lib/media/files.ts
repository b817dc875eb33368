import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { mediaDir } from "@/lib/config";

/** The stored file for this width, or the widest one narrower than it (small originals have fewer widths). */
export async function findImageFile(id: string, width: number): Promise<string | null> {
  const exact = path.join(mediaDir(), `${id}-${width}.webp`);
  if (await fs.stat(exact).then(() => true, () => false)) return exact;
  const prefix = `${id}-`;
  const widths = (await fs.readdir(mediaDir()).catch(() => [] as string[]))
    .filter((name) => name.startsWith(prefix) && name.endsWith(".webp"))
    .map((name) => Number(name.slice(prefix.length, -".webp".length)))
    .filter((w) => Number.isInteger(w))
    .sort((a, b) => a - b);
  if (widths.length === 0) return null;
  const chosen = widths.includes(width) ? width : (widths.filter((w) => w < width).pop() ?? widths[0]);
  return path.join(mediaDir(), `${id}-${chosen}.webp`);
}
