import "server-only";
import { getDb } from "@/db/client";
import { images } from "@/db/schema";
import type { StoredImage } from "@/lib/media/store";
import { writeAudit, type AuditEntry } from "./audit";

export function insertImage(image: StoredImage, actor: AuditEntry["actor"]): void {
  getDb().transaction((tx) => {
    tx.insert(images).values(image).run();
    writeAudit(tx, { actor, action: "image.upload", entityType: "image", entityId: image.id, details: `${image.width}×${image.height}` });
  });
}
