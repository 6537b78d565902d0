import { apiRoute, readQuery } from "@/lib/http/api-route";
import { listWorkers } from "@/lib/workers/list-workers";
import { pageInMemory, pageQuerySchema } from "@/lib/paging/page-query";

/** Registered workers with group, state, capacity, running jobs and liveness. */
export const GET = apiRoute("worker.read", async ({ req, db }) =>
  pageInMemory(await listWorkers(db), readQuery(req, pageQuerySchema), (w) => [w.group, w.name], ["asc", "asc"]),
);
