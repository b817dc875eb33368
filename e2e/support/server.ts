import fs from "node:fs";
import path from "node:path";
import { migrateDatabase, openDatabase } from "@/db/client";
import { seedDemoIfEmpty } from "@/db/seed/demo";
import { buildIfNeeded } from "@/lib/cli/build";
import { startNext } from "@/lib/cli/next";
import { databasePath, siteConfig } from "@/lib/config";
import { addHiddenArticles } from "./hidden-articles";

/** Playwright's web server: build if needed, then a fresh database seeded with the demo content, then `next start`. */
async function main() {
  buildIfNeeded();
  const file = databasePath();
  fs.rmSync(path.dirname(file), { recursive: true, force: true });
  const db = openDatabase(file);
  migrateDatabase(db);
  const accounts = await seedDemoIfEmpty(db, siteConfig().timeZone);
  addHiddenArticles(db);
  db.$client.close();
  // The e2e tests sign in with these; they live only as long as this throwaway database.
  fs.writeFileSync(path.join(path.dirname(file), "accounts.json"), JSON.stringify(accounts));
  startNext(process.env.PORT ?? "3100");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
