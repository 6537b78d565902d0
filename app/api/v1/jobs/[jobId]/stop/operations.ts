import { jobControlOperation } from "@/app/api/v1/jobs/[jobId]/control-operation";
import { routeOperations } from "@/lib/api/openapi/operation";

export const operations = routeOperations("/jobs/{jobId}/stop", { POST: jobControlOperation("Stop a job") });
