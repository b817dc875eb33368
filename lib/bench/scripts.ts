import zlib from "node:zlib";
import { chromium } from "@playwright/test";
import { chromiumArgs, findChromium } from "@/lib/cli/browser";
import { onCleanup } from "./cleanup";

export type ScriptWeight = { count: number; rawBytes: number; gzipBytes: number };

/** Loads a page in Chromium and adds up every script it fetched, each gzipped (level 9) on its own. */
export async function measureScripts(url: string): Promise<ScriptWeight> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error("No Chromium found: install /usr/bin/chromium or run `npx playwright install chromium`.");
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  const forget = onCleanup(() => browser.close());
  try {
    const page = await browser.newPage();
    const bodies: Promise<Buffer | undefined>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") bodies.push(response.body().catch(() => undefined));
    });
    await page.goto(url, { waitUntil: "networkidle" });
    const scripts = (await Promise.all(bodies)).filter((b): b is Buffer => b !== undefined);
    return {
      count: scripts.length,
      rawBytes: scripts.reduce((sum, b) => sum + b.length, 0),
      gzipBytes: scripts.reduce((sum, b) => sum + zlib.gzipSync(b, { level: 9 }).length, 0),
    };
  } finally {
    forget();
    await browser.close();
  }
}
