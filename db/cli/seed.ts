import { parseArgs } from "node:util";
import { migrateDatabase, openDatabase } from "@/db/client";
import { addBulkArticles } from "@/db/seed/bulk";
import { seedDemoIfEmpty } from "@/db/seed/demo";
import { printAccounts } from "@/lib/cli/accounts";
import { databasePath, siteConfig } from "@/lib/config";

/** `npm run db:seed [-- --articles N]`: the demo newsroom into an empty database, then generated articles up to N. */
async function main() {
  const { values } = parseArgs({ options: { articles: { type: "string" } } });
  const total = values.articles === undefined ? 0 : Number(values.articles);
  if (!Number.isInteger(total) || total < 0) throw new Error("--articles takes a whole number, such as 100000.");
  const db = openDatabase(databasePath());
  migrateDatabase(db);
  const { timeZone } = siteConfig();
  const accounts = await seedDemoIfEmpty(db, timeZone);
  if (accounts) printAccounts(accounts);
  else console.log("The database already had content; the demo newsroom was not added again.");
  if (total > 0) {
    const started = Date.now();
    const added = addBulkArticles(db, total, timeZone);
    console.log(`Added ${added.toLocaleString("en-US")} generated articles in ${((Date.now() - started) / 1000).toFixed(1)} s (${total.toLocaleString("en-US")} in all).`);
  }
  db.$client.pragma("optimize");
  db.$client.close();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
