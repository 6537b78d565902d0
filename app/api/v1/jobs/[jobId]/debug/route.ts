import { getDebugSession } from "@/lib/debug/get-debug-session";
import { apiRoute } from "@/lib/http/api-route";
import { jobIdParamsSchema as params } from "@/lib/jobs/job-id-params";

/** The caller's debug session of this job: its state and idle timeout. */
export const GET = apiRoute("runbook.test", async ({ params, db, principal }) => Response.json(await getDebugSession(db, principal, params.jobId)), { params });
