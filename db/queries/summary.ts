import { sql } from "drizzle-orm";
import { articles } from "@/db/schema";
import { shortenAtWord } from "@/lib/text";

// About a meta description's length: enough for a card's two or three lines.
const fromBodyLength = 160;
// Marks a summary taken from the body, which the mapping then shortens at a word: never in an excerpt, since
// lib/validation/text.ts strips control characters from what people type.
const fromBody = "\u0001";

/**
 * An article's summary, as its cards, its feed entries and its meta description show it: its excerpt, or when the
 * editor left that empty (the form says it can wait), the start of its body cut at a word, as WordPress's automatic
 * excerpt does. Selected as a column, so listings read no more of the body than they show.
 */
export const articleSummary = sql<string>`case when ${articles.excerpt} <> '' then ${articles.excerpt} else ${fromBody} || substr(${articles.bodyText}, 1, ${fromBodyLength * 2}) end`.mapWith(
  (value: string) => (value.startsWith(fromBody) ? shortenAtWord(value.slice(1).replace(/\s+/g, " ").trim(), fromBodyLength) : value),
);
