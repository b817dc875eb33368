import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { connections, type Stats } from "./load";
import { onCleanup } from "./cleanup";
import { browserUserAgent } from "./server";

export function hasWrk(): boolean {
  return spawnSync("which", ["wrk"], { stdio: "ignore" }).status === 0;
}

/** The mixed script's tally: beacons answered, and the pages answered while beacons were being sent, over how long. */
type BeaconTally = { counted: number; uncounted: number; pagesWhileSent: number; seconds: number };
export type WrkStats = Stats & { beacons?: BeaconTally };

const toMs = (value: string, unit: string) => Number(value) * ({ us: 0.001, ms: 1, s: 1000, m: 60_000 }[unit] ?? NaN);

/** Reads requests/second, the 50% and 99% latencies, non-2xx count and the mixed script's tally from `wrk --latency` output. */
export function parseWrk(output: string): WrkStats {
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? NaN);
  const latency = (pct: string) => {
    const match = new RegExp(`^\\s*${pct}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, "m").exec(output);
    return match ? toMs(match[1], match[2]) : NaN;
  };
  const total = Number(/(\d+) requests in/.exec(output)?.[1] ?? 0);
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(output)?.[1] ?? 0);
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output)?.slice(1).reduce((sum, n) => sum + Number(n), 0) ?? 0;
  const beacons = /beacons answered: counted (\d+), uncounted (\d+)/.exec(output);
  const pages = /pages while beacons were sent: (\d+) in ([\d.]+) s/.exec(output);
  const tally = beacons && pages ? { counted: Number(beacons[1]), uncounted: Number(beacons[2]), pagesWhileSent: Number(pages[1]), seconds: Number(pages[2]) } : null;
  return { rps, p50: latency("50"), p99: latency("99"), non2xx, errors, total, ...(tally ? { beacons: tally } : {}) };
}

function wrk(args: string[]): Promise<WrkStats> {
  return new Promise((resolve, reject) => {
    const child = spawn("wrk", args, { stdio: ["ignore", "pipe", "inherit"] });
    const forget = onCleanup(() => child.kill());
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      forget();
      if (code === 0) resolve(parseWrk(output));
      else reject(new Error(`wrk exited with ${code}:\n${output}`));
    });
  });
}

// One thread, so it leaves more of the CPU to the server than autocannon; gzip accepted, as browsers do.
const common = (seconds: number) => ["-t1", `-c${connections}`, `-d${seconds}s`, "--latency"];

/** `wrk -t1 -c32 -d<S>s --latency url` with a browser's headers. */
export function runWrk(url: string, seconds: number): Promise<WrkStats> {
  return wrk([...common(seconds), "-H", `User-Agent: ${browserUserAgent}`, "-H", "Accept-Encoding: gzip", url]);
}

/** The article page with a view beacon in every eleven requests but in the last half second (lib/bench/wrk-mixed.lua); latencies are of both together. */
export function runWrkWithBeacons(baseUrl: string, pagePath: string, beaconPath: string, seconds: number): Promise<WrkStats> {
  const script = path.join(process.cwd(), "lib", "bench", "wrk-mixed.lua");
  return wrk([...common(seconds), "-s", script, baseUrl, "--", pagePath, beaconPath, browserUserAgent, String(seconds)]);
}
