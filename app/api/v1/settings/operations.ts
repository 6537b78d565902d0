import { routeOperations } from "@/lib/api/openapi/operation";
import { settingsResponseView } from "@/lib/retention/settings-response";
import { updateSettingsSchema } from "@/lib/settings/schemas";

export const operations = routeOperations("/settings", {
  GET: { tag: "Settings", summary: "Get the admin settings and the last retention purge", access: "settings.read", response: { status: 200, description: "The settings.", schema: settingsResponseView } },
  PATCH: {
    tag: "Settings",
    summary: "Change admin settings",
    description: "Any subset; each value is range-checked and a bad one is named in the 422. Audited with before and after values.",
    access: "settings.write",
    body: updateSettingsSchema,
    response: { status: 200, description: "The settings after the change.", schema: settingsResponseView },
  },
});
