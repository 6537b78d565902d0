import { apiRoute, readQuery } from "@/lib/http/api-route";
import { listModuleVersions } from "@/lib/modules/list-module-versions";
import { listModulesQuerySchema, moduleNameParamsSchema } from "@/lib/modules/schemas";

export const GET = apiRoute("module.read", async ({ req, db, params }) => listModuleVersions(db, params.name, readQuery(req, listModulesQuerySchema)), {
  params: moduleNameParamsSchema,
});
