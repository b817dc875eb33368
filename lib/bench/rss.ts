import fs from "node:fs";

/** The resident set size of a process in kB, from /proc; undefined once it is gone. */
export function readRssKb(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** Samples a process's RSS every 200 ms while `work` runs; answers its result and the largest RSS seen, in MB. */
export async function withRssSampling<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; maxRssMb: number }> {
  let max = readRssKb(pid) ?? 0;
  const timer = setInterval(() => (max = Math.max(max, readRssKb(pid) ?? 0)), 200);
  try {
    const result = await work();
    max = Math.max(max, readRssKb(pid) ?? 0);
    return { result, maxRssMb: max / 1024 };
  } finally {
    clearInterval(timer);
  }
}
