import { readJson } from "@/lib/http/api-route";
import { completeJob } from "@/lib/queue/complete-job";
import { completeJobSchema } from "@/lib/worker-protocol/schemas";
import { heldJobRoute } from "@/lib/worker-protocol/worker-protocol-route";

export const POST = heldJobRoute(async ({ req, db, held }) => {
  await completeJob(db, held, (await readJson(req, completeJobSchema)).exitCode);
});
