import { z } from "zod";
import type { AuditEventView } from "@/lib/audit/list-audit-events";
import { auditEventsQuerySchema } from "@/lib/audit/schemas";
import type { ApiOperation } from "./operation";
import { pageOf, viewSchema } from "./response-schemas";

export const auditEventSchema = viewSchema<AuditEventView>()(
  z.object({
    id: z.number().int(),
    at: z.string(),
    actorKind: z.string().describe("user | token | job | system | anonymous"),
    actorId: z.string().nullable(),
    actorName: z.string().nullable(),
    action: z.string().describe("e.g. runbook.publish, user.disable, sign_in"),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    targetName: z.string().nullable(),
    outcome: z.string().describe("success | failure"),
    details: z.unknown(),
    sourceAddress: z.string().nullable(),
  }),
);

export const auditOperations: ApiOperation[] = [
  {
    method: "GET",
    path: "/audit-events",
    tag: "Audit",
    summary: "List audit events",
    description:
      "Filter by `action` (or a prefix like `user.`), `actor`, `targetType`, `outcome`, `from`/`to`; `sort=-at` (default) or `at`. " +
      "`format=csv` downloads up to 10,000 matching events as a spreadsheet-safe CSV attachment instead.",
    access: "audit.read",
    query: auditEventsQuerySchema,
    response: { status: 200, description: "A page of events (or text/csv with `format=csv`).", schema: pageOf(auditEventSchema) },
  },
];
