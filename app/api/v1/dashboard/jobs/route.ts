import { scopeTagsFor } from "@/lib/auth/scope-tags";
import { apiRoute } from "@/lib/http/api-route";
import { dashboardJobs } from "@/lib/jobs/dashboard-jobs";

/** Running and queued jobs (with why each queued one waits) and recent failures with their error line. */
export const GET = apiRoute("job.read", async ({ db, principal }) => dashboardJobs(db, { visibleTags: scopeTagsFor(principal, "job.read") }));
