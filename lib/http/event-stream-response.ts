/** One Server-Sent Event: a named event with an id and JSON data, or a comment that only keeps the connection open. */
export type ServerSentEvent = { event: string; id?: number | string; data: unknown } | { comment: string };

function formatServerSentEvent(e: ServerSentEvent): string {
  if ("comment" in e) return `: ${e.comment}\n\n`;
  return `event: ${e.event}\n${e.id === undefined ? "" : `id: ${e.id}\n`}data: ${JSON.stringify(e.data)}\n\n`;
}

/**
 * A text/event-stream response that sends `events` as they come and ends when they end. The events
 * get a signal that aborts when the client goes away, so the source stops reading at once; a failure
 * of the source is logged (naming `what`) and ends the stream, which the client sees as a disconnect.
 */
export function eventStreamResponse(request: Request, what: string, events: (signal: AbortSignal) => AsyncIterable<ServerSentEvent>): Response {
  const abort = new AbortController();
  request.signal.addEventListener("abort", () => abort.abort(), { once: true });
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        for await (const e of events(abort.signal)) controller.enqueue(encoder.encode(formatServerSentEvent(e)));
      } catch (err) {
        if (!abort.signal.aborted) console.error(`[baton] ${what} failed:`, err);
      }
      if (!abort.signal.aborted) controller.close();
    },
    cancel() {
      abort.abort();
    },
  });
  return new Response(body, {
    // no-transform and X-Accel-Buffering: proxies must pass each event on at once rather than buffer.
    headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache, no-transform", connection: "keep-alive", "x-accel-buffering": "no" },
  });
}
