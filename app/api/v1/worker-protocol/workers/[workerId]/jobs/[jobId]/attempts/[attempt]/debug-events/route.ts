import type { DebugEvent } from "@/lib/debug/debug-protocol";
import { recordDebugEvent } from "@/lib/debug/record-debug-event";
import { readJson } from "@/lib/http/api-route";
import { debugEventSchema } from "@/lib/worker-protocol/schemas";
import { heldJobRoute } from "@/lib/worker-protocol/worker-protocol-route";

export const POST = heldJobRoute(async ({ req, db, held }) => {
  // The host's own event, stored as JSON for the session's client: only its name, which the schema
  // checks, drives the session's state (lib/debug/record-debug-event.ts).
  await recordDebugEvent(db, held, (await readJson(req, debugEventSchema)) as DebugEvent);
});
