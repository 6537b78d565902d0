import { z } from "zod";
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

export const roleAssignmentView = z.object({
  id: z.string(),
  role: z.string(),
  scopeTag: z.string().nullable().describe("Only runbooks carrying this tag; null for everywhere."),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  principal: z.discriminatedUnion("type", [
    z.object({ type: z.literal("user"), id: z.string(), name: z.string() }),
    z.object({ type: z.literal("group"), id: z.string(), name: z.string() }),
  ]),
});
export type RoleAssignmentView = z.infer<typeof roleAssignmentView>;

export function toRoleAssignmentView(r: Row): RoleAssignmentView {
  const principal = r.user ? { type: "user" as const, id: r.user.id, name: r.user.username } : { type: "group" as const, id: r.group!.id, name: r.group!.name };
  return { id: r.id, role: r.role, scopeTag: r.scopeTag, createdAt: r.createdAt.toISOString(), createdBy: r.createdBy, principal };
}
