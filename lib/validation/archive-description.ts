import { z } from "zod";
import { archiveDescriptionLimit } from "./taxonomy-limits";
import { stripControls } from "./text";

/** A section's or tag's description as its form sends it: plain text, trimmed, empty for none. */
export const archiveDescriptionField = z
  .string()
  .overwrite(stripControls)
  .trim()
  .max(archiveDescriptionLimit, { message: `Use at most ${archiveDescriptionLimit} characters.` })
  .default("");
