import "server-only";
import { getDb } from "@/db/client";
import { createViewCounter, type ViewCounter } from "./view-counter";

let shared: ViewCounter | undefined;

/** The app's view counter, on the app's connection (db/queries/view-counter.ts: how it batches and what it promises). */
export function viewCounter(): ViewCounter {
  shared ??= createViewCounter(getDb().$client);
  return shared;
}
