import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { runNext } from "./next";

// Everything `next build` reads from the project; a change to any of it calls for a new build.
const sourceRoots = ["app", "components", "db", "lib", "public", "next.config.ts", "tsconfig.json", "package-lock.json", "proxy.ts", "instrumentation.ts"];
const stampFile = path.join(".next", "dateline-source-hash");

function listFiles(entry: string): string[] {
  if (!fs.existsSync(entry)) return [];
  if (!fs.statSync(entry).isDirectory()) return [entry];
  return fs
    .readdirSync(entry)
    .sort()
    .flatMap((name) => listFiles(path.join(entry, name)));
}

export function sourceHash(): string {
  const hash = crypto.createHash("sha256");
  for (const file of sourceRoots.flatMap(listFiles)) {
    hash.update(file).update("\0").update(fs.readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

export function buildIsCurrent(): boolean {
  return fs.existsSync(path.join(".next", "BUILD_ID")) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, "utf8") === sourceHash();
}

/** Runs `next build` and records which sources it built. */
export function build(): void {
  const hash = sourceHash();
  if (!runNext(["build"])) throw new Error("next build failed; see the output above.");
  fs.writeFileSync(stampFile, hash);
}

/** Builds unless a production build of exactly these sources exists. */
export function buildIfNeeded(): void {
  if (buildIsCurrent()) return;
  console.log("Building Dateline for production (the sources changed or were never built)...");
  build();
}
