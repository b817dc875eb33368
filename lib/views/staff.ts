import "server-only";
import { getToken } from "next-auth/jwt";
import type { NextRequest } from "next/server";
import { authSecret } from "@/lib/secrets";

/** Signed-in staff reading their own site are not readers: their views are not counted. */
export async function isStaffRequest(request: NextRequest): Promise<boolean> {
  const hasSessionCookie = request.cookies.getAll().some((c) => c.name.endsWith("next-auth.session-token"));
  if (!hasSessionCookie) return false;
  const token = await getToken({ req: request, secret: authSecret().secret }).catch(() => null);
  return token !== null;
}
