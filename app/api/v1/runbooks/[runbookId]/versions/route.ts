import { apiRoute, readQuery } from "@/lib/http/api-route";
import { authorizeRunbook } from "@/lib/runbooks/authorize-runbook";
import { listRunbookVersions } from "@/lib/runbooks/list-runbook-versions";
import { runbookIdParamsSchema } from "@/lib/runbooks/schemas";
import { pageInMemory, pageQuerySchema } from "@/lib/paging/page-query";

export const GET = apiRoute(
  "runbook.read",
  async ({ req, params, db, principal }) => {
    await authorizeRunbook(db, principal, params.runbookId, "runbook.read");
    const versions = await listRunbookVersions(db, params.runbookId);
    // The draft first, then published versions newest first.
    return pageInMemory(versions, readQuery(req, pageQuerySchema), (v) => [v.kind === "draft" ? 0 : 1, -(v.number ?? 0), v.id], ["asc", "asc", "asc"]);
  },
  { params: runbookIdParamsSchema },
);
