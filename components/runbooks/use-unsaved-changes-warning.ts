"use client";

import { useEffect } from "react";

export const unsavedChangesMessage = "You have unsaved changes. Leave this page and lose them?";

/**
 * While there are unsaved edits: the browser confirms reloads and closing the tab (beforeunload), and
 * in-app links ask first. The App Router has no navigation events to veto, so link clicks are caught in
 * the capture phase, before next/link's handler, which skips a click whose default was prevented.
 */
export function useUnsavedChangesWarning(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = e.target instanceof Element ? e.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return;
      if (new URL(link.href, location.href).origin !== location.origin) return;
      if (!window.confirm(unsavedChangesMessage)) {
        e.preventDefault();
        e.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    document.addEventListener("click", onClick, true);
    return () => {
      window.removeEventListener("beforeunload", onBeforeUnload);
      document.removeEventListener("click", onClick, true);
    };
  }, [dirty]);
}
