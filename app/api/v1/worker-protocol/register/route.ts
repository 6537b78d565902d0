import { readJson } from "@/lib/http/api-route";
import { sourceAddress } from "@/lib/http/source-address";
import { registerRemoteWorker } from "@/lib/worker-protocol/register-remote-worker";
import { registerRemoteWorkerSchema } from "@/lib/worker-protocol/schemas";
import { workerProtocolRoute } from "@/lib/worker-protocol/worker-protocol-route";

/** The one call that stamps the token's last use. */
export const POST = workerProtocolRoute(
  async ({ req, db, token }) => Response.json(await registerRemoteWorker(db, token, await readJson(req, registerRemoteWorkerSchema), sourceAddress(req.headers)), { status: 201 }),
  { recordTokenUse: true },
);
