"use server";

import { redirect } from "next/navigation";
import { countLibraryImages, deleteLibraryImage, listLibraryImages } from "@/db/queries/media-library";
import { answerChange, editorAction } from "@/lib/auth/guards";
import { currentStaff } from "@/lib/auth/staff";
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

/** A picture as the editor's picker offers it. */
export type LibraryChoice = { id: string; fileName: string; width: number; height: number };
export type LibraryChoices = { refused: true } | { refused: false; pictures: LibraryChoice[]; page: number; pageCount: number };

const choicesPerPage = 12;

/** A page of the library, newest first, for the editor's picker (components/dashboard/LibraryPicker.tsx). */
export async function browseLibrary(page: number): Promise<LibraryChoices> {
  if (!(await currentStaff())) return { refused: true };
  const pageCount = Math.max(1, Math.ceil(countLibraryImages("all") / choicesPerPage));
  const shown = Number.isInteger(page) && page >= 1 ? Math.min(page, pageCount) : 1;
  const pictures = listLibraryImages("all", choicesPerPage, (shown - 1) * choicesPerPage).map(({ id, fileName, width, height }) => ({ id, fileName, width, height }));
  return { refused: false, pictures, page: shown, pageCount };
}
