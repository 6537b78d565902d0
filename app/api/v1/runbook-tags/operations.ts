import { routeOperations } from "@/lib/api/openapi/operation";
import { pageOf } from "@/lib/api/openapi/response-schemas";
import { pageQuerySchema } from "@/lib/paging/page-query";
import { runbookTagView } from "@/lib/runbooks/list-runbook-tags";

export const operations = routeOperations("/runbook-tags", {
  GET: {
    tag: "Runbooks",
    summary: "List the tags in use",
    description: "The tags on the runbooks the caller may read, by name, with how many runbooks carry each: what a tag-scoped role grant can name.",
    access: "runbook.read",
    query: pageQuerySchema,
    response: { status: 200, description: "A page of tags.", schema: pageOf(runbookTagView) },
  },
});
