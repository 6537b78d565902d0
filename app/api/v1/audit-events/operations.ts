import { routeOperations } from "@/lib/api/openapi/operation";
import { pageOf } from "@/lib/api/openapi/response-schemas";
import { auditEventView } from "@/lib/audit/list-audit-events";
import { auditEventsQuerySchema } from "@/lib/audit/schemas";

export const operations = routeOperations("/audit-events", {
  GET: {
    tag: "Audit",
    summary: "List audit events",
    description:
      "Filter by `action` (or a prefix like `user.`), `actor`, `targetType`, `outcome`, `from`/`to`; `sort=-at` (default) or `at`. " +
      "`format=csv` downloads up to 10,000 matching events as a spreadsheet-safe CSV attachment instead.",
    access: "audit.read",
    query: auditEventsQuerySchema,
    response: { status: 200, description: "A page of events (or text/csv with `format=csv`).", schema: pageOf(auditEventView) },
  },
});
