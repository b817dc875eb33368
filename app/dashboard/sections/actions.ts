"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { createSection, deleteSection, moveSection, updateSection } from "@/db/queries/section-admin";
import { adminAction, answerChange } from "@/lib/auth/guards";
import { deleteSectionSchema, moveSectionSchema, newSectionSchema, sectionSchema } from "@/lib/validation/section";

export const createSectionAction = adminAction(newSectionSchema, ({ typedSlug, ...input }, staff) =>
  answerChange(createSection(input, { id: staff.id, name: staff.name }), `Created ${input.name}, at /category/${input.slug}. It is in the site's menu now.`, { ...input, slug: typedSlug }),
);

export const updateSectionAction = adminAction(sectionSchema, ({ sectionId, ...input }, staff) =>
  answerChange(updateSection(sectionId, input, { id: staff.id, name: staff.name }), "Saved. Readers see the change at once.", input),
);

export const moveSectionAction = adminAction(moveSectionSchema, ({ sectionId, direction }, staff) =>
  answerChange(moveSection(sectionId, direction, { id: staff.id, name: staff.name }), `Moved ${direction} in the site's menu.`),
);

export const deleteSectionAction = adminAction(deleteSectionSchema, ({ sectionId, moveTo }, staff) => {
  const result = deleteSection(sectionId, moveTo, { id: staff.id, name: staff.name });
  if (!result.ok) {
    // The page redraws with the section as it is now: articles filed into it meanwhile need the select.
    refresh();
    return answerChange(result, "", { moveTo: moveTo === null ? "" : String(moveTo) });
  }
  // The id, not the name: the list reads the name back from the audit log, so the address carries no text to show.
  redirect(`/dashboard/sections?deleted=${sectionId}`);
});
