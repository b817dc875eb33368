import { spawn } from "node:child_process";
import { verify } from "@node-rs/argon2";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { createSession } from "@/db/queries/sessions";
import { auditLog, authors, sessions } from "@/db/schema";
import { setUpTempDatabase } from "@/lib/testing/temp-database";

// The command runs as a real child process against this file's database, as an operator would run it.
setUpTempDatabase();

type Run = { code: number | null; stdout: string; stderr: string };

function user(args: string[], stdin = ""): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "lib/cli/user.ts", ...args], {
      cwd: process.cwd(),
      env: { ...process.env },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

const account = (email: string) => getDb().select().from(authors).where(eq(authors.loginEmail, email)).get();
const sessionCount = (authorId: number) => getDb().select().from(sessions).where(eq(sessions.authorId, authorId)).all().length;
const openSession = (authorId: number) => createSession(getDb(), authorId, new Date(Date.now() + 3_600_000));

async function create(email: string, role: string, password = "a-long-password") {
  return user(["create", "--email", email, "--name", `Name of ${email.split("@")[0]}`, "--role", role], `${password}\n`);
}

describe("user create", () => {
  it("creates an account whose stored hash is argon2id and verifies", async () => {
    const run = await create("Boss@Test.Example", "admin", "first admin password");
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toContain("Created admin Name of Boss <boss@test.example>.");
    expect(run.stdout).not.toContain("first admin password");
    const stored = account("boss@test.example")!;
    expect(stored).toMatchObject({ role: "admin", disabled: false, slug: "name-of-boss" });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verify(stored.passwordHash!, "first admin password")).toBe(true);
    expect(await verify(stored.passwordHash!, "another password")).toBe(false);
    const audit = getDb().select().from(auditLog).where(and(eq(auditLog.action, "user.create"), eq(auditLog.entityId, String(stored.id)))).all();
    expect(audit).toMatchObject([{ actorId: null, actorLabel: "command line", details: "boss@test.example as admin" }]);
  });

  it("refuses a duplicate email with exit code 2", async () => {
    await create("twice@test.example", "editor");
    const run = await create("TWICE@test.example", "editor");
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe("twice@test.example already has an account.");
    expect(getDb().select().from(authors).where(eq(authors.loginEmail, "twice@test.example")).all()).toHaveLength(1);
  });

  it("refuses an unknown role with exit code 2", async () => {
    const run = await create("chief@test.example", "chief");
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe("--role: Choose a role: editor or admin.");
    expect(account("chief@test.example")).toBeUndefined();
  });

  it("refuses a short password with exit code 2", async () => {
    const run = await create("short@test.example", "editor", "short");
    expect(run.code).toBe(2);
    expect(run.stderr.trim()).toBe("password: Use at least 8 characters.");
    expect(account("short@test.example")).toBeUndefined();
  });

  it("refuses a malformed email and an unknown account with exit code 2", async () => {
    expect(await create("not-an-email", "editor")).toMatchObject({ code: 2, stderr: expect.stringContaining("--email: Enter an email address") });
    expect(await user(["disable", "--email", "ghost@test.example"])).toMatchObject({ code: 2, stderr: "No account has the email ghost@test.example.\n" });
  });
});

describe("user changes", () => {
  it("set-role changes the role", async () => {
    await create("promoted@test.example", "editor");
    const run = await user(["set-role", "--email", "promoted@test.example", "--role", "admin"]);
    expect(run).toMatchObject({ code: 0, stdout: "promoted@test.example is now admin.\n" });
    expect(account("promoted@test.example")!.role).toBe("admin");
  });

  it("disable ends every session at once, and enable lets the user back", async () => {
    await create("leaver@test.example", "editor");
    const id = account("leaver@test.example")!.id;
    openSession(id);
    openSession(id);
    expect(await user(["disable", "--email", "leaver@test.example"])).toMatchObject({ code: 0, stdout: "leaver@test.example is disabled.\n" });
    expect(account("leaver@test.example")!.disabled).toBe(true);
    expect(sessionCount(id)).toBe(0);
    expect(await user(["enable", "--email", "leaver@test.example"])).toMatchObject({ code: 0, stdout: "leaver@test.example is enabled.\n" });
    expect(account("leaver@test.example")!.disabled).toBe(false);
  });

  it("reset-password sets a new hash and ends the user's sessions", async () => {
    await create("forgetful@test.example", "editor", "old password here");
    const id = account("forgetful@test.example")!.id;
    openSession(id);
    const run = await user(["reset-password", "--email", "forgetful@test.example"], "new password here\n");
    expect(run).toMatchObject({ code: 0, stdout: "Password of forgetful@test.example changed; their sessions are ended.\n" });
    const stored = account("forgetful@test.example")!.passwordHash!;
    expect(await verify(stored, "new password here")).toBe(true);
    expect(await verify(stored, "old password here")).toBe(false);
    expect(sessionCount(id)).toBe(0);
    expect((await user(["reset-password", "--email", "forgetful@test.example"], "tiny\n")).code).toBe(2);
    expect(await verify(account("forgetful@test.example")!.passwordHash!, "new password here")).toBe(true);
  });

  it("never demotes or disables the last active admin", async () => {
    // Every admin so far but one is demoted or disabled, through the command itself.
    for (const admin of getDb().select().from(authors).where(eq(authors.role, "admin")).all()) {
      if (admin.loginEmail !== "boss@test.example") expect((await user(["set-role", "--email", admin.loginEmail, "--role", "editor"])).code).toBe(0);
    }
    const demote = await user(["set-role", "--email", "boss@test.example", "--role", "editor"]);
    expect(demote).toMatchObject({ code: 2, stderr: "Name of Boss is the last active admin and cannot be demoted.\n" });
    const disable = await user(["disable", "--email", "boss@test.example"]);
    expect(disable).toMatchObject({ code: 2, stderr: "Name of Boss is the last active admin and cannot be disabled.\n" });
    expect(account("boss@test.example")).toMatchObject({ role: "admin", disabled: false });

    // A disabled admin does not count: with one, the boss is still the last active admin.
    await create("second@test.example", "admin");
    expect((await user(["disable", "--email", "second@test.example"])).code).toBe(0);
    expect((await user(["disable", "--email", "boss@test.example"])).code).toBe(2);
    // With a second active admin, the boss may go.
    expect((await user(["enable", "--email", "second@test.example"])).code).toBe(0);
    expect(await user(["set-role", "--email", "boss@test.example", "--role", "editor"])).toMatchObject({ code: 0 });
    expect(account("boss@test.example")!.role).toBe("editor");
  });
});
