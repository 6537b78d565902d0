import { z } from "zod";
import type { Prisma } from "@/generated/postgresql/client";

/** The columns an administrator sees; never the password hash. */
export const userViewSelect = {
  id: true,
  username: true,
  displayName: true,
  email: true,
  disabled: true,
  failedLoginCount: true,
  lockedUntil: true,
  lastLoginAt: true,
  createdAt: true,
  memberships: { select: { group: { select: { id: true, name: true } } } },
  roleAssignments: { select: { id: true, role: true, scopeTag: true } },
} satisfies Prisma.UserSelect;

type UserRow = Prisma.UserGetPayload<{ select: typeof userViewSelect }>;

/** A role assignment as user and group views list it. */
export const roleGrantView = z.object({ id: z.string(), role: z.string(), scopeTag: z.string().nullable() });

export const userView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  disabled: z.boolean(),
  failedLoginCount: z.number().int(),
  lockedUntil: z.string().nullable().describe("Set while sign-in is locked after too many wrong passwords."),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
  groups: z.array(z.object({ id: z.string(), name: z.string() })),
  roles: z.array(roleGrantView),
});
export type UserView = z.infer<typeof userView>;

export function toUserView(u: UserRow, now = new Date()): UserView {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    email: u.email,
    disabled: u.disabled,
    failedLoginCount: u.failedLoginCount,
    lockedUntil: u.lockedUntil && u.lockedUntil > now ? u.lockedUntil.toISOString() : null,
    lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
    createdAt: u.createdAt.toISOString(),
    groups: u.memberships.map((m) => m.group),
    roles: u.roleAssignments,
  };
}
