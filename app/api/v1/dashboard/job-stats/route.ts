import { scopeTagsFor } from "@/lib/auth/scope-tags";
import { apiRoute, readQuery } from "@/lib/http/api-route";
import { jobStatsQuerySchema, jobStatusHistogram } from "@/lib/jobs/job-status-histogram";

/** `?range=24h|7d` → jobs per status per hour or day, over the jobs the caller may read. */
export const GET = apiRoute("job.read", async ({ req, db, principal }) => {
  const { range } = readQuery(req, jobStatsQuerySchema);
  return jobStatusHistogram(db, { range, visibleTags: scopeTagsFor(principal, "job.read") });
});
