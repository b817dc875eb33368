export function SiteFooter({ siteName }: { siteName: string }) {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          <strong>{siteName}</strong> is independent local journalism for Port Alder and the coast.
        </p>
        <p>
          <a href="/about">About us</a>
        </p>
      </div>
    </footer>
  );
}
