"use server";

import { refresh } from "next/cache";
import { changeCommentSettings } from "@/db/queries/settings";
import { adminAction } from "@/lib/auth/guards";
import { commentSettingsSchema } from "@/lib/validation/settings";

export const saveCommentSettingsAction = adminAction(commentSettingsSchema, (input, staff) => {
  changeCommentSettings(input, { id: staff.id, name: staff.name });
  // Article pages work out "open or closed" when read, so nothing else needs to change.
  refresh();
  const closing = input.closeAfterDays === null ? "Comments never close by age." : `Comments close ${input.closeAfterDays.toLocaleString("en-US")} days after an article is published.`;
  return { status: "success", message: input.commentsEnabled ? `Saved. Comments are on. ${closing}` : "Saved. Comments are off across the site." };
});
