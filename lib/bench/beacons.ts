import { beaconRequest, cannon, connections, type Stats } from "./load";

/** Page requests per beacon: one reader in ten sends a beacon that counts (the others' browsers were counted already). */
export const pagesPerBeacon = 10;

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);

type Tally = { latencies: number[]; non2xx: number };

function statsOf({ latencies, non2xx }: Tally, seconds: number, errors: number): Stats {
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), non2xx, errors, total: latencies.length };
}

/** A fixed number of requests (whole cycles of ten pages and a beacon per connection), so none is in flight at the end. */
async function mixedRun(baseUrl: string, articlePath: string, articleId: number, amount: number) {
  const page: Tally = { latencies: [], non2xx: 0 };
  const beacon: Tally = { latencies: [], non2xx: 0 };
  // autocannon calls a request's onResponse just before it emits that response's latency: that says whose it is.
  let answered = page;
  const requests = [
    ...Array.from({ length: pagesPerBeacon }, () => ({ method: "GET" as const, path: articlePath, onResponse: () => void (answered = page) })),
    beaconRequest(articleId, () => void (answered = beacon)),
  ];
  const started = performance.now();
  const run = await cannon({ url: baseUrl, amount, requests }, (status, ms) => {
    answered.latencies.push(ms);
    if (status < 200 || status >= 300) answered.non2xx++;
  });
  const seconds = (performance.now() - started) / 1000;
  return { page: statsOf(page, seconds, run.errors), beacons: statsOf(beacon, seconds, 0), rate: run.total / seconds };
}

/**
 * The article page with view beacons at a tenth of its rate, closed loop: each connection asks for the page ten times,
 * then sends one beacon as a new visitor, so beacons follow the page rate the server actually sustains. A first short
 * run measures the rate, then a run of as many requests as last about `seconds`: a fixed amount rather than a deadline,
 * so every beacon sent is answered and the bench can check counted = stored exactly.
 */
export async function articleWithBeacons(baseUrl: string, articlePath: string, articleId: number, seconds: number): Promise<{ page: Stats; beacons: Stats }> {
  const cycle = (pagesPerBeacon + 1) * connections;
  const first = await mixedRun(baseUrl, articlePath, articleId, cycle * 10);
  const cycles = Math.max(1, Math.round((first.rate * seconds) / cycle));
  const { page, beacons } = await mixedRun(baseUrl, articlePath, articleId, cycles * cycle);
  return { page, beacons };
}
