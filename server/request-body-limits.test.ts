import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiUser } from "@/app/api/testing/route-kit";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { chunkedUpload } from "./testing/chunked-upload";
import { freePort, startServed, type Served } from "./testing/start-served";

const root = path.resolve(import.meta.dirname, "..");
const built = fs.existsSync(path.join(root, ".next", "BUILD_ID"));
if (!built) console.warn("server/request-body-limits.test.ts skipped: no production build in .next (run `next build` first; `npm test` does)");

/** What the probe sent; a server that buffers it whole answers only after all of it. */
const uploadBytes = 200 * 1024 * 1024;
/** The largest body limit involved (1 MiB) plus what socket buffers on both sides hold. */
const boundBytes = 16 * 1024 * 1024;

function residentBytes(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
  return Number(kb) * 1024;
}

describe.skipIf(!built)("request bodies on the production server", () => {
  let testDb: TestDb;
  let dir: string;
  let served: Served;
  let token: string;

  beforeAll(async () => {
    testDb = await createTestDb("sqlite");
    token = await createApiUser(testDb.db, "Administrator", "uploader");
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-body-limits-"));
    served = await startServed({ DATABASE_URL: testDb.url, BATON_DATA_DIR: dir, BATON_SECRET: "served-test-secret-not-for-production-0123456789", PORT: String(await freePort()) });
  });

  afterAll(async () => {
    await served?.stop();
    await testDb?.drop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const base = () => `http://127.0.0.1:${served.port}`;

  it("answers an unauthenticated 200 MB chunked sign-in post with 413 long before the body ends, memory bounded", async () => {
    const before = residentBytes(served.process.pid!);
    const res = await chunkedUpload(`${base()}/api/auth/callback/credentials`, { headers: { "content-type": "application/x-www-form-urlencoded" }, totalBytes: uploadBytes });
    expect(res.status, res.body).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: "payload_too_large" } });
    expect(res.sentBytes).toBeLessThan(boundBytes);
    expect(residentBytes(served.process.pid!) - before).toBeLessThan(100 * 1024 * 1024);
  });

  it("answers a 200 MB chunked JSON post to /api/v1/variables with 413 long before the body ends", async () => {
    const res = await chunkedUpload(`${base()}/api/v1/variables`, { headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, totalBytes: uploadBytes });
    expect(res.status, res.body).toBe(413);
    expect(res.sentBytes).toBeLessThan(boundBytes);
  });
});
