import crypto from "node:crypto";
import type { HeaderSource } from "./rules";

export const visitorCookie = "dl_visitor";
const visitorIdPattern = /^[a-f0-9]{32}$/;

/** The visitor as the counting endpoint knows them: by the cookie it set, or, before that, by a daily-salted hash. */
export type Visitor = { cookieId: string } | { newCookieId: string; fingerprint: string };

export function identifyVisitor(cookieValue: string | undefined, ip: string, userAgent: string): Visitor {
  if (cookieValue && visitorIdPattern.test(cookieValue)) return { cookieId: cookieValue };
  return { newCookieId: crypto.randomBytes(16).toString("hex"), fingerprint: `${ip}\n${userAgent}` };
}

/** The IP never leaves this function: only a hash with today's salt, which is thrown away tomorrow. */
export function fingerprintKey(fingerprint: string, salt: string): string {
  return "h:" + crypto.createHmac("sha256", salt).update(fingerprint).digest("hex");
}

/**
 * The client's address: the last X-Forwarded-For entry, which lib/server/serve.mjs sets from the socket, or which
 * a trusted reverse proxy appends (TRUST_PROXY). Earlier entries are whatever the client claimed.
 */
export function clientIp(headers: HeaderSource): string {
  return headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() || "unknown";
}
