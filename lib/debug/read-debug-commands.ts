import type { DbOrTx } from "@/lib/db";
import { debugCommandSchema, type DebugCommand } from "./debug-protocol";

/**
 * The session's commands not yet delivered to the job's PowerShell, oldest first, for the worker that
 * relays them; `handed` are ids the worker already gave the host whose delivery is not recorded yet.
 * Read by what is undelivered, never by "after the last id seen": on PostgreSQL two commands posted at
 * once can commit out of id order, and a cursor would step over the one that committed late, for good.
 * Commands were validated when posted; one that no longer reads as a command (stored under older
 * rules) comes back as null, to be marked delivered rather than handed to PowerShell.
 */
export async function readDebugCommands(db: DbOrTx, jobId: string, handed: ReadonlySet<number> = new Set(), limit = 100): Promise<{ id: number; command: DebugCommand | null }[]> {
  const rows = await db.debugMessage.findMany({
    where: { jobId, direction: "command", deliveredAt: null, ...(handed.size > 0 ? { id: { notIn: [...handed] } } : {}) },
    orderBy: { id: "asc" },
    take: limit,
    select: { id: true, body: true },
  });
  return rows.map((row) => {
    const parsed = debugCommandSchema.safeParse(row.body);
    return { id: row.id, command: parsed.success ? parsed.data : null };
  });
}
