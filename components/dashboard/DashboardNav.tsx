import Link from "next/link";
import { SignOutButton } from "@/components/auth/SignOutButton";
import { DashboardNavLink } from "./DashboardNavLink";

/** `pendingComments`: shown beside the admins' Comments link while comments wait for moderation. */
type Props = { siteName: string; staff: { name: string; role: string }; pendingComments: number };

const editorLinks = [
  { href: "/dashboard", label: "Articles" },
  { href: "/dashboard/articles/new", label: "New article" },
  { href: "/dashboard/media", label: "Media" },
  { href: "/dashboard/pages", label: "Pages" },
  { href: "/dashboard/tags", label: "Tags" },
  { href: "/dashboard/profile", label: "Profile" },
];

const adminLinks = [
  { href: "/dashboard/comments", label: "Comments" },
  { href: "/dashboard/sections", label: "Sections" },
  { href: "/dashboard/users", label: "Users" },
  { href: "/dashboard/settings", label: "Settings" },
  { href: "/dashboard/audit", label: "Audit log" },
];

export function DashboardNav({ siteName, staff, pendingComments }: Props) {
  const links = staff.role === "admin" ? [...editorLinks, ...adminLinks] : editorLinks;
  return (
    <header className="dash-header">
      <div className="dash-header__inner">
        <Link href="/dashboard" className="dash-header__name">
          {siteName} newsroom
        </Link>
        <nav aria-label="Dashboard">
          <ul>
            {links.map((l) => (
              <li key={l.href}>
                <DashboardNavLink href={l.href}>
                  {l.label}
                  {l.href === "/dashboard/comments" && pendingComments > 0 ? (
                    <span className="nav-count">
                      {pendingComments.toLocaleString("en-US")}
                      <span className="visually-hidden"> waiting</span>
                    </span>
                  ) : null}
                </DashboardNavLink>
              </li>
            ))}
            <li>
              <Link href="/">View site</Link>
            </li>
          </ul>
        </nav>
        <div className="dash-header__user">
          <span>
            {staff.name} <span className="badge">{staff.role}</span>
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
