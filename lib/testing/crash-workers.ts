import { spawn, type ChildProcess } from "node:child_process";

export type WorkerRole = "publisher" | "commenter" | "counter";

type Options = { databasePath: string; cwd?: string; detached?: boolean; onError?: (text: string) => void };

/**
 * Starts lib/testing/crash-worker.ts, which writes through the app's query functions until killed, and calls `onLine`
 * with each line it prints ("article 12", "comment 40", "view 3"): each one is a committed, acknowledged write.
 */
export function startCrashWorker(role: WorkerRole, args: (string | number)[], onLine: (line: string) => void, options: Options): ChildProcess {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "lib/testing/crash-worker.ts", role, ...args.map(String)], {
    cwd: options.cwd,
    env: { ...process.env, DATABASE_PATH: options.databasePath, SITE_TIMEZONE: "UTC" },
    detached: options.detached,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let buffer = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    buffer += chunk.toString();
    const lines = buffer.split("\n");
    buffer = lines.pop()!;
    for (const line of lines) if (line) onLine(line);
  });
  child.stderr!.on("data", (chunk: Buffer) => (options.onError ?? ((text) => process.stderr.write(text)))(`${role}: ${chunk.toString()}`));
  return child;
}
