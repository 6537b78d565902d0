import { routeOperations } from "@/lib/api/openapi/operation";
import { scriptParseResultSchema } from "@/lib/pwsh/parse-result";
import { runbookIdParamsSchema, saveDraftSchema, scriptBodyLimitBytes } from "@/lib/runbooks/schemas";

export const operations = routeOperations("/runbooks/{runbookId}/draft/check", {
  POST: {
    tag: "Runbooks",
    summary: "Parse a script with PowerShell without saving it",
    access: "runbook.write",
    params: runbookIdParamsSchema,
    body: saveDraftSchema,
    bodyLimitBytes: scriptBodyLimitBytes,
    response: { status: 200, description: "PowerShell's parse errors and the param() block.", schema: scriptParseResultSchema },
  },
});
