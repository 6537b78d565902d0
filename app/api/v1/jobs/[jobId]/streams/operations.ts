import { routeOperations } from "@/lib/api/openapi/operation";
import { jobIdParamsSchema } from "@/lib/jobs/job-id-params";
import { jobStreamPageView } from "@/lib/jobs/job-views";
import { listJobStreamsQuerySchema } from "@/lib/jobs/list-job-streams";

export const operations = routeOperations("/jobs/{jobId}/streams", {
  GET: {
    tag: "Jobs",
    summary: "Read a job's stream records",
    description: "Records after sequence number `after`, optionally only some `types`; `lastSeq` is the `after` of the next call.",
    access: "job.read",
    params: jobIdParamsSchema,
    query: listJobStreamsQuerySchema,
    response: { status: 200, description: "Records in sequence order.", schema: jobStreamPageView },
  },
});
