import { apiRoute, readQuery } from "@/lib/http/api-route";
import { authorizeJob } from "@/lib/jobs/authorize-job";
import { followJobStreams, type JobStreamEvent } from "@/lib/jobs/follow-job-streams";
import { jobIdParamsSchema as params } from "@/lib/jobs/job-id-params";
import { liveStreamQuerySchema } from "@/lib/jobs/live-stream-query";
import { ensureReaper } from "@/lib/queue/ensure-reaper";

export const dynamic = "force-dynamic";

function format(e: JobStreamEvent): string {
  if (e.event === "ping") return ": ping\n\n";
  if (e.event === "record") return `event: record\nid: ${e.id}\ndata: ${JSON.stringify(e.data)}\n\n`;
  return `event: status\ndata: ${JSON.stringify(e.data)}\n\n`;
}

/**
 * Server-Sent Events: `record` events (an array of records, id = last seq) and `status` events;
 * the stream ends after the job is terminal and every record was sent. A reconnecting EventSource
 * resumes from its Last-Event-ID.
 */
export const GET = apiRoute(
  "job.read",
  async ({ req, params, db, principal }) => {
    await authorizeJob(db, principal, params.jobId, "job.read");
    await ensureReaper(db);
    const lastEventId = Number(req.headers.get("last-event-id"));
    const after = Number.isInteger(lastEventId) && lastEventId > 0 ? lastEventId : (readQuery(req, liveStreamQuerySchema).after ?? 0);
    const abort = new AbortController();
    req.signal.addEventListener("abort", () => abort.abort(), { once: true });
    const encoder = new TextEncoder();
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        try {
          for await (const event of followJobStreams(db, params.jobId, { after, signal: abort.signal })) controller.enqueue(encoder.encode(format(event)));
        } catch (err) {
          if (!abort.signal.aborted) console.error(`[baton] live stream of job ${params.jobId} failed:`, err);
        }
        if (!abort.signal.aborted) controller.close();
      },
      cancel() {
        abort.abort();
      },
    });
    return new Response(body, {
      headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", connection: "keep-alive", "x-accel-buffering": "no" },
    });
  },
  { params },
);
