import { readJson } from "@/lib/http/api-route";
import { claimJobsWaiting } from "@/lib/worker-protocol/claim-jobs-waiting";
import { claimJobsSchema } from "@/lib/worker-protocol/schemas";
import { remoteWorkerRoute } from "@/lib/worker-protocol/worker-protocol-route";

export const POST = remoteWorkerRoute(async ({ req, db, worker }) => {
  const { max, waitMs } = await readJson(req, claimJobsSchema);
  return { jobs: await claimJobsWaiting(db, worker, max, waitMs, req.signal) };
});
