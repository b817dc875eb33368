/**
 * A plain GET form: searching works without JavaScript. `name` tells the search landmarks apart where a page has two
 * (the header's and the search page's own).
 */
export function SearchForm({ query = "", id = "search", className = "search-form", name }: { query?: string; id?: string; className?: string; name: string }) {
  return (
    <form role="search" aria-label={name} action="/search" method="get" className={className}>
      <label htmlFor={id} className="visually-hidden">
        Search the site
      </label>
      <input id={id} type="search" name="q" defaultValue={query} placeholder="Search" maxLength={2000} autoComplete="off" />
      <button type="submit">Search</button>
    </form>
  );
}
