/** A plain GET form: searching works without JavaScript. */
export function SearchForm({ query = "", id = "search", className = "search-form" }: { query?: string; id?: string; className?: string }) {
  return (
    <form role="search" action="/search" method="get" className={className}>
      <label htmlFor={id} className="visually-hidden">
        Search articles
      </label>
      <input id={id} type="search" name="q" defaultValue={query} placeholder="Search" maxLength={2000} autoComplete="off" />
      <button type="submit">Search</button>
    </form>
  );
}
