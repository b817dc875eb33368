import Link from "next/link";
import { SignOutButton } from "@/components/auth/SignOutButton";

type Props = { siteName: string; staff: { name: string; role: string } };

export function DashboardNav({ siteName, staff }: Props) {
  return (
    <header className="dash-header">
      <div className="dash-header__inner">
        <Link href="/dashboard" className="dash-header__name">
          {siteName} newsroom
        </Link>
        <nav aria-label="Dashboard">
          <ul>
            <li>
              <Link href="/dashboard">Articles</Link>
            </li>
            <li>
              <Link href="/dashboard/articles/new">New article</Link>
            </li>
            <li>
              <Link href="/dashboard/profile">Profile</Link>
            </li>
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
