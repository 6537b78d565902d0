import { z } from "zod";

export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1, "is required").max(64, "must be at most 64 characters"),
  /** Days until the token stops working; null for a token that does not expire. */
  expiresInDays: z.number({ message: "must be a number of days" }).int("must be a whole number of days").min(1, "must be at least 1").max(365, "must be at most 365").nullable().default(90),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

export const tokenIdParamsSchema = z.object({ tokenId: z.uuid("must be a token id") });
