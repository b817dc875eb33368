import { chromiumArgs, findChromium } from "@/lib/cli/browser";
import { buildIfNeeded } from "@/lib/cli/build";
import { onCleanup, runCli } from "@/lib/bench/cleanup";
import { prepareDataset } from "@/lib/bench/dataset";
import { table } from "@/lib/bench/report";
import { startServer } from "@/lib/bench/server";
import { chooseTargets } from "@/lib/bench/targets";

const categories = ["performance", "accessibility", "best-practices", "seo"] as const;
const target = 95;

/** `npm run lighthouse`: Lighthouse's default (mobile) audit of the home page and an article, on the production server. */
async function main() {
  const chromePath = findChromium();
  if (!chromePath) throw new Error("No Chromium found: install /usr/bin/chromium or run `npx playwright install chromium`.");
  buildIfNeeded();
  const { dbPath } = prepareDataset(1000);
  const { articlePath } = chooseTargets(dbPath);
  const server = await startServer(dbPath);

  // Both are ES modules only; loaded the way a CommonJS script can.
  const { launch } = await import("chrome-launcher");
  const { default: lighthouse } = await import("lighthouse");
  const chrome = await launch({ chromePath, chromeFlags: [...chromiumArgs, "--headless=new"], logLevel: "silent" });
  onCleanup(() => chrome.kill());

  const rows = [["page", ...categories]];
  let allMeet = true;
  for (const path of ["/", articlePath]) {
    console.log(`Lighthouse (mobile, default config): ${path}`);
    const result = await lighthouse(server.url + path, { port: chrome.port, output: "json", logLevel: "error" });
    if (!result) throw new Error(`Lighthouse returned nothing for ${path}.`);
    const problem = result.lhr.runtimeError?.message;
    if (problem) throw new Error(`Lighthouse could not audit ${path}: ${problem}`);
    rows.push([
      path,
      ...categories.map((id) => {
        const score = result.lhr.categories[id]?.score;
        const value = score == null ? NaN : Math.round(score * 100);
        if (!(value >= target)) allMeet = false;
        return `${Number.isNaN(value) ? "n/a" : value} ${value >= target ? `>=${target}` : "below"}`;
      }),
    ]);
  }
  console.log(`\n${table(rows)}\n\ntarget: every score >= ${target}: ${allMeet ? "met" : "not met"}`);
  console.log("reproduce: npm run lighthouse");
}

runCli(main);
