import { apiRoute } from "@/lib/http/api-route";
import { getModuleArchive } from "@/lib/modules/get-module-archive";
import { moduleVersionParamsSchema } from "@/lib/modules/schemas";

/** The version's .zip as uploaded, e.g. for a worker or an operator to inspect. */
export const GET = apiRoute(
  "module.read",
  async ({ db, params }) => {
    const { fileName, sha256, archive } = await getModuleArchive(db, params.name, params.version);
    return new Response(Buffer.from(archive), {
      headers: {
        "content-type": "application/zip",
        "content-disposition": `attachment; filename="${fileName}"`,
        "x-content-sha256": sha256,
      },
    });
  },
  { params: moduleVersionParamsSchema },
);
