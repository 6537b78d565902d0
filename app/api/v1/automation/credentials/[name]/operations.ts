import { automationAssetOperation } from "@/app/api/v1/automation/asset-operation";
import { routeOperations } from "@/lib/api/openapi/operation";
import { credentialForJobView } from "@/lib/automation/get-credential-for-job";

export const operations = routeOperations("/automation/credentials/{name}", { GET: automationAssetOperation("Get-AutomationPSCredential", "credential", credentialForJobView) });
