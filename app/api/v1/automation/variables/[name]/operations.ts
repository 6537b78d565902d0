import { automationAssetOperation } from "@/app/api/v1/automation/asset-operation";
import { routeOperations } from "@/lib/api/openapi/operation";
import { assetNameParamsSchema, setVariableValueSchema } from "@/lib/assets/schemas";
import { variableForJobView } from "@/lib/automation/get-variable-for-job";

export const operations = routeOperations("/automation/variables/{name}", {
  GET: automationAssetOperation("Get-AutomationVariable", "variable", variableForJobView),
  PUT: {
    tag: "Automation (job token)",
    summary: "Set-AutomationVariable",
    description: "The value is checked against the variable's type.",
    access: "job",
    params: assetNameParamsSchema,
    body: setVariableValueSchema,
    response: { status: 204, description: "Stored." },
  },
});
