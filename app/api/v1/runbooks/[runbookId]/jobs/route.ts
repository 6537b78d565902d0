import { scopeTagsFor } from "@/lib/auth/scope-tags";
import { apiRoute, readJson, readQuery } from "@/lib/http/api-route";
import { getJobDetail } from "@/lib/jobs/get-job-detail";
import { starterFromPrincipal } from "@/lib/jobs/job-starter";
import { listJobs, listJobsQuerySchema } from "@/lib/jobs/list-jobs";
import { startJob } from "@/lib/jobs/start-job";
import { sourceAddress } from "@/lib/http/source-address";
import { checkRerunOf } from "@/lib/jobs/check-rerun-of";
import { startJobRequestSchema } from "@/lib/jobs/start-job-schema";
import { authorizeRunbook } from "@/lib/runbooks/authorize-runbook";
import { runbookIdParamsSchema as params } from "@/lib/runbooks/schemas";

/** Start a job of the runbook's published version, optionally as the rerun of an earlier job. */
export const POST = apiRoute(
  "job.start",
  async ({ req, params, db, principal }) => {
    await authorizeRunbook(db, principal, params.runbookId, "job.start");
    const { rerunOfJobId, ...input } = await readJson(req, startJobRequestSchema);
    const { jobId } = await startJob(db, {
      runbookId: params.runbookId,
      input,
      startedBy: starterFromPrincipal(principal),
      sourceAddress: sourceAddress(req.headers),
      rerunOfJobId: rerunOfJobId ? await checkRerunOf(db, principal, params.runbookId, rerunOfJobId) : undefined,
    });
    return Response.json(await getJobDetail(db, jobId), { status: 201 });
  },
  { params },
);

/** The runbook's jobs, newest first (same query as GET /api/v1/jobs). */
export const GET = apiRoute(
  "job.read",
  async ({ req, params, db, principal }) => {
    await authorizeRunbook(db, principal, params.runbookId, "job.read");
    const query = readQuery(req, listJobsQuerySchema.omit({ runbookId: true }));
    return listJobs(db, { ...query, runbookId: params.runbookId, visibleTags: scopeTagsFor(principal, "job.read") });
  },
  { params },
);
