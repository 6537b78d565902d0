import { auditContextOf } from "@/lib/http/audit-context-of";
import { apiRoute } from "@/lib/http/api-route";
import { authorizeRunbook } from "@/lib/runbooks/authorize-runbook";
import { restoreVersion } from "@/lib/runbooks/restore-version";
import { runbookVersionParamsSchema } from "@/lib/runbooks/schemas";

export const POST = apiRoute(
  "runbook.write",
  async ({ req, params, db, principal }) => {
    await authorizeRunbook(db, principal, params.runbookId, "runbook.write");
    return restoreVersion(db, params.runbookId, params.versionId, auditContextOf(principal, req.headers));
  },
  { params: runbookVersionParamsSchema },
);
