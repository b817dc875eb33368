import { migrateDatabase, openDatabase } from "@/db/client";
import { seedDemoIfEmpty } from "@/db/seed/demo";
import { printAccounts } from "@/lib/cli/accounts";
import { databasePath, siteConfig } from "@/lib/config";

async function main() {
  const db = openDatabase(databasePath());
  migrateDatabase(db);
  const accounts = await seedDemoIfEmpty(db, siteConfig().timeZone);
  db.$client.close();
  if (accounts) printAccounts(accounts);
  else console.log("The database already has content; nothing was seeded.");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
