import { apiRoute, readJson, readQuery } from "@/lib/http/api-route";
import { sourceAddress } from "@/lib/http/source-address";
import { pageInMemory, pageQuerySchema } from "@/lib/paging/page-query";
import { workerGroupNameParamsSchema } from "@/lib/workers/worker-group-schemas";
import { createRegistrationToken } from "@/lib/workers/registration-tokens/create-registration-token";
import { listRegistrationTokens } from "@/lib/workers/registration-tokens/list-registration-tokens";
import { createRegistrationTokenSchema } from "@/lib/workers/registration-tokens/schemas";

const options = { params: workerGroupNameParamsSchema };

export const GET = apiRoute(
  "worker.read",
  async ({ req, db, params }) => pageInMemory(await listRegistrationTokens(db, params.name), readQuery(req, pageQuerySchema), (t) => [t.createdAt, t.id], ["desc", "desc"]),
  options,
);

/** The response carries the secret `token` this one time only. */
export const POST = apiRoute(
  "worker.write",
  async ({ req, db, params, principal }) => {
    const input = await readJson(req, createRegistrationTokenSchema);
    return Response.json(await createRegistrationToken(db, principal, params.name, input, sourceAddress(req.headers)), { status: 201, headers: { "cache-control": "no-store" } });
  },
  options,
);
