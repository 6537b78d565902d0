import { z } from "zod";
import { nameSchema } from "@/lib/names/name-schema";

export const createApiTokenSchema = z.object({
  name: nameSchema(64),
  /** Days until the token stops working; null for a token that does not expire. */
  expiresInDays: z.number({ message: "must be a number of days" }).int("must be a whole number of days").min(1, "must be at least 1").max(365, "must be at most 365").nullable().default(90),
});
export type CreateApiTokenInput = z.infer<typeof createApiTokenSchema>;

export const tokenIdParamsSchema = z.object({ tokenId: z.uuid("must be a token id") });
