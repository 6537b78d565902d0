import crypto from "node:crypto";
import type { Role } from "@/lib/auth/permissions";
import { generateToken, hashToken } from "@/lib/crypto/tokens";
import type { MasterKey } from "@/lib/crypto/keyring";
import { keyIdOf } from "@/lib/crypto/keyring";
import type { Db } from "@/lib/db";
import type { ApiHandler } from "@/lib/http/api-route";
import type { KeyRing } from "../key-ring-for-process";
import { runbookKeys } from "@/lib/runbooks/runbook-keys";

/**
 * What the route handlers under test use instead of the process's database and key ring. Test files
 * point `getDb` and `getKeyRing` here with vi.mock, so the real handlers run against a test database.
 */
export const routeTarget: { db?: Db; ring?: KeyRing } = {};

export function randomMasterKey(): MasterKey {
  const key = crypto.randomBytes(32);
  return { id: keyIdOf(key), key, source: "key file" };
}

export function testKeyRing(current = randomMasterKey(), previous: MasterKey[] = []): KeyRing {
  return { current, all: [current, ...previous] };
}

/** A user with a global role and a personal API token; returns the bearer token. */
export async function createApiUser(db: Db, role: Role, username = `u-${crypto.randomBytes(4).toString("hex")}`): Promise<string> {
  const user = await db.user.create({ data: { username, displayName: username } });
  await db.roleAssignment.create({ data: { role, userId: user.id } });
  const token = generateToken("api");
  await db.apiToken.create({ data: { userId: user.id, name: "test", tokenHash: hashToken(token), prefix: token.slice(0, 8) } });
  return token;
}

/** A runbook with a published version whose content is given, for reference checks and jobs. */
export async function createPublishedRunbook(db: Db, name: string, content: string): Promise<{ id: string; versionId: string }> {
  const runbook = await db.runbook.create({ data: { name, ...runbookKeys({ name }) } });
  const version = await db.runbookVersion.create({
    data: { runbookId: runbook.id, kind: "published", number: 1, content, contentHash: crypto.createHash("sha256").update(content).digest("hex"), publishedAt: new Date() },
  });
  await db.runbook.update({ where: { id: runbook.id }, data: { publishedVersionId: version.id } });
  return { id: runbook.id, versionId: version.id };
}

/** A job in the given status holding a fresh automation token; returns the job id and the token. */
export async function createJobWithToken(db: Db, runbook: { id: string; versionId: string }, status: string, parentJobId?: string): Promise<{ jobId: string; token: string }> {
  const token = generateToken("job");
  const job = await db.job.create({
    data: { runbookId: runbook.id, runbookVersionId: runbook.versionId, startedByKind: "user", status, automationTokenHash: hashToken(token), parentJobId: parentJobId ?? null },
  });
  return { jobId: job.id, token };
}

export interface CallResult {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON shapes
}

/** Calls a route handler the way Next.js does: a Request plus route params. */
export async function call(
  handler: ApiHandler,
  opts: { method: string; path: string; token?: string; body?: unknown; params?: Record<string, string>; contentType?: string },
): Promise<CallResult> {
  const headers: Record<string, string> = {};
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.body !== undefined) headers["content-type"] = opts.contentType ?? "application/json";
  const req = new Request(`http://localhost${opts.path}`, { method: opts.method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
  const res = await handler(req, { params: Promise.resolve(opts.params ?? {}) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}
