import fs from "node:fs";

const debianChromium = "/usr/bin/chromium";

/** Chromium for Playwright: Debian's when installed, else Playwright's own download, else nothing. */
export function findChromium(): string | undefined {
  if (fs.existsSync(debianChromium)) return debianChromium;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- resolved lazily: only needed when Debian's is missing
    const { chromium } = require("@playwright/test") as typeof import("@playwright/test");
    const bundled = chromium.executablePath();
    if (bundled && fs.existsSync(bundled)) return bundled;
  } catch {
    // Playwright not installed or no browser downloaded: fall through.
  }
  return undefined;
}

export const missingChromiumHelp = [
  "No Chromium browser was found for the end-to-end tests.",
  "Install one of these, then run `npm test` again:",
  "  Debian or Ubuntu:  sudo apt-get install -y chromium     (gives /usr/bin/chromium)",
  "  any system:        npx playwright install chromium",
].join("\n");

// Flags that let Chromium start headless as root in a container with no outside network.
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
