"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/components/ui/cn";

const tabs = [
  { href: "/assets/variables", label: "Variables" },
  { href: "/assets/credentials", label: "Credentials" },
  { href: "/assets/connection-types", label: "Connection types" },
  { href: "/assets/connections", label: "Connections" },
  { href: "/assets/certificates", label: "Certificates" },
];

export function AssetTabs() {
  const pathname = usePathname();
  return (
    <nav aria-label="Asset types" className="mb-6 border-b border-slate-200">
      <ul className="-mb-px flex gap-4 overflow-x-auto">
        {tabs.map((t) => {
          const active = pathname === t.href;
          return (
            <li key={t.href}>
              <Link
                href={t.href}
                aria-current={active ? "page" : undefined}
                className={cn("block border-b-2 px-1 py-2 text-sm font-medium", active ? "border-indigo-600 text-indigo-700" : "border-transparent text-slate-600 hover:text-slate-900")}
              >
                {t.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
