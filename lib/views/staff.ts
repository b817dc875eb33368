import "server-only";
import type { NextRequest } from "next/server";
import { sessionCookieName, staffFromSessionToken } from "@/lib/auth/staff";

/** Signed-in staff reading their own site are not readers: their views are not counted. */
export async function isStaffRequest(request: NextRequest): Promise<boolean> {
  return (await staffFromSessionToken(request.cookies.get(sessionCookieName())?.value)) !== null;
}
