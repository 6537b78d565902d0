import { scopeTagsFor } from "@/lib/auth/scope-tags";
import { apiRoute, readQuery } from "@/lib/http/api-route";
import { listJobs, listJobsQuerySchema } from "@/lib/jobs/list-jobs";

/** Jobs the caller may read, newest first: `?status=&runbookId=&from=&to=&cursor=&limit=`. */
export const GET = apiRoute("job.read", async ({ req, db, principal }) => {
  const query = readQuery(req, listJobsQuerySchema);
  return listJobs(db, { ...query, visibleTags: scopeTagsFor(principal, "job.read") });
});
