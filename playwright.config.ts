import { defineConfig, devices } from "@playwright/test";
import { e2eDatabasePath } from "./e2e/support/paths";
import { chromiumArgs, findChromium } from "./lib/cli/browser";

const port = Number(process.env.E2E_PORT || 3100);

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    ...devices["Desktop Chrome"],
    // Headless Chromium names itself "HeadlessChrome", which the view counter rightly takes for a bot.
    userAgent: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36",
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
    trace: "off",
  },
  webServer: {
    command: "node --conditions=react-server --import tsx e2e/support/server.ts",
    url: `http://localhost:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: "pipe",
    env: {
      PORT: String(port),
      DATABASE_PATH: e2eDatabasePath,
      // The suite plays many readers from one machine: it names their addresses in X-Forwarded-For, as a proxy would.
      TRUST_PROXY: "1",
      SITE_NAME: "Dateline",
      SITE_TIMEZONE: "UTC",
      NEXTAUTH_SECRET: "e2e-only-secret-not-for-production",
    },
  },
});
