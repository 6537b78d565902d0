import { readJson } from "@/lib/http/api-route";
import { recordWorkerHeartbeat } from "@/lib/workers/record-worker-heartbeat";
import { workerHeartbeatSchema } from "@/lib/worker-protocol/schemas";
import { remoteWorkerRoute } from "@/lib/worker-protocol/worker-protocol-route";

export const POST = remoteWorkerRoute(async ({ req, db, worker }) => {
  const { state } = await readJson(req, workerHeartbeatSchema);
  await recordWorkerHeartbeat(db, worker.id, state);
});
