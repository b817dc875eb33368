import { z } from "zod";
import { roles } from "@/db/schema/people";
import { minPasswordLength } from "@/lib/auth/password";

// 254 characters: the most an address can have (RFC 5321).
export const emailField = z
  .string()
  .trim()
  .toLowerCase()
  .max(254, { message: "Use at most 254 characters." })
  .pipe(z.email({ message: "Enter an email address such as name@example.com." }));
export const passwordField = z
  .string()
  .min(minPasswordLength, { message: `Use at least ${minPasswordLength} characters.` })
  .max(1024, { message: "Use at most 1,024 characters." })
  .refine((password) => password.trim() !== "", { message: "Use a password that is not only spaces." });
export const roleField = z.enum(roles, { message: `Choose a role: ${roles.join(" or ")}.` });
export const nameField = z.string().trim().min(1, { message: "Enter a name." }).max(100, { message: "Use at most 100 characters." });

/** What the sign-in form sends. Anything else is refused before it is recorded or checked: a 20 MB "email" was stored whole. */
export const signInSchema = z.object({ email: emailField, password: z.string().min(1).max(1024) });

export const newUserSchema = z.object({ email: emailField, name: nameField, role: roleField, password: passwordField });
export type NewUser = z.infer<typeof newUserSchema>;
