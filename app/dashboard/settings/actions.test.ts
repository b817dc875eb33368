import { beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/db/client";
import { getCommentSettings } from "@/db/queries/settings";
import { siteSettings } from "@/db/schema";
import { auditRows, expectRefusedWithoutChange, signedIn } from "@/lib/testing/admin-actions";
import { form } from "@/lib/testing/forms";
import { signOut } from "@/lib/testing/request-context";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { saveCommentSettingsAction } from "./actions";

vi.mock("next/headers", async () => (await import("@/lib/testing/request-context")).nextHeadersMock);
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), refresh: vi.fn() }));
setUpTempDatabase();
process.env.NEXTAUTH_SECRET = "settings-test-secret";

const stored = () => getDb().select().from(siteSettings).orderBy(siteSettings.key).all();
const settingsAudit = () => auditRows().filter((r) => r.action === "settings.comments");

beforeEach(() => signOut());

describe("saveCommentSettingsAction", () => {
  it("saves both settings and audits the new values", async () => {
    const admin = await signedIn("admin", "Ada Admin");
    const state = await saveCommentSettingsAction(undefined, form({ commentsEnabled: "on", closeAfterDays: " 30 " }));
    expect(state).toEqual({ status: "success", message: "Saved. Comments are on. Comments close 30 days after an article is published." });
    expect(getCommentSettings()).toEqual({ commentsEnabled: true, closeAfterDays: 30 });
    expect(settingsAudit().at(-1)).toMatchObject({ actorId: admin.id, actorLabel: "Ada Admin", entityType: "settings", details: '{"commentsEnabled":true,"closeAfterDays":30}' });
  });

  it("turns comments off when the box is not ticked, and an empty age means never", async () => {
    await signedIn("admin");
    expect(await saveCommentSettingsAction(undefined, form({ closeAfterDays: "" }))).toMatchObject({ status: "success", message: "Saved. Comments are off across the site." });
    expect(getCommentSettings()).toEqual({ commentsEnabled: false, closeAfterDays: null });
    expect(settingsAudit().at(-1)!.details).toBe('{"commentsEnabled":false,"closeAfterDays":null}');
  });

  it.each(["0", "3651", "1.5", "ten", "-3"])("refuses %j days beside the field and keeps what was typed", async (days) => {
    await signedIn("admin");
    const before = stored();
    const audits = settingsAudit().length;
    const state = await saveCommentSettingsAction(undefined, form({ commentsEnabled: "on", closeAfterDays: days }));
    expect(state).toMatchObject({ status: "error", fieldErrors: { closeAfterDays: expect.stringMatching(/whole number of days from 1 to 3,650/) }, values: { closeAfterDays: days, commentsEnabled: "on" } });
    expect(stored()).toEqual(before);
    expect(settingsAudit()).toHaveLength(audits);
  });

  it("accepts the limits 1 and 3650", async () => {
    await signedIn("admin");
    for (const days of [1, 3650]) {
      expect(await saveCommentSettingsAction(undefined, form({ commentsEnabled: "on", closeAfterDays: String(days) }))).toMatchObject({ status: "success" });
      expect(getCommentSettings().closeAfterDays).toBe(days);
    }
  });

  it("refuses an editor and a signed-out request, changing nothing", async () => {
    const request = () => saveCommentSettingsAction(undefined, form({ closeAfterDays: "1" }));
    await signedIn("editor");
    await expectRefusedWithoutChange(request, stored, /role does not allow/);
    signOut();
    await expectRefusedWithoutChange(request, stored, /Sign in again/);
  });
});
