import { auditContextOf } from "@/lib/http/audit-context-of";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { assertCanTag, authorizeRunbook } from "@/lib/runbooks/authorize-runbook";
import { deleteRunbook } from "@/lib/runbooks/delete-runbook";
import { getRunbookOrThrow } from "@/lib/runbooks/get-runbook-or-throw";
import { runbookIdParamsSchema, updateRunbookSchema } from "@/lib/runbooks/schemas";
import { updateRunbook } from "@/lib/runbooks/update-runbook";

const params = runbookIdParamsSchema;

export const GET = apiRoute(
  "runbook.read",
  async ({ params, db, principal }) => {
    await authorizeRunbook(db, principal, params.runbookId, "runbook.read");
    return getRunbookOrThrow(db, params.runbookId);
  },
  { params },
);

export const PATCH = apiRoute(
  "runbook.write",
  async ({ req, params, db, principal }) => {
    await authorizeRunbook(db, principal, params.runbookId, "runbook.write");
    const input = await readJson(req, updateRunbookSchema);
    if (input.tags) assertCanTag(principal, "runbook.write", input.tags);
    return updateRunbook(db, params.runbookId, input, auditContextOf(principal, req.headers));
  },
  { params },
);

export const DELETE = apiRoute(
  "runbook.write",
  async ({ req, params, db, principal }) => {
    await authorizeRunbook(db, principal, params.runbookId, "runbook.write");
    await deleteRunbook(db, params.runbookId, auditContextOf(principal, req.headers));
    return new Response(null, { status: 204 });
  },
  { params },
);
