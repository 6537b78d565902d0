import { apiRoute, readQuery } from "@/lib/http/api-route";
import { listModuleVersions } from "@/lib/modules/list-module-versions";
import { moduleNameParamsSchema } from "@/lib/modules/schemas";
import { pageQuerySchema } from "@/lib/http/page-query";

export const GET = apiRoute("module.read", async ({ req, db, params }) => listModuleVersions(db, params.name, readQuery(req, pageQuerySchema)), {
  params: moduleNameParamsSchema,
});
