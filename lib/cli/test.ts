import { spawnSync } from "node:child_process";
import { findChromium, missingChromiumHelp } from "./browser";
import { build } from "./build";

/** `npm test`: every check CI runs, in order, stopping at the first that fails. */
type Step = { name: string; run: () => boolean };

function npx(bin: string, ...args: string[]): () => boolean {
  return () => spawnSync("npx", ["--no-install", bin, ...args], { stdio: "inherit" }).status === 0;
}

const steps: Step[] = [
  { name: "lint", run: npx("eslint", "--max-warnings=0", ".") },
  { name: "typecheck", run: npx("tsc", "--noEmit") },
  { name: "unit and integration tests", run: npx("vitest", "run") },
  {
    name: "production build",
    run: () => {
      build();
      return true;
    },
  },
  { name: "end-to-end tests", run: npx("playwright", "test") },
];

function main() {
  if (!findChromium()) {
    console.error(missingChromiumHelp);
    process.exit(1);
  }
  const started = Date.now();
  for (const [i, step] of steps.entries()) {
    console.log(`\n=== ${i + 1}/${steps.length} ${step.name} ===`);
    const ok = (() => {
      try {
        return step.run();
      } catch (error) {
        console.error(error instanceof Error ? error.message : error);
        return false;
      }
    })();
    if (!ok) {
      console.error(`\nnpm test failed at: ${step.name}`);
      process.exit(1);
    }
  }
  console.log(`\nAll ${steps.length} checks passed in ${Math.round((Date.now() - started) / 1000)} s.`);
}

main();
