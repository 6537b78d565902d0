import { endDebugSession } from "@/lib/debug/end-debug-session";
import { readJson } from "@/lib/http/api-route";
import { endDebugSessionSchema } from "@/lib/worker-protocol/schemas";
import { heldJobRoute } from "@/lib/worker-protocol/worker-protocol-route";

export const POST = heldJobRoute(async ({ req, db, held }) => {
  await endDebugSession(db, held, (await readJson(req, endDebugSessionSchema)).reason);
});
