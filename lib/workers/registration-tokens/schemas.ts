import { z } from "zod";
import { nameSchema } from "@/lib/names/name-schema";
import { workerGroupNameSchema } from "../worker-group-schemas";

/**
 * Body of POST /api/v1/worker-groups/{name}/registration-tokens, shared by the route and the workers
 * page's form. A registration token always expires: it admits a machine that will run jobs, so one
 * forgotten in a provisioning script must stop working on its own.
 */
export const createRegistrationTokenSchema = z
  .object({
    name: nameSchema(64).describe("What the token is for, e.g. the machine or the provisioning script that uses it."),
    expiresInDays: z
      .number({ message: "must be a number of days" })
      .int("must be a whole number of days")
      .min(1, "must be at least 1")
      .max(365, "must be at most 365")
      .default(30)
      .describe("Days until the token stops working (1 to 365)."),
  })
  .strict();
export type CreateRegistrationTokenInput = z.infer<typeof createRegistrationTokenSchema>;

export const registrationTokenParamsSchema = z.object({ name: workerGroupNameSchema, tokenId: z.uuid("must be a token id") });
