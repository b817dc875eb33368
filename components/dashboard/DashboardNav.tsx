import Link from "next/link";
import { SignOutButton } from "@/components/auth/SignOutButton";

type Props = { siteName: string; staff: { name: string; role: string } };

const editorLinks = [
  { href: "/dashboard", label: "Articles" },
  { href: "/dashboard/articles/new", label: "New article" },
  { href: "/dashboard/profile", label: "Profile" },
];

const adminLinks = [
  { href: "/dashboard/comments", label: "Comments" },
  { href: "/dashboard/users", label: "Users" },
  { href: "/dashboard/settings", label: "Settings" },
  { href: "/dashboard/audit", label: "Audit log" },
];

export function DashboardNav({ siteName, staff }: Props) {
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
                <Link href={l.href}>{l.label}</Link>
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
