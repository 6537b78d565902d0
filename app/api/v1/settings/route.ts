import { auditContextOf } from "@/lib/http/audit-context-of";
import { apiRoute, readJson } from "@/lib/http/api-route";
import { updateSettingsSchema } from "@/lib/settings/schemas";
import { settingsResponse } from "@/lib/retention/settings-response";
import { updateSettings } from "@/lib/settings/update-settings";

/** The admin settings and the latest retention purge's counts. */
export const GET = apiRoute("settings.read", async ({ db }) => settingsResponse(db));

/** Changes any of the settings; each is range-checked and a bad one is named in the 422. */
export const PATCH = apiRoute("settings.write", async ({ req, db, principal }) => {
  const input = await readJson(req, updateSettingsSchema);
  return settingsResponse(db, await updateSettings(db, input, auditContextOf(principal, req.headers)));
});
