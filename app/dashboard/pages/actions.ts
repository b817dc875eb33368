"use server";

import { redirect } from "next/navigation";
import { deleteSitePage, saveSitePage } from "@/db/queries/site-pages";
import { answerChange, editorAction } from "@/lib/auth/guards";
import { siteConfig } from "@/lib/config";
import { renderMarkdown } from "@/lib/markdown";
import { deleteSitePageSchema, sitePageSchema } from "@/lib/validation/site-page";

export const saveSitePageAction = editorAction(sitePageSchema, ({ pageId, typedSlug, seenSavedAt, ...input }, staff) => {
  const page = { id: pageId, seenSavedAt, timeZone: siteConfig().timeZone };
  const result = saveSitePage(page, input, renderMarkdown(input.bodyMarkdown), { id: staff.id, name: staff.name });
  // A new page goes on in its own editor, whose address then holds its id; without JavaScript too.
  if (result.ok && pageId === undefined) redirect(`/dashboard/pages/${result.id}?created=1`);
  const saved = input.published ? `Saved. Readers see it at /${input.slug} now.` : "Saved as a draft: readers cannot see it until it is published.";
  return answerChange(result, saved, { ...input, slug: typedSlug, position: String(input.position), inMenu: input.inMenu ? "on" : "", published: input.published ? "on" : "" });
});

export const deleteSitePageAction = editorAction(deleteSitePageSchema, ({ pageId }, staff) => {
  const result = deleteSitePage(pageId, { id: staff.id, name: staff.name });
  if (!result.ok) return answerChange(result, "");
  // The id, not the title: the list reads the title back from the audit log, so the address carries no text to show.
  redirect(`/dashboard/pages?deleted=${pageId}`);
});
