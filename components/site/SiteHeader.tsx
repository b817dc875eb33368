import Link from "next/link";
import { SearchForm } from "@/components/search/SearchForm";

type NavCategory = { name: string; slug: string };

export function SiteHeader({ siteName, categories }: { siteName: string; categories: NavCategory[] }) {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-header__name">
          {siteName}
        </Link>
        <nav aria-label="Sections" className="site-nav">
          <ul>
            {categories.map((c) => (
              <li key={c.slug}>
                <Link href={`/category/${c.slug}`}>{c.name}</Link>
              </li>
            ))}
            <li>
              <Link href="/about">About</Link>
            </li>
          </ul>
        </nav>
        <SearchForm id="header-search" />
      </div>
    </header>
  );
}
