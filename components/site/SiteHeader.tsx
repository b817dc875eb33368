import { SearchForm } from "@/components/search/SearchForm";

type NavCategory = { name: string; slug: string };
type NavPage = { title: string; slug: string };

export function SiteHeader({ siteName, categories, pages }: { siteName: string; categories: NavCategory[]; pages: NavPage[] }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a href="/" className="site-header__name">
          {siteName}
        </a>
        <nav aria-label="Sections" className="site-nav">
          <ul>
            {categories.map((c) => (
              <li key={c.slug}>
                <a href={`/category/${c.slug}`}>{c.name}</a>
              </li>
            ))}
            {pages.map((p) => (
              <li key={p.slug}>
                <a href={`/${p.slug}`}>{p.title}</a>
              </li>
            ))}
          </ul>
        </nav>
        <SearchForm id="header-search" name="Site search" />
      </div>
    </header>
  );
}
