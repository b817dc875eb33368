import { z } from "zod";
import { booleanField, idField, idListField } from "./ids";

/** One article's toggle: the state the button asks for, so a double click or a stale page cannot flip it back. */
export const toggleArticleCommentsSchema = z.object({ articleId: idField, closed: booleanField });

export const bulkArticleCommentsSchema = z.object({
  ids: idListField("Tick at least one article first."),
  commentsAction: z.enum(["close", "open"], { message: "Choose “Close comments” or “Open comments”." }),
});
