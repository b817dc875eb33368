import { recordBeacons, type Stats } from "./load";
import { combineRounds, roundOrder } from "./rounds";
import { withRssSampling } from "./rss";
import type { Row } from "./summary";
import type { Targets } from "./targets";
import { runWrk, runWrkWithBeacons } from "./wrk";

/** How many times each wrk measurement runs, taking turns with the others. */
export const wrkRounds = 3;

/**
 * The wrk rows: the article page with its beacons, the same page alone, home, a category and the two yardsticks, each
 * run `wrkRounds` times for `seconds`, in turns (lib/bench/rounds.ts), so every ratio compares rates measured over the
 * same stretch of time. Each row keeps its rounds, for the spread of the ratios.
 */
export async function measureWithWrk(server: { url: string; pid: number }, targets: Targets, seconds: number): Promise<Row[]> {
  let pages = 0;
  let beaconsAlongside = 0;
  const articleWithBeacons = async (): Promise<Stats> => {
    const result = await runWrkWithBeacons(server.url, targets.articlePath, `/api/views/${targets.articleId}`, seconds);
    const beacons = result.beacons ? result.beacons.counted + result.beacons.uncounted : 0;
    if (result.beacons) recordBeacons(result.beacons.counted, result.beacons.uncounted);
    pages += result.total - beacons;
    beaconsAlongside += beacons;
    return { ...result, rps: (result.rps * (result.total - beacons)) / result.total, total: result.total - beacons };
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
      console.log(`${Math.round(result.rps)} req/s`);
    }
  }

  const beaconNote = `req/s of pages; ${beaconsAlongside} beacons alongside = ${((100 * beaconsAlongside) / pages).toFixed(1)}% of pages; latency of both`;
  return measurements.map(([name]) => {
    const { rounds, rssMb } = kept.get(name)!;
    const note = name === "wrk: article page + beacons" ? beaconNote : "wrk -t1 -c32, gzip";
    return { name, stats: combineRounds(rounds), rounds, rssMb, note };
  });
}
