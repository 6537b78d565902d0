import { z } from "zod";

const groupNameSchema = z
  .string()
  .trim()
  .min(1, "is required")
  .max(64, "must be at most 64 characters")
  .regex(/^[A-Za-z0-9][A-Za-z0-9 ._-]*$/, "must start with a letter or digit and use only letters, digits, spaces and . _ -");

const groupDescriptionSchema = z.string().trim().max(512, "must be at most 512 characters");

export const createGroupSchema = z.object({ name: groupNameSchema, description: groupDescriptionSchema.default("") });
export type CreateGroupInput = z.infer<typeof createGroupSchema>;

export const updateGroupSchema = z
  .object({ name: groupNameSchema.optional(), description: groupDescriptionSchema.optional() })
  .refine((g) => g.name !== undefined || g.description !== undefined, { message: "Send name or description" });
export type UpdateGroupInput = z.infer<typeof updateGroupSchema>;

export const addGroupMemberSchema = z.object({ userId: z.uuid("must be a user id") });

export const groupIdParamsSchema = z.object({ groupId: z.uuid("must be a group id") });
export const groupMemberParamsSchema = z.object({ groupId: z.uuid("must be a group id"), userId: z.uuid("must be a user id") });
