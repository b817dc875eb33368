import type { Metadata } from "next";
import { feedAlternates } from "@/lib/feeds/alternates";

// A function, not a constant: the feeds' titles carry the site's name, read from the environment the app runs in.
export function generateMetadata(): Metadata {
  return { title: "About", alternates: { canonical: "/about", types: feedAlternates() } };
}

export default function AboutPage() {
  return (
    <article className="article about">
      <h1 className="article-title">About us</h1>
      <div className="article-body">
        <p>
          We are a small newsroom covering Port Alder and the coast: the council and the harbour, the businesses that employ
          the region, the science being done in its labs and on its water, and the culture that keeps its streets lively.
        </p>
        <h2>How we work</h2>
        <p>
          Every story carries the name of the reporter who wrote it and the date it was published. When we change a story after
          publishing it, the page says when. Stories we carry from partner newsrooms link to the original.
        </p>
        <h2>Comments</h2>
        <p>
          Readers can discuss most stories. A first comment waits for a moderator; after that, comments appear at once. We close
          comments on older stories and on stories where discussion would do harm.
        </p>
      </div>
    </article>
  );
}
