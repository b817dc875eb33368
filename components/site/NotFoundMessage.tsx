export function NotFoundMessage() {
  return (
    <section className="not-found">
      <h1>We could not find that page</h1>
      <p>The link may be mistyped, or the story may have moved. These can help:</p>
      <ul>
        <li>
          <a href="/">Go to the front page</a> for the latest news.
        </li>
        <li>Use the section links at the top of the page to browse by topic.</li>
      </ul>
    </section>
  );
}
