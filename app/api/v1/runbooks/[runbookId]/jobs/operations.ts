import { routeOperations } from "@/lib/api/openapi/operation";
import { pageOf } from "@/lib/api/openapi/response-schemas";
import { jobDetailView, jobSummaryView } from "@/lib/jobs/job-views";
import { listJobsQuerySchema } from "@/lib/jobs/list-jobs";
import { startJobRequestSchema } from "@/lib/jobs/start-job-schema";
import { runbookIdParamsSchema } from "@/lib/runbooks/schemas";

export const operations = routeOperations("/runbooks/{runbookId}/jobs", {
  GET: {
    tag: "Jobs",
    summary: "List a runbook's jobs",
    description: "Same filters as `GET /jobs`, limited to this runbook.",
    access: "job.read",
    params: runbookIdParamsSchema,
    query: listJobsQuerySchema.omit({ runbookId: true }),
    response: { status: 200, description: "A page of jobs, newest first.", schema: pageOf(jobSummaryView) },
  },
  POST: {
    tag: "Jobs",
    summary: "Start a job of the published runbook",
    description:
      "Runs the version published now. Refused with 422 when a parameter does not fit its param() block, or `rerunOfJobId` is not a job of this runbook the caller can see; 409 when the runbook was never published.",
    access: "job.start",
    params: runbookIdParamsSchema,
    body: startJobRequestSchema,
    response: { status: 201, description: "The queued job.", schema: jobDetailView },
    errors: [409],
  },
});
