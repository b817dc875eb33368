/** The foot of every reader page: what the site is, and its own pages (About, a corrections policy…). */
export function SiteFooter({ siteName, pages }: { siteName: string; pages: { slug: string; title: string }[] }) {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          <strong>{siteName}</strong> is independent local journalism for Port Alder and the coast.
        </p>
        {pages.length > 0 ? (
          <nav aria-label="About the site">
            <ul className="site-footer__pages">
              {pages.map((page) => (
                <li key={page.slug}>
                  <a href={`/${page.slug}`}>{page.title}</a>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
      </div>
    </footer>
  );
}
