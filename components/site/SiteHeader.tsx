import { SearchForm } from "@/components/search/SearchForm";

type NavCategory = { name: string; slug: string };

export function SiteHeader({ siteName, categories }: { siteName: string; categories: NavCategory[] }) {
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
            <li>
              <a href="/about">About</a>
            </li>
          </ul>
        </nav>
        <SearchForm id="header-search" name="Site search" />
      </div>
    </header>
  );
}
