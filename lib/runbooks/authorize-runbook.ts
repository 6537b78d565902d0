import type { Permission } from "@/lib/auth/permissions";
import { can, type Principal } from "@/lib/auth/principal";
import { scopeTagsFor } from "@/lib/auth/scope-tags";
import type { DbOrTx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";

/**
 * Checks a permission on one runbook, honouring tag-scoped grants. A runbook the principal may not
 * even read is reported as missing, so ids of other teams' runbooks reveal nothing.
 */
export async function authorizeRunbook(db: DbOrTx, principal: Principal, runbookId: string, permission: Permission): Promise<{ tags: string[] }> {
  const row = await db.runbook.findUnique({ where: { id: runbookId }, select: { tags: { select: { tag: true } } } });
  if (!row) throw notFound("Runbook");
  const tags = row.tags.map((t) => t.tag);
  if (!can(principal, "runbook.read", tags) && !can(principal, "job.read", tags)) throw notFound("Runbook");
  if (!can(principal, permission, tags)) throw new AppError("forbidden", `You need the ${permission} permission on this runbook`);
  return { tags };
}

/** A principal with only tag-scoped write rights must tag what it creates or retags with one of its tags. */
export function assertCanTag(principal: Principal, permission: Permission, tags: readonly string[]): void {
  if (can(principal, permission, tags)) return;
  const scoped = scopeTagsFor(principal, permission) ?? [];
  throw new AppError(
    "forbidden",
    scoped.length ? `The runbook must carry one of your tags: ${scoped.join(", ")}` : `You need the ${permission} permission`,
    { field: "tags" },
  );
}
