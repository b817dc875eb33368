import { spawn } from "node:child_process";
import crypto from "node:crypto";
import net from "node:net";
import { serverArgs } from "@/lib/cli/next";
import { onCleanup } from "./cleanup";

/** A browser's user agent: the view counter ignores clients that look like bots or scripts. */
export const browserUserAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export type Server = { url: string; pid: number; stop(): Promise<void> };

/** Starts the production server (lib/server/serve.mjs) on a free port over `dbPath`, and waits for /api/health. */
export async function startServer(dbPath: string): Promise<Server> {
  const port = await freePort();
  const child = spawn(process.execPath, serverArgs(), {
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), DATABASE_PATH: dbPath, NEXT_TELEMETRY_DISABLED: "1", NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url") },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  const keep = (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000));
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  };
  onCleanup(stop);
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 60_000; ; ) {
    if (child.exitCode !== null) throw new Error(`The server exited (code ${child.exitCode}):\n${log}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The server did not answer /api/health within 60 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, pid: child.pid!, stop };
}
