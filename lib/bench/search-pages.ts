import { spreadOver, type QueryTimes } from "./search-query";
import { browserUserAgent } from "./server";
import { searchQueries } from "./targets";

const runsPerQuery = 3;

/**
 * The search page as its first reader gets it, rendered by Next rather than taken from the page cache: each of the
 * 50 queries, one request at a time on an idle server, the median of three. An extra parameter keeps the page cache
 * out (it only answers the query strings the search form and result pages make); the page ignores it.
 */
export async function timeUncachedSearchPages(baseUrl: string): Promise<QueryTimes> {
  const medians: { query: string; ms: number }[] = [];
  for (const query of searchQueries) {
    const runs: number[] = [];
    for (let i = 0; i < runsPerQuery; i++) {
      const started = performance.now();
      const response = await fetch(`${baseUrl}/search?q=${encodeURIComponent(query)}&uncached=1`, { headers: { "user-agent": browserUserAgent } });
      await response.text();
      if (!response.ok) throw new Error(`Search page for "${query}" answered ${response.status}.`);
      if (response.headers.get("x-cache")) throw new Error(`Search page for "${query}" came through the page cache.`);
      runs.push(performance.now() - started);
    }
    medians.push({ query, ms: runs.sort((a, b) => a - b)[Math.floor(runsPerQuery / 2)] });
  }
  return spreadOver(medians);
}
