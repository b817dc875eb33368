import { z } from "zod";
import { archiveDescriptionLimit } from "./taxonomy-limits";
import { stripControls } from "./text";

/** A section's or tag's description as its form sends it: plain text, trimmed, empty for none. */
export const archiveDescriptionField = z
  .string()
  .overwrite(stripControls)
  // A browser sends a textarea's line breaks as CRLF but counts each as one character against its maxlength.
  .overwrite((text) => text.replace(/\r\n?/g, "\n"))
  .trim()
  .max(archiveDescriptionLimit, { message: `Use at most ${archiveDescriptionLimit} characters.` })
  .default("");
