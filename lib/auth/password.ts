import crypto from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

// OWASP's argon2id baseline: 19 MiB of memory, 2 passes, one lane.
// algorithm 2 is Argon2id (the package exports it as a const enum, which isolated modules cannot read).
const options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const minPasswordLength = 8;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  return verify(storedHash, password).catch(() => false);
}

/** A password for a new account, shown once: 18 random bytes in URL-safe base64. */
export function randomPassword(): string {
  return crypto.randomBytes(18).toString("base64url");
}
