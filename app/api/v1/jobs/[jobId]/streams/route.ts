import { apiRoute, readQuery } from "@/lib/http/api-route";
import { authorizeJob } from "@/lib/jobs/authorize-job";
import { jobIdParamsSchema as params } from "@/lib/jobs/job-id-params";
import { listJobStreams, listJobStreamsQuerySchema } from "@/lib/jobs/list-job-streams";

/** `?after=<seq>&types=output,error&limit=` → `{ items, lastSeq }`. */
export const GET = apiRoute(
  "job.read",
  async ({ req, params, db, principal }) => {
    await authorizeJob(db, principal, params.jobId, "job.read");
    return listJobStreams(db, params.jobId, readQuery(req, listJobStreamsQuerySchema));
  },
  { params },
);
