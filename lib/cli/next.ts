import { spawn, spawnSync, type SpawnOptions } from "node:child_process";

// Next's telemetry would try to reach the network on every build and start; Dateline turns it off.
const env = () => ({ ...process.env, NEXT_TELEMETRY_DISABLED: "1" });
const nextBin = () => require.resolve("next/dist/bin/next");

/** Runs a `next` command to completion; true when it succeeded. */
export function runNext(args: string[]): boolean {
  return spawnSync(process.execPath, [nextBin(), ...args], { stdio: "inherit", env: env() }).status === 0;
}

/** Starts the production server (lib/server/serve.mjs) on `port`, passing our own termination signals on to it. */
export function startNext(port: string, options: SpawnOptions = {}) {
  const server = spawn(process.execPath, ["lib/server/serve.mjs"], { stdio: "inherit", ...options, env: { ...env(), NODE_ENV: "production", PORT: port, ...options.env } });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
  return server;
}
