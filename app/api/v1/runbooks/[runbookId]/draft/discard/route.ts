import { auditContextOf } from "@/lib/http/audit-context-of";
import { apiRoute } from "@/lib/http/api-route";
import { authorizeRunbook } from "@/lib/runbooks/authorize-runbook";
import { discardDraft } from "@/lib/runbooks/discard-draft";
import { runbookIdParamsSchema } from "@/lib/runbooks/schemas";

export const POST = apiRoute(
  "runbook.write",
  async ({ req, params, db, principal }) => {
    await authorizeRunbook(db, principal, params.runbookId, "runbook.write");
    return discardDraft(db, params.runbookId, auditContextOf(principal, req.headers));
  },
  { params: runbookIdParamsSchema },
);
