import { auditEventsCsv } from "@/lib/audit/audit-events-csv";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { auditEventsQuerySchema } from "@/lib/audit/schemas";
import { apiRoute, readQuery } from "@/lib/http/api-route";

/** Rows in one CSV export; narrow the filters (from/to) for more. */
const csvLimit = 10_000;

/** Audit events, newest first, filtered; `?format=csv` downloads them as a spreadsheet-safe CSV. */
export const GET = apiRoute("audit.read", async ({ req, db }) => {
  const { format, ...query } = readQuery(req, auditEventsQuerySchema);
  if (format === "json") return listAuditEvents(db, query);
  const { items } = await listAuditEvents(db, { ...query, limit: csvLimit });
  return new Response(auditEventsCsv(items), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="baton-audit-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "no-store",
    },
  });
});
