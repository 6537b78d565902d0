import { apiRoute, readQuery } from "@/lib/http/api-route";
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
    const pages = readJobLog(db, params.jobId, { format });
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const next = await pages.next();
          if (next.done) controller.close();
          else controller.enqueue(encoder.encode(next.value));
        } catch (err) {
          console.error(`[baton] log download of job ${params.jobId} failed:`, err);
          controller.error(err);
        }
      },
      async cancel() {
        await pages.return(undefined);
      },
    });
    return new Response(body, {
      headers: {
        "content-type": media.contentType,
        "content-disposition": `attachment; filename="job-${params.jobId}.${media.extension}"`,
        "cache-control": "no-store",
      },
    });
  },
  { params },
);
