import { routeOperations } from "@/lib/api/openapi/operation";
import { purgeSummaryView } from "@/lib/retention/run-retention";

export const operations = routeOperations("/settings/purge", {
  POST: {
    tag: "Settings",
    summary: "Run the retention purge now",
    description: "409 while another purge is running.",
    access: "settings.write",
    response: { status: 200, description: "The purge's counts.", schema: purgeSummaryView },
    errors: [409],
  },
});
