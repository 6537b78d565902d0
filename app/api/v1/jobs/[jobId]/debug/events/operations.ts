import { routeOperations } from "@/lib/api/openapi/operation";
import { debugEventsQuerySchema } from "@/lib/debug/debug-events-query";
import { jobIdParamsSchema } from "@/lib/jobs/job-id-params";

export const operations = routeOperations("/jobs/{jobId}/debug/events", {
  GET: {
    tag: "Debugger",
    summary: "Follow a debug session's events (Server-Sent Events)",
    description:
      "Each `debug` event's data is one DebugEvent (lib/debug/debug-protocol.ts: breakpoints, paused, running, variables, evaluated, refused, ended) and its id the message id. Events come in order; the stream ends after the `ended` event. Comments (`: ping`) keep an idle stream open. Reconnects resume from Last-Event-ID.",
    access: "runbook.test",
    params: jobIdParamsSchema,
    query: debugEventsQuerySchema,
    response: { status: 200, description: "An event stream.", contentType: "text/event-stream", schema: { jsonSchema: { type: "string" } } },
  },
});
