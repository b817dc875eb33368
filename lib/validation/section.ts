import { z } from "zod";
import { slugify, slugPattern } from "@/lib/slug";
import { archiveDescriptionField } from "./archive-description";
import { idField, invalidRecord } from "./ids";
import { sectionLimits } from "./taxonomy-limits";
import { stripControls } from "./text";


const max = (limit: number) => ({ message: `Use at most ${limit} characters.` });

const nameField = z.string().overwrite(stripControls).trim().min(1, { message: "Enter the section's name, such as Business." }).max(sectionLimits.name, max(sectionLimits.name));
const slugField = z
  .string()
  .trim()
  .max(sectionLimits.slug, max(sectionLimits.slug))
  .regex(slugPattern, { message: "Use lowercase letters, digits and single hyphens between them, such as city-hall." });

/**
 * A new section. An empty address is made from the name, as WordPress does; a name with nothing to make one from
 * (only punctuation, or a script with no Latin letters) needs one typed. `typedSlug` is the address as typed, to
 * refill the form with after a refusal: a made-up one would look as if the person had typed it.
 */
export const newSectionSchema = z
  .object({ name: nameField, slug: z.string().trim().default(""), description: archiveDescriptionField })
  .transform((input) => ({ ...input, typedSlug: input.slug, slug: input.slug || slugify(input.name).slice(0, sectionLimits.slug).replace(/-+$/, "") }))
  .pipe(
    z.object({
      name: z.string(),
      slug: z.string().min(1, { message: "Enter an address for this section, such as city-hall: its name has no letters to make one from." }).pipe(slugField),
      description: z.string(),
      typedSlug: z.string(),
    }),
  );

/** A section's edited name, address and description. */
export const sectionSchema = z.object({
  sectionId: idField,
  name: nameField,
  slug: z.string().trim().min(1, { message: "Enter the section's address, such as city-hall." }).pipe(slugField),
  description: archiveDescriptionField,
});

export type SectionInput = { name: string; slug: string; description: string };

/** Deleting a section: where its articles go, when it has any ("" when it has none). */
export const deleteSectionSchema = z.object({
  sectionId: idField,
  moveTo: z
    .string()
    .default("")
    .refine((value) => value === "" || /^[1-9]\d{0,15}$/.test(value), { message: invalidRecord })
    .transform((value) => (value === "" ? null : Number(value))),
});

/** Moving a section one place in the menu. */
export const moveSectionSchema = z.object({
  sectionId: idField,
  direction: z.enum(["up", "down"], { message: "This request is not valid. Reload the page and try again." }),
});
