import type { Db } from "@/lib/db";

export interface LeaseTake {
  /** A scheduled run waits for nextRunAt; a manual one only for a run in progress. */
  due: "scheduled" | "now";
  /** How long the take lasts unless renewed. */
  holdMs: number;
  now?: Date;
}

/**
 * Takes the named maintenance lease for `holder` if nobody holds it (or their hold lapsed) and, for a
 * scheduled run, the run is due. One conditional UPDATE decides, so of many processes asking at once
 * exactly one gets it, on SQLite and PostgreSQL alike.
 */
export async function takeLease(db: Db, name: string, holder: string, take: LeaseTake): Promise<boolean> {
  const now = take.now ?? new Date();
  await ensureLeaseRow(db, name, now);
  const taken = await db.maintenanceLease.updateMany({
    where: {
      name,
      OR: [{ heldUntil: null }, { heldUntil: { lt: now } }],
      ...(take.due === "scheduled" ? { nextRunAt: { lte: now } } : {}),
    },
    data: { holder, heldUntil: new Date(now.getTime() + take.holdMs) },
  });
  return taken.count === 1;
}

/** Extends the hold; false when the lease was lost (it lapsed and another process took it). */
export async function renewLease(db: Db, name: string, holder: string, holdMs: number): Promise<boolean> {
  const renewed = await db.maintenanceLease.updateMany({ where: { name, holder }, data: { heldUntil: new Date(Date.now() + holdMs) } });
  return renewed.count === 1;
}

/** Lets go of the lease and sets when the next scheduled run is due. */
export async function releaseLease(db: Db, name: string, holder: string, nextRunAt: Date): Promise<void> {
  await db.maintenanceLease.updateMany({ where: { name, holder }, data: { holder: null, heldUntil: null, nextRunAt } });
}

/** Who holds the lease now, if anyone. */
export async function leaseHolder(db: Db, name: string, now = new Date()): Promise<string | null> {
  const row = await db.maintenanceLease.findUnique({ where: { name } });
  return row?.holder && row.heldUntil && row.heldUntil >= now ? row.holder : null;
}

async function ensureLeaseRow(db: Db, name: string, now: Date): Promise<void> {
  if (await db.maintenanceLease.findUnique({ where: { name }, select: { name: true } })) return;
  try {
    await db.maintenanceLease.create({ data: { name, nextRunAt: now } });
  } catch (err) {
    // Another process created it first.
    if ((err as { code?: string }).code !== "P2002") throw err;
  }
}
