import { auditContextOf } from "@/lib/http/audit-context-of";
import { apiRoute, readJson, readQuery } from "@/lib/http/api-route";
import { scopeTagsFor } from "@/lib/auth/scope-tags";
import { assertCanTag } from "@/lib/runbooks/authorize-runbook";
import { createRunbook } from "@/lib/runbooks/create-runbook";
import { listRunbookPage } from "@/lib/runbooks/list-runbook-page";
import { createRunbookSchema, listRunbooksQuerySchema } from "@/lib/runbooks/schemas";

export const GET = apiRoute("runbook.read", async ({ req, db, principal }) => {
  const query = readQuery(req, listRunbooksQuerySchema);
  return listRunbookPage(db, { ...query, visibleTags: scopeTagsFor(principal, "runbook.read") });
});

export const POST = apiRoute("runbook.write", async ({ req, db, principal }) => {
  const input = await readJson(req, createRunbookSchema);
  assertCanTag(principal, "runbook.write", input.tags);
  return Response.json(await createRunbook(db, input, auditContextOf(principal, req.headers)), { status: 201 });
});
