import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/LoginForm";
import { safeCallbackUrl } from "@/lib/auth/callback-url";
import { signInErrorText } from "@/lib/auth/sign-in-messages";
import { currentStaff } from "@/lib/auth/staff";
import { siteConfig } from "@/lib/config";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string; error?: string }> }) {
  const { callbackUrl, error } = await searchParams;
  const target = safeCallbackUrl(callbackUrl);
  if (await currentStaff()) redirect(target);
  return (
    <main className="login" id="main">
      <h1>Sign in to {siteConfig().name}</h1>
      <p>For the newsroom: editors and admins.</p>
      {error ? (
        <p className="form__error" role="alert">
          {signInErrorText(error)}
        </p>
      ) : null}
      <LoginForm callbackUrl={target} />
    </main>
  );
}
