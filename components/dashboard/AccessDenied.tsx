import Link from "next/link";

/** What an editor sees on an admin page: the page is not theirs, and nothing of it is rendered. */
export function AccessDenied() {
  return (
    <section>
      <h1>Admins only</h1>
      <p>This page is for admins. Your role is editor, so it shows nothing here.</p>
      <p>
        <Link href="/dashboard">Back to the articles</Link>
      </p>
    </section>
  );
}
