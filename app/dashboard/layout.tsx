import type { Metadata } from "next";
import { DashboardNav } from "@/components/dashboard/DashboardNav";
import { countCommentsByStatus } from "@/db/queries/moderation";
import { staffForPage } from "@/lib/auth/page-guard";
import { siteConfig } from "@/lib/config";
import "./dashboard.css";

export const metadata: Metadata = { title: { default: "Dashboard", template: "%s | Dashboard" }, robots: { index: false } };

/** The newsroom frame. Layouts persist across navigations, so each page checks the session again itself. */
export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const staff = await staffForPage("/dashboard");
  // Admins see how many comments wait for them wherever they are in the dashboard, as in WordPress.
  const pendingComments = staff?.role === "admin" ? countCommentsByStatus().pending : 0;
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      {staff ? <DashboardNav siteName={siteConfig().name} staff={staff} pendingComments={pendingComments} /> : null}
      <main id="main" className="dash-main">
        {children}
      </main>
    </>
  );
}
