import { scopeTagsFor } from "@/lib/auth/scope-tags";
import { apiRoute, readQuery } from "@/lib/http/api-route";
import { pageInMemory, pageQuerySchema } from "@/lib/paging/page-query";
import { listRunbookTags } from "@/lib/runbooks/list-runbook-tags";

/** The tags in use on the runbooks the caller may read, by name, each with its runbook count. */
export const GET = apiRoute("runbook.read", async ({ req, db, principal }) =>
  pageInMemory(await listRunbookTags(db, scopeTagsFor(principal, "runbook.read")), readQuery(req, pageQuerySchema), (t) => [t.tag], ["asc"]),
);
