import Link from "next/link";

export function SiteFooter({ siteName }: { siteName: string }) {
  return (
    <footer className="site-footer">
      <div className="site-footer__inner">
        <p>
          <strong>{siteName}</strong> is independent local journalism for Port Alder and the coast.
        </p>
        <p>
          <Link href="/about">About us</Link>
        </p>
      </div>
    </footer>
  );
}
