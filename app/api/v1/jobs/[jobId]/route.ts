import { apiRoute } from "@/lib/http/api-route";
import { authorizeJob } from "@/lib/jobs/authorize-job";
import { getJobDetail } from "@/lib/jobs/get-job-detail";
import { jobIdParamsSchema as params } from "@/lib/jobs/job-id-params";

export const GET = apiRoute(
  "job.read",
  async ({ params, db, principal }) => {
    await authorizeJob(db, principal, params.jobId, "job.read");
    return getJobDetail(db, params.jobId);
  },
  { params },
);
