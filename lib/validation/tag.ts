import { z } from "zod";
import { slugify } from "@/lib/slug";
import { archiveDescriptionField } from "./archive-description";
import { idField } from "./ids";
import { tagNameLimit } from "./taxonomy-limits";
import { stripControls } from "./text";

/** A tag's name as the editor's tag field takes it: no commas (they separate tags), an address to make from it. */
const tagNameField = (empty: string) =>
  z
    .string()
    .overwrite(stripControls)
    .transform((name) => name.trim().replace(/\s+/g, " "))
    .pipe(
      z
        .string()
        .min(1, { message: empty })
        .max(tagNameLimit, { message: `Keep a tag to ${tagNameLimit} characters.` })
        .refine((name) => !name.includes(","), { message: "Leave out commas: in an article's tag field they separate tags." })
        .refine((name) => slugify(name) !== "", { message: "A tag's address needs letters a–z or digits. Spell it in Latin letters too, such as “Tokyo”." }),
    );

export const renameTagSchema = z.object({ tagId: idField, name: tagNameField("Enter the tag's new name.") });

export const mergeTagSchema = z.object({ tagId: idField, into: tagNameField("Type the name of the tag to merge this one into.") });

export const describeTagSchema = z.object({ tagId: idField, description: archiveDescriptionField });

export const deleteTagSchema = z.object({ tagId: idField });
