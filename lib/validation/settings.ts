import { z } from "zod";
import { checkboxField } from "./ids";

export const maxCloseAfterDays = 3650;

const daysMessage = `Enter a whole number of days from 1 to ${maxCloseAfterDays.toLocaleString("en-US")}, or leave the field empty to keep comments open.`;

export const commentSettingsSchema = z.object({
  commentsEnabled: checkboxField,
  // Empty means "never close by age".
  closeAfterDays: z
    .string({ message: daysMessage })
    .trim()
    .refine((value) => value === "" || (/^\d{1,5}$/.test(value) && Number(value) >= 1 && Number(value) <= maxCloseAfterDays), { message: daysMessage })
    .transform((value) => (value === "" ? null : Number(value))),
});
