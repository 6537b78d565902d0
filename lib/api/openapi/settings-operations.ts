import { updateSettingsSchema } from "@/lib/settings/schemas";
import type { ApiOperation } from "./operation";
import { purgeSummarySchema, settingsResponseSchema } from "./settings-view-schemas";

const tag = "Settings";
const settings = settingsResponseSchema;

export const settingsOperations: ApiOperation[] = [
  { method: "GET", path: "/settings", tag, summary: "Get the admin settings and the last retention purge", access: "settings.read", response: { status: 200, description: "The settings.", schema: settings } },
  {
    method: "PATCH",
    path: "/settings",
    tag,
    summary: "Change admin settings",
    description: "Any subset; each value is range-checked and a bad one is named in the 422. Audited with before and after values.",
    access: "settings.write",
    body: updateSettingsSchema,
    response: { status: 200, description: "The settings after the change.", schema: settings },
  },
  {
    method: "POST",
    path: "/settings/purge",
    tag,
    summary: "Run the retention purge now",
    description: "409 while another purge is running.",
    access: "settings.write",
    response: { status: 200, description: "The purge's counts.", schema: purgeSummarySchema },
    errors: [409],
  },
];
