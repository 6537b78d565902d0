import { routeOperations } from "@/lib/api/openapi/operation";
import { runbookContentView } from "@/lib/runbooks/get-runbook-content";
import { draftView } from "@/lib/runbooks/save-draft";
import { runbookIdParamsSchema, saveDraftSchema, scriptBodyLimitBytes } from "@/lib/runbooks/schemas";

export const operations = routeOperations("/runbooks/{runbookId}/draft", {
  GET: { tag: "Runbooks", summary: "Get the draft script", access: "runbook.read", params: runbookIdParamsSchema, response: { status: 200, description: "The draft.", schema: runbookContentView } },
  PUT: {
    tag: "Runbooks",
    summary: "Save the draft script",
    access: "runbook.write",
    params: runbookIdParamsSchema,
    body: saveDraftSchema,
    bodyLimitBytes: scriptBodyLimitBytes,
    response: { status: 200, description: "The saved draft with PowerShell's parse errors and its param() block.", schema: draftView },
  },
});
