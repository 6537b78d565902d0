import { getKeyRing } from "@/lib/assets/key-ring-for-process";
import { assetNameParamsSchema } from "@/lib/assets/schemas";
import { getCredentialForJob } from "@/lib/automation/get-credential-for-job";
import { apiRoute } from "@/lib/http/api-route";

/** Get-AutomationPSCredential */
export const GET = apiRoute("job", async ({ db, params, principal }) => getCredentialForJob(db, getKeyRing(), params.name, principal), {
  params: assetNameParamsSchema,
});
