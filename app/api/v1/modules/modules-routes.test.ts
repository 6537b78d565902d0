import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { routeTarget } from "@/lib/testing/route-target";
import { createApiUser } from "@/app/api/testing/route-kit";
import type { ApiHandler } from "@/lib/http/api-route";
import { maxModuleArchiveBytes } from "@/lib/modules/module-limits";
import { greetingModuleFiles, greetingModuleZip, zipFiles } from "@/lib/modules/testing/module-zips";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { skipPwsh } from "@/lib/testing/test-pwsh";
import * as listRoute from "./route";
import * as moduleRoute from "./[name]/route";
import * as versionsRoute from "./[name]/versions/route";
import * as versionRoute from "./[name]/versions/[version]/route";
import * as activateRoute from "./[name]/versions/[version]/activate/route";
import * as archiveRoute from "./[name]/versions/[version]/archive/route";


async function send(handler: ApiHandler, opts: { method: string; token: string; body?: BodyInit; contentType?: string; params?: Record<string, string> }) {
  const headers: Record<string, string> = { authorization: `Bearer ${opts.token}` };
  if (opts.contentType) headers["content-type"] = opts.contentType;
  const res = await handler(new Request("http://localhost/api/v1/modules", { method: opts.method, headers, body: opts.body }), { params: Promise.resolve(opts.params ?? {}) });
  return res;
}

// The lib functions are tested on both databases; this checks the HTTP contract once, on SQLite.
describe.skipIf(skipPwsh)("module API routes", () => {
  let t: TestDb;
  let author: string;
  let reader: string;
  beforeAll(async () => {
    t = await createTestDb("sqlite");
    routeTarget.db = t.db;
    author = await createApiUser(t.db, "Author");
    reader = await createApiUser(t.db, "Reader");
  });
  afterAll(async () => t?.drop());

  const upload = (body: BodyInit, token = author, contentType = "application/zip") => send(listRoute.POST, { method: "POST", token, body, contentType });

  it("uploads a raw application/zip body and answers 201 with the module", async () => {
    const res = await upload(Buffer.from(greetingModuleZip("HttpMod", "1.0.0")));
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ name: "HttpMod", activeVersion: "1.0.0", commands: [{ name: "Get-Greeting" }, { name: "Set-Greeting" }] });

    const list = await (await send(listRoute.GET, { method: "GET", token: reader })).json();
    expect(list).toEqual({ items: [expect.objectContaining({ name: "HttpMod", commandCount: 2 })], nextCursor: null });
    const detail = await send(moduleRoute.GET, { method: "GET", token: reader, params: { name: "HttpMod" } });
    expect((await detail.json()).commands).toHaveLength(2);
  });

  it("refuses other content types, empty and oversized bodies, and bad archives with clear errors", async () => {
    const json = await upload(JSON.stringify({ archive: "x" }), author, "application/json");
    expect(json.status).toBe(415);
    expect((await json.json()).error.message).toBe("Send the module as the request body with Content-Type: application/zip");
    const form = await upload(Buffer.from(greetingModuleZip("FormMod", "1.0.0")), author, "multipart/form-data; boundary=x");
    expect(form.status).toBe(415);

    const big = await upload(Buffer.alloc(maxModuleArchiveBytes + 1));
    expect(big.status).toBe(413);
    expect((await big.json()).error).toEqual({ code: "payload_too_large", message: "The archive exceeds 50 MiB", field: "archive" });

    const traversal = await upload(Buffer.from(zipFiles({ ...greetingModuleFiles("Evil", "1.0.0"), "../x.ps1": "whoami" })));
    expect(traversal.status).toBe(422);
    expect((await traversal.json()).error).toEqual({ code: "validation_failed", message: "Archive entry '../x.ps1' escapes the module folder", field: "archive" });

    const notModule = await upload(Buffer.from(zipFiles({ "readme.txt": "hello" })));
    expect(notModule.status).toBe(422);
    expect((await notModule.json()).error.message).toBe("No module manifest (.psd1) found at the root of the archive or of its one top folder");
  });

  it("lets a Reader read but not upload, and answers 409 for an existing version", async () => {
    expect((await upload(Buffer.from(greetingModuleZip("ReadOnly", "1.0.0")), reader)).status).toBe(403);
    await upload(Buffer.from(greetingModuleZip("Twice", "1.0.0")));
    const again = await upload(Buffer.from(greetingModuleZip("Twice", "1.0.0")));
    expect(again.status).toBe(409);
    expect((await again.json()).error.message).toBe("Module Twice version 1.0.0 already exists; raise ModuleVersion in the manifest to upload a new version");
  });

  it("lists versions, activates one, serves an archive, deletes a version and the module", async () => {
    const v1 = greetingModuleZip("Cycle", "1.0.0");
    await upload(Buffer.from(v1));
    await upload(Buffer.from(greetingModuleZip("Cycle", "2.0.0")));
    const versions = await (await send(versionsRoute.GET, { method: "GET", token: reader, params: { name: "Cycle" } })).json();
    expect(versions.items.map((v: { version: string; isActive: boolean }) => [v.version, v.isActive])).toEqual([
      ["2.0.0", true],
      ["1.0.0", false],
    ]);
    expect(versions.nextCursor).toBeNull();

    const activated = await send(activateRoute.POST, { method: "POST", token: author, params: { name: "Cycle", version: "1.0.0" } });
    expect((await activated.json()).activeVersion).toBe("1.0.0");

    const archive = await send(archiveRoute.GET, { method: "GET", token: reader, params: { name: "Cycle", version: "1.0.0" } });
    expect(archive.headers.get("content-type")).toBe("application/zip");
    expect(archive.headers.get("content-disposition")).toBe('attachment; filename="Cycle-1.0.0.zip"');
    expect(Buffer.from(await archive.arrayBuffer()).equals(Buffer.from(v1))).toBe(true);

    const active = await send(versionRoute.DELETE, { method: "DELETE", token: author, params: { name: "Cycle", version: "1.0.0" } });
    expect(active.status).toBe(409);
    const inactive = await send(versionRoute.DELETE, { method: "DELETE", token: author, params: { name: "Cycle", version: "2.0.0" } });
    expect(await inactive.json()).toEqual({ moduleDeleted: false });
    expect((await send(moduleRoute.DELETE, { method: "DELETE", token: author, params: { name: "Cycle" } })).status).toBe(204);
    expect((await send(moduleRoute.GET, { method: "GET", token: reader, params: { name: "Cycle" } })).status).toBe(404);
    const missing = await send(versionsRoute.GET, { method: "GET", token: reader, params: { name: "Cycle" } });
    expect((await missing.json()).error).toEqual({ code: "not_found", message: "Module Cycle not found" });
  });
});
