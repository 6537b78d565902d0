import { readJson } from "@/lib/http/api-route";
import { markJobStopping } from "@/lib/queue/mark-job-stopping";
import { markJobStoppingSchema } from "@/lib/worker-protocol/schemas";
import { heldJobRoute } from "@/lib/worker-protocol/worker-protocol-route";

export const POST = heldJobRoute(async ({ req, db, held }) => {
  await markJobStopping(db, held, (await readJson(req, markJobStoppingSchema)).reason);
});
