import { z } from "zod";
import { commentLimits } from "./comment-limits";
import { stripControls } from "./text";

export const commentSchema = z.object({
  articleId: z.coerce.number({ message: "Unknown article." }).int({ message: "Unknown article." }).positive({ message: "Unknown article." }),
  name: z
    .string()
    .transform((s) => stripControls(s).replace(/\s+/g, " ").trim())
    .pipe(z.string().min(1, { message: "Enter your name." }).max(commentLimits.name, { message: `Use at most ${commentLimits.name} characters for your name.` })),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: "Enter an email address such as name@example.com; it is never shown." }).max(commentLimits.email, { message: "This email address is too long." })),
  body: z
    .string()
    .transform((s) => stripControls(s).replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().min(2, { message: "Write a comment first." }).max(commentLimits.body, { message: `Keep your comment under ${commentLimits.body.toLocaleString("en-US")} characters.` })),
  // The comment this one replies to; empty for a comment of its own.
  parentId: z.preprocess(
    (v) => (v === "" || v === null ? undefined : v),
    z.coerce.number({ message: "That comment cannot take replies." }).int({ message: "That comment cannot take replies." }).positive({ message: "That comment cannot take replies." }).optional(),
  ),
  // The honeypot: hidden from people, filled in by bots.
  website: z.string().optional().default(""),
});

export type CommentInput = z.infer<typeof commentSchema>;
