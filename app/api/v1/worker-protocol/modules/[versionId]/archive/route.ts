import { notFound } from "@/lib/errors";
import { readVersionArchive } from "@/lib/modules/read-version-archive";
import { moduleVersionParamsSchema } from "@/lib/worker-protocol/schemas";
import { workerProtocolRoute } from "@/lib/worker-protocol/worker-protocol-route";

export const GET = workerProtocolRoute(
  async ({ db, params }) => {
    const archive = await readVersionArchive(db, params.versionId);
    if (!archive) throw notFound(`Module version ${params.versionId}`);
    return new Response(Buffer.from(archive), { headers: { "content-type": "application/zip" } });
  },
  { params: moduleVersionParamsSchema },
);
