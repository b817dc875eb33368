"use server";

import { createUser, setDisabled, setPassword, setRole, type UserChange } from "@/db/queries/user-admin";
import { adminAction, answerChange as answer } from "@/lib/auth/guards";
import { newUserSchema } from "@/lib/validation/user";
import { resetPasswordSchema, setDisabledSchema, setRoleSchema } from "@/lib/validation/user-admin";

export const createUserAction = adminAction(newUserSchema, async (input, staff) => {
  const result = await createUser(input, { id: staff.id, name: staff.name });
  return answer(result, `${input.name} can now sign in as ${input.email}, as ${input.role === "admin" ? "an admin" : "an editor"}.`, { email: input.email, name: input.name, role: input.role });
});

// An admin who demoted or disabled themselves would lose this page at once, with no way back but another admin: as
// in WordPress, another admin makes that change.
const notYourself = (what: string): UserChange => ({ ok: false, message: `You cannot ${what} yourself: another admin can.` });

export const setRoleAction = adminAction(setRoleSchema, (input, staff) =>
  answer(input.userId === staff.id ? notYourself("change the role of") : setRole(input.userId, input.role, { id: staff.id, name: staff.name }), `Role saved: ${input.role}.`),
);

export const setDisabledAction = adminAction(setDisabledSchema, (input, staff) =>
  answer(
    input.userId === staff.id && input.disabled ? notYourself("disable") : setDisabled(input.userId, input.disabled, { id: staff.id, name: staff.name }),
    input.disabled ? "Disabled: every session of this user has ended." : "Enabled: this user can sign in again.",
  ),
);

export const resetPasswordAction = adminAction(resetPasswordSchema, async (input, staff) => {
  // An admin resetting their own password stays signed in here; every other session of the user ends.
  const keep = input.userId === staff.id ? staff.sessionId : undefined;
  const result = await setPassword(input.userId, input.password, { id: staff.id, name: staff.name }, keep);
  return answer(result, "Password set. Tell the user in person or by phone; their other sessions have ended.");
});
