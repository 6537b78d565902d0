import { routeOperations } from "@/lib/api/openapi/operation";
import { jobIdParamsSchema } from "@/lib/jobs/job-id-params";

export const operations = routeOperations("/jobs/{jobId}/log", {
  GET: {
    tag: "Jobs",
    summary: "Download a job's full log",
    access: "job.read",
    params: jobIdParamsSchema,
    response: { status: 200, description: "The log as a text/plain attachment, streamed.", contentType: "text/plain", schema: { jsonSchema: { type: "string" } } },
  },
});
