import { isRedirectError } from "next/dist/client/components/redirect-error";
import type { FormState } from "@/lib/auth/guards";

type FieldValue = string | number;

/** A FormData as a browser would send it; an array value sends the field once per item (ticked checkboxes). */
export function form(values: Record<string, FieldValue | FieldValue[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) for (const v of Array.isArray(value) ? value : [value]) data.append(key, String(v));
  return data;
}

type FormAction = (state: FormState | undefined, data: FormData) => Promise<FormState>;

/** Runs a form action as its form would; a redirect (an action's success) comes back as the target URL. */
export async function runAction(action: FormAction, values: Record<string, FieldValue | FieldValue[]>): Promise<FormState | { redirectedTo: string }> {
  try {
    return await action(undefined, form(values));
  } catch (error) {
    if (isRedirectError(error)) return { redirectedTo: error.digest.split(";")[2] };
    throw error;
  }
}
