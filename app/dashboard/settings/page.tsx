import type { Metadata } from "next";
import { AccessDenied } from "@/components/dashboard/AccessDenied";
import { CommentSettingsForm } from "@/components/dashboard/CommentSettingsForm";
import { getCommentSettings } from "@/db/queries/settings";
import { staffForPage } from "@/lib/auth/page-guard";
import { saveCommentSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const staff = await staffForPage("/dashboard/settings", "admin");
  if (!staff) return <AccessDenied />;
  return (
    <div className="admin-page settings-page">
      <h1>Settings</h1>
      <section aria-labelledby="comment-settings-heading">
        <h2 id="comment-settings-heading">Comments</h2>
        <p className="hint">Single articles can also be closed or opened from the articles list.</p>
        <CommentSettingsForm settings={getCommentSettings()} action={saveCommentSettingsAction} />
      </section>
    </div>
  );
}
