import type { Prisma } from "@/generated/postgresql/client";
import type { DbOrTx } from "@/lib/db";
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

/** Newest first; `nextBefore` is the cursor for the following page, null at the end. */
export async function listAuditEvents(db: DbOrTx, query: Omit<AuditEventsQuery, "format">): Promise<{ events: AuditEventView[]; nextBefore: number | null }> {
  const where: Prisma.AuditEventWhereInput = {
    ...(query.action ? { action: { startsWith: query.action } } : {}),
    ...(query.actor ? { actorName: query.actor } : {}),
    ...(query.targetType ? { targetType: query.targetType } : {}),
    ...(query.outcome ? { outcome: query.outcome } : {}),
    ...(query.from || query.to ? { at: { ...(query.from ? { gte: query.from } : {}), ...(query.to ? { lte: query.to } : {}) } } : {}),
    ...(query.before ? { id: { lt: query.before } } : {}),
  };
  const rows = await db.auditEvent.findMany({ where, orderBy: { id: "desc" }, take: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  return {
    events: page.map((r) => ({ ...r, at: r.at.toISOString() })),
    nextBefore: rows.length > query.limit ? page[page.length - 1]!.id : null,
  };
}
