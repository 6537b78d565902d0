import { markDebugCommandsDelivered } from "@/lib/debug/mark-debug-commands-delivered";
import { readJson } from "@/lib/http/api-route";
import { debugCommandsDeliveredSchema } from "@/lib/worker-protocol/schemas";
import { heldJobRoute } from "@/lib/worker-protocol/worker-protocol-route";

export const POST = heldJobRoute(async ({ req, db, held }) => {
  await markDebugCommandsDelivered(db, held, (await readJson(req, debugCommandsDeliveredSchema)).ids);
});
