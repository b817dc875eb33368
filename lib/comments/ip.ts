import "server-only";
import crypto from "node:crypto";
import { authSecret } from "@/lib/secrets";
import { addressBlock } from "@/lib/security/address-block";

/**
 * The poster's address block (an IPv4 address, or an IPv6 /64, which one connection holds whole) as a keyed hash:
 * enough to count their comments, useless to anyone reading the database.
 */
export function commenterIpHash(ip: string): string {
  return crypto.createHmac("sha256", authSecret().secret).update(`comment-ip\n${addressBlock(ip)}`).digest("hex").slice(0, 32);
}
