import { maxModuleArchiveBytes } from "@/lib/modules/module-limits";
import { pageQuerySchema } from "@/lib/paging/page-query";
import { moduleNameParamsSchema, moduleVersionParamsSchema } from "@/lib/modules/schemas";
import type { ApiOperation } from "./operation";
import { moduleDetailSchema, moduleSummarySchema, moduleVersionDeletionSchema, moduleVersionSchema } from "./module-view-schemas";
import { pageOf } from "./response-schemas";

const tag = "Modules";
const moduleDetail = moduleDetailSchema;

export const moduleOperations: ApiOperation[] = [
  {
    method: "GET",
    path: "/modules",
    tag,
    summary: "List integration modules",
    access: "module.read",
    query: pageQuerySchema,
    response: { status: 200, description: "A page of modules.", schema: pageOf(moduleSummarySchema) },
  },
  {
    method: "POST",
    path: "/modules",
    tag,
    summary: "Upload a module (.zip)",
    description: "The raw .zip is the body. Entries are checked one by one and the unpacked size is capped; PowerShell reads the manifest and lists the commands. A new version of an existing module becomes its active version.",
    access: "module.write",
    rawBody: { contentType: "application/zip", description: "The module's .zip archive." },
    bodyLimitBytes: maxModuleArchiveBytes,
    response: { status: 201, description: "The module.", schema: moduleDetail },
    errors: [409, 415, 422, 503],
  },
  { method: "GET", path: "/modules/{name}", tag, summary: "Get a module", access: "module.read", params: moduleNameParamsSchema, response: { status: 200, description: "The module.", schema: moduleDetail } },
  { method: "DELETE", path: "/modules/{name}", tag, summary: "Delete a module with all its versions", access: "module.write", params: moduleNameParamsSchema, response: { status: 204, description: "Deleted." } },
  {
    method: "GET",
    path: "/modules/{name}/versions",
    tag,
    summary: "List a module's versions",
    access: "module.read",
    params: moduleNameParamsSchema,
    query: pageQuerySchema,
    response: { status: 200, description: "A page of versions, newest first.", schema: pageOf(moduleVersionSchema) },
  },
  {
    method: "DELETE",
    path: "/modules/{name}/versions/{version}",
    tag,
    summary: "Delete a module version",
    description: "409 for the active version while others exist; deleting the last version deletes the module.",
    access: "module.write",
    params: moduleVersionParamsSchema,
    response: { status: 200, description: "Whether the module went with it.", schema: moduleVersionDeletionSchema },
    errors: [409],
  },
  {
    method: "POST",
    path: "/modules/{name}/versions/{version}/activate",
    tag,
    summary: "Make a version the active one",
    access: "module.write",
    params: moduleVersionParamsSchema,
    response: { status: 200, description: "The module.", schema: moduleDetail },
  },
  {
    method: "GET",
    path: "/modules/{name}/versions/{version}/archive",
    tag,
    summary: "Download a version's .zip as uploaded",
    description: "The `x-content-sha256` header carries the archive's SHA-256.",
    access: "module.read",
    params: moduleVersionParamsSchema,
    response: { status: 200, description: "The archive.", contentType: "application/zip", schema: { jsonSchema: { type: "string", contentMediaType: "application/zip" } } },
  },
];
