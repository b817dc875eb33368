import { z } from "zod";
import { imageIdPattern } from "@/lib/images";
import { slugPattern } from "@/lib/slug";
import { stripControls } from "./text";
import { nameField, passwordField } from "./user";

export const maxBioLength = 2000;

/** An empty field means "none": stored as null. */
const optional = <T extends z.ZodType<string, string>>(schema: T) =>
  z
    .string()
    .trim()
    .transform((value) => (value === "" ? null : value))
    .pipe(z.union([z.null(), schema]));

export const profileSchema = z.object({
  name: z.string().overwrite(stripControls).pipe(nameField),
  bio: z.string().overwrite(stripControls).trim().max(maxBioLength, { message: `Use at most ${maxBioLength.toLocaleString("en-US")} characters.` }),
  publicEmail: optional(z.string().toLowerCase().pipe(z.email({ message: "Enter an email address such as name@example.com, or leave the field empty." }))),
  slug: z
    .string()
    .trim()
    .min(1, { message: "Enter the slug of your author page, such as maren-holt." })
    .max(80, { message: "Use at most 80 characters." })
    .regex(slugPattern, { message: "Use lowercase letters, digits and single hyphens between them, such as maren-holt." }),
  avatarImageId: optional(z.string().regex(imageIdPattern, { message: "This image is not one of ours. Upload the photo again." })),
});

export type ProfileInput = z.infer<typeof profileSchema>;

const newPasswordPair = z.object({ newPassword: passwordField, confirmPassword: z.string() });

export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, { message: "Enter your current password." }),
    newPassword: passwordField,
    confirmPassword: z.string().min(1, { message: "Enter the new password again." }),
  })
  .refine((v) => v.confirmPassword === v.newPassword, {
    message: "The two new passwords differ. Type the same password in both fields.",
    path: ["confirmPassword"],
    // Compare only once both new-password fields are valid, even when the current password is missing.
    when: (payload) => newPasswordPair.safeParse(payload.value).success,
  })
  .refine((v) => v.newPassword !== v.currentPassword, {
    message: "Choose a new password that differs from the current one.",
    path: ["newPassword"],
  });

export type PasswordChange = z.infer<typeof passwordChangeSchema>;
