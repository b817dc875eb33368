import { recordBeacon, newVisitor, type Stats } from "./load";
import { browserUserAgent } from "./server";

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);

/**
 * View beacons at a fixed rate for `seconds`, open loop: each is sent on its timer whether or not earlier ones have been
 * answered, as readers' browsers do. Resolves once every beacon sent has its answer, so none is left in flight.
 */
export async function sendBeacons(url: string, perSecond: number, seconds: number): Promise<Stats> {
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const pending: Promise<void>[] = [];
  const send = async () => {
    const started = performance.now();
    try {
      const response = await fetch(url, { method: "POST", headers: { "user-agent": browserUserAgent, cookie: `dl_visitor=${newVisitor()}` } });
      const body = await response.text();
      latencies.push(performance.now() - started);
      if (!response.ok) non2xx++;
      recordBeacon(response.status, body);
    } catch {
      errors++;
    }
  };
  const total = Math.max(1, Math.round(perSecond * seconds));
  const begun = performance.now();
  for (let i = 0; i < total; i++) {
    const due = begun + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(send());
  }
  await Promise.all(pending);
  latencies.sort((a, b) => a - b);
  return { rps: total / seconds, p50: percentile(latencies, 50), p99: percentile(latencies, 99), non2xx, errors, total };
}
