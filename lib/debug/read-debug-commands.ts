import type { DbOrTx } from "@/lib/db";
import { debugCommandSchema, type DebugCommand } from "./debug-protocol";

/**
 * The session's commands after `afterId`, oldest first, for the worker that relays them. Commands
 * were validated when posted; one that no longer reads as a command (stored under older rules) is
 * skipped rather than handed to PowerShell.
 */
export async function readDebugCommands(db: DbOrTx, jobId: string, afterId: number, limit = 100): Promise<{ id: number; command: DebugCommand | null }[]> {
  const rows = await db.debugMessage.findMany({ where: { jobId, direction: "command", id: { gt: afterId } }, orderBy: { id: "asc" }, take: limit, select: { id: true, body: true } });
  return rows.map((row) => {
    const parsed = debugCommandSchema.safeParse(row.body);
    return { id: row.id, command: parsed.success ? parsed.data : null };
  });
}
