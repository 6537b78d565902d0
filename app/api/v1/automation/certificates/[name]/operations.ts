import { automationAssetOperation } from "@/app/api/v1/automation/asset-operation";
import { routeOperations } from "@/lib/api/openapi/operation";
import { certificateForJobView } from "@/lib/automation/get-certificate-for-job";

export const operations = routeOperations("/automation/certificates/{name}", { GET: automationAssetOperation("Get-AutomationCertificate", "certificate", certificateForJobView) });
