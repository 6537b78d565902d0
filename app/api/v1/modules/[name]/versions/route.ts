import { apiRoute, readQuery } from "@/lib/http/api-route";
import { pageQuerySchema } from "@/lib/paging/page-query";
import { listModuleVersions } from "@/lib/modules/list-module-versions";
import { moduleNameParamsSchema } from "@/lib/modules/schemas";

export const GET = apiRoute("module.read", async ({ req, db, params }) => listModuleVersions(db, params.name, readQuery(req, pageQuerySchema)), {
  params: moduleNameParamsSchema,
});
