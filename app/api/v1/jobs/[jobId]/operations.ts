import { routeOperations } from "@/lib/api/openapi/operation";
import { jobIdParamsSchema } from "@/lib/jobs/job-id-params";
import { jobDetailView } from "@/lib/jobs/job-views";

export const operations = routeOperations("/jobs/{jobId}", {
  GET: { tag: "Jobs", summary: "Get a job", access: "job.read", params: jobIdParamsSchema, response: { status: 200, description: "The job.", schema: jobDetailView } },
});
