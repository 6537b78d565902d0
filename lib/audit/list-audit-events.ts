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

/** Every action Baton records is made of these (`user.password_reset`, `variable.set-value`). */
const actionCharacters = /^[a-z0-9._-]+$/;

/**
 * Events in id order (newest first by default), keyset-paginated on the id. Every filter is literal:
 * actor and target type compare equal, and the action prefix is matched as text. Prisma's
 * `startsWith` is a LIKE, where `_` stands for any character (and SQLite ignores case), so it only
 * narrows the rows; the exact prefix test happens here, reading on until the page is full. A
 * prefix with a character no action holds (`%`, say) matches nothing, without a query.
 */
export async function listAuditEvents(db: DbOrTx, query: Omit<AuditEventsQuery, "format">): Promise<Page<AuditEventView>> {
  const action = query.action;
  if (action && !actionCharacters.test(action)) return { items: [], nextCursor: null };
  const newestFirst = query.sort === "-at";
  let after = query.cursor ? Number(decodeCursor(query.cursor, 1)[0]) : undefined;
  const where: Prisma.AuditEventWhereInput = {
    ...(action ? { action: { startsWith: action } } : {}),
    ...(query.actor ? { actorName: query.actor } : {}),
    ...(query.targetType ? { targetType: query.targetType } : {}),
    ...(query.outcome ? { outcome: query.outcome } : {}),
    ...(query.from || query.to ? { at: { ...(query.from ? { gte: query.from } : {}), ...(query.to ? { lte: query.to } : {}) } } : {}),
  };
  const rows: Awaited<ReturnType<typeof db.auditEvent.findMany>> = [];
  for (;;) {
    const batch = await db.auditEvent.findMany({
      where: { ...where, ...(after !== undefined ? { id: newestFirst ? { lt: after } : { gt: after } } : {}) },
      orderBy: { id: newestFirst ? "desc" : "asc" },
      take: query.limit + 1,
    });
    rows.push(...(action ? batch.filter((r) => r.action.startsWith(action)) : batch));
    if (rows.length > query.limit || batch.length <= query.limit) break;
    after = batch.at(-1)!.id;
  }
  return toPage(
    rows.map((r) => ({ ...r, at: r.at.toISOString() })),
    query.limit,
    (e) => [e.id],
  );
}
