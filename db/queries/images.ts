import "server-only";
import { writeTransaction } from "@/db/client";
import { images } from "@/db/schema";
import type { StoredImage } from "@/lib/media/store";
import { writeAudit, type AuditEntry } from "./audit";

export function insertImage(image: StoredImage, actor: AuditEntry["actor"]): void {
  writeTransaction((tx) => {
    tx.insert(images).values(image).run();
    writeAudit(tx, { actor, action: "image.upload", entityType: "image", entityId: image.id, details: `${image.width}×${image.height}` });
  });
}
