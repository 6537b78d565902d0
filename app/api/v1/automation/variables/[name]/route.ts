import { getKeyRing } from "@/lib/assets/key-ring-for-process";
import { assetNameParamsSchema, setVariableValueSchema } from "@/lib/assets/schemas";
import { setVariableValue } from "@/lib/assets/set-variable-value";
import { getVariableForJob } from "@/lib/automation/get-variable-for-job";
import { apiRoute, readJson } from "@/lib/http/api-route";

const options = { params: assetNameParamsSchema };

/** Get-AutomationVariable */
export const GET = apiRoute("job", async ({ db, params, principal }) => getVariableForJob(db, getKeyRing(), params.name, principal), options);

/** Set-AutomationVariable */
export const PUT = apiRoute(
  "job",
  async ({ req, db, params, principal }) => {
    const { value } = await readJson(req, setVariableValueSchema);
    await setVariableValue(db, getKeyRing(), params.name, value, principal);
    return new Response(null, { status: 204 });
  },
  options,
);
