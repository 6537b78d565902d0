import { endStoppedJob } from "@/lib/queue/end-stopped-job";
import { heldJobRoute } from "@/lib/worker-protocol/worker-protocol-route";

export const POST = heldJobRoute(async ({ db, held }) => {
  await endStoppedJob(db, held);
});
