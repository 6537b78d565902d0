import { z } from "zod";
import { permissions, roles } from "@/lib/auth/permissions";
import type { PrincipalView } from "@/lib/auth/principal-view";
import type { GroupView } from "@/lib/groups/group-view";
import type { RoleAssignmentView } from "@/lib/role-assignments/role-assignment-view";
import type { ApiTokenView } from "@/lib/tokens/api-token-view";
import type { UserView } from "@/lib/users/user-view";
import { viewSchema } from "./response-schemas";

const roleGrant = z.object({ id: z.string(), role: z.string(), scopeTag: z.string().nullable() });

export const userViewSchema = viewSchema<UserView>()(
  z.object({
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
    roles: z.array(roleGrant),
  }),
);

export const groupViewSchema = viewSchema<GroupView>()(
  z.object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    createdAt: z.string(),
    members: z.array(z.object({ id: z.string(), username: z.string(), displayName: z.string() })),
    roles: z.array(roleGrant),
  }),
);

export const roleAssignmentViewSchema = viewSchema<RoleAssignmentView>()(
  z.object({
    id: z.string(),
    role: z.string(),
    scopeTag: z.string().nullable().describe("Only runbooks carrying this tag; null for everywhere."),
    createdAt: z.string(),
    createdBy: z.string().nullable(),
    principal: z.discriminatedUnion("type", [
      z.object({ type: z.literal("user"), id: z.string(), name: z.string() }),
      z.object({ type: z.literal("group"), id: z.string(), name: z.string() }),
    ]),
  }),
);

const tokenShape = {
  id: z.string(),
  name: z.string(),
  prefix: z.string().describe("The token's first characters, to recognise it."),
  status: z.enum(["active", "expired", "revoked"]),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
};

export const apiTokenViewSchema = viewSchema<ApiTokenView>()(z.object(tokenShape));

export const createdApiTokenSchema = viewSchema<Omit<ApiTokenView & { token: string }, never>>()(
  z.object({ ...tokenShape, token: z.string().describe("The secret `bat_…` token, shown this one time only.") }),
);

export const principalViewSchema = viewSchema<PrincipalView>()(
  z.object({
    kind: z.enum(["user", "token", "job"]),
    name: z.string(),
    userId: z.string().nullable(),
    grants: z.array(z.object({ role: z.enum(roles), scopeTag: z.string().nullable().describe("null: global; otherwise runbooks carrying this tag.") })),
    permissions: z.array(z.enum(permissions)).describe("Held globally or through a tag grant."),
  }),
);
