import { auditContextOf } from "@/lib/http/audit-context-of";
import { apiRoute } from "@/lib/http/api-route";
import { activateModuleVersion } from "@/lib/modules/activate-module-version";
import { moduleVersionParamsSchema } from "@/lib/modules/schemas";

export const POST = apiRoute(
  "module.write",
  async ({ req, db, params, principal }) => activateModuleVersion(db, params.name, params.version, auditContextOf(principal, req.headers)),
  { params: moduleVersionParamsSchema },
);
