import { automationAssetOperation } from "@/app/api/v1/automation/asset-operation";
import { routeOperations } from "@/lib/api/openapi/operation";
import { connectionForJobView } from "@/lib/automation/get-connection-for-job";

export const operations = routeOperations("/automation/connections/{name}", { GET: automationAssetOperation("Get-AutomationConnection", "connection", connectionForJobView) });
