"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { changeOwnPassword, updateProfile } from "@/db/queries/profile";
import { editorAction, fieldError } from "@/lib/auth/guards";
import { passwordChangeSchema, profileSchema } from "@/lib/validation/profile";
import { clientIp } from "@/lib/views/visitor";

export const saveProfile = editorAction(profileSchema, (input, staff) => {
  const result = updateProfile(staff.id, input, { id: staff.id, name: staff.name });
  if (!result.ok) return fieldError(formValues(input), result.field ?? "form", result.message);
  // The name shows in the dashboard header and on every reader page that carries the byline.
  revalidatePath("/", "layout");
  return { status: "success", message: result.changed.length ? "Your profile is saved." : "Nothing changed: your profile is as it was." };
});

export const changePassword = editorAction(passwordChangeSchema, async (input, staff) => {
  const result = await changeOwnPassword(staff.id, input, { id: staff.id, name: staff.name }, staff.sessionId, clientIp(await headers()));
  if (!result.ok) return fieldError({}, result.field ?? "form", result.message);
  return { status: "success", message: "Your password is changed. You stay signed in here; every other session of yours has ended." };
});

/** The values to refill the form with after a refusal, as the person typed them. */
function formValues(input: Record<string, string | null>): Record<string, string> {
  return Object.fromEntries(Object.entries(input).map(([key, value]) => [key, value ?? ""]));
}
