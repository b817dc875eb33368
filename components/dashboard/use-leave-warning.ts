"use client";

import { useEffect } from "react";

/**
 * While `unsaved`, leaving the page asks first, as WordPress and Ghost do: closing the tab, reloading or leaving the
 * site (beforeunload), and following a link within the dashboard, which navigates inside the page and fires no
 * beforeunload (a capture-phase click listener, before Next's own handler). A link opened elsewhere leaves this page
 * alone. The browser's Back button is not covered: Chromium calls a window's popstate listeners in the order they were
 * added, capture or not (measured in Chromium 156), and Next's router, added first, has already rendered the previous
 * page when a listener here could ask. Only a spare history entry pushed as a guard could stop it, and that would sit
 * among the router's own entries. What Back loses, the tab keeps instead (use-unsaved-backup.ts).
 */
export function useLeaveWarning(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved) return;
    let confirmed = false;
    const ask = (event: BeforeUnloadEvent) => {
      if (!confirmed) event.preventDefault();
    };
    const askOnLink = (event: MouseEvent) => {
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!link || link.getAttribute("target") || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      confirmed = window.confirm("Leave this page? Your changes are not saved.");
      if (!confirmed) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", ask);
    document.addEventListener("click", askOnLink, true);
    return () => {
      window.removeEventListener("beforeunload", ask);
      document.removeEventListener("click", askOnLink, true);
    };
  }, [unsaved]);
}
