import { expect, type APIRequestContext } from "@playwright/test";

/**
 * An author's, section's or tag's archive that moved: its page, a later page and its feed each answer 301 to the same
 * address under the new slug, the query kept.
 */
export async function expectArchiveMoved(request: APIRequestContext, kind: "author" | "category" | "tag", from: string, to: string) {
  for (const [path, target] of [
    [`/${kind}/${from}`, `/${kind}/${to}`],
    [`/${kind}/${from}?page=1`, `/${kind}/${to}?page=1`],
    [`/${kind}/${from}/feed.xml`, `/${kind}/${to}/feed.xml`],
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(301);
    const location = new URL(response.headers().location, "http://localhost");
    expect(location.pathname + location.search, path).toBe(target);
  }
}
