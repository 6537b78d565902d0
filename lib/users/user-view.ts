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

export interface UserView {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  disabled: boolean;
  failedLoginCount: number;
  /** Set while sign-in is locked after too many wrong passwords. */
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
  groups: Array<{ id: string; name: string }>;
  roles: Array<{ id: string; role: string; scopeTag: string | null }>;
}

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
