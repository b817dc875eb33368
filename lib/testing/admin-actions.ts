import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { getDb } from "@/db/client";
import { auditLog, authors, type Role } from "@/db/schema";
import { makeAuthor } from "./fixtures";
import { signInAs } from "./request-context";


/** A staff member with the role, signed in as the one making the next request. */
export async function signedIn(role: Role, name?: string) {
  const user = makeAuthor(name);
  getDb().update(authors).set({ role }).where(eq(authors.id, user.id)).run();
  await signInAs(user.id);
  return { ...user, role };
}

export function auditRows() {
  return getDb().select().from(auditLog).all();
}

/** Runs the request and expects it refused with nothing in `rows` changed and nothing audited. */
export async function expectRefusedWithoutChange(request: () => Promise<unknown>, rows: () => unknown, refusal: RegExp) {
  const before = rows();
  const audit = auditRows().length;
  const state = await request();
  expect(state).toMatchObject({ status: "error", refused: true, message: expect.stringMatching(refusal) });
  expect(rows()).toEqual(before);
  expect(auditRows()).toHaveLength(audit);
}
