import { parseArgs } from "node:util";
import { buildIfNeeded } from "@/lib/cli/build";
import { runCli } from "@/lib/bench/cleanup";
import { prepareDataset } from "@/lib/bench/dataset";
import { beaconRequest, beaconTally, cannon, connections, warmUp, type Stats } from "@/lib/bench/load";
import { articleWithBeacons } from "@/lib/bench/beacons";
import { printReport, type Row } from "@/lib/bench/summary";
import { withRssSampling } from "@/lib/bench/rss";
import { measureScripts } from "@/lib/bench/scripts";
import { timeUncachedSearchPages } from "@/lib/bench/search-pages";
import { timeSearchQueries } from "@/lib/bench/search-query";
import { startServer } from "@/lib/bench/server";
import { chooseTargets, searchQueries, storedViews } from "@/lib/bench/targets";
import { hasWrk } from "@/lib/bench/wrk";
import { measureWithWrk, wrkRoundSeconds, wrkRounds } from "@/lib/bench/wrk-rounds";

/** `npm run bench [-- --articles N --duration S]`: throughput and latency of the reader's routes on the production server. */
async function main() {
  const { values } = parseArgs({ options: { articles: { type: "string", default: "1000" }, duration: { type: "string", default: "10" } } });
  const articles = Number(values.articles);
  const duration = Number(values.duration);
  if (!Number.isInteger(articles) || articles < 1) throw new Error("--articles takes a whole number, such as 1000.");
  if (!Number.isInteger(duration) || duration < 1) throw new Error("--duration takes whole seconds, such as 10.");

  buildIfNeeded();
  const { dbPath } = prepareDataset(articles);
  const targets = chooseTargets(dbPath);
  const viewsBefore = storedViews(dbPath);
  const server = await startServer(dbPath);
  const at = (path: string) => server.url + path;
  const beaconUrl = at(`/api/views/${targets.articleId}`);
  console.log(`Server pid ${server.pid} at ${server.url}; article ${targets.articlePath} (id ${targets.articleId}), category ${targets.categoryPath}.`);

  const rows: Row[] = [];
  const measure = async (name: string, work: () => Promise<Stats>, note = "") => {
    process.stdout.write(`measuring ${name} for ${duration} s... `);
    const { result, maxRssMb } = await withRssSampling(server.pid, work);
    rows.push({ name, stats: result, rssMb: maxRssMb, note });
    console.log(`${Math.round(result.rps)} req/s`);
    return result;
  };

  // 1. The article page, with view beacons at a tenth of its rate (closed loop, see lib/bench/beacons.ts).
  await warmUp(at(targets.articlePath));
  await warmUp(beaconUrl, { method: "POST", beacon: true });
  process.stdout.write(`measuring article page + beacons for ${duration} s... `);
  const mixed = await withRssSampling(server.pid, () => articleWithBeacons(server.url, targets.articlePath, targets.articleId, duration));
  const { page, beacons } = mixed.result;
  console.log(`${Math.round(page.rps)} req/s`);
  rows.push({ name: "article page (beacons alongside)", stats: page, rssMb: mixed.maxRssMb, note: `page requests only, ${connections} conns` });
  rows.push({ name: "  beacons during article run", stats: beacons, rssMb: mixed.maxRssMb, note: `POST, 1 per 10 pages on each connection = ${((100 * beacons.rps) / page.rps).toFixed(1)}% of page rate` });

  // 2-3. Home and a category page.
  for (const [name, path] of [["home /", "/"], [`category ${targets.categoryPath}`, targets.categoryPath]] as const) {
    await warmUp(at(path));
    await measure(name, () => cannon({ url: at(path), duration }));
  }

  // 4. Search, rotating through a fixed list of queries. The page cache keeps a query's results from its second
  // rendering on, so each is asked twice first; the uncached rendering is timed on its own after the load runs.
  const searchPath = (i: number) => `/search?q=${encodeURIComponent(searchQueries[i % searchQueries.length])}`;
  for (let i = 0; i < searchQueries.length; i++) await warmUp(at(searchPath(i)), {}, 2);
  let next = 0;
  await measure("search (50 queries, cached)", () => cannon({ url: server.url, duration, requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: searchPath(next++) }) }] }));

  // 5. The view-counting endpoint alone, each request a new visitor. A fixed number of requests (its rate over a first
  // batch times the duration) rather than a deadline, so no beacon is left in flight and counted = stored can be exact.
  const batch = await cannon({ url: beaconUrl, amount: connections * 50, requests: [beaconRequest(targets.articleId)] });
  const amount = Math.max(connections, Math.round(batch.rps * duration));
  await measure("views endpoint POST", () => cannon({ url: beaconUrl, amount, requests: [beaconRequest(targets.articleId)] }), `${amount} requests, each a new dl_visitor`);

  // 6-7. Yardsticks.
  for (const [name, path] of [["yardstick /about", "/about"], ["yardstick /api/health", "/api/health"]] as const) {
    await warmUp(at(path));
    await measure(name, () => cannon({ url: at(path), duration }));
  }

  // 8-13. The same again with wrk where it is installed: one thread, so the server gets more of the two cores.
  const wrk = hasWrk();
  if (wrk) rows.push(...(await measureWithWrk(server, targets, duration)));

  const stored = storedViews(dbPath) - viewsBefore;
  console.log("measuring the article page's JavaScript in Chromium...");
  const scripts = await measureScripts(at(targets.articlePath));
  console.log("timing uncached search pages, one at a time...");
  const searchPages = await timeUncachedSearchPages(server.url);
  await server.stop();
  // After the server has stopped, so the timing has the CPU to itself.
  const searchQuery = timeSearchQueries(dbPath);

  printReport({ rows, counted: beaconTally.counted, beaconsSent: beaconTally.sent, stored, scripts, searchQuery, searchPages, wrk, wrkRounds, wrkRoundSeconds: wrkRoundSeconds(duration), command: `npm run bench -- --articles ${articles} --duration ${duration}`, articles, duration });
}

runCli(main);
