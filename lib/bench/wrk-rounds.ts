import { recordBeacons, type Stats } from "./load";
import { combineRounds, roundOrder } from "./rounds";
import { withRssSampling } from "./rss";
import type { Row } from "./summary";
import type { Targets } from "./targets";
import { runWrk, runWrkWithBeacons } from "./wrk";

/**
 * How many times each wrk measurement runs, taking turns with the others. Many short rounds rather than a few long
 * ones: this machine's speed drifts by 10-15% within a minute, and runs of the same page a few seconds apart differ by
 * as much, so a ratio over three 10 s rounds moved by ±0.05 from one bench to the next (lib/bench/rounds.ts).
 */
export const wrkRounds = 10;

/** Each round's length for a `--duration` of `seconds`: the row's measured time stays three times the duration. */
export function wrkRoundSeconds(seconds: number): number {
  return Math.max(2, Math.round((3 * seconds) / wrkRounds));
}

/**
 * The wrk rows: the article page with its beacons, the same page alone, home, a category and the two yardsticks, each
 * run `wrkRounds` times, in turns (lib/bench/rounds.ts), so every ratio compares rates measured over the same stretch
 * of time. Each row keeps its rounds, for the spread of the ratios. The article page's rate with beacons counts the
 * pages answered while beacons were being sent, over that time: the script stops sending beacons for its last half
 * second (lib/bench/wrk-mixed.lua), and that stretch of pages alone is left out.
 */
export async function measureWithWrk(server: { url: string; pid: number }, targets: Targets, duration: number): Promise<Row[]> {
  const seconds = wrkRoundSeconds(duration);
  let pages = 0;
  let beaconsAlongside = 0;
  const articleWithBeacons = async (): Promise<Stats> => {
    const result = await runWrkWithBeacons(server.url, targets.articlePath, `/api/views/${targets.articleId}`, seconds);
    if (!result.beacons) throw new Error("wrk-mixed.lua gave no tally of beacons and pages.");
    const { counted, uncounted, pagesWhileSent, seconds: beaconSeconds } = result.beacons;
    recordBeacons(counted, uncounted);
    pages += pagesWhileSent;
    beaconsAlongside += counted + uncounted;
    return { ...result, rps: pagesWhileSent / beaconSeconds, total: pagesWhileSent };
  };
  const page = (path: string) => () => runWrk(server.url + path, seconds);
  const measurements: [name: string, run: () => Promise<Stats>][] = [
    ["wrk: yardstick /about", page("/about")],
    ["wrk: article page + beacons", articleWithBeacons],
    ["wrk: article page alone", page(targets.articlePath)],
    ["wrk: home /", page("/")],
    ["wrk: category", page(targets.categoryPath)],
    ["wrk: yardstick /api/health", page("/api/health")],
  ];

  const kept = new Map(measurements.map(([name]) => [name, { rounds: [] as Stats[], rssMb: 0 }]));
  for (let round = 0; round < wrkRounds; round++) {
    for (const [name, run] of roundOrder(measurements, round)) {
      process.stdout.write(`measuring ${name} for ${seconds} s (round ${round + 1} of ${wrkRounds})... `);
      const { result, maxRssMb } = await withRssSampling(server.pid, run);
      const row = kept.get(name)!;
      row.rounds.push(result);
      row.rssMb = Math.max(row.rssMb, maxRssMb);
      console.log(`${Math.round(result.rps)} req/s, p99 ${result.p99.toFixed(1)} ms`);
    }
  }

  const beaconNote = `req/s of pages while beacons were sent; ${beaconsAlongside} beacons = ${((100 * beaconsAlongside) / pages).toFixed(1)}% of those pages; latency of both`;
  return measurements.map(([name]) => {
    const { rounds, rssMb } = kept.get(name)!;
    const note = name === "wrk: article page + beacons" ? beaconNote : "wrk -t1 -c32, gzip";
    return { name, stats: combineRounds(rounds), rounds, rssMb, note };
  });
}
