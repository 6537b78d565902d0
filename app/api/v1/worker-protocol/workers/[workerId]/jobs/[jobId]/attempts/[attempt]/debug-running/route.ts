import { markDebugSessionRunning } from "@/lib/debug/mark-debug-session-running";
import { heldJobRoute } from "@/lib/worker-protocol/worker-protocol-route";

export const POST = heldJobRoute(async ({ db, held }) => {
  await markDebugSessionRunning(db, held);
});
