"use client";

import { Badge } from "@/components/ui/badge";
import { ErrorMessage } from "@/components/ui/error-message";
import { useDeleteRoleAssignment } from "./use-admin";

/** A holder's role assignments, each removable. */
export function RoleChips({ roles, label }: { roles: Array<{ id: string; role: string; scopeTag: string | null }>; label: string }) {
  const remove = useDeleteRoleAssignment();
  if (roles.length === 0) return <span className="text-slate-500">No roles</span>;
  return (
    <div className="space-y-1">
      <ul className="flex flex-wrap gap-1">
        {roles.map((r) => (
          <li key={r.id}>
            <Badge tone={r.role === "Administrator" ? "purple" : "indigo"}>
              {r.role}
              {r.scopeTag ? <span className="font-normal">on tag {r.scopeTag}</span> : null}
              <button
                type="button"
                className="ml-1 rounded px-0.5 text-slate-500 hover:bg-white hover:text-red-700 disabled:opacity-40"
                aria-label={`Remove ${r.role}${r.scopeTag ? ` on ${r.scopeTag}` : ""} from ${label}`}
                disabled={remove.isPending}
                onClick={() => remove.mutate(r.id)}
              >
                ×
              </button>
            </Badge>
          </li>
        ))}
      </ul>
      <ErrorMessage error={remove.error} />
    </div>
  );
}
