import { isStoppingOnWorker } from "@/lib/queue/is-stopping-on-worker";
import { heldJobRoute } from "@/lib/worker-protocol/worker-protocol-route";

export const POST = heldJobRoute(async ({ db, held }) => ({ stopping: await isStoppingOnWorker(db, held) }));
