import { viewCounter } from "@/db/queries/views";

// Child process for the concurrency test: counts `views` views of one article, each by a new visitor, one at a time.
const [articleId, views, tag] = process.argv.slice(2);

// A function, not top-level await: tsx runs this file as CommonJS.
async function countViews() {
  let counted = 0;
  for (let i = 0; i < Number(views); i++) {
    const result = await viewCounter().record(Number(articleId), { cookieId: `${tag}${String(i).padStart(8, "0")}`.padEnd(32, "0").slice(0, 32) }, new Date(), "UTC");
    if (result.found && result.counted) counted++;
  }
  process.stdout.write(String(counted));
}

void countViews();
