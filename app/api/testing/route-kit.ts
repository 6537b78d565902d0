import crypto from "node:crypto";
import type { Role } from "@/lib/auth/permissions";
import { generateToken, hashToken } from "@/lib/crypto/tokens";
import type { Db } from "@/lib/db";
import type { ApiHandler } from "@/lib/http/api-route";

/** A user with a global role and a personal API token; returns the bearer token. */
export async function createApiUser(db: Db, role: Role, username = `u-${crypto.randomBytes(4).toString("hex")}`): Promise<string> {
  const user = await db.user.create({ data: { username, displayName: username } });
  await db.roleAssignment.create({ data: { role, userId: user.id } });
  const token = generateToken("api");
  await db.apiToken.create({ data: { userId: user.id, name: "test", tokenHash: hashToken(token), prefix: token.slice(0, 8) } });
  return token;
}

export interface CallResult {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON shapes
}

/** Calls a route handler the way Next.js does: a Request plus route params. */
export async function call(
  handler: ApiHandler,
  opts: { method: string; path: string; token?: string; body?: unknown; rawBody?: string; params?: Record<string, string>; contentType?: string },
): Promise<CallResult> {
  const headers: Record<string, string> = {};
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  // rawBody: text JSON.stringify could not make (a value nested too deep for it to serialise).
  const body = opts.rawBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
  if (body !== undefined) headers["content-type"] = opts.contentType ?? "application/json";
  const req = new Request(`http://localhost${opts.path}`, { method: opts.method, headers, body });
  const res = await handler(req, { params: Promise.resolve(opts.params ?? {}) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}
