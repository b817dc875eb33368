import "server-only";
import { redirect } from "next/navigation";
import type { Role } from "@/db/schema";
import { currentStaff, hasRole, type Staff } from "./staff";

/** For dashboard pages: the signed-in staff member, or a redirect to sign in. `null` when their role is too low. */
export async function staffForPage(path: string, role: Role = "editor"): Promise<Staff | null> {
  const staff = await currentStaff();
  if (!staff) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  return hasRole(staff, role) ? staff : null;
}
