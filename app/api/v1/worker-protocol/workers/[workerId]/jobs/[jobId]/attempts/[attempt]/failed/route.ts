import { readJson } from "@/lib/http/api-route";
import { failJob } from "@/lib/queue/fail-job";
import { failJobSchema } from "@/lib/worker-protocol/schemas";
import { heldJobRoute } from "@/lib/worker-protocol/worker-protocol-route";

export const POST = heldJobRoute(async ({ req, db, held }) => {
  await failJob(db, held, await readJson(req, failJobSchema));
});
