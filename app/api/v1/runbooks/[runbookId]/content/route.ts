import { apiRoute, readQuery } from "@/lib/http/api-route";
import { authorizeRunbook } from "@/lib/runbooks/authorize-runbook";
import { getRunbookContent } from "@/lib/runbooks/get-runbook-content";
import { contentQuerySchema, runbookIdParamsSchema } from "@/lib/runbooks/schemas";

export const GET = apiRoute(
  "runbook.read",
  async ({ req, params, db, principal }) => {
    await authorizeRunbook(db, principal, params.runbookId, "runbook.read");
    const { version } = readQuery(req, contentQuerySchema);
    return getRunbookContent(db, params.runbookId, version);
  },
  { params: runbookIdParamsSchema },
);
