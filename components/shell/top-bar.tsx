"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useRef, useState } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { BatonMark } from "./baton-mark";
import { NavLinks } from "./nav-links";

/**
 * The header. On a phone the navigation does not fit across the screen, so a Menu button opens it as
 * a list under the header (closed again by choosing a page, Escape or the button); from `md` up the
 * sidebar shows it.
 */
export function TopBar({ userName }: { userName: string }) {
  const pathname = usePathname();
  const [open, setOpen] = useState(false);
  const [openedOn, setOpenedOn] = useState(pathname);
  const button = useRef<HTMLButtonElement>(null);
  if (openedOn !== pathname) {
    setOpenedOn(pathname);
    setOpen(false);
  }
  return (
    <>
      <header className="flex h-14 items-center justify-between gap-3 border-b border-slate-200 bg-white px-4 md:justify-end">
        <div className="flex items-center gap-2 md:hidden">
          <button
            ref={button}
            type="button"
            aria-expanded={open}
            aria-controls="mobile-navigation"
            onClick={() => setOpen((o) => !o)}
            className="inline-flex items-center gap-1.5 rounded-md px-2 py-2 text-sm font-medium text-slate-700 ring-1 ring-inset ring-slate-300 hover:bg-slate-50"
          >
            <svg viewBox="0 0 20 20" className="size-4" aria-hidden="true" focusable="false">
              <path d={open ? "M5 5l10 10M15 5L5 15" : "M3 6h14M3 10h14M3 14h14"} className="stroke-current" strokeWidth="1.8" strokeLinecap="round" fill="none" />
            </svg>
            Menu
          </button>
          <Link href="/" className="flex items-center gap-2 font-semibold">
            <BatonMark className="size-7" />
            Baton
          </Link>
        </div>
        <div className="flex min-w-0 items-center gap-3 text-sm">
          <span className="min-w-0 truncate text-slate-600">
            <span className="max-sm:sr-only">Signed in as </span>
            <span className="font-medium text-slate-900" data-testid="current-user">
              {userName}
            </span>
          </span>
          <SignOutButton />
        </div>
      </header>
      {open ? (
        <div
          id="mobile-navigation"
          className="border-b border-slate-200 bg-white shadow-sm md:hidden"
          onKeyDown={(e) => {
            if (e.key !== "Escape") return;
            setOpen(false);
            button.current?.focus();
          }}
        >
          <NavLinks />
        </div>
      ) : null}
    </>
  );
}
