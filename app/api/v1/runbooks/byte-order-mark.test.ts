import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call, createApiUser } from "@/app/api/testing/route-kit";
import { routeTarget } from "@/lib/testing/route-target";
import { zipFiles } from "@/lib/modules/testing/module-zips";
import { sharedScriptHelper } from "@/lib/pwsh/shared-script-helper";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import * as modules from "../modules/route";
import * as check from "./[runbookId]/draft/check/route";
import * as draft from "./[runbookId]/draft/route";
import * as jobs from "./[runbookId]/jobs/route";
import * as publish from "./[runbookId]/publish/route";
import * as runbooks from "./route";


afterAll(() => sharedScriptHelper().close());

const bomScripts = path.resolve(import.meta.dirname, "../../../../lib/runbooks/testing/bom-scripts");
/** A script file as a client sends it: decoded as UTF-8 with its byte-order mark kept, as U+FEFF. */
const sent = (file: string) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(fs.readFileSync(path.join(bomScripts, file)));

/**
 * Scripts saved with a UTF-8 byte-order mark (public scripts from fleschutz/PowerShell, see the files)
 * behave through the API as pwsh treats them: the mark is not part of the script. Without that, one
 * was refused at publish with a bogus parse error, and the other published without its param() block.
 */
describe.each(testProviders)("scripts with a byte-order mark through the API on %s", (provider) => {
  let t: TestDb;
  let author: string;
  beforeAll(async () => {
    t = await createTestDb(provider);
    routeTarget.db = t.db;
    author = await createApiUser(t.db, "Administrator");
  });
  afterAll(async () => t?.drop());

  const params = (runbookId: string) => ({ runbookId });
  const post = (handler: typeof publish.POST, runbookId: string, url: string, body?: unknown) => call(handler, { method: "POST", path: url, token: author, body, params: params(runbookId) });

  it("stores a created script without the mark, publishes it, and starts it with its parameters (write-typewriter.ps1)", async () => {
    const content = sent("write-typewriter.ps1");
    expect(content.charCodeAt(0)).toBe(0xfeff);
    const created = await call(runbooks.POST, { method: "POST", path: "/api/v1/runbooks", token: author, body: { name: "Write-Typewriter", content } });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;
    const stored = await call(draft.GET, { method: "GET", path: `/api/v1/runbooks/${id}/draft`, token: author, params: params(id) });
    expect(stored.body.content).toBe(content.slice(1));
    expect(created.body.draft.parameters.map((p: { name: string }) => p.name)).toEqual(["text", "speed"]);

    const published = await post(publish.POST, id, `/api/v1/runbooks/${id}/publish`);
    expect(published.status, JSON.stringify(published.body)).toBe(200);
    const started = await post(jobs.POST, id, `/api/v1/runbooks/${id}/jobs`, { parameters: { text: "Hi", speed: 1 } });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
    expect(started.body.parameters).toEqual({ text: "Hi", speed: 1 });
  });

  it("reads the param() block of a saved or checked draft with the mark, and starts it with its parameter (check-ps1-file.ps1)", async () => {
    const content = sent("check-ps1-file.ps1");
    const created = await call(runbooks.POST, { method: "POST", path: "/api/v1/runbooks", token: author, body: { name: "Check-Ps1-File" } });
    const id = created.body.id as string;
    const checked = await post(check.POST, id, `/api/v1/runbooks/${id}/draft/check`, { content });
    expect(checked.body).toMatchObject({ errors: [], parameters: [{ name: "filePattern", type: "string" }] });
    const saved = await call(draft.PUT, { method: "PUT", path: `/api/v1/runbooks/${id}/draft`, token: author, body: { content }, params: params(id) });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(saved.body).toMatchObject({ content: content.slice(1), errors: [], parameters: [{ name: "filePattern" }] });

    expect((await post(publish.POST, id, `/api/v1/runbooks/${id}/publish`)).status).toBe(200);
    const started = await post(jobs.POST, id, `/api/v1/runbooks/${id}/jobs`, { parameters: { filePattern: "/tmp/*.ps1" } });
    expect(started.status, JSON.stringify(started.body)).toBe(201);
  });

  it("uploads a module whose manifest, module and script files carry the mark", async () => {
    const bom = "\uFEFF";
    const archive = zipFiles(
      {
        "BomMod.psd1": `${bom}@{\n  RootModule = 'BomMod.psm1'\n  ModuleVersion = '1.0.0'\n  FunctionsToExport = @('Get-Bom')\n}\n`,
        "BomMod.psm1": `${bom}. (Join-Path $PSScriptRoot 'Helpers.ps1')\nfunction Get-Bom { param([string]$Name) Format-Bom $Name }\n`,
        "Helpers.ps1": `${bom}param()\nfunction Format-Bom([string]$Name) { "bom $Name" }\n`,
      },
      "BomMod",
    );
    const res = await modules.POST(new Request("http://localhost/api/v1/modules", { method: "POST", headers: { authorization: `Bearer ${author}`, "content-type": "application/zip" }, body: Buffer.from(archive) }), {
      params: Promise.resolve({}),
    });
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({ name: "BomMod", activeVersion: "1.0.0", commands: [{ name: "Get-Bom" }] });
  });
});
