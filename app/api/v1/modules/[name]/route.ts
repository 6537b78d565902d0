import { apiRoute } from "@/lib/http/api-route";
import { sourceAddress } from "@/lib/http/source-address";
import { deleteModule } from "@/lib/modules/delete-module";
import { getModule } from "@/lib/modules/get-module";
import { moduleNameParamsSchema } from "@/lib/modules/schemas";

const options = { params: moduleNameParamsSchema };

export const GET = apiRoute("module.read", async ({ db, params }) => getModule(db, params.name), options);

export const DELETE = apiRoute(
  "module.write",
  async ({ req, db, params, principal }) => {
    await deleteModule(db, params.name, principal, sourceAddress(req.headers));
    return new Response(null, { status: 204 });
  },
  options,
);
