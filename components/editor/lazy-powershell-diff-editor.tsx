"use client";

import dynamic from "next/dynamic";

/** Monaco is several MB and browser-only: load it on the pages that compare, never during SSR. */
export const LazyPowerShellDiffEditor = dynamic(() => import("./powershell-diff-editor"), {
  ssr: false,
  loading: () => (
    <div className="flex h-[60vh] items-center justify-center text-sm text-slate-500" role="status">
      Loading diff…
    </div>
  ),
});
