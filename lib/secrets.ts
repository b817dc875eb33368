import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { dataDir } from "@/lib/config";

const secretFile = () => path.join(dataDir(), "nextauth-secret");

/**
 * The key that signs session tokens: NEXTAUTH_SECRET when set, otherwise one generated into the data folder
 * (git-ignored) on first use, so no secret is ever committed and development needs no set-up.
 */
export function authSecret(): { secret: string; generated: boolean } {
  if (process.env.NEXTAUTH_SECRET) return { secret: process.env.NEXTAUTH_SECRET, generated: false };
  const file = secretFile();
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    try {
      // "wx" fails if another process wrote it first; then that one is read below.
      fs.writeFileSync(file, crypto.randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  return { secret: fs.readFileSync(file, "utf8").trim(), generated: true };
}
