import { describe, expect, it } from "vitest";
import { isCurrent } from "./DashboardNavLink";

describe("the dashboard link of the page being shown", () => {
  it("is the link to that address", () => {
    expect(isCurrent("/dashboard/users", "/dashboard/users")).toBe(true);
    expect(isCurrent("/dashboard/articles/new", "/dashboard/articles/new")).toBe(true);
    expect(isCurrent("/dashboard/users", "/dashboard/comments")).toBe(false);
  });

  it("is the link to the list a page belongs to: a section's page is under Sections, a comment's under Comments", () => {
    expect(isCurrent("/dashboard/sections", "/dashboard/sections/4")).toBe(true);
    expect(isCurrent("/dashboard/comments", "/dashboard/comments/9/delete")).toBe(true);
    // A longer name that begins the same is another page.
    expect(isCurrent("/dashboard/users", "/dashboard/users-archive")).toBe(false);
  });

  it("is Articles on the list and on an article's own pages, not on New article", () => {
    expect(isCurrent("/dashboard", "/dashboard")).toBe(true);
    expect(isCurrent("/dashboard", "/dashboard/articles/12/edit")).toBe(true);
    expect(isCurrent("/dashboard", "/dashboard/articles/12/preview")).toBe(true);
    expect(isCurrent("/dashboard", "/dashboard/articles/new")).toBe(false);
    expect(isCurrent("/dashboard", "/dashboard/profile")).toBe(false);
  });
});
