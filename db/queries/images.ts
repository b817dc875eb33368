import "server-only";
import { eq } from "drizzle-orm";
import { getDb, writeTransaction } from "@/db/client";
import { images } from "@/db/schema";
import type { StoredImage } from "@/lib/media/store";
import { writeAudit } from "./audit";

/** Stores an upload's record, naming who uploaded it: the media library shows them and lets them delete it at once. */
export function insertImage(image: StoredImage & { fileName?: string }, actor: { id: number; name: string }): void {
  writeTransaction((tx) => {
    tx.insert(images).values({ ...image, uploadedById: actor.id }).run();
    writeAudit(tx, { actor, action: "image.upload", entityType: "image", entityId: image.id, details: [image.fileName, `${image.width}×${image.height}`].filter(Boolean).join(", ") });
  });
}

/** The width of an uploaded image's original, which says at which widths it is stored; undefined for no such image. */
export function originalImageWidth(id: string): number | undefined {
  return getDb().select({ width: images.width }).from(images).where(eq(images.id, id)).get()?.width;
}
