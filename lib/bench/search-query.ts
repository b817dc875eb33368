import { searchArticles } from "@/db/queries/search";
import { searchQueries } from "./targets";

const runsPerQuery = 5;

/**
 * The search query alone, in this process on the dataset's file: the median of five runs of each of the 50 queries
 * (page 1, 10 a page, as the search page asks), then the 50th and 90th percentiles over the queries and the slowest.
 * The HTTP row shows the whole page under load; this shows what the database's part costs.
 */
export function timeSearchQueries(dbPath: string): QueryTimes {
  process.env.DATABASE_PATH = dbPath;
  const medians = searchQueries.map((query) => {
    const runs = Array.from({ length: runsPerQuery }, () => {
      const started = performance.now();
      searchArticles(query, new Date(), 1, 10);
      return performance.now() - started;
    }).sort((a, b) => a - b);
    return { query, ms: runs[Math.floor(runsPerQuery / 2)] };
  });
  return spreadOver(medians);
}

export type QueryTimes = { p50: number; p90: number; slowest: { query: string; ms: number } };

/** The 50th and 90th percentiles of per-query times, and the slowest query. */
export function spreadOver(times: { query: string; ms: number }[]): QueryTimes {
  const sorted = times.map((m) => m.ms).sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
  return { p50: at(0.5), p90: at(0.9), slowest: times.reduce((a, b) => (b.ms > a.ms ? b : a)) };
}
