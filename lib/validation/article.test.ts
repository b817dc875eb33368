import { describe, expect, it } from "vitest";
import { articleFieldsSchema, fieldsToFormValues, makeArticleFormSchema, parseRevisionFields, parseTagNames } from "./article";

const now = new Date("2026-06-01T12:00:00Z");
const schema = makeArticleFormSchema({ timeZone: () => "Europe/London", now: () => now });
const valid = { title: "Harbour plan approved", slug: "harbour-plan-approved", categoryId: "3", intent: "save", bodyMarkdown: "Text." };

function errors(values: Record<string, string>): Record<string, string> {
  const result = schema.safeParse({ ...valid, ...values });
  if (result.success) return {};
  // The first message per field, as the form shows it (see lib/auth/guards.ts).
  const out: Record<string, string> = {};
  for (const issue of result.error.issues) out[String(issue.path[0])] ??= issue.message;
  return out;
}

describe("the article form schema", () => {
  it("accepts a complete form and normalizes it", () => {
    const result = schema.parse({ ...valid, tags: "Harbour, city hall , harbour,,", heroImageId: "", sourceUrl: "", isLead: "on", baseRevision: "4" });
    expect(result).toMatchObject({ tags: ["Harbour", "city hall"], heroImageId: null, sourceUrl: null, isLead: true, baseRevision: 4, categoryId: 3, scheduleAt: null });
  });

  it("refuses an empty or blank title", () => {
    expect(errors({ title: "" }).title).toBe("Enter a title.");
    expect(errors({ title: "   " }).title).toBe("Enter a title.");
  });

  it("refuses slugs that are not lowercase words joined by single hyphens", () => {
    for (const slug of ["Harbour-Plan", "harbour--plan", "-harbour", "harbour plan", "harbour_plan", "hafen-ä"]) {
      expect(errors({ slug }).slug).toMatch(/lowercase letters/);
    }
    expect(errors({ slug: "" }).slug).toMatch(/Enter a slug/);
  });

  it("allows only http and https source links", () => {
    expect(errors({ sourceUrl: "https://example.com/story" })).toEqual({});
    expect(errors({ sourceUrl: "http://example.com/story" })).toEqual({});
    for (const sourceUrl of ["javascript:alert(1)", "ftp://example.com/x", "data:text/html,hi", "example.com/story", "mailto:a@b.example"]) {
      expect(errors({ sourceUrl }).sourceUrl).toMatch(/https:\/\//);
    }
  });

  it("takes body images from the site or over https, and refuses plain-http ones, which the browser would block", () => {
    for (const bodyMarkdown of [
      "![Quay](/media/abcdefabcdef)",
      "![Quay](https://images.example/quay.jpg)",
      "See http://example.com for more.",
      "[a link](http://example.com)",
      "How to write one:\n\n```\n![Quay](http://images.example/quay.jpg)\n```",
    ]) {
      expect(errors({ bodyMarkdown })).toEqual({});
    }
    for (const bodyMarkdown of [
      "![Quay](http://images.example/quay.jpg)",
      "Text.\n\n![](  <http://images.example/q.jpg>)",
      '<img alt="q" src="http://images.example/q.jpg">',
      "<IMG SRC=http://x.example/q.png>",
      "![a map][m]\n\n[m]: http://images.example/map.png",
      "![a map][]\n\n[a map]: HTTP://images.example/map.png",
    ]) {
      expect(errors({ bodyMarkdown }).bodyMarkdown).toMatch(/https:\/\/ address/);
    }
  });

  it("refuses too-long fields with their limit", () => {
    expect(errors({ title: "x".repeat(201) }).title).toBe("Use at most 200 characters.");
    expect(errors({ excerpt: "x".repeat(501) }).excerpt).toBe("Use at most 500 characters.");
    expect(errors({ slug: "a".repeat(81) }).slug).toBe("Use at most 80 characters.");
    expect(errors({ heroAlt: "x".repeat(301) }).heroAlt).toBe("Use at most 300 characters.");
    expect(errors({ tags: Array.from({ length: 21 }, (_, i) => `tag ${i}`).join(",") }).tags).toBe("Use at most 20 tags.");
  });

  it("requires a section", () => {
    expect(errors({ categoryId: "" }).categoryId).toBe("Choose a section.");
  });

  it("reads the schedule time in the site time zone and requires the future", () => {
    const result = schema.parse({ ...valid, intent: "schedule", scheduleAt: "2026-06-02T09:00" });
    expect(result.scheduleAt?.toISOString()).toBe("2026-06-02T08:00:00.000Z");
    // 12:30 in London is 11:30 UTC, before `now`.
    expect(errors({ intent: "schedule", scheduleAt: "2026-06-01T12:30" }).scheduleAt).toMatch(/in the future/);
    expect(errors({ intent: "schedule", scheduleAt: "2025-01-01T09:00" }).scheduleAt).toMatch(/in the future/);
    expect(errors({ intent: "schedule", scheduleAt: "" }).scheduleAt).toMatch(/Choose the date/);
    // A past time does not matter unless scheduling.
    expect(errors({ intent: "publish", scheduleAt: "2025-01-01T09:00" })).toEqual({});
  });

  it("refuses an unknown intent", () => {
    expect(errors({ intent: "delete-everything" }).intent).toBeDefined();
  });
});

describe("what the editor is told instead of losing", () => {
  it("names the tags that have no letter or digit for an address, instead of dropping them", () => {
    expect(errors({ tags: "news, 東京, Αθήνα, 🎉" }).tags).toBe("“東京”, “Αθήνα”, “🎉” cannot be used: a tag's address needs letters a–z or digits. Spell it in Latin letters too, such as “Tokyo”.");
    expect(errors({ tags: "news, Tokyo 東京" })).toEqual({});
  });

  it("refuses a picture still described as the placeholder Insert image put there, except when unpublishing", () => {
    const placeholder = "Text.\n\n![alt text](/media/abcdefabcdef)";
    expect(errors({ bodyMarkdown: placeholder }).bodyMarkdown).toMatch(/^Describe each picture: replace “alt text”/);
    expect(errors({ bodyMarkdown: placeholder, intent: "unpublish" })).toEqual({});
    expect(errors({ bodyMarkdown: "![Lamps on the quay](/media/abcdefabcdef)\n\n![](/media/abcdefabcdef)" })).toEqual({});
    // Showing the Markdown of a picture in code shows no picture.
    expect(errors({ bodyMarkdown: "Write it so:\n\n```\n![alt text](https://example.com/x.png)\n```\n\nor `![alt text](x.png)`." })).toEqual({});
  });
});

describe("tags and revisions", () => {
  it("dedupes tags by their slug and drops empty ones", () => {
    expect(parseTagNames(" Café ,cafe, CAFÉ, ,  Port   Alder ")).toEqual(["Café", "Port Alder"]);
  });

  it("turns a revision's JSON back into form values", () => {
    const fields = articleFieldsSchema.parse({ ...valid, tags: "a, b", sourceUrl: "https://example.com", isLead: "on" });
    const back = parseRevisionFields(JSON.stringify(fields));
    expect(back).toEqual(fields);
    expect(fieldsToFormValues(back!)).toMatchObject({ tags: "a, b", sourceUrl: "https://example.com", isLead: "on", categoryId: "3" });
    expect(parseRevisionFields("not json")).toBeUndefined();
  });
});
