import { apiRoute } from "@/lib/http/api-route";
import { authorizeRunbook } from "@/lib/runbooks/authorize-runbook";
import { listRunbookVersions } from "@/lib/runbooks/list-runbook-versions";
import { runbookIdParamsSchema } from "@/lib/runbooks/schemas";

export const GET = apiRoute(
  "runbook.read",
  async ({ params, db, principal }) => {
    await authorizeRunbook(db, principal, params.runbookId, "runbook.read");
    return { items: await listRunbookVersions(db, params.runbookId) };
  },
  { params: runbookIdParamsSchema },
);
