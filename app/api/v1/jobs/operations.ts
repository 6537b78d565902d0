import { routeOperations } from "@/lib/api/openapi/operation";
import { pageOf } from "@/lib/api/openapi/response-schemas";
import { jobSummaryView } from "@/lib/jobs/job-views";
import { listJobsQuerySchema } from "@/lib/jobs/list-jobs";

export const operations = routeOperations("/jobs", {
  GET: {
    tag: "Jobs",
    summary: "List jobs",
    description: "Jobs of runbooks the caller may read. Filter by `status` (comma-separated), `runbookId`, `from`/`to` (creation time); `sort=-createdAt` (default, newest first) or `createdAt`.",
    access: "job.read",
    query: listJobsQuerySchema,
    response: { status: 200, description: "A page of jobs.", schema: pageOf(jobSummaryView) },
  },
});
