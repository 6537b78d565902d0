"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useCan } from "@/components/auth/principal-context";
import type { Permission } from "@/lib/auth/permissions";
import { cn } from "@/components/ui/cn";

const items: Array<{ href: string; label: string; permission?: Permission }> = [
  { href: "/", label: "Dashboard" },
  { href: "/runbooks", label: "Runbooks", permission: "runbook.read" },
  { href: "/jobs", label: "Jobs", permission: "job.read" },
  { href: "/schedules", label: "Schedules", permission: "schedule.read" },
  { href: "/assets", label: "Assets", permission: "asset.read" },
  { href: "/modules", label: "Modules", permission: "module.read" },
  { href: "/workers", label: "Workers", permission: "worker.read" },
  { href: "/admin/users", label: "Users", permission: "user.read" },
  { href: "/admin/groups", label: "Groups", permission: "user.read" },
  { href: "/admin/audit", label: "Audit log", permission: "audit.read" },
  { href: "/admin/settings", label: "Settings", permission: "settings.read" },
  { href: "/settings/tokens", label: "API tokens" },
  { href: "/api-reference", label: "API reference" },
  { href: "/settings/password", label: "Password" },
];

function isActive(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

function NavItem({ href, label, permission, active }: { href: string; label: string; permission?: Permission; active: boolean }) {
  const allowed = useCan(permission ?? "runbook.read");
  if (permission && !allowed) return null;
  return (
    <li>
      <Link
        href={href}
        aria-current={active ? "page" : undefined}
        className={cn(
          "block rounded-md px-3 py-2 text-sm font-medium",
          active ? "bg-indigo-50 text-indigo-700" : "text-slate-700 hover:bg-slate-100 hover:text-slate-900",
        )}
      >
        {label}
      </Link>
    </li>
  );
}

export function NavLinks() {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="p-3">
      <ul className="space-y-1">
        {items.map((item) => (
          <NavItem key={item.href} {...item} active={isActive(pathname, item.href)} />
        ))}
      </ul>
    </nav>
  );
}
