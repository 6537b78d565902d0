import { authorizeDebugSession } from "@/lib/debug/authorize-debug-session";
import { debugEventsQuerySchema } from "@/lib/debug/debug-events-query";
import { followDebugEvents, type DebugStreamItem } from "@/lib/debug/follow-debug-events";
import { apiRoute, readQuery } from "@/lib/http/api-route";
import { eventStreamResponse, type ServerSentEvent } from "@/lib/http/event-stream-response";
import { jobIdParamsSchema as params } from "@/lib/jobs/job-id-params";

export const dynamic = "force-dynamic";

function toServerSentEvent(item: DebugStreamItem): ServerSentEvent {
  return item.kind === "ping" ? { comment: "ping" } : { event: "debug", id: item.id, data: item.event };
}

/**
 * Server-Sent Events: one `debug` event per DebugEvent (id = its message id), in order; the stream
 * ends after the `ended` event. A reconnecting EventSource resumes from its Last-Event-ID.
 */
export const GET = apiRoute(
  "runbook.test",
  async ({ req, params, db, principal }) => {
    await authorizeDebugSession(db, principal, params.jobId);
    const lastEventId = Number(req.headers.get("last-event-id"));
    const after = Number.isInteger(lastEventId) && lastEventId > 0 ? lastEventId : (readQuery(req, debugEventsQuerySchema).after ?? 0);
    return eventStreamResponse(req, `debug events of job ${params.jobId}`, async function* (signal) {
      for await (const item of followDebugEvents(db, params.jobId, { after, signal })) yield toServerSentEvent(item);
    });
  },
  { params },
);
