import "server-only";
import crypto from "node:crypto";
import { authSecret } from "@/lib/secrets";

/** The poster's IP address as a keyed hash: enough to count their comments, useless to anyone reading the database. */
export function commenterIpHash(ip: string): string {
  return crypto.createHmac("sha256", authSecret().secret).update(`comment-ip\n${ip}`).digest("hex").slice(0, 32);
}
