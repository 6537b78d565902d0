import { apiRoute } from "@/lib/http/api-route";
import { listWorkers } from "@/lib/workers/list-workers";

/** Registered workers with group, state, capacity, running jobs and liveness. */
export const GET = apiRoute("worker.read", async ({ db }) => ({ items: await listWorkers(db) }));
