import type { z } from "zod";
import type { Prisma } from "@/generated/postgresql/client";
import type { Principal } from "@/lib/auth/principal";
import type { Db } from "@/lib/db";
import { conflict } from "@/lib/errors";
import { authorizeDebugSession } from "./authorize-debug-session";
import { debugCommandSchema } from "./debug-protocol";

/**
 * Queues a command for the job's debugger: the worker that runs the job reads the session's undelivered
 * commands in id order and hands each to the PowerShell host once (worker/debug-relay.ts). A command counts as
 * activity, so the idle timeout starts again. An ended session takes no commands.
 */
export async function postDebugCommand(db: Db, principal: Principal, jobId: string, raw: z.input<typeof debugCommandSchema>): Promise<void> {
  const command = debugCommandSchema.parse(raw);
  const session = await authorizeDebugSession(db, principal, jobId);
  if (session.state === "ended") throw conflict(`The debug session has ended (${await endedReason(db, jobId, session.jobStatus)}): start a new one to debug again`);
  const now = new Date();
  await db.$transaction([
    db.debugMessage.create({ data: { jobId, direction: "command", body: command as Prisma.InputJsonObject } }),
    db.debugSession.update({ where: { jobId }, data: { lastActivityAt: now } }),
  ]);
}

async function endedReason(db: Db, jobId: string, jobStatus: string): Promise<string> {
  const last = await db.debugMessage.findFirst({ where: { jobId, direction: "event" }, orderBy: { id: "desc" }, select: { body: true } });
  const body = last?.body as { event?: string; reason?: string } | null;
  return body?.event === "ended" && body.reason ? body.reason : `the job is ${jobStatus}`;
}
