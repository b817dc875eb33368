"use client";

import { signOut } from "next-auth/react";
import { backupKeys } from "@/lib/dashboard/unsaved-backup";

/** Signing out also forgets the editor's unsaved copies in this tab: the next person at the computer is not us. */
function forgetUnsavedCopies() {
  try {
    for (const key of backupKeys(window.sessionStorage)) window.sessionStorage.removeItem(key);
  } catch {
    // No storage in this browser, so nothing kept.
  }
}

export function SignOutButton() {
  return (
    <button
      type="button"
      className="button button--quiet"
      onClick={() => {
        forgetUnsavedCopies();
        void signOut({ callbackUrl: "/login" });
      }}
    >
      Sign out
    </button>
  );
}
