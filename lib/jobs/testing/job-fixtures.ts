import crypto from "node:crypto";
import { generateToken, hashToken } from "@/lib/crypto/tokens";
import type { Db } from "@/lib/db";
import type { JobStarter } from "@/lib/jobs/job-starter";
import { startJob } from "@/lib/jobs/start-job";
import { parseScript } from "@/lib/pwsh/parse-script";
import { runbookKeys } from "@/lib/runbooks/runbook-keys";
import type { HostMode } from "@/lib/workers/host-mode";

export interface RunbookFixture {
  id: string;
  name: string;
  versionId: string;
}

/** A runbook with a published version, for job engine tests; its param() block is read from the content as publishing reads it. */
export async function createPublishedRunbook(
  db: Db,
  options: { name?: string; content?: string; concurrencyLimit?: number; restartable?: boolean; timeoutSeconds?: number; tags?: string[]; hostMode?: HostMode } = {},
): Promise<RunbookFixture> {
  const name = options.name ?? `rb-${crypto.randomBytes(4).toString("hex")}`;
  const content = options.content ?? "Write-Output 'hello'";
  const { parameters } = await parseScript(content);
  const runbook = await db.runbook.create({
    data: {
      name,
      ...runbookKeys({ name, tags: options.tags }),
      concurrencyLimit: options.concurrencyLimit ?? null,
      restartable: options.restartable ?? false,
      timeoutSeconds: options.timeoutSeconds ?? null,
      hostMode: options.hostMode ?? null,
      tags: { create: (options.tags ?? []).map((tag) => ({ tag })) },
    },
  });
  const version = await db.runbookVersion.create({
    data: {
      runbookId: runbook.id,
      kind: "published",
      number: 1,
      content,
      contentHash: crypto.createHash("sha256").update(content).digest("hex"),
      parameters,
      publishedAt: new Date(),
    },
  });
  await db.runbook.update({ where: { id: runbook.id }, data: { publishedVersionId: version.id } });
  return { id: runbook.id, name, versionId: version.id };
}

/**
 * Starts `count` jobs of a runbook as a test user; returns their ids in start order. Each starts in
 * its own millisecond: the queue claims in createdAt order, so tests can rely on start order.
 */
export async function startJobs(
  db: Db,
  runbookId: string,
  count: number,
  options: { runOn?: string; parameters?: Record<string, unknown>; startedBy?: JobStarter } = {},
): Promise<string[]> {
  const { startedBy, ...input } = options;
  const user = await db.user.upsert({ where: { username: "tester" }, create: { username: "tester", displayName: "Tester" }, update: {} });
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const started = Date.now();
    while (Date.now() === started) await new Promise((r) => setTimeout(r, 1));
    const { jobId } = await startJob(db, { runbookId, input, startedBy: startedBy ?? { kind: "user", userId: user.id, name: user.username } });
    ids.push(jobId);
  }
  return ids;
}

/**
 * A job in the given status holding a fresh automation token; returns the job id and the token. It
 * acts as `actingUserId` (Job.actingUserId), or as no one: then it may start and read no children.
 */
export async function createJobWithToken(
  db: Db,
  runbook: { id: string; versionId: string },
  status: string,
  options: { actingUserId?: string } = {},
): Promise<{ jobId: string; token: string }> {
  const token = generateToken("job");
  const job = await db.job.create({
    data: {
      runbookId: runbook.id,
      runbookVersionId: runbook.versionId,
      startedByKind: "user",
      startedByUserId: options.actingUserId ?? null,
      actingUserId: options.actingUserId ?? null,
      status,
      automationTokenHash: hashToken(token),
    },
  });
  return { jobId: job.id, token };
}

/** Registers a bare Worker row (no process) in a group, for queue tests. */
export async function createWorkerRow(db: Db, options: { name?: string; group?: string; capacity?: number; lastHeartbeatAt?: Date; state?: string } = {}) {
  const groupName = options.group ?? "default";
  // Tests create workers concurrently; an upsert racing another for a new group loses with P2002.
  const group = await db.workerGroup
    .upsert({ where: { name: groupName }, create: { name: groupName }, update: {} })
    .catch(() => db.workerGroup.findUniqueOrThrow({ where: { name: groupName } }));
  const name = options.name ?? `w-${crypto.randomBytes(3).toString("hex")}`;
  const row = await db.worker.create({
    data: {
      name,
      host: "test",
      version: "test",
      groupId: group.id,
      capacity: options.capacity ?? 2,
      state: options.state ?? "online",
      lastHeartbeatAt: options.lastHeartbeatAt ?? new Date(),
    },
  });
  return { id: row.id, name, group: group.name };
}

/** A user holding `role`, globally or on runbooks tagged `scopeTag`. */
export async function createUserWithRole(db: Db, role: string, scopeTag: string | null = null): Promise<{ id: string; username: string }> {
  const username = `u-${crypto.randomBytes(4).toString("hex")}`;
  const user = await db.user.create({ data: { username, displayName: username } });
  await db.roleAssignment.create({ data: { userId: user.id, role, scopeTag } });
  return { id: user.id, username };
}
