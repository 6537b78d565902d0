import { apiRoute } from "@/lib/http/api-route";
import { authorizeRunbook } from "@/lib/runbooks/authorize-runbook";
import { getVersionContent } from "@/lib/runbooks/get-version-content";
import { runbookVersionParamsSchema } from "@/lib/runbooks/schemas";

export const GET = apiRoute(
  "runbook.read",
  async ({ params, db, principal }) => {
    await authorizeRunbook(db, principal, params.runbookId, "runbook.read");
    return getVersionContent(db, params.runbookId, params.versionId);
  },
  { params: runbookVersionParamsSchema },
);
