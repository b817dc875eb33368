import { encode } from "next-auth/jwt";
import { getDb } from "@/db/client";
import { createSession } from "@/db/queries/sessions";
import { authSecret } from "@/lib/secrets";

/**
 * Next's request context for Server Actions called from Vitest: a cookie jar and request headers. Use with
 *   vi.mock("next/headers", async () => (await import("@/lib/testing/request-context")).nextHeadersMock);
 * Sign-in is real: a session row and a signed next-auth token, checked by the code under test as in production.
 */
export const cookieJar = new Map<string, string>();
export const requestHeaders = new Map<string, string>();

export const nextHeadersMock = {
  cookies: async () => ({
    get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name)! } : undefined),
    getAll: () => [...cookieJar].map(([name, value]) => ({ name, value })),
    has: (name: string) => cookieJar.has(name),
    set: (name: string, value: string) => cookieJar.set(name, value),
    delete: (name: string) => cookieJar.delete(name),
  }),
  headers: async () => new Headers([...requestHeaders]),
};

/** Signs the author in: returns the session id. */
export async function signInAs(authorId: number): Promise<string> {
  const sessionId = createSession(getDb(), authorId, new Date(Date.now() + 60 * 60 * 1000));
  const token = await encode({ token: { sid: sessionId, uid: authorId }, secret: authSecret().secret });
  cookieJar.set("next-auth.session-token", token);
  return sessionId;
}

export function signOut(): void {
  cookieJar.clear();
}
