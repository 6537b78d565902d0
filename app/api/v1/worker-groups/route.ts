import { apiRoute, readJson, readQuery } from "@/lib/http/api-route";
import { pageInMemory, pageQuerySchema } from "@/lib/paging/page-query";
import { sourceAddress } from "@/lib/http/source-address";
import { createWorkerGroup } from "@/lib/workers/create-worker-group";
import { listWorkerGroups } from "@/lib/workers/list-worker-groups";
import { createWorkerGroupSchema } from "@/lib/workers/worker-group-schemas";

export const GET = apiRoute("worker.read", async ({ req, db }) =>
  pageInMemory(await listWorkerGroups(db), readQuery(req, pageQuerySchema), (g) => [g.name.toLowerCase(), g.id], ["asc", "asc"]),
);

export const POST = apiRoute("worker.write", async ({ req, db, principal }) => {
  const input = await readJson(req, createWorkerGroupSchema);
  return Response.json(await createWorkerGroup(db, principal, input, sourceAddress(req.headers)), { status: 201 });
});
