import type { z } from "zod";
import type { RouteOperation } from "@/lib/api/openapi/operation";
import { assetNameParamsSchema } from "@/lib/assets/schemas";

/** GET /automation/{kind}/{name}: what an asset cmdlet inside a job reads, secret revealed. */
export function automationAssetOperation(cmdlet: string, what: string, schema: z.ZodType): RouteOperation {
  return {
    tag: "Automation (job token)",
    summary: cmdlet,
    description: `The ${what} with its secret revealed, for the calling job; the job masks the secret in its streams.`,
    access: "job",
    params: assetNameParamsSchema,
    response: { status: 200, description: `The ${what}.`, schema },
  };
}
