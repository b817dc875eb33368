import crypto from "node:crypto";
import autocannon from "autocannon";
import { onCleanup } from "./cleanup";
import { browserUserAgent } from "./server";

export const connections = 32;

export type Stats = { rps: number; p50: number; p99: number; non2xx: number; errors: number; total: number };

/** Runs one autocannon measurement, telling `onResponse` each answer's status and latency; stopped at cleanup if interrupted. */
export function cannon(options: autocannon.Options, onResponse?: (status: number, ms: number) => void): Promise<Stats> {
  return new Promise((resolve, reject) => {
    const instance = autocannon({ connections, headers: { "user-agent": browserUserAgent }, ...options }, (error, result) => {
      forget();
      if (error) return reject(error);
      const total = result.requests.total;
      resolve({ rps: total / (result.duration || 1), p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors + result.timeouts, total });
    });
    if (onResponse) instance.on("response", (_client, status, _bytes, ms) => onResponse(status, ms));
    const forget = onCleanup(() => instance.stop());
  });
}

/** Beacons sent and how many the server said it counted, over the whole bench (warm-up included). */
export const beaconTally = { sent: 0, counted: 0 };

export function recordBeacon(status: number, body: string): void {
  beaconTally.sent++;
  if (status >= 200 && status < 300) {
    try {
      if ((JSON.parse(body) as { counted?: unknown }).counted === true) beaconTally.counted++;
    } catch {
      // not JSON: not counted
    }
  }
}

/** Beacons answered outside autocannon (the wrk script counts its own). */
export function recordBeacons(counted: number, uncounted: number): void {
  beaconTally.sent += counted + uncounted;
  beaconTally.counted += counted;
}

const newVisitor = () => crypto.randomBytes(16).toString("hex");

/** One POST to the view beacon, as a reader who has never been counted: a fresh dl_visitor cookie each time. */
export function beaconRequest(articleId: number, onAnswer?: () => void): autocannon.Request {
  return {
    method: "POST",
    path: `/api/views/${articleId}`,
    setupRequest: (request) => ({ ...request, headers: { ...request.headers, "content-length": "0", cookie: `dl_visitor=${newVisitor()}` } }),
    onResponse: (status, body) => {
      recordBeacon(status, body);
      onAnswer?.();
    },
  };
}

/**
 * A few requests one after another before measuring, so Next has compiled what the route needs and the page cache
 * holds the page as the load generator will ask for it: uncompressed for autocannon, which sends no Accept-Encoding,
 * gzip for wrk. The page cache keeps each encoding apart, so either's first rendering would otherwise fall in a round.
 */
export async function warmUp(url: string, init: { method?: string; beacon?: boolean; gzip?: boolean } = {}, times = 10): Promise<void> {
  for (let i = 0; i < times; i++) {
    const headers: Record<string, string> = { "user-agent": browserUserAgent, "accept-encoding": init.gzip ? "gzip" : "identity" };
    if (init.beacon) headers.cookie = `dl_visitor=${newVisitor()}`;
    const response = await fetch(url, { method: init.method ?? "GET", headers });
    const body = await response.text();
    if (init.beacon) recordBeacon(response.status, body);
    if (!response.ok) throw new Error(`Warm-up: ${init.method ?? "GET"} ${url} answered ${response.status}.`);
  }
}
