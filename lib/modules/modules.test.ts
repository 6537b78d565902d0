import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actingAs } from "@/lib/audit/testing/acting-as";
import { AppError } from "@/lib/errors";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { skipPwsh, testPwsh } from "@/lib/testing/test-pwsh";
import { activateModuleVersion } from "./activate-module-version";
import { deleteModule } from "./delete-module";
import { deleteModuleVersion } from "./delete-module-version";
import { getModule } from "./get-module";
import { getModuleArchive } from "./get-module-archive";
import { listModuleVersions } from "./list-module-versions";
import { listModules } from "./list-modules";
import { greetingModuleFiles, greetingModuleZip, zipFiles } from "./testing/module-zips";
import { uploadModule } from "./upload-module";

const author = actingAs("ada", "10.0.0.7");

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => new Error("it was accepted"),
    (e: unknown) => e,
  );
  if (!(error instanceof AppError)) throw error;
  return error;
}

describe.skipIf(skipPwsh).each(testProviders)("integration modules on %s", (provider) => {
  let t: TestDb;
  const upload = (archive: Uint8Array) => uploadModule(t.db, testPwsh(), archive, author);

  beforeAll(async () => {
    t = await createTestDb(provider);
  });
  afterAll(async () => {
    await t?.drop();
  });

  it("stores an upload with its manifest's version and the commands importing it exports, and audits it", async () => {
    const archive = greetingModuleZip("Greeter", "1.0.0");
    const uploaded = await upload(archive);
    expect(uploaded).toMatchObject({ name: "Greeter", description: "Greets people", activeVersion: "1.0.0", commandCount: 2, versionCount: 1 });
    expect(uploaded.commands).toEqual([
      { name: "Get-Greeting", type: "Function" },
      { name: "Set-Greeting", type: "Function" },
    ]);
    const stored = await getModuleArchive(t.db, "Greeter", "1.0.0");
    expect(Buffer.from(stored.archive).equals(Buffer.from(archive))).toBe(true);
    expect(stored.sha256).toBe(crypto.createHash("sha256").update(archive).digest("hex"));
    expect(stored.fileName).toBe("Greeter-1.0.0.zip");
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "module.upload", targetName: "Greeter" } });
    expect(audit).toMatchObject({ actorName: "ada", sourceAddress: "10.0.0.7", targetType: "module" });
    expect(audit.details).toMatchObject({ version: "1.0.0", commands: 2 });
  });

  it("keeps versions, activates the newest upload, and switches back on request", async () => {
    await upload(greetingModuleZip("Versioned", "1.0.0"));
    const v2 = await upload(zipFiles(greetingModuleFiles("Versioned", "2.0")));
    expect(v2.activeVersion).toBe("2.0");
    const versions = await listModuleVersions(t.db, "Versioned", { limit: 50 });
    expect(versions.items.map((v) => [v.version, v.isActive])).toEqual([
      ["2.0", true],
      ["1.0.0", false],
    ]);
    const firstPage = await listModuleVersions(t.db, "Versioned", { limit: 1 });
    expect(firstPage.items.map((v) => v.version)).toEqual(["2.0"]);
    const secondPage = await listModuleVersions(t.db, "Versioned", { limit: 1, cursor: firstPage.nextCursor! });
    expect(secondPage.items.map((v) => v.version)).toEqual(["1.0.0"]);
    expect(secondPage.nextCursor).toBeNull();

    expect((await activateModuleVersion(t.db, "Versioned", "1.0.0", author)).activeVersion).toBe("1.0.0");
    expect((await getModule(t.db, "Versioned")).activeVersion).toBe("1.0.0");
    expect(await t.db.auditEvent.count({ where: { action: "module.activate", targetName: "Versioned" } })).toBe(1);
  });

  it("refuses a version that already exists, and a name differing only in case", async () => {
    await upload(greetingModuleZip("Dup", "1.0.0"));
    const again = await refusal(upload(greetingModuleZip("Dup", "1.0.0")));
    expect(again.code).toBe("conflict");
    expect(again.message).toBe("Module Dup version 1.0.0 already exists; raise ModuleVersion in the manifest to upload a new version");
    const cased = await refusal(upload(greetingModuleZip("DUP", "2.0.0")));
    expect(cased.message).toBe("Module 'Dup' already exists; name the manifest Dup.psd1 to upload a new version of it");
  });

  it.each([
    ["a manifest PowerShell cannot read", { "Bad.psd1": "@{ ModuleVersion = '1.0' ; Oops = (Get-Date) }" }, /^The module manifest Bad\.psd1 cannot be read: /],
    ["a manifest without ModuleVersion", { "Bad.psd1": "@{ Description = 'no version' }" }, /^The module manifest Bad\.psd1 has no ModuleVersion$/],
    ["a ModuleVersion that is not a version", { "Bad.psd1": "@{ ModuleVersion = 'latest' }" }, /^ModuleVersion 'latest' in Bad\.psd1 is not a version such as 1\.0\.0$/],
    ["a module that fails to import", { "Bad.psd1": "@{ ModuleVersion = '1.0'; RootModule = 'Bad.psm1' }", "Bad.psm1": "throw 'cannot load here'" }, /^Importing the module failed: cannot load here$/],
  ])("refuses %s with a clear error and stores nothing", async (_what, files, message) => {
    const error = await refusal(upload(zipFiles(files, "Bad")));
    expect(error.code).toBe("validation_failed");
    expect(error.field).toBe("archive");
    expect(error.message).toMatch(message);
    expect(await t.db.integrationModule.count({ where: { name: "Bad" } })).toBe(0);
  });

  it("refuses a path traversal before running anything", async () => {
    const error = await refusal(upload(zipFiles({ ...greetingModuleFiles("Evil", "1.0.0"), "../evil.ps1": "whoami" })));
    expect(error.message).toBe("Archive entry '../evil.ps1' escapes the module folder");
  });

  it("deletes an inactive version, refuses the active one while others exist, and deletes the module with its last version", async () => {
    await upload(greetingModuleZip("Gone", "1.0.0"));
    await upload(greetingModuleZip("Gone", "1.1.0"));
    const active = await refusal(deleteModuleVersion(t.db, "Gone", "1.1.0", author));
    expect(active.code).toBe("conflict");
    expect(active.message).toBe("Version 1.1.0 is the active version of Gone; activate another version first, or delete the module");
    expect(await deleteModuleVersion(t.db, "Gone", "1.0.0", author)).toEqual({ moduleDeleted: false });
    expect(await deleteModuleVersion(t.db, "Gone", "1.1.0", author)).toEqual({ moduleDeleted: true });
    expect((await refusal(getModule(t.db, "Gone"))).code).toBe("not_found");
    expect(await t.db.moduleVersion.count({ where: { module: { name: "Gone" } } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { action: { in: ["module.version.delete", "module.delete"] }, targetName: "Gone" } })).toBe(2);
  });

  it("lists modules by name with a cursor, and deletes a module with all its versions", async () => {
    await upload(greetingModuleZip("Zeta", "1.0.0"));
    const all = await listModules(t.db, { limit: 200 });
    const names = all.items.map((m) => m.name);
    expect(names).toEqual([...names].sort());
    expect(all.items.find((m) => m.name === "Zeta")).toMatchObject({ activeVersion: "1.0.0", commandCount: 2, versionCount: 1 });
    const first = await listModules(t.db, { limit: 1 });
    const next = await listModules(t.db, { limit: 1, cursor: first.nextCursor! });
    expect(next.items[0]!.name).toBe(names[1]);

    await deleteModule(t.db, "Zeta", author);
    expect((await listModules(t.db, { limit: 200 })).items.map((m) => m.name)).not.toContain("Zeta");
    expect(await t.db.auditEvent.count({ where: { action: "module.delete", targetName: "Zeta" } })).toBe(1);
  });
});
