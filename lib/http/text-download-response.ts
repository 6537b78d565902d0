/**
 * A text attachment (text/plain unless `contentType` says otherwise) streamed chunk by chunk: the next chunk is read only when the client has
 * taken the previous one, so a long download holds one chunk in memory. A client that goes away
 * ends the source (its `finally` runs); a failure of the source is logged (naming `what`) and
 * aborts the download, so the client never mistakes a cut-off file for a whole one.
 */
export function textDownloadResponse(chunks: AsyncGenerator<string>, options: { fileName: string; what: string; contentType?: string }): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(next.value));
      } catch (err) {
        console.error(`[baton] ${options.what} failed:`, err);
        controller.error(err);
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
  return new Response(body, {
    headers: {
      "content-type": options.contentType ?? "text/plain; charset=utf-8",
      "content-disposition": `attachment; filename="${options.fileName}"`,
      "cache-control": "no-store",
    },
  });
}
