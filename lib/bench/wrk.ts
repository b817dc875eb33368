import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { connections, type Stats } from "./load";
import { onCleanup } from "./cleanup";
import { browserUserAgent } from "./server";

export function hasWrk(): boolean {
  return spawnSync("which", ["wrk"], { stdio: "ignore" }).status === 0;
}

/** The script's tally: the pages answered before the run's last half second and over how long, and the beacons answered (with beacons). */
type ScriptTally = { pagesInWindow: number; seconds: number; beacons?: { counted: number; uncounted: number } };
export type WrkStats = Stats & { tally: ScriptTally };

const toMs = (value: string, unit: string) => Number(value) * ({ us: 0.001, ms: 1, s: 1000, m: 60_000 }[unit] ?? NaN);

/**
 * Reads `wrk --latency` output with lib/bench/wrk-pages.lua's tally: the rate of pages before the run's last half
 * second, the 50% and 99% latencies, the non-2xx and error counts, and the beacons answered.
 */
export function parseWrk(output: string): WrkStats {
  const latency = (pct: string) => {
    const match = new RegExp(`^\\s*${pct}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, "m").exec(output);
    return match ? toMs(match[1], match[2]) : NaN;
  };
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(output)?.[1] ?? 0);
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output)?.slice(1).reduce((sum, n) => sum + Number(n), 0) ?? 0;
  const pages = /pages before the last half second: (\d+) in ([\d.]+) s/.exec(output);
  const beacons = /beacons answered: counted (\d+), uncounted (\d+)/.exec(output);
  if (!pages) throw new Error(`wrk gave no tally of pages (lib/bench/wrk-pages.lua):\n${output}`);
  const tally: ScriptTally = {
    pagesInWindow: Number(pages[1]),
    seconds: Number(pages[2]),
    ...(beacons ? { beacons: { counted: Number(beacons[1]), uncounted: Number(beacons[2]) } } : {}),
  };
  return { rps: tally.pagesInWindow / tally.seconds, p50: latency("50"), p99: latency("99"), non2xx, errors, total: tally.pagesInWindow, tally };
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
      if (code !== 0) return reject(new Error(`wrk exited with ${code}:\n${output}`));
      try {
        resolve(parseWrk(output));
      } catch (error) {
        reject(error);
      }
    });
  });
}

/**
 * `wrk -t1 -c32 -d<S>s --latency` on one page through lib/bench/wrk-pages.lua, gzip accepted as browsers do: one
 * thread, so it leaves more of the CPU to the server than autocannon. With `beaconPath`, one request in eleven is a view
 * beacon but in the last half second; latencies are of both together.
 */
export function runWrkPages(baseUrl: string, pagePath: string, seconds: number, beaconPath?: string): Promise<WrkStats> {
  const script = path.join(process.cwd(), "lib", "bench", "wrk-pages.lua");
  return wrk(["-t1", `-c${connections}`, `-d${seconds}s`, "--latency", "-s", script, baseUrl, "--", pagePath, beaconPath ?? "-", browserUserAgent, String(seconds)]);
}
