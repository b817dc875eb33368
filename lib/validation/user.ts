import { z } from "zod";
import { roles } from "@/db/schema/people";
import { minPasswordLength } from "@/lib/auth/password";

export const emailField = z.string().trim().toLowerCase().pipe(z.email({ message: "Enter an email address such as name@example.com." }));
export const passwordField = z
  .string()
  .min(minPasswordLength, { message: `Use at least ${minPasswordLength} characters.` })
  .max(1024, { message: "Use at most 1,024 characters." })
  .refine((password) => password.trim() !== "", { message: "Use a password that is not only spaces." });
export const roleField = z.enum(roles, { message: `Choose a role: ${roles.join(" or ")}.` });
export const nameField = z.string().trim().min(1, { message: "Enter a name." }).max(100, { message: "Use at most 100 characters." });

export const newUserSchema = z.object({ email: emailField, name: nameField, role: roleField, password: passwordField });
export type NewUser = z.infer<typeof newUserSchema>;
