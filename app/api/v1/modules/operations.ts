import { routeOperations } from "@/lib/api/openapi/operation";
import { pageOf } from "@/lib/api/openapi/response-schemas";
import { maxModuleArchiveBytes } from "@/lib/modules/module-limits";
import { moduleDetailView, moduleSummaryView } from "@/lib/modules/module-views";
import { pageQuerySchema } from "@/lib/paging/page-query";

export const operations = routeOperations("/modules", {
  GET: {
    tag: "Modules",
    summary: "List integration modules",
    access: "module.read",
    query: pageQuerySchema,
    response: { status: 200, description: "A page of modules.", schema: pageOf(moduleSummaryView) },
  },
  POST: {
    tag: "Modules",
    summary: "Upload a module (.zip)",
    description: "The raw .zip is the body. Entries are checked one by one and the unpacked size is capped; PowerShell reads the manifest and lists the commands. A new version of an existing module becomes its active version.",
    access: "module.write",
    rawBody: { contentType: "application/zip", description: "The module's .zip archive." },
    bodyLimitBytes: maxModuleArchiveBytes,
    response: { status: 201, description: "The module.", schema: moduleDetailView },
    errors: [409, 415, 422, 503],
  },
});
