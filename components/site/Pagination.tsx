/** `labels`: the previous and next links' words, for a listing in another order than newest first. */
type Props = { basePath: string; page: number; pageCount: number; params?: Record<string, string>; labels?: [previous: string, next: string] };

/** Newer/older links for a paged listing at `basePath?page=N`, keeping any other query parameters. */
export function Pagination({ basePath, page, pageCount, params = {}, labels = ["← Newer", "Older →"] }: Props) {
  if (pageCount <= 1) return null;
  const href = (n: number) => {
    const query = new URLSearchParams({ ...params, ...(n > 1 ? { page: String(n) } : {}) }).toString();
    return query ? `${basePath}?${query}` : basePath;
  };
  return (
    <nav className="pagination" aria-label="Pages">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          {labels[0]}
        </a>
      ) : (
        <span />
      )}
      <span aria-current="page">
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <a href={href(page + 1)} rel="next">
          {labels[1]}
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
