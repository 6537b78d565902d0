import { readJson } from "@/lib/http/api-route";
import { renewLeases } from "@/lib/queue/renew-leases";
import { renewLeasesSchema } from "@/lib/worker-protocol/schemas";
import { remoteWorkerRoute } from "@/lib/worker-protocol/worker-protocol-route";

export const POST = remoteWorkerRoute(async ({ req, db, worker }) => renewLeases(db, worker.id, (await readJson(req, renewLeasesSchema)).held));
