import { auditContextOf } from "@/lib/http/audit-context-of";
import { apiRoute, readQuery } from "@/lib/http/api-route";
import { pageQuerySchema } from "@/lib/paging/page-query";
import { readZipBody } from "@/lib/http/read-zip-body";
import { listModules } from "@/lib/modules/list-modules";
import { maxModuleArchiveBytes } from "@/lib/modules/module-limits";
import { uploadModule } from "@/lib/modules/upload-module";
import { webServicePwsh } from "@/lib/pwsh/web-service-pwsh";

export const GET = apiRoute("module.read", async ({ req, db }) => listModules(db, readQuery(req, pageQuerySchema)));

/** Upload: the .zip is the raw body (Content-Type: application/zip). */
export const POST = apiRoute("module.write", async ({ req, db, principal }) => {
  const archive = await readZipBody(req, maxModuleArchiveBytes);
  const uploaded = await uploadModule(db, webServicePwsh("modules cannot be inspected"), archive, auditContextOf(principal, req.headers));
  return Response.json(uploaded, { status: 201 });
});
