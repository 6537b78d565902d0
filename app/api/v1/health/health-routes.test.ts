import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createApiUser } from "@/app/api/testing/route-kit";
import { cutDatabase } from "@/lib/testing/database-outage";
import { routeTarget } from "@/lib/testing/route-target";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import * as readyRoute from "./ready/route";
import * as liveRoute from "./route";
import * as jobsRoute from "../jobs/route";

describe.each(testProviders)("health endpoints on %s", (provider) => {
  let t: TestDb;
  beforeAll(async () => {
    t = await createTestDb(provider);
    routeTarget.db = t.db;
  });
  afterAll(async () => t?.drop());

  it("answers liveness and readiness without credentials, and neither is cached", async () => {
    const live = await call(liveRoute.GET, { method: "GET", path: "/api/v1/health" });
    expect(live).toEqual({ status: 200, body: { status: "ok" } });
    const ready = await call(readyRoute.GET, { method: "GET", path: "/api/v1/health/ready" });
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: "ready", database: "ok", databaseMs: expect.any(Number) });
    const raw = await readyRoute.GET(new Request("http://localhost/api/v1/health/ready"), { params: Promise.resolve({}) });
    expect(raw.headers.get("cache-control")).toBe("no-store");
  });

  // SQLite's outage (another connection holding the write lock) leaves reads, and SELECT 1, working:
  // the process can still serve the portal's pages, so it stays ready.
  // Every other route answers such an outage 503 too (lib/http/to-http-response.ts), never 500: the call was right and can be retried.
  it.runIf(provider === "postgresql")("is not ready (503) while the database refuses connections, alive all the same, and ready again after; an API call meanwhile is 503, not 500", async () => {
    const token = await createApiUser(t.db, "Reader");
    const outage = await cutDatabase(t.url);
    try {
      const ready = await call(readyRoute.GET, { method: "GET", path: "/api/v1/health/ready" });
      expect(ready).toEqual({ status: 503, body: { status: "not_ready", database: "unreachable" } });
      expect((await call(liveRoute.GET, { method: "GET", path: "/api/v1/health" })).status).toBe(200);
      const jobs = await call(jobsRoute.GET, { method: "GET", path: "/api/v1/jobs", token });
      expect(jobs).toEqual({ status: 503, body: { error: { code: "unavailable", message: "The database is busy or unreachable; try again shortly" } } });
    } finally {
      await outage.end();
    }
    expect((await call(readyRoute.GET, { method: "GET", path: "/api/v1/health/ready" })).status).toBe(200);
    expect((await call(jobsRoute.GET, { method: "GET", path: "/api/v1/jobs", token })).status).toBe(200);
  });
});
