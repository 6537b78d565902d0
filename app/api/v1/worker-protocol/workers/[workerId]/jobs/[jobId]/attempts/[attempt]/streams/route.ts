import { readJson } from "@/lib/http/api-route";
import { appendHeldStreams } from "@/lib/worker-protocol/append-held-streams";
import { appendStreamsBodyLimitBytes, appendStreamsSchema } from "@/lib/worker-protocol/schemas";
import { heldJobRoute } from "@/lib/worker-protocol/worker-protocol-route";

export const POST = heldJobRoute(async ({ req, db, held }) => {
  const { records, firstIndex } = await readJson(req, appendStreamsSchema, appendStreamsBodyLimitBytes);
  return appendHeldStreams(db, held, records, firstIndex);
});
