import { describe, expect, it } from "vitest";
import { isCurrent } from "./DashboardNavLink";

describe("the dashboard link of the page being shown", () => {
  it("is the link to that address", () => {
    expect(isCurrent("/dashboard/users", "/dashboard/users")).toBe(true);
    expect(isCurrent("/dashboard/articles/new", "/dashboard/articles/new")).toBe(true);
    expect(isCurrent("/dashboard/users", "/dashboard/comments")).toBe(false);
  });

  it("is Articles on the list and on an article's own pages, not on New article", () => {
    expect(isCurrent("/dashboard", "/dashboard")).toBe(true);
    expect(isCurrent("/dashboard", "/dashboard/articles/12/edit")).toBe(true);
    expect(isCurrent("/dashboard", "/dashboard/articles/12/preview")).toBe(true);
    expect(isCurrent("/dashboard", "/dashboard/articles/new")).toBe(false);
    expect(isCurrent("/dashboard", "/dashboard/profile")).toBe(false);
  });
});
