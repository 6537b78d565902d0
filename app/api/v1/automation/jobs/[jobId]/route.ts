import { getChildJob } from "@/lib/automation/get-child-job";
import { jobIdOf } from "@/lib/automation/job-id-of";
import { childJobParamsSchema } from "@/lib/automation/schemas";
import { apiRoute } from "@/lib/http/api-route";

/** Wait-AutomationJob polls this: status and output of one of the calling job's children. */
export const GET = apiRoute("job", async ({ db, params, principal }) => getChildJob(db, jobIdOf(principal), params.jobId), {
  params: childJobParamsSchema,
});
