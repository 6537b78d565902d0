import Link from "next/link";
import type { ReactNode } from "react";
import { BatonMark } from "./baton-mark";
import { NavLinks } from "./nav-links";
import { TopBar } from "./top-bar";

export function AppShell({ userName, children }: { userName: string; children: ReactNode }) {
  return (
    <div className="flex min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow">
        Skip to content
      </a>
      <aside className="hidden w-56 shrink-0 flex-col border-r border-slate-200 bg-white md:flex">
        <Link href="/" className="flex h-14 items-center gap-2 border-b border-slate-200 px-4 font-semibold tracking-tight">
          <BatonMark className="size-7" />
          Baton
        </Link>
        <NavLinks />
      </aside>
      <div className="flex min-w-0 flex-1 flex-col">
        <TopBar userName={userName} />
        {/* tabIndex -1 lets the skip link move focus here, so the next Tab continues inside the page, not the navigation. */}
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 outline-none sm:px-6">
          {children}
        </main>
      </div>
    </div>
  );
}
