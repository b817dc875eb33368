import path from "node:path";

/** Site settings from the environment, read when asked for so that a built app follows the environment it runs in. */
export type SiteConfig = { name: string; url: string; timeZone: string };

export function siteConfig(): SiteConfig {
  const timeZone = process.env.SITE_TIMEZONE || "UTC";
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
  } catch {
    throw new Error(`SITE_TIMEZONE "${timeZone}" is not a time zone name such as "UTC" or "Europe/London".`);
  }
  const port = process.env.PORT || "3000";
  const url = (process.env.SITE_URL || `http://localhost:${port}`).replace(/\/+$/, "");
  return { name: process.env.SITE_NAME || "Dateline", url, timeZone };
}

export function databasePath(): string {
  return process.env.DATABASE_PATH || "./data/dateline.db";
}

/** The data folder holds the database and the uploaded images. */
export function dataDir(): string {
  return path.dirname(path.resolve(/*turbopackIgnore: true*/ databasePath()));
}

export function mediaDir(): string {
  return path.join(dataDir(), "media");
}
