"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/**
 * Whether a dashboard link names the page being shown: its own address or a page under it (a section's, a comment's),
 * and for Articles an article's pages too.
 */
export function isCurrent(href: string, pathname: string): boolean {
  if (href === "/dashboard") return pathname === href || /^\/dashboard\/articles\/\d+(?:\/|$)/.test(pathname);
  return pathname === href || pathname.startsWith(`${href}/`);
}

/** A link of the dashboard's navigation, marked `aria-current="page"` (and styled so) on the page it leads to. */
export function DashboardNavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  return (
    <Link href={href} aria-current={isCurrent(href, pathname) ? "page" : undefined}>
      {children}
    </Link>
  );
}
