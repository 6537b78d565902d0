import type { Prisma } from "@/generated/postgresql/client";

export const groupViewSelect = {
  id: true,
  name: true,
  description: true,
  createdAt: true,
  members: { select: { user: { select: { id: true, username: true, displayName: true } } }, orderBy: { user: { username: "asc" } } },
  roleAssignments: { select: { id: true, role: true, scopeTag: true } },
} satisfies Prisma.SecurityGroupSelect;

type GroupRow = Prisma.SecurityGroupGetPayload<{ select: typeof groupViewSelect }>;

export interface GroupView {
  id: string;
  name: string;
  description: string;
  createdAt: string;
  members: Array<{ id: string; username: string; displayName: string }>;
  roles: Array<{ id: string; role: string; scopeTag: string | null }>;
}

export function toGroupView(g: GroupRow): GroupView {
  return {
    id: g.id,
    name: g.name,
    description: g.description,
    createdAt: g.createdAt.toISOString(),
    members: g.members.map((m) => m.user),
    roles: g.roleAssignments,
  };
}
