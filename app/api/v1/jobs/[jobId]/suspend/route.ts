import { auditContextOf } from "@/lib/http/audit-context-of";
import { apiRoute } from "@/lib/http/api-route";
import { authorizeJob } from "@/lib/jobs/authorize-job";
import { controlJob } from "@/lib/jobs/control-job";
import { getJobDetail } from "@/lib/jobs/get-job-detail";
import { jobIdParamsSchema as params } from "@/lib/jobs/job-id-params";

/** Suspend the job; 409 when its status does not allow it. Returns the job. */
export const POST = apiRoute(
  "job.control",
  async ({ req, params, db, principal }) => {
    await authorizeJob(db, principal, params.jobId, "job.control");
    await controlJob(db, params.jobId, "suspend", auditContextOf(principal, req.headers));
    return getJobDetail(db, params.jobId);
  },
  { params },
);
