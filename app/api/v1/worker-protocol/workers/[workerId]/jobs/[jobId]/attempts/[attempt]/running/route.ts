import { markJobRunning } from "@/lib/queue/mark-job-running";
import { heldJobRoute } from "@/lib/worker-protocol/worker-protocol-route";

export const POST = heldJobRoute(async ({ db, held }) => {
  await markJobRunning(db, held);
});
