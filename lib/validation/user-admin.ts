import { z } from "zod";
import { booleanField, idField } from "./ids";
import { passwordField, roleField } from "./user";

export const setRoleSchema = z.object({ userId: idField, role: roleField });

/** The state the button asks for ("true" to disable), so a repeated click cannot undo itself. */
export const setDisabledSchema = z.object({ userId: idField, disabled: booleanField });

export const resetPasswordSchema = z.object({ userId: idField, password: passwordField });
