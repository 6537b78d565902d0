import type { Prisma } from "@/generated/postgresql/client";
import type { DbOrTx } from "@/lib/db";
import { decodeCursor, toPage, type Page } from "@/lib/paging/page-query";
import type { AuditEventsQuery } from "./schemas";

export interface AuditEventView {
  id: number;
  at: string;
  actorKind: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  targetName: string | null;
  outcome: string;
  details: unknown;
  sourceAddress: string | null;
}

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
