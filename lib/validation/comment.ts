import { z } from "zod";
import { stripControls } from "./text";

export const maxCommentLength = 5000;

export const commentSchema = z.object({
  articleId: z.coerce.number({ message: "Unknown article." }).int({ message: "Unknown article." }).positive({ message: "Unknown article." }),
  name: z
    .string()
    .transform((s) => stripControls(s).replace(/\s+/g, " ").trim())
    .pipe(z.string().min(1, { message: "Enter your name." }).max(80, { message: "Use at most 80 characters for your name." })),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: "Enter an email address such as name@example.com; it is never shown." }).max(254, { message: "This email address is too long." })),
  body: z
    .string()
    .transform((s) => stripControls(s).replace(/\r\n?/g, "\n").trim())
    .pipe(z.string().min(2, { message: "Write a comment first." }).max(maxCommentLength, { message: `Keep your comment under ${maxCommentLength.toLocaleString("en-US")} characters.` })),
  // The honeypot: hidden from people, filled in by bots.
  website: z.string().optional().default(""),
});

export type CommentInput = z.infer<typeof commentSchema>;
