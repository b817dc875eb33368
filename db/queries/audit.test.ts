import { describe, expect, it } from "vitest";
import { getDb } from "@/db/client";
import { makeArticle, makeAuthor } from "@/lib/testing/fixtures";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { auditFilterParams } from "@/lib/validation/audit-filter";
import { countAudit, listAudit, listAuditActions, writeAudit } from "./audit";

setUpTempDatabase();

const ada = makeAuthor("Ada");
const bo = makeAuthor("Bo");
// London is UTC+1 in July: its day "2025-07-02" runs from 2025-07-01T23:00Z to 2025-07-02T23:00Z.
writeAudit(getDb(), { actor: { id: ada.id, name: "Ada" }, action: "comment.approve", entityType: "comment", entityId: 1 }, new Date("2025-07-01T22:59:59Z"));
writeAudit(getDb(), { actor: { id: ada.id, name: "Ada" }, action: "comment.spam", entityType: "comment", entityId: 2 }, new Date("2025-07-01T23:00:00Z"));
writeAudit(getDb(), { actor: { id: bo.id, name: "Bo" }, action: "comment.approve", entityType: "comment", entityId: 3 }, new Date("2025-07-02T22:59:59Z"));
writeAudit(getDb(), { actor: { label: "command line" }, action: "user.create", entityType: "user", entityId: 4 }, new Date("2025-07-02T23:00:00Z"));

const ids = (filter: Parameters<typeof listAudit>[0]) => listAudit(filter, 50, 0).map((e) => Number(e.entityId));

describe("listAudit and countAudit", () => {
  it("lists newest first, paged", () => {
    expect(ids({})).toEqual([4, 3, 2, 1]);
    expect(listAudit({}, 2, 2).map((e) => Number(e.entityId))).toEqual([2, 1]);
    expect(countAudit({})).toBe(4);
  });

  it("filters by person, by the command line and by action", () => {
    expect(ids({ actor: ada.id })).toEqual([2, 1]);
    expect(ids({ actor: "command line" })).toEqual([4]);
    expect(ids({ action: "comment.approve" })).toEqual([3, 1]);
    expect(countAudit({ actor: bo.id, action: "comment.approve" })).toBe(1);
  });

  it("lists each action once, for the filter's choices", () => {
    expect(listAuditActions()).toEqual(["comment.approve", "comment.spam", "user.create"]);
  });
});

describe("auditFilterParams", () => {
  it("turns from and to days into whole days in the site time zone", () => {
    const { filter, form } = auditFilterParams({ from: "2025-07-02", to: "2025-07-02", actor: "cli" }, "Europe/London");
    expect(form).toEqual({ actor: "cli", action: "", from: "2025-07-02", to: "2025-07-02" });
    expect(ids({ ...filter, actor: undefined })).toEqual([3, 2]);
    expect(filter.actor).toBe("command line");
  });

  it("ignores what it cannot read instead of failing", () => {
    const { filter, form, page } = auditFilterParams({ from: "yesterday", to: "2025-13-45", actor: "<script>", page: "-2" }, "UTC");
    expect(filter).toEqual({ actor: undefined, action: undefined, from: undefined, to: undefined });
    expect(form).toEqual({ actor: "", action: "", from: "", to: "" });
    expect(page).toBe(1);
  });
});

describe("an entry's record", () => {
  it("is named as it is called now: a user by name, an article by title; other and deleted records by id alone", () => {
    const article = makeArticle({ title: "Ferry fares rise" });
    const renamed = makeAuthor("Cato Renamed");
    writeAudit(getDb(), { actor: { label: "command line" }, action: "user.role", entityType: "user", entityId: renamed.id });
    writeAudit(getDb(), { actor: { label: "command line" }, action: "article.publish", entityType: "article", entityId: article.id });
    writeAudit(getDb(), { actor: { label: "command line" }, action: "article.delete", entityType: "article", entityId: 999_999 });
    const names = listAudit({ actor: "command line" }, 50, 0).map((e) => [e.action, e.recordName]);
    expect(names.slice(0, 3)).toEqual([
      ["article.delete", null],
      ["article.publish", "Ferry fares rise"],
      ["user.role", "Cato Renamed"],
    ]);
    expect(listAudit({ action: "comment.spam" }, 50, 0)[0].recordName).toBeNull();
  });
});
