import "server-only";
import { eq } from "drizzle-orm";
import { getDb, writeTransaction } from "@/db/client";
import { images } from "@/db/schema";
import type { StoredImage } from "@/lib/media/store";
import { writeAudit, type AuditEntry } from "./audit";

export function insertImage(image: StoredImage, actor: AuditEntry["actor"]): void {
  writeTransaction((tx) => {
    tx.insert(images).values(image).run();
    writeAudit(tx, { actor, action: "image.upload", entityType: "image", entityId: image.id, details: `${image.width}×${image.height}` });
  });
}

/** The width of an uploaded image's original, which says at which widths it is stored; undefined for no such image. */
export function originalImageWidth(id: string): number | undefined {
  return getDb().select({ width: images.width }).from(images).where(eq(images.id, id)).get()?.width;
}
