import { apiRoute, readJson } from "@/lib/http/api-route";
import { parseScript } from "@/lib/pwsh/parse-script";
import { authorizeRunbook } from "@/lib/runbooks/authorize-runbook";
import { runbookIdParamsSchema, saveDraftSchema, scriptBodyLimitBytes } from "@/lib/runbooks/schemas";

/** Parses the editor's text, saved or not, and returns PowerShell's errors and the param() block. */
export const POST = apiRoute(
  "runbook.write",
  async ({ req, params, db, principal }) => {
    await authorizeRunbook(db, principal, params.runbookId, "runbook.write");
    const { content } = await readJson(req, saveDraftSchema, scriptBodyLimitBytes);
    return parseScript(content);
  },
  { params: runbookIdParamsSchema },
);
