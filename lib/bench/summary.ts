import { pagesPerBeacon } from "./beacons";
import type { Stats } from "./load";
import { fixed, machineLine, table } from "./report";
import type { ScriptWeight } from "./scripts";
import type { QueryTimes } from "./search-query";

/** One measurement; `rounds` when it was taken in turns with others (lib/bench/wrk-rounds.ts). */
export type Row = { name: string; stats: Stats; rounds?: Stats[]; rssMb: number; note: string };

type Report = {
  rows: Row[];
  counted: number;
  beaconsSent: number;
  stored: number;
  scripts: ScriptWeight;
  searchQuery: QueryTimes;
  searchPages: QueryTimes;
  wrk: boolean;
  wrkRounds: number;
  /** Each wrk round's length, in seconds. */
  wrkRoundSeconds: number;
  command: string;
  articles: number;
  duration: number;
};

const scriptTargetKb = 110;
const searchTargetMs = 20;

/** Rate ratios against the yardsticks, with the targets they should meet: [label, row, yardstick row, target]. */
const ratios: [string, string, string, number][] = [
  ["article/about", "article page (beacons alongside)", "yardstick /about", 0.9],
  ["home/about", "home /", "yardstick /about", 0.75],
  ["category/about", "category", "yardstick /about", 0.75],
  ["views-endpoint/health", "views endpoint POST", "yardstick /api/health", 0.5],
];
const wrkRatios: [string, string, string, number][] = [
  ["article/about", "wrk: article page + beacons", "wrk: yardstick /about", 0.9],
  ["home/about", "wrk: home /", "wrk: yardstick /about", 0.75],
  ["category/about", "wrk: category", "wrk: yardstick /about", 0.75],
];

/** The lowest and highest of a ratio's per-round values, when both rows were measured in the same rounds. */
function spread(top: Row, bottom: Row): string {
  if (!top.rounds || !bottom.rounds || top.rounds.length < 2 || top.rounds.length !== bottom.rounds.length) return "";
  const values = top.rounds.map((stats, i) => stats.rps / bottom.rounds![i].rps);
  return `  (rounds: ${fixed(Math.min(...values), 2)} to ${fixed(Math.max(...values), 2)})`;
}

/**
 * The article with its beacons against the article alone, which no target names but which bounds the article's ratio:
 * a beacon is one more request for the thread that serves the pages, and costs it about what a page does (README,
 * "Why the margin is small"), so however cheaply its view is counted this stays under the pages' share of requests.
 */
function printBeaconShare(withBeacons: Row | undefined, alone: Row | undefined): void {
  if (!withBeacons || !alone) return;
  const pagesShare = pagesPerBeacon / (pagesPerBeacon + 1);
  const value = fixed(withBeacons.stats.rps / alone.stats.rps, 2);
  console.log(`  ${"article: beacons/alone".padEnd(22)} ${value.padStart(5)}  no target; pages are ${fixed(pagesShare, 2)} of its requests${spread(withBeacons, alone)}`);
}

export function printReport(report: Report): void {
  const { rows } = report;
  const find = (prefix: string) => rows.find((r) => r.name.startsWith(prefix));
  const header = ["measurement", "req/s", "p50 ms", "p99 ms", "non-2xx", "errors", "max RSS MB", "notes"];
  // No response inside the run: autocannon reports 0 ms latencies then, which would read as fast.
  const latency = (r: Row, ms: number) => (r.stats.total === 0 ? "n/a" : fixed(ms));
  const note = (r: Row) => (r.stats.total === 0 ? ["no response completed within the run", r.note].filter(Boolean).join("; ") : r.note);
  const body = rows.map((r) => [r.name, fixed(r.stats.rps, 0), latency(r, r.stats.p50), latency(r, r.stats.p99), String(r.stats.non2xx), String(r.stats.errors), fixed(r.rssMb, 0), note(r)]);
  const maxRss = Math.max(...rows.map((r) => r.rssMb));
  const rounds = report.wrk ? `; each wrk row is ${report.wrkRounds} rounds of ${report.wrkRoundSeconds} s, taken in turns with the other wrk rows: mean req/s, median p50, worst p99` : "";
  console.log(`\nDateline bench: ${report.articles.toLocaleString("en-US")} articles, ${report.duration} s per measurement, autocannon at 32 connections unless noted${rounds}\n`);
  console.log(table([header, ...body]));
  console.log(`\nmax server RSS over all runs: ${fixed(maxRss, 0)} MB`);
  if (!report.wrk) console.log("wrk: not installed, its rows were skipped");
  const printRatios = (title: string, list: typeof ratios) => {
    console.log(`\nratios (${title}):`);
    for (const [label, top, bottom, target] of list) {
      const a = find(top);
      const b = find(bottom);
      const value = a && b ? a.stats.rps / b.stats.rps : NaN;
      console.log(`  ${label.padEnd(22)} ${fixed(value, 2).padStart(5)}  target >= ${target.toFixed(2)}  ${value >= target ? "meets" : "below"}${a && b ? spread(a, b) : ""}`);
    }
  };
  printRatios("autocannon req/s", ratios);
  if (report.wrk) {
    printRatios("wrk req/s", wrkRatios);
    printBeaconShare(find("wrk: article page + beacons"), find("wrk: article page alone"));
  }
  const exact = report.counted === report.stored;
  console.log(`\nview beacons: ${report.beaconsSent} answered (warm-up included); counted ${report.counted}, stored ${report.stored}: ${exact ? "exact" : "MISMATCH"}`);
  const kb = report.scripts.gzipBytes / 1024;
  console.log(`article page JavaScript: ${report.scripts.count} scripts, ${fixed(report.scripts.rawBytes / 1024)} KB raw, ${fixed(kb)} KB gzipped (level 9, each file) — target ${scriptTargetKb} KB: ${kb <= scriptTargetKb ? "meets" : "above"}`);
  const { p50, p90, slowest } = report.searchQuery;
  console.log(
    `search query alone (50 queries, page 1, median of 5 runs each): p50 ${fixed(p50)} ms, p90 ${fixed(p90)} ms, slowest "${slowest.query}" ${fixed(slowest.ms)} ms — target p50 ${searchTargetMs} ms: ${p50 <= searchTargetMs ? "meets" : "above"}`,
  );
  const pages = report.searchPages;
  console.log(`search page rendered afresh (50 queries, one at a time, median of 3 each): p50 ${fixed(pages.p50)} ms, p90 ${fixed(pages.p90)} ms, slowest "${pages.slowest.query}" ${fixed(pages.slowest.ms)} ms`);
  console.log(`\n${machineLine()}`);
  console.log(`reproduce: ${report.command}`);
}
