import { describe, expect, it } from "vitest";
import { slugify } from "./slug";

describe("slugs", () => {
  it("keeps letters and digits, drops accents and apostrophes, joins words with hyphens", () => {
    expect(slugify("Harbour plan: what's next?")).toBe("harbour-plan-whats-next");
    expect(slugify("Café déjà vu 2026")).toBe("cafe-deja-vu-2026");
    expect(slugify("東京 🎉")).toBe("");
  });

  it("ends a long title's slug at a whole word within 80 characters, or cuts a single long word at 80", () => {
    const title = "Council approves a very long list of amendments to the harbour expansion plan after a nine hour meeting";
    const slug = slugify(title);
    expect(slug).toBe("council-approves-a-very-long-list-of-amendments-to-the-harbour-expansion-plan");
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slugify("x".repeat(100))).toBe("x".repeat(80));
    expect(slugify(`${"a".repeat(40)} ${"b".repeat(39)}`)).toBe(`${"a".repeat(40)}-${"b".repeat(39)}`);
  });
});
