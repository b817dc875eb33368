import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";

/** Plain-text table: the first column left-aligned, the others right-aligned. */
export function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length)));
  const line = (r: string[]) => r.map((cell, i) => (i === 0 || i === r.length - 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join("  ").trimEnd();
  return [line(rows[0]), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)].join("\n");
}

const nproc = () => spawnSync("nproc", { encoding: "utf8" }).stdout?.trim() || String(os.availableParallelism());

export function machineLine(): string {
  const cpu = /model name\s*:\s*(.+)/.exec(fs.readFileSync("/proc/cpuinfo", "utf8"))?.[1]?.trim() ?? os.cpus()[0]?.model ?? "unknown CPU";
  const load = os.loadavg().map((n) => n.toFixed(2)).join(" ");
  return `machine: nproc ${nproc()}, ${cpu}, ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, Node ${process.version}; load average now (1, 5, 15 min) ${load}: other processes on the machine share its CPUs`;
}

export const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : "n/a");
