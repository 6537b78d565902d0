import { readJson } from "@/lib/http/api-route";
import { notifyJobQueued } from "@/lib/jobs/notify-job-queued";
import { releaseJob } from "@/lib/queue/release-job";
import { requeueJobSchema } from "@/lib/worker-protocol/schemas";
import { heldJobRoute } from "@/lib/worker-protocol/worker-protocol-route";

export const POST = heldJobRoute(async ({ req, db, worker, held }) => {
  const { reason } = await readJson(req, requeueJobSchema);
  await releaseJob(db, held, reason);
  await notifyJobQueued(db, worker.group);
});
