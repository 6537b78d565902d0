import { z } from "zod";
import type { Prisma } from "@/generated/postgresql/client";
import type { DbOrTx } from "@/lib/db";
import { decodeCursor, toPage, type Page } from "@/lib/paging/page-query";
import type { AuditEventsQuery } from "./schemas";

export const auditEventView = z.object({
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
});
export type AuditEventView = z.infer<typeof auditEventView>;

/** Events in id order (newest first by default), keyset-paginated on the id. */
export async function listAuditEvents(db: DbOrTx, query: Omit<AuditEventsQuery, "format">): Promise<Page<AuditEventView>> {
  const newestFirst = query.sort === "-at";
  const after = query.cursor ? Number(decodeCursor(query.cursor, 1)[0]) : undefined;
  const where: Prisma.AuditEventWhereInput = {
    ...(query.action ? { action: { startsWith: query.action } } : {}),
    ...(query.actor ? { actorName: query.actor } : {}),
    ...(query.targetType ? { targetType: query.targetType } : {}),
    ...(query.outcome ? { outcome: query.outcome } : {}),
    ...(query.from || query.to ? { at: { ...(query.from ? { gte: query.from } : {}), ...(query.to ? { lte: query.to } : {}) } } : {}),
    ...(after !== undefined ? { id: newestFirst ? { lt: after } : { gt: after } } : {}),
  };
  const rows = await db.auditEvent.findMany({ where, orderBy: { id: newestFirst ? "desc" : "asc" }, take: query.limit + 1 });
  return toPage(
    rows.map((r) => ({ ...r, at: r.at.toISOString() })),
    query.limit,
    (e) => [e.id],
  );
}
