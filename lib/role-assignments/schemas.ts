import { z } from "zod";
import { roles } from "@/lib/auth/permissions";
import { tagSchema } from "@/lib/runbooks/schemas";

/** A role for one user or one group, everywhere or only on runbooks carrying `scopeTag`. */
export const createRoleAssignmentSchema = z
  .object({
    role: z.enum(roles, { message: `must be one of ${roles.join(", ")}` }),
    userId: z.uuid("must be a user id").optional(),
    groupId: z.uuid("must be a group id").optional(),
    scopeTag: z.union([z.literal("").transform(() => undefined), tagSchema]).optional(),
  })
  .refine((a) => (a.userId === undefined) !== (a.groupId === undefined), { message: "Give exactly one of userId or groupId", path: ["userId"] });
export type CreateRoleAssignmentInput = z.infer<typeof createRoleAssignmentSchema>;

export const roleAssignmentIdParamsSchema = z.object({ assignmentId: z.uuid("must be a role assignment id") });
