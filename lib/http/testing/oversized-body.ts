/**
 * A large request body produced on demand (64 MiB unless told): each pull hands out one more chunk
 * and counts it, so a test sees how much of an oversized upload the server pulled before it answered.
 * It does end, so a server that buffers it whole fails the test instead of eating the machine's memory.
 */
export function oversizedBody(options: { chunkBytes?: number; totalBytes?: number } = {}) {
  const chunkBytes = options.chunkBytes ?? 64 * 1024;
  const totalBytes = options.totalBytes ?? 64 * 1024 * 1024;
  let pulled = 0;
  let cancelled = false;
  const chunk = new Uint8Array(chunkBytes).fill(0x61);
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled >= totalBytes) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, pulledBytes: () => pulled, cancelled: () => cancelled };
}
