import { auditContextOf } from "@/lib/http/audit-context-of";
import { apiRoute } from "@/lib/http/api-route";
import { deleteModuleVersion } from "@/lib/modules/delete-module-version";
import { moduleVersionParamsSchema } from "@/lib/modules/schemas";

/** Deleting the last version deletes the module; the body says which happened. */
export const DELETE = apiRoute(
  "module.write",
  async ({ req, db, params, principal }) => deleteModuleVersion(db, params.name, params.version, auditContextOf(principal, req.headers)),
  { params: moduleVersionParamsSchema },
);
