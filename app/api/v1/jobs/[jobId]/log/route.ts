import { apiRoute } from "@/lib/http/api-route";
import { textDownloadResponse } from "@/lib/http/text-download-response";
import { authorizeJob } from "@/lib/jobs/authorize-job";
import { jobIdParamsSchema as params } from "@/lib/jobs/job-id-params";
import { readJobLog } from "@/lib/jobs/read-job-log";

export const dynamic = "force-dynamic";

/** The job's full log as a text/plain download, streamed page by page. */
export const GET = apiRoute(
  "job.read",
  async ({ params, db, principal }) => {
    await authorizeJob(db, principal, params.jobId, "job.read");
    return textDownloadResponse(readJobLog(db, params.jobId), { fileName: `job-${params.jobId}.log`, what: `log download of job ${params.jobId}` });
  },
  { params },
);
