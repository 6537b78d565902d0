import { getKeyRing } from "@/lib/assets/key-ring-for-process";
import { assetNameParamsSchema } from "@/lib/assets/schemas";
import { getCertificateForJob } from "@/lib/automation/get-certificate-for-job";
import { apiRoute } from "@/lib/http/api-route";

/** Get-AutomationCertificate */
export const GET = apiRoute("job", async ({ db, params, principal }) => getCertificateForJob(db, getKeyRing(), params.name, principal), {
  params: assetNameParamsSchema,
});
