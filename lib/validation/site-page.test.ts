import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { reservedPageSlugs, sitePageSchema } from "./site-page";

/** The first segments of the addresses app/ answers by a folder of its own (route groups looked into): `/dashboard`… */
function firstLevelFolders(dir = "app"): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => (/^\(.+\)$/.test(entry.name) ? firstLevelFolders(path.join(dir, entry.name)) : [entry.name]));
}

// WordPress's old addresses, which next.config.ts redirects: /feed and /page/2.
const redirected = ["feed", "page"];

describe("the addresses a site page cannot have", () => {
  it("are every first-level folder of app/ a slug could name, and WordPress's redirected ones: no more, no fewer", () => {
    const folders = firstLevelFolders().filter((name) => /^[a-z0-9-]+$/.test(name));
    expect([...reservedPageSlugs].sort()).toEqual([...folders, ...redirected].sort());
  });
});

describe("sitePageSchema", () => {
  const parse = (values: Record<string, string>) => sitePageSchema.safeParse({ title: "Contact", bodyMarkdown: "Write to us.", ...values });
  const errors = (values: Record<string, string>) => {
    const result = parse(values);
    return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
  };

  it("makes the address from the title when none is typed, and keeps what was typed to show back", () => {
    expect(parse({ title: "  Ethics & standards ", slug: "" }).data).toMatchObject({ title: "Ethics & standards", slug: "ethics-standards", typedSlug: "", position: 0, inMenu: false });
    expect(parse({ slug: "write-to-us", position: "12", inMenu: "on" }).data).toMatchObject({ slug: "write-to-us", typedSlug: "write-to-us", position: 12, inMenu: true });
  });

  it("keeps the description to one line of plain text", () => {
    expect(parse({ description: "Who we are,\r\nand\u0007 how to reach us." }).data?.description).toBe("Who we are, and how to reach us.");
    expect(errors({ description: "x".repeat(301) })).toEqual({ description: "Use at most 300 characters." });
  });

  it("refuses the app's own addresses, malformed ones and orders outside 0-999", () => {
    expect(errors({ slug: "articles" })).toEqual({ slug: "The site uses /articles for something else. Choose another address, such as articles-us." });
    // robots.txt keeps crawlers off every address beginning so, and the staff pages' security headers once did too.
    for (const slug of ["login-help", "dashboards"]) {
      expect(errors({ slug })).toEqual({ slug: "Addresses beginning with dashboard or login are kept for the newsroom's own pages. Choose another, such as help." });
    }
    expect(errors({ slug: "About-Us" })).toEqual({ slug: "Use lowercase letters, digits and single hyphens between them, such as contact-us." });
    expect(errors({ slug: "a".repeat(81) })).toEqual({ slug: "Use at most 80 characters." });
    expect(errors({ position: "1000" })).toEqual({ position: "Use a whole number from 0 to 999, or leave it empty." });
    expect(errors({ position: "2.5" })).toEqual({ position: "Use a whole number from 0 to 999, or leave it empty." });
  });

  it("asks for text, and for pictures readers can see: https only, each described", () => {
    expect(errors({ bodyMarkdown: " \n " })).toEqual({ bodyMarkdown: "Write the page's text." });
    expect(errors({ bodyMarkdown: "![A map](http://maps.example/a.png)" }).bodyMarkdown).toMatch(/^An image from another site needs an https:\/\/ address/);
  });
});
