import { beaconRequest, cannon, type Stats } from "./load";

/** Page requests per beacon: one reader in ten sends a beacon that counts (the others' browsers were counted already). */
const pagesPerBeacon = 10;

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);

function statsOf(latencies: number[], non2xx: number, seconds: number): Stats {
  latencies.sort((a, b) => a - b);
  return { rps: latencies.length / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), non2xx, errors: 0, total: latencies.length };
}

/**
 * The article page with view beacons at a tenth of its rate, closed loop: each connection asks for the page ten times,
 * then sends one beacon as a new visitor, so beacons follow the page rate the server actually sustains, however fast
 * or slow it is. Pages and beacons are timed apart; connection errors are the run's as a whole.
 */
export async function articleWithBeacons(baseUrl: string, articlePath: string, articleId: number, seconds: number): Promise<{ page: Stats; beacons: Stats }> {
  const page = { latencies: [] as number[], non2xx: 0 };
  const beacon = { latencies: [] as number[], non2xx: 0 };
  // autocannon calls a request's onResponse just before it emits the response with its latency: that says whose it is.
  let answered = page;
  const requests = [
    ...Array.from({ length: pagesPerBeacon }, () => ({ method: "GET" as const, path: articlePath, onResponse: () => void (answered = page) })),
    beaconRequest(articleId, () => void (answered = beacon)),
  ];
  const run = await cannon({ url: baseUrl, duration: seconds, requests }, (status, ms) => {
    answered.latencies.push(ms);
    if (status < 200 || status >= 300) answered.non2xx++;
  });
  return { page: { ...statsOf(page.latencies, page.non2xx, seconds), errors: run.errors }, beacons: statsOf(beacon.latencies, beacon.non2xx, seconds) };
}
