"use server";

import { redirect } from "next/navigation";
import { deleteTag, describeTag, mergeTag, renameTag } from "@/db/queries/tag-admin";
import { answerChange, editorAction } from "@/lib/auth/guards";
import { deleteTagSchema, describeTagSchema, mergeTagSchema, renameTagSchema } from "@/lib/validation/tag";

// Tags are the newsroom's shared vocabulary: any editor tidies them, as in WordPress, where editors manage terms.

export const renameTagAction = editorAction(renameTagSchema, ({ tagId, name }, staff) => {
  const result = renameTag(tagId, name, { id: staff.id, name: staff.name });
  const moved = result.ok && result.moved ? ", and the old address leads there" : "";
  return answerChange(result, `Renamed. Its articles and its page show the new name${moved}.`, { name });
});

export const describeTagAction = editorAction(describeTagSchema, ({ tagId, description }, staff) =>
  answerChange(describeTag(tagId, description, { id: staff.id, name: staff.name }), description ? "Saved. Its page shows the description." : "Saved. Its page has no description now.", { description }),
);

/** After a merge or deletion the tag's page is gone: the list says what became of it, from the audit log. */
function removed(result: ReturnType<typeof deleteTag>, tagId: number, values: Record<string, string>) {
  if (!result.ok) return answerChange(result, "", values);
  redirect(`/dashboard/tags?removed=${tagId}`);
}

export const mergeTagAction = editorAction(mergeTagSchema, ({ tagId, into }, staff) => removed(mergeTag(tagId, into, { id: staff.id, name: staff.name }), tagId, { into }));

export const deleteTagAction = editorAction(deleteTagSchema, ({ tagId }, staff) => removed(deleteTag(tagId, { id: staff.id, name: staff.name }), tagId, {}));
