import { spawn, spawnSync, type SpawnOptions } from "node:child_process";
import path from "node:path";

// Next's telemetry would try to reach the network on every build and start; Dateline turns it off.
const env = () => ({ ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
const nextBin = () => require.resolve("next/dist/bin/next");

/** Runs a `next` command to completion; true when it succeeded. */
export function runNext(args: string[]): boolean {
  return spawnSync(process.execPath, [nextBin(), ...args], { stdio: "inherit", env: env() }).status === 0;
}

/**
 * Node's arguments for the production server. V8 sizes its heap by the machine's memory and, on this 24 GiB
 * machine, let the server grow past 500 MB under load though it needs far less; capped at 256 MB (SERVER_HEAP_MB
 * to change it) the bench's peak fell to about 300 MB with no loss of throughput. Rendered pages in the page cache
 * are Buffers, outside this heap (PAGE_CACHE_MB bounds them).
 *
 * V8 drops the bytecode of functions that have not run through a few major collections, and under load that is
 * a few seconds. Most of the server's traffic is answered from the page cache, so the code that renders a page goes
 * unused between the minute's renderings and was dropped each time: at 100,000 articles the home page's next
 * rendering took 60-100 ms instead of 35, compiling Next's and React's code again while every request waited
 * (wrk's p99 went past 50 ms in the round it fell in). Keeping the bytecode costs a few MB.
 */
export function serverArgs(): string[] {
  return [`--max-old-space-size=${process.env.SERVER_HEAP_MB || 256}`, "--no-flush-bytecode", path.join("lib", "server", "serve.mjs")];
}

/** Starts the production server (lib/server/serve.mjs) on `port`, passing our own termination signals on to it. */
export function startNext(port: string, options: SpawnOptions = {}) {
  const server = spawn(process.execPath, serverArgs(), { stdio: "inherit", ...options, env: { ...env(), NODE_ENV: "production", PORT: port, ...options.env } });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
  return server;
}
