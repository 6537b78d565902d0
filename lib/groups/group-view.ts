import { z } from "zod";
import type { Prisma } from "@/generated/postgresql/client";
import { roleGrantView } from "@/lib/users/user-view";

export const groupViewSelect = {
  id: true,
  name: true,
  description: true,
  createdAt: true,
  members: { select: { user: { select: { id: true, username: true, displayName: true } } }, orderBy: { user: { username: "asc" } } },
  roleAssignments: { select: { id: true, role: true, scopeTag: true } },
} satisfies Prisma.SecurityGroupSelect;

type GroupRow = Prisma.SecurityGroupGetPayload<{ select: typeof groupViewSelect }>;

export const groupView = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  createdAt: z.string(),
  members: z.array(z.object({ id: z.string(), username: z.string(), displayName: z.string() })),
  roles: z.array(roleGrantView),
});
export type GroupView = z.infer<typeof groupView>;

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
