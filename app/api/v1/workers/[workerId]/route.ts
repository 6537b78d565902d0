import { apiRoute } from "@/lib/http/api-route";
import { getWorker } from "@/lib/workers/get-worker";
import { workerIdParamsSchema } from "@/lib/workers/worker-group-schemas";

export const GET = apiRoute("worker.read", async ({ db, params }) => getWorker(db, params.workerId), { params: workerIdParamsSchema });
