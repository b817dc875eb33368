import { z } from "zod";

/**
 * Checked boxes named `ids`. The form guard joins repeated fields with commas ("3,7,12"); a missing field means
 * nothing was ticked. Duplicates are dropped so one record is changed, and audited, once.
 */
export function idListField(nothingSelected: string) {
  return z
    .string({ message: nothingSelected })
    .transform((value) => value.split(",").map((part) => part.trim()).filter(Boolean))
    .refine((parts) => parts.length > 0, { message: nothingSelected })
    .refine((parts) => parts.every((part) => /^[1-9]\d{0,15}$/.test(part)), { message: "One of the selected records is not valid. Reload the page and try again." })
    .transform((parts) => [...new Set(parts.map(Number))]);
}

export const invalidRecord = "This record is not valid. Reload the page and try again.";

/** A record's id from a hidden field. */
export const idField = z.coerce.number({ message: invalidRecord }).int({ message: invalidRecord }).positive({ message: invalidRecord });

/** A checkbox: present ("on", or whatever value it carries) when ticked, absent when not. */
export const checkboxField = z
  .string()
  .optional()
  .transform((value) => value !== undefined && value !== "");

/** "true"/"false" from a hidden field. */
export const booleanField = z.enum(["true", "false"], { message: "This request is not valid. Reload the page and try again." }).transform((value) => value === "true");
