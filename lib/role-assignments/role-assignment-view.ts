import type { Prisma } from "@/generated/postgresql/client";

export const roleAssignmentViewSelect = {
  id: true,
  role: true,
  scopeTag: true,
  createdAt: true,
  createdBy: true,
  user: { select: { id: true, username: true } },
  group: { select: { id: true, name: true } },
} satisfies Prisma.RoleAssignmentSelect;

type Row = Prisma.RoleAssignmentGetPayload<{ select: typeof roleAssignmentViewSelect }>;

export interface RoleAssignmentView {
  id: string;
  role: string;
  scopeTag: string | null;
  createdAt: string;
  createdBy: string | null;
  principal: { type: "user"; id: string; name: string } | { type: "group"; id: string; name: string };
}

export function toRoleAssignmentView(r: Row): RoleAssignmentView {
  const principal = r.user ? { type: "user" as const, id: r.user.id, name: r.user.username } : { type: "group" as const, id: r.group!.id, name: r.group!.name };
  return { id: r.id, role: r.role, scopeTag: r.scopeTag, createdAt: r.createdAt.toISOString(), createdBy: r.createdBy, principal };
}
