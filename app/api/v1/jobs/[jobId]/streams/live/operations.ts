import { routeOperations } from "@/lib/api/openapi/operation";
import { jobIdParamsSchema } from "@/lib/jobs/job-id-params";
import { liveStreamQuerySchema } from "@/lib/jobs/live-stream-query";

export const operations = routeOperations("/jobs/{jobId}/streams/live", {
  GET: {
    tag: "Jobs",
    summary: "Follow a job's streams live (Server-Sent Events)",
    description: "`record` events carry an array of records (event id = last seq), `status` events the job's status; the stream ends when the job is finished. Reconnects resume from Last-Event-ID.",
    access: "job.read",
    params: jobIdParamsSchema,
    query: liveStreamQuerySchema,
    response: { status: 200, description: "An event stream.", contentType: "text/event-stream", schema: { jsonSchema: { type: "string" } } },
  },
});
