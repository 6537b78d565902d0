import { apiRoute, readQuery } from "@/lib/http/api-route";
import { eventStreamResponse, type ServerSentEvent } from "@/lib/http/event-stream-response";
import { authorizeJob } from "@/lib/jobs/authorize-job";
import { followJobStreams, type JobStreamEvent } from "@/lib/jobs/follow-job-streams";
import { jobIdParamsSchema as params } from "@/lib/jobs/job-id-params";
import { liveStreamQuerySchema } from "@/lib/jobs/live-stream-query";

export const dynamic = "force-dynamic";

function toServerSentEvent(e: JobStreamEvent): ServerSentEvent {
  if (e.event === "ping") return { comment: "ping" };
  if (e.event === "record") return { event: "record", id: e.id, data: e.data };
  return { event: "status", data: e.data };
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
    const lastEventId = Number(req.headers.get("last-event-id"));
    const after = Number.isInteger(lastEventId) && lastEventId > 0 ? lastEventId : (readQuery(req, liveStreamQuerySchema).after ?? 0);
    return eventStreamResponse(req, `live stream of job ${params.jobId}`, async function* (signal) {
      for await (const e of followJobStreams(db, params.jobId, { after, signal })) yield toServerSentEvent(e);
    });
  },
  { params },
);
