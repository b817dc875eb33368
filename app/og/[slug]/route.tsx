import { ImageResponse } from "next/og";
import { connection } from "next/server";
import { getPublicArticle } from "@/db/queries/article-page";
import { siteConfig } from "@/lib/config";

/** The Open Graph picture of an article that has no hero image: its headline on the site's colours. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const article = getPublicArticle((await params).slug, new Date());
  if (!article) return new Response("Not found", { status: 404 });
  const site = siteConfig();
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 64, background: "#f5f3ef", borderTop: "24px solid #a4161a" }}>
        <div style={{ display: "flex", fontSize: 30, color: "#a4161a", textTransform: "uppercase", letterSpacing: 3 }}>{article.category.name}</div>
        <div style={{ display: "flex", fontSize: article.title.length > 80 ? 54 : 68, lineHeight: 1.15, color: "#1b1b1f" }}>{article.title}</div>
        <div style={{ display: "flex", justifyContent: "space-between", fontSize: 30, color: "#4a4a55" }}>
          <span>{site.name}</span>
          <span>{article.author.name}</span>
        </div>
      </div>
    ),
    { width: 1200, height: 630, headers: { "Cache-Control": "public, max-age=86400" } },
  );
}
