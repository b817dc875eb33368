import { migrateDatabase, openDatabase } from "@/db/client";
import { seedDemoIfEmpty } from "@/db/seed/demo";
import { printAccounts } from "@/lib/cli/accounts";
import { buildIfNeeded } from "@/lib/cli/build";
import { startNext } from "@/lib/cli/next";
import { databasePath, siteConfig } from "@/lib/config";
import { authSecret } from "@/lib/secrets";

/** `npm start`: migrate, seed an empty database, build when needed, then serve. */
async function main() {
  const site = siteConfig();
  const file = databasePath();
  const db = openDatabase(file);
  migrateDatabase(db);
  const accounts = await seedDemoIfEmpty(db, site.timeZone);
  db.$client.close();
  console.log(`Database: ${file} (migrated)`);
  if (authSecret().generated) console.log("NEXTAUTH_SECRET is not set: sessions are signed with a key generated into the data folder.");
  if (accounts) printAccounts(accounts);

  buildIfNeeded();

  const port = process.env.PORT || "3000";
  const server = startNext(port, { stdio: ["inherit", "pipe", "inherit"] });
  let announced = false;
  server.stdout?.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (!announced && /ready/i.test(chunk.toString())) {
      announced = true;
      console.log(`\n${site.name} is running at http://localhost:${port}\n`);
    }
  });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
