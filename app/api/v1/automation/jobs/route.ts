import { startChildJob } from "@/lib/automation/start-child-job";
import { startChildJobSchema } from "@/lib/automation/schemas";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { sourceAddress } from "@/lib/http/source-address";

/** Start-AutomationRunbook: a child job of the calling job. */
export const POST = apiRoute("job", async ({ req, db, principal }) => {
  const input = await readJson(req, startChildJobSchema);
  return Response.json(await startChildJob(db, principal, input, sourceAddress(req.headers)), { status: 201 });
});
