import { routeOperations } from "@/lib/api/openapi/operation";
import { jobIdParamsSchema } from "@/lib/jobs/job-id-params";
import { jobLogQuerySchema } from "@/lib/jobs/read-job-log";

export const operations = routeOperations("/jobs/{jobId}/log", {
  GET: {
    tag: "Jobs",
    summary: "Download a job's full log",
    description: "`format=text` (default): every record as a line of plain text. `ansi`: the same with the colours' VT sequences (records' `data.ansi`). `html`: a web page showing the colours.",
    access: "job.read",
    params: jobIdParamsSchema,
    query: jobLogQuerySchema,
    response: { status: 200, description: "The log as an attachment (text/plain, or text/html for `format=html`), streamed.", contentType: "text/plain", schema: { jsonSchema: { type: "string" } } },
  },
});
