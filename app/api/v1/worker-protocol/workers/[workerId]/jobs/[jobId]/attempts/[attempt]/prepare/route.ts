import { prepareClaimedJob } from "@/lib/queue/prepare-claimed-job";
import { heldJobRoute } from "@/lib/worker-protocol/worker-protocol-route";

export const POST = heldJobRoute(async ({ db, held }) => ({ job: await prepareClaimedJob(db, held) }));
