import { apiRoute } from "@/lib/http/api-route";
import { sourceAddress } from "@/lib/http/source-address";
import { activateModuleVersion } from "@/lib/modules/activate-module-version";
import { moduleVersionParamsSchema } from "@/lib/modules/schemas";

export const POST = apiRoute(
  "module.write",
  async ({ req, db, params, principal }) => activateModuleVersion(db, params.name, params.version, principal, sourceAddress(req.headers)),
  { params: moduleVersionParamsSchema },
);
