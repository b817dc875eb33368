import path from "node:path";

/**
 * The e2e suite's own database, made fresh by e2e/support/server.ts. Deliberately not read from DATABASE_PATH,
 * so a developer's exported setting can never point the suite at real data.
 */
export const e2eDatabasePath = path.resolve("data", "e2e", "dateline.db");
