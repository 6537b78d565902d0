import type { RouteOperation } from "@/lib/api/openapi/operation";
import { jobIdParamsSchema } from "@/lib/jobs/job-id-params";
import { jobDetailView } from "@/lib/jobs/job-views";

/** POST /jobs/{jobId}/stop | suspend | resume. */
export function jobControlOperation(summary: string): RouteOperation {
  return {
    tag: "Jobs",
    summary,
    description: "409 when the job's status does not allow it (see the job's `allowedActions`).",
    access: "job.control",
    params: jobIdParamsSchema,
    response: { status: 200, description: "The job after the request.", schema: jobDetailView },
    errors: [409],
  };
}
