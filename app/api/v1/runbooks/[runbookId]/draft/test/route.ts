import { apiRoute, readJson } from "@/lib/http/api-route";
import { sourceAddress } from "@/lib/http/source-address";
import { getJobDetail } from "@/lib/jobs/get-job-detail";
import { starterFromPrincipal } from "@/lib/jobs/job-starter";
import { authorizeRunbook } from "@/lib/runbooks/authorize-runbook";
import { testDraftSchema } from "@/lib/jobs/start-job-schema";
import { runbookIdParamsSchema } from "@/lib/runbooks/schemas";
import { startDraftTest } from "@/lib/jobs/start-draft-test";

/** Run the draft as a test job (a snapshot of it); the job's streams are read like any job's. */
export const POST = apiRoute(
  "runbook.test",
  async ({ req, params, db, principal }) => {
    await authorizeRunbook(db, principal, params.runbookId, "runbook.test");
    const input = await readJson(req, testDraftSchema);
    const { jobId } = await startDraftTest(db, params.runbookId, input, starterFromPrincipal(principal), sourceAddress(req.headers));
    return Response.json(await getJobDetail(db, jobId), { status: 201 });
  },
  { params: runbookIdParamsSchema },
);
