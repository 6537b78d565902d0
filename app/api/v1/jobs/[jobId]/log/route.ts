import { apiRoute, readQuery } from "@/lib/http/api-route";
import { textDownloadResponse } from "@/lib/http/text-download-response";
import { authorizeJob } from "@/lib/jobs/authorize-job";
import { jobIdParamsSchema as params } from "@/lib/jobs/job-id-params";
import { jobLogMedia, jobLogQuerySchema, readJobLog } from "@/lib/jobs/read-job-log";

export const dynamic = "force-dynamic";

/** The job's full log as a download (plain text, text with colours, or HTML), streamed page by page. */
export const GET = apiRoute(
  "job.read",
  async ({ req, params, db, principal }) => {
    const { format } = readQuery(req, jobLogQuerySchema);
    await authorizeJob(db, principal, params.jobId, "job.read");
    const media = jobLogMedia[format];
    return textDownloadResponse(readJobLog(db, params.jobId, { format }), {
      fileName: `job-${params.jobId}.${media.extension}`,
      contentType: media.contentType,
      what: `log download of job ${params.jobId}`,
    });
  },
  { params },
);
