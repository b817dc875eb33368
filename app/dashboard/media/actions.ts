"use server";

import { redirect } from "next/navigation";
import { deleteLibraryImage } from "@/db/queries/media-library";
import { answerChange, editorAction } from "@/lib/auth/guards";
import { removeImageFiles } from "@/lib/media/store";
import { deleteImageSchema } from "@/lib/validation/media";
import { libraryAddress } from "@/lib/dashboard/media-address";

// The library is the newsroom's, as in WordPress, where editors manage every upload: any editor deletes a picture
// nobody uses, within the rules of lib/media/references.ts.

export const deleteImageAction = editorAction(deleteImageSchema, async ({ imageId, show, page }, staff) => {
  const result = deleteLibraryImage(imageId, { id: staff.id, name: staff.name }, new Date());
  if (!result.ok) return answerChange(result, "");
  // Only once the row is gone: a file removed first could leave a picture in the library that no longer shows.
  await removeImageFiles(imageId, result.width);
  redirect(libraryAddress({ show, page, deleted: true }));
});
