"use client";

import dynamic from "next/dynamic";

/** Monaco is several MB and browser-only: load it on the pages that edit, never during SSR. */
export const LazyPowerShellEditor = dynamic(() => import("./powershell-editor"), {
  ssr: false,
  loading: () => (
    <div className="flex h-[60vh] items-center justify-center text-sm text-slate-500" role="status">
      Loading editor…
    </div>
  ),
});
