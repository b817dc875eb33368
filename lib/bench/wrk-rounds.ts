import { recordBeacons, warmUp, type Stats } from "./load";
import { combineRounds, roundOrder } from "./rounds";
import { withRssSampling } from "./rss";
import type { Row } from "./summary";
import type { Targets } from "./targets";
import { runWrkPages } from "./wrk";

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
 * of time. Each row keeps its rounds, for the spread of the ratios. Every row runs through the same script
 * (lib/bench/wrk-pages.lua), so the client costs the server the same on both sides of a ratio, and counts the pages
 * answered before the run's last half second, when the article's script stops sending beacons.
 */
export async function measureWithWrk(server: { url: string; pid: number }, targets: Targets, duration: number): Promise<Row[]> {
  const seconds = wrkRoundSeconds(duration);
  let pages = 0;
  let beaconsAlongside = 0;
  const articleWithBeacons = async (): Promise<Stats> => {
    const result = await runWrkPages(server.url, targets.articlePath, seconds, `/api/views/${targets.articleId}`);
    const { pagesInWindow, beacons } = result.tally;
    if (!beacons) throw new Error("wrk-pages.lua gave no tally of beacons.");
    recordBeacons(beacons.counted, beacons.uncounted);
    pages += pagesInWindow;
    beaconsAlongside += beacons.counted + beacons.uncounted;
    return result;
  };
  const measurement = (name: string, path: string, run: () => Promise<Stats> = () => runWrkPages(server.url, path, seconds)) => ({ name, path, run });
  const measurements = [
    measurement("wrk: yardstick /about", "/about"),
    measurement("wrk: article page + beacons", targets.articlePath, articleWithBeacons),
    measurement("wrk: article page alone", targets.articlePath),
    measurement("wrk: home /", "/"),
    measurement("wrk: category", targets.categoryPath),
    measurement("wrk: yardstick /api/health", "/api/health"),
  ];

  for (const { path } of measurements) await warmUp(server.url + path, { gzip: true });
  const kept = new Map(measurements.map(({ name }) => [name, { rounds: [] as Stats[], rssMb: 0 }]));
  for (let round = 0; round < wrkRounds; round++) {
    for (const { name, run } of roundOrder(measurements, round)) {
      process.stdout.write(`measuring ${name} for ${seconds} s (round ${round + 1} of ${wrkRounds})... `);
      const { result, maxRssMb } = await withRssSampling(server.pid, run);
      const measured = kept.get(name)!;
      measured.rounds.push(result);
      measured.rssMb = Math.max(measured.rssMb, maxRssMb);
      console.log(`${Math.round(result.rps)} req/s, p99 ${result.p99.toFixed(1)} ms`);
    }
  }

  const beaconNote = `req/s of pages while beacons were sent; ${beaconsAlongside} beacons = ${((100 * beaconsAlongside) / pages).toFixed(1)}% of those pages; latency of both`;
  return measurements.map(({ name }) => {
    const { rounds, rssMb } = kept.get(name)!;
    const note = name === "wrk: article page + beacons" ? beaconNote : "wrk -t1 -c32, gzip, req/s before the last half second";
    return { name, stats: combineRounds(rounds), rounds, rssMb, note };
  });
}
