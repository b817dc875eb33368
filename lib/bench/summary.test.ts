import { afterEach, describe, expect, it, vi } from "vitest";
import type { Stats } from "./load";
import { printReport, type Row } from "./summary";

const stats = (rps: number): Stats => ({ rps, p50: 1, p99: 10, non2xx: 0, errors: 0, total: rps * 10 });
const wrkRow = (name: string, rounds: number[]): Row => ({ name, stats: stats(rounds.reduce((a, b) => a + b) / rounds.length), rounds: rounds.map(stats), rssMb: 300, note: "" });
const times = { p50: 1, p90: 2, slowest: { query: "harbour", ms: 3 } };

function reportWith(rows: Row[]): string {
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  printReport({ rows, counted: 5, beaconsSent: 5, stored: 5, scripts: { count: 1, rawBytes: 3000, gzipBytes: 1300 }, searchQuery: times, searchPages: times, wrk: true, wrkRounds: 2, wrkRoundSeconds: 3, command: "npm run bench", articles: 1000, duration: 10 });
  return log.mock.calls.map((call) => call.join(" ")).join("\n");
}

afterEach(() => vi.restoreAllMocks());

describe("printReport", () => {
  it("gives a wrk ratio over the rounds' mean rates, with the lowest and highest of its rounds", () => {
    const out = reportWith([wrkRow("wrk: article page + beacons", [16_000, 18_000]), wrkRow("wrk: yardstick /about", [20_000, 18_000])]);
    expect(out).toMatch(/each wrk row is 2 rounds of 3 s/);
    expect(out).toMatch(/article\/about\s+0\.89 {2}target >= 0\.90 {2}below {2}\(rounds: 0\.80 to 1\.00\)/);
  });

  it("gives the article with beacons against itself alone, beside the pages' share of its requests", () => {
    const out = reportWith([wrkRow("wrk: article page + beacons", [16_000, 18_000]), wrkRow("wrk: article page alone", [20_000, 18_000]), wrkRow("wrk: yardstick /about", [20_000, 18_000])]);
    expect(out).toMatch(/article: beacons\/alone\s+0\.89 {2}no target; pages are 0\.91 of its requests {2}\(rounds: 0\.80 to 1\.00\)/);
  });

  it("gives no spread for rows measured once", () => {
    const out = reportWith([{ ...wrkRow("wrk: article page + beacons", [19_000]), rounds: undefined }, { ...wrkRow("wrk: yardstick /about", [20_000]), rounds: undefined }]);
    expect(out).toMatch(/article\/about\s+0\.95 {2}target >= 0\.90 {2}meets\n/);
  });
});
