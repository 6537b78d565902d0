import { getKeyRing } from "@/lib/assets/key-ring-for-process";
import { assetNameParamsSchema } from "@/lib/assets/schemas";
import { getConnectionForJob } from "@/lib/automation/get-connection-for-job";
import { apiRoute } from "@/lib/http/api-route";

/** Get-AutomationConnection */
export const GET = apiRoute("job", async ({ db, params, principal }) => getConnectionForJob(db, getKeyRing(), params.name, principal), {
  params: assetNameParamsSchema,
});
