import { auditContextOf } from "@/lib/http/audit-context-of";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { authorizeRunbook } from "@/lib/runbooks/authorize-runbook";
import { getRunbookContent } from "@/lib/runbooks/get-runbook-content";
import { saveDraft } from "@/lib/runbooks/save-draft";
import { runbookIdParamsSchema, saveDraftSchema } from "@/lib/runbooks/schemas";

const params = runbookIdParamsSchema;
/** A 1 MiB script grows when JSON-escaped; leave room for that. */
const draftBodyLimitBytes = 4 * 1024 * 1024;

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
    const { content } = await readJson(req, saveDraftSchema, draftBodyLimitBytes);
    return saveDraft(db, params.runbookId, content, auditContextOf(principal, req.headers));
  },
  { params },
);
