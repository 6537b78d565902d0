import { z } from "zod";
import { workerGroupNameSchema } from "@/lib/workers/worker-group-schemas";
import { nameSchema } from "@/lib/names/name-schema";
import { jobParametersSchema } from "@/lib/jobs/start-job-schema";

const dayMs = 86_400_000;

/** Azure Automation's default: a webhook works for one year unless its creator says otherwise. */
export function defaultWebhookExpiry(now = Date.now()): Date {
  return new Date(now + 365 * dayMs);
}

export const webhookNameSchema = nameSchema(128);

/** An ISO-8601 date and time in the future (the moment the webhook stops working). */
const webhookExpiresAtSchema = z
  .iso.datetime({ offset: true, message: "must be a date and time such as 2027-01-31T00:00:00Z" })
  .transform((s) => new Date(s))
  .refine((d) => d.getTime() > Date.now(), "must be in the future");

/** Default values for the runbook's parameters; checked against its published param() block. */
const webhookParametersSchema = jobParametersSchema;

/** Body of POST /api/v1/runbooks/{runbookId}/webhooks, shared by the route and the portal's form. */
export const createWebhookSchema = z
  .object({
    name: webhookNameSchema,
    expiresAt: webhookExpiresAtSchema.default(() => defaultWebhookExpiry()),
    enabled: z.boolean().default(true),
    parameters: webhookParametersSchema.default({}),
    runOn: workerGroupNameSchema.nullable().default(null),
  })
  .strict();
export type CreateWebhookInput = z.infer<typeof createWebhookSchema>;

/** Body of PATCH /api/v1/webhooks/{webhookId}; the token can never be read or changed. */
export const updateWebhookSchema = z
  .object({
    enabled: z.boolean(),
    expiresAt: webhookExpiresAtSchema,
    parameters: webhookParametersSchema,
    runOn: workerGroupNameSchema.nullable(),
  })
  .partial()
  .strict();
export type UpdateWebhookInput = z.infer<typeof updateWebhookSchema>;

export const webhookIdParamsSchema = z.object({ webhookId: z.uuid("must be a webhook id") });

/** The token travels in the URL path; anything can arrive there, and every value is simply hashed. */
export const webhookTokenParamsSchema = z.object({ token: z.string() });
