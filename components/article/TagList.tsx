export function TagList({ tags }: { tags: { name: string; slug: string }[] }) {
  if (tags.length === 0) return null;
  return (
    <nav className="tag-list" aria-label="Tags">
      <span className="tag-list__label">Tagged with:</span>
      <ul>
        {tags.map((t) => (
          <li key={t.slug}>
            <a href={`/tag/${t.slug}`}>{t.name}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
