import { spawn } from "node:child_process";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { authors } from "@/db/schema";
import { makeAuthor } from "@/lib/testing/fixtures";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { setDisabled, setRole } from "./user-admin";

const { file } = setUpTempDatabase();

/**
 * Another server process demoting `adminId`: it takes the write lock, says so, and commits `holdMs` later, while this
 * process is already asking for the lock.
 */
function demoteInAnotherProcess(adminId: number, holdMs: number): { locked: Promise<void>; done: Promise<void> } {
  const script = `
    const db = new (require("better-sqlite3"))(${JSON.stringify(file)});
    db.pragma("busy_timeout = 5000");
    db.exec("BEGIN IMMEDIATE");
    db.prepare("UPDATE authors SET role = 'editor' WHERE id = ?").run(${adminId});
    process.stdout.write("locked\\n");
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${holdMs});
    db.exec("COMMIT");`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  const locked = new Promise<void>((resolve) => child.stdout.once("data", () => resolve()));
  const done = new Promise<void>((resolve, reject) => child.once("exit", (code) => (code === 0 ? resolve() : reject(new Error(`exit ${code}`)))));
  return { locked, done };
}

/** Two admins, `first` and `second`, and no other active one. */
function twoAdmins() {
  getDb().update(authors).set({ disabled: true }).where(eq(authors.role, "admin")).run();
  const [first, second] = [makeAuthor("First Admin"), makeAuthor("Second Admin")];
  getDb().update(authors).set({ role: "admin", disabled: false }).where(eq(authors.id, first.id)).run();
  getDb().update(authors).set({ role: "admin", disabled: false }).where(eq(authors.id, second.id)).run();
  return { first, second };
}

describe("the last active admin", () => {
  it("can be neither demoted nor disabled, by anyone", () => {
    const { first, second } = twoAdmins();
    expect(setDisabled(first.id, true, { id: second.id, name: "Second Admin" })).toEqual({ ok: true, id: first.id });
    expect(setRole(second.id, "editor", { id: second.id, name: "Second Admin" })).toEqual({ ok: false, message: "Second Admin is the last active admin and cannot be demoted." });
    expect(setDisabled(second.id, true, { id: second.id, name: "Second Admin" })).toEqual({ ok: false, message: "Second Admin is the last active admin and cannot be disabled." });
  });
});

describe("the last active admin, with two server processes", () => {
  it("is kept when both processes demote one of the two admins at the same moment", async () => {
    const { first, second } = twoAdmins();
    const other = demoteInAnotherProcess(first.id, 300);
    await other.locked;
    // This process decides while the other holds its demotion uncommitted: the decision must wait for it.
    const result = setRole(second.id, "editor", { id: second.id, name: "Second Admin" });
    await other.done;
    expect(result).toEqual({ ok: false, message: "Second Admin is the last active admin and cannot be demoted." });
    const activeAdmins = getDb().select().from(authors).where(eq(authors.role, "admin")).all().filter((a) => !a.disabled);
    expect(activeAdmins.map((a) => a.id)).toEqual([second.id]);
  });
});
