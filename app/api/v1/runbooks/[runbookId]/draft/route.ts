import { auditContextOf } from "@/lib/http/audit-context-of";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { authorizeRunbook } from "@/lib/runbooks/authorize-runbook";
import { getRunbookContent } from "@/lib/runbooks/get-runbook-content";
import { saveDraft } from "@/lib/runbooks/save-draft";
import { runbookIdParamsSchema, saveDraftSchema, scriptBodyLimitBytes } from "@/lib/runbooks/schemas";

const params = runbookIdParamsSchema;

export const GET = apiRoute(
  "runbook.read",
  async ({ params, db, principal }) => {
    await authorizeRunbook(db, principal, params.runbookId, "runbook.read");
    return getRunbookContent(db, params.runbookId, "draft");
  },
  { params },
);

export const PUT = apiRoute(
  "runbook.write",
  async ({ req, params, db, principal }) => {
    await authorizeRunbook(db, principal, params.runbookId, "runbook.write");
    const { content } = await readJson(req, saveDraftSchema, scriptBodyLimitBytes);
    return saveDraft(db, params.runbookId, content, auditContextOf(principal, req.headers));
  },
  { params },
);
