import { postComment } from "@/db/queries/comment-posting";
import { saveArticle } from "@/db/queries/article-save";
import { viewCounter } from "@/db/queries/views";
import { renderArticleBody } from "@/lib/markdown";

/**
 * A child process for the crash test: writes through the app's own query functions until it is killed, and prints
 * one line per committed write ("article 12", "comment 40", "view 3"). A printed line is an acknowledged write.
 */
const [role, articleId, authorId, categoryId, tag] = process.argv.slice(2);
const actor = { id: Number(authorId), name: "Crash tester" };
const say = (line: string) => process.stdout.write(`${line}\n`);

// A function, not top-level await: tsx runs this file as CommonJS.
async function writeUntilKilled() {
  for (let i = 0; ; i++) {
    if (role === "publisher") {
      const slug = `crash-${tag}-${i}`;
      const result = saveArticle(
        {
          fields: { title: `Crash ${tag} ${i}`, slug, excerpt: "", bodyMarkdown: "Text.", categoryId: Number(categoryId), tags: ["crash"], heroImageId: null, heroCaption: "", heroAlt: "", sourceUrl: null, isLead: false },
          intent: "publish",
          scheduleAt: null,
          body: renderArticleBody("Text."),
        },
        actor,
        new Date(),
        "UTC",
      );
      if (!result.ok) throw new Error(result.message);
      say(`article ${result.id}`);
    } else if (role === "commenter") {
      const result = postComment({ articleId: Number(articleId), name: "Crash", email: `crash-${tag}@mail.example`, body: `Comment ${i}`, website: "" }, `${tag}${i}`.padEnd(32, "0"), new Date());
      if (!result.ok) throw new Error(result.reason);
      say(`comment ${result.commentId}`);
    } else {
      const result = await viewCounter().record(Number(articleId), { cookieId: `${tag}${String(i).padStart(10, "0")}`.padEnd(32, "0").slice(0, 32) }, new Date(), "UTC");
      if (!result.found || !result.counted) throw new Error("view not counted");
      say(`view ${articleId}`);
    }
  }
}

void writeUntilKilled();
