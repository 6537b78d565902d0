import { auditContextOf } from "@/lib/http/audit-context-of";
import { apiRoute } from "@/lib/http/api-route";
import { deleteModule } from "@/lib/modules/delete-module";
import { getModule } from "@/lib/modules/get-module";
import { moduleNameParamsSchema } from "@/lib/modules/schemas";

const options = { params: moduleNameParamsSchema };

export const GET = apiRoute("module.read", async ({ db, params }) => getModule(db, params.name), options);

export const DELETE = apiRoute(
  "module.write",
  async ({ req, db, params, principal }) => {
    await deleteModule(db, params.name, auditContextOf(principal, req.headers));
    return new Response(null, { status: 204 });
  },
  options,
);
