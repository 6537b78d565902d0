import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rolePermissions, roles, type Role } from "@/lib/auth/permissions";
import { generateToken, hashToken } from "@/lib/crypto/tokens";
import type { ApiHandler, RouteAccess } from "@/lib/http/api-route";
import type { DbProvider } from "@/lib/config/database-url";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";

const apiDir = path.resolve(import.meta.dirname, "..");
const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

/** next-auth's catch-all implements sign-in itself; it is the one route without an apiRoute access. */
const exemptRoutes = new Set([path.join("auth", "[...nextauth]", "route.ts")]);

type Subject = { label: string; role: Role | "none" | "anonymous" | "worker"; token?: string };

export interface DiscoveredRoute {
  file: string;
  urlPath: string;
  params: Record<string, string>;
}

/** Every app/api/**\/route.ts on disk, with a nonexistent value for each dynamic segment. */
export function discoverRoutes(): DiscoveredRoute[] {
  const files = fs.readdirSync(apiDir, { recursive: true, encoding: "utf8" }).filter((f) => path.basename(f) === "route.ts").sort();
  return files
    .filter((f) => !exemptRoutes.has(f))
    .map((f) => {
      const params: Record<string, string> = {};
      for (const m of f.matchAll(/\[([^\].]+)\]/g)) params[m[1]] = m[1].endsWith("Id") ? crypto.randomUUID() : "route-matrix-missing";
      return { file: path.join(apiDir, f), urlPath: `/api/${path.dirname(f).split(path.sep).join("/")}`, params };
    });
}

/** What the permission table says this subject should get from a route with this access. */
function expectedOutcome(access: RouteAccess, subject: Subject): "unauthorized" | "forbidden" | "allowed" {
  // The worker protocol takes a worker registration token and nothing else; that token nothing else.
  if (access === "worker") return subject.role === "worker" ? "allowed" : "unauthorized";
  if (subject.role === "anonymous" || subject.role === "worker") return "unauthorized";
  // A personal API token is never a job's automation token.
  if (access === "job") return "unauthorized";
  if (access === "authenticated" || access === "public") return "allowed";
  if (subject.role === "none") return "forbidden";
  return rolePermissions[subject.role].has(access) ? "allowed" : "forbidden";
}

async function callRoute(handler: ApiHandler, route: DiscoveredRoute, method: string, subject: Subject): Promise<Response> {
  const headers = new Headers({ "content-type": "application/json" });
  if (subject.token) headers.set("authorization", `Bearer ${subject.token}`);
  const hasBody = method === "POST" || method === "PUT" || method === "PATCH";
  const req = new Request(`http://127.0.0.1${route.urlPath}`, { method, headers, body: hasBody ? "{}" : undefined });
  const res = await handler(req, { params: Promise.resolve(route.params) });
  // Streaming responses (live job streams) would otherwise keep the test open.
  await res.body?.cancel();
  return res;
}

/**
 * Calls every API route as each role, a user without roles, and anonymously, against a real
 * database that getDb() opens from DATABASE_URL, and checks the outcome against lib/auth/permissions.ts.
 */
export function defineRouteMatrix(provider: DbProvider): void {
  // PostgreSQL is left out only when BATON_TEST_SKIP_PG=1; its routes then show as skipped.
  describe.skipIf(!testProviders.includes(provider))(`route × role matrix (${provider})`, () => {
    let testDb: TestDb;
    const subjects: Subject[] = [];
    const handlers = new Map<string, Partial<Record<(typeof methods)[number], ApiHandler>>>();
    const routes = discoverRoutes();

    beforeAll(async () => {
      testDb = await createTestDb(provider);
      // Set before anything imports lib/env or lib/db, so the routes' getDb() opens this database.
      process.env.DATABASE_URL = testDb.url;
      for (const role of [...roles, "none"] as const) {
        const token = generateToken("api");
        await testDb.db.user.create({
          data: {
            username: `matrix-${role.toLowerCase()}`,
            displayName: `Matrix ${role}`,
            roleAssignments: role === "none" ? undefined : { create: { role, scopeTag: null } },
            apiTokens: { create: { name: "matrix", tokenHash: hashToken(token), prefix: token.slice(0, 8) } },
          },
        });
        subjects.push({ label: role === "none" ? "user without roles" : role, role, token });
      }
      subjects.push({ label: "anonymous", role: "anonymous" });
      // A worker registration token admits a worker to its group and is no user's credential: every
      // route but the worker protocol's answers it as it answers no credentials at all.
      const workerToken = generateToken("workerRegistration");
      await testDb.db.workerGroup.create({
        data: { name: "matrix-group", registrationTokens: { create: { name: "matrix", tokenHash: hashToken(workerToken), prefix: workerToken.slice(0, 12), expiresAt: new Date(Date.now() + 86_400_000) } } },
      });
      subjects.push({ label: "worker registration token", role: "worker", token: workerToken });
      for (const route of routes) {
        const mod = (await import(/* @vite-ignore */ route.file)) as Record<string, unknown>;
        const exported: Partial<Record<(typeof methods)[number], ApiHandler>> = {};
        for (const m of methods) if (typeof mod[m] === "function") exported[m] = mod[m] as ApiHandler;
        handlers.set(route.file, exported);
      }
    });

    afterAll(async () => {
      const { getDb } = await import("@/lib/db");
      await (await getDb()).$disconnect();
      await testDb?.drop();
    });

    it("finds the API routes", () => {
      expect(routes.length).toBeGreaterThan(10);
    });

    it.each(routes.map((r) => [r.urlPath, r] as const))("%s declares access on every method", (_p, route) => {
      const exported = handlers.get(route.file)!;
      expect(Object.keys(exported).length, `${route.urlPath} exports no HTTP method`).toBeGreaterThan(0);
      for (const [method, handler] of Object.entries(exported)) {
        expect(typeof (handler as Partial<ApiHandler>).access, `${method} ${route.urlPath} is not wrapped in apiRoute()`).toBe("string");
      }
    });

    it.each(routes.map((r) => [r.urlPath, r] as const))("%s answers each role as permissions.ts says", async (_p, route) => {
      const failures: string[] = [];
      for (const [method, handler] of Object.entries(handlers.get(route.file)!)) {
        // Public routes authenticate by their own means (e.g. webhook tokens); roles do not apply.
        if (handler.access === "public") continue;
        for (const subject of subjects) {
          const res = await callRoute(handler, route, method, subject);
          const expected = expectedOutcome(handler.access, subject);
          const ok =
            expected === "unauthorized" ? res.status === 401 : expected === "forbidden" ? res.status === 403 : res.status !== 401 && res.status !== 403 && res.status < 500;
          if (!ok) failures.push(`${method} ${route.urlPath} [${handler.access}] as ${subject.label}: expected ${expected}, got ${res.status}`);
        }
      }
      expect(failures).toEqual([]);
    });
  });
}
