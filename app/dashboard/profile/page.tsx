import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PasswordForm } from "@/components/dashboard/PasswordForm";
import { ProfileForm } from "@/components/dashboard/ProfileForm";
import { getProfile } from "@/db/queries/profile";
import { staffForPage } from "@/lib/auth/page-guard";
import { changePassword, saveProfile } from "./actions";

export const metadata: Metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const staff = await staffForPage("/dashboard/profile");
  const profile = staff ? getProfile(staff.id) : undefined;
  if (!profile) notFound();
  return (
    <div className="profile-page">
      <h1>Your profile</h1>
      <section aria-labelledby="profile-heading">
        <h2 id="profile-heading">Byline</h2>
        <p className="hint">
          What readers see about you, on your articles and at <a href={`/author/${profile.slug}`}>/author/{profile.slug}</a>.
        </p>
        <ProfileForm profile={profile} action={saveProfile} />
      </section>
      <section aria-labelledby="password-heading">
        <h2 id="password-heading">Password</h2>
        <p className="hint">You sign in as {profile.loginEmail}. Only an admin can change that address.</p>
        <PasswordForm loginEmail={profile.loginEmail} action={changePassword} />
      </section>
    </div>
  );
}
