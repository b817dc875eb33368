import { describe, expect, it } from "vitest";
import { listingMetadata } from "./page-metadata";

const description = "The latest news from Dateline.";

describe("listing page metadata", () => {
  it("shares a later page under its own title, as its <title> names it", () => {
    const meta = listingMetadata({ description, path: "/", page: 2 });
    expect(meta.title).toBe("Latest news, page 2");
    expect(meta.openGraph).toMatchObject({ title: "Latest news, page 2", url: "/?page=2" });
    expect(meta.twitter).toMatchObject({ title: "Latest news, page 2" });
  });

  it("gives a later page of an archive a description of its own", () => {
    const first = listingMetadata({ title: "City", description, path: "/category/city" });
    const second = listingMetadata({ title: "City", description, path: "/category/city", page: 2 });
    expect(second.description).not.toBe(first.description);
    expect(second.openGraph).toMatchObject({ title: "City, page 2", description: second.description });
    expect(second.twitter).toMatchObject({ title: "City, page 2", description: second.description });
  });

  it("shares the first page under the archive's name, and the front page under the site's", () => {
    expect(listingMetadata({ title: "City", description, path: "/category/city" }).openGraph).toMatchObject({ title: "City", description });
    expect(listingMetadata({ description, path: "/" }).twitter).toMatchObject({ title: "Dateline", description });
  });
});
