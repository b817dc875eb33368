import { describe, expect, it } from "vitest";
import { viewCounter } from "@/db/queries/views";
import { makeArticle } from "@/lib/testing/fixtures";
import { setUpTempDatabase } from "@/lib/testing/temp-database";
import { countingHeaders, countView } from "./count-view";
import { visitorCookie } from "./visitor";

setUpTempDatabase();

const firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";

describe("the headers the counting rules read", () => {
  // lib/server/view-beacon.ts passes countingHeaders alone to the thread that counts: a header the rules read but the
  // list lacks would look absent there, and a bot or a prefetch would be counted.
  it("are the listed ones, every one of them, whichever way a request goes", async () => {
    const article = makeArticle();
    const requests: Record<string, string>[] = [
      { "user-agent": firefox, "x-forwarded-for": "192.0.2.60" },
      { "user-agent": firefox, cookie: `${visitorCookie}=${"a".repeat(32)}` },
      { "user-agent": "curl/8.5.0" },
      { "user-agent": firefox, "sec-purpose": "prefetch" },
      { "user-agent": firefox, purpose: "prefetch" },
      { "user-agent": firefox, "next-router-prefetch": "1" },
      { "user-agent": firefox, "sec-fetch-site": "cross-site" },
    ];
    const read = new Set<string>();
    for (const headers of requests) {
      await countView(viewCounter(), { get: (name) => (read.add(name.toLowerCase()), headers[name.toLowerCase()] ?? null) }, article.id, false, "UTC");
    }
    expect([...read].sort()).toEqual([...countingHeaders].sort());
  });
});

describe("a view another site's page sends", () => {
  it("is not counted; our own pages' beacon and pixel, same-origin, are", async () => {
    const article = makeArticle();
    const visit = (headers: Record<string, string>) => countView(viewCounter(), { get: (name) => headers[name.toLowerCase()] ?? null }, article.id, false, "UTC");
    expect(await visit({ "user-agent": firefox, "x-forwarded-for": "192.0.2.61", "sec-fetch-site": "cross-site" })).toMatchObject({ result: { found: true, counted: false, views: 0 } });
    expect(await visit({ "user-agent": firefox, "x-forwarded-for": "192.0.2.62", "sec-fetch-site": "same-origin" })).toMatchObject({ result: { counted: true, views: 1 } });
    expect(await visit({ "user-agent": firefox, "x-forwarded-for": "192.0.2.63" })).toMatchObject({ result: { counted: true, views: 2 } });
  });
});
