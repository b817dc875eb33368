import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { expect, type Page } from "@playwright/test";
import { e2eDatabasePath } from "./db";

export type Role = "admin" | "editor";
export type Account = { email: string; password: string; role: Role };

/** The demo sign-in accounts the e2e server wrote next to its fresh database, with their random passwords. */
export function account(role: Role): Account {
  const file = path.join(path.dirname(e2eDatabasePath), "accounts.json");
  const accounts = JSON.parse(fs.readFileSync(file, "utf8")) as Account[];
  const found = accounts.find((a) => a.role === role);
  if (!found) throw new Error(`${file} lists no ${role} account.`);
  return found;
}

/** The staff member's name and slug as the database has them. */
export function staffRecord(email: string): { id: number; name: string; slug: string } {
  const db = new Database(e2eDatabasePath, { readonly: true, fileMustExist: true });
  try {
    const row = db.prepare(`SELECT id, name, slug FROM authors WHERE login_email = ?`).get(email) as { id: number; name: string; slug: string } | undefined;
    if (!row) throw new Error(`No account ${email} in the e2e database.`);
    return row;
  } finally {
    db.close();
  }
}

/** Signs in through the sign-in form, as a person would, and waits for the dashboard address. */
export async function signIn(page: Page, role: Role): Promise<Account> {
  const credentials = account(role);
  await page.goto("/login");
  await page.locator("#email").fill(credentials.email);
  await page.locator("#password").fill(credentials.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname.startsWith("/dashboard"));
  return credentials;
}

/**
 * Disables or enables an account directly in the e2e database, behind the app's back, leaving its sessions in place:
 * the app must notice at the next request. The only write the suite makes to the database outside the app.
 */
export function setDisabledInDb(email: string, disabled: boolean): void {
  const db = new Database(e2eDatabasePath, { fileMustExist: true });
  try {
    db.pragma("busy_timeout = 5000");
    const changed = db.prepare(`UPDATE authors SET disabled = ? WHERE login_email = ?`).run(disabled ? 1 : 0, email).changes;
    expect(changed, `account ${email} in the e2e database`).toBe(1);
  } finally {
    db.close();
  }
}
