import { migrateDatabase, openDatabase } from "@/db/client";
import { databasePath } from "@/lib/config";

const file = databasePath();
const db = openDatabase(file);
migrateDatabase(db);
db.$client.close();
console.log(`Database ${file} is up to date.`);
