import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Principal } from "@/lib/auth/principal";
import { envelopeKeyId } from "@/lib/crypto/secret-box";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import { createCertificate } from "./create-certificate";
import { createConnection } from "./create-connection";
import { createConnectionType } from "./create-connection-type";
import { createCredential } from "./create-credential";
import { createVariable } from "./create-variable";
import { loadKeyRing, previousKeysFileName } from "./key-ring-for-process";
import { replaceKeyFile } from "./replace-key-file";
import { resealSecrets } from "./reseal-secrets";
import { revealCertificate } from "./reveal-certificate";
import { revealConnection } from "./reveal-connection";
import { revealCredential } from "./reveal-credential";
import { revealVariable } from "./reveal-variable";
import { makeTestCertificate } from "./testing/make-certificate";

const admin: Principal = { kind: "user", userId: null, name: "admin", grants: [] };
const cert = makeTestCertificate({ commonName: "rotate.example", notBefore: new Date(Date.now() - 86_400_000), notAfter: new Date(Date.now() + 86_400_000 * 90), password: "pfx-pw-rotate" });

async function envelopes(db: TestDb["db"]): Promise<string[]> {
  const [v, c, n, x] = await Promise.all([db.variable.findMany(), db.credential.findMany(), db.connection.findMany(), db.certificate.findMany()]);
  return [
    ...v.map((r) => r.encryptedValue),
    ...c.map((r) => r.encryptedPassword),
    ...n.map((r) => r.encryptedSecrets),
    ...x.flatMap((r) => [r.encryptedData, r.encryptedPassword]),
  ].filter((e): e is string => e !== null);
}

describe.each(testProviders)("key rotation on %s", (provider) => {
  let t: TestDb;
  let dataDir: string;
  beforeAll(async () => {
    t = await createTestDb(provider);
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-keys-"));
  });
  afterAll(async () => {
    await t?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("re-seals every envelope under a new key file, after which the old key can go", async () => {
    const first = loadKeyRing({ dataDir });
    await createVariable(t.db, first, { name: "V", description: "", type: "json", isEncrypted: true, value: { token: "var-secret" } }, admin);
    await createVariable(t.db, first, { name: "Plain", description: "", type: "string", isEncrypted: false, value: "not secret" }, admin);
    await createCredential(t.db, first, { name: "C", description: "", userName: "u", password: "cred-secret" }, admin);
    await createConnectionType(t.db, { name: "T", description: "", fields: [{ name: "Key", type: "string", isSecret: true, isOptional: false }] }, admin);
    await createConnection(t.db, first, { name: "N", description: "", connectionType: "T", values: { Key: "conn-secret" } }, admin);
    await createCertificate(t.db, first, { name: "X", description: "", data: cert.pfx, password: "pfx-pw-rotate", exportable: false }, admin);
    const before = await envelopes(t.db);
    expect(before).toHaveLength(5);
    expect(before.every((e) => envelopeKeyId(e) === first.current.id)).toBe(true);

    const { previousKeyId, currentKeyId } = replaceKeyFile(dataDir);
    expect(previousKeyId).toBe(first.current.id);
    const second = loadKeyRing({ dataDir });
    expect(second.current.id).toBe(currentKeyId);
    expect(second.all.map((k) => k.id)).toEqual([currentKeyId, previousKeyId]);

    const counts: string[] = [];
    const report = await resealSecrets(t.db, second, { batchSize: 1, onBatch: (c) => counts.push(c.column) });
    expect(report.reduce((n, c) => n + c.resealed, 0)).toBe(5);
    expect(report.every((c) => c.unreadable.length === 0 && c.alreadyCurrent === 0)).toBe(true);
    expect(counts.length).toBeGreaterThan(5);
    expect((await envelopes(t.db)).every((e) => envelopeKeyId(e) === currentKeyId)).toBe(true);

    // Idempotent: nothing left to do.
    expect((await resealSecrets(t.db, second)).reduce((n, c) => n + c.resealed, 0)).toBe(0);

    // With the previous key removed, every secret still opens under the new key alone.
    fs.rmSync(path.join(dataDir, previousKeysFileName));
    const onlyNew = loadKeyRing({ dataDir });
    expect(onlyNew.all).toHaveLength(1);
    expect((await revealVariable(t.db, onlyNew, "V")).value).toEqual({ token: "var-secret" });
    expect((await revealCredential(t.db, onlyNew, "C")).password).toBe("cred-secret");
    expect((await revealConnection(t.db, onlyNew, "N")).values.Key).toBe("conn-secret");
    expect(await revealCertificate(t.db, onlyNew, "X")).toMatchObject({ data: cert.pfx, password: "pfx-pw-rotate" });
    // ...and the old ring alone no longer can.
    await expect(revealCredential(t.db, first, "C")).rejects.toThrow(/not configured/);
  });

  it("rotates from a former BATON_SECRET listed as secret:<value>, and reports keys it does not have", async () => {
    const oldSecret = crypto.randomBytes(24).toString("hex");
    const newSecret = crypto.randomBytes(24).toString("hex");
    const old = loadKeyRing({ secret: oldSecret, dataDir });
    await createCredential(t.db, old, { name: "FromSecret", description: "", userName: "u", password: "secret-era" }, admin);

    const withoutOld = loadKeyRing({ secret: newSecret, dataDir });
    const missing = await resealSecrets(t.db, withoutOld);
    expect(missing.find((c) => c.column === "Credential.encryptedPassword")!.unreadable).toContainEqual({
      id: (await t.db.credential.findFirstOrThrow({ where: { name: "FromSecret" } })).id,
      keyId: old.current.id,
    });

    fs.writeFileSync(path.join(dataDir, previousKeysFileName), `# retired\nsecret:${oldSecret}\n`);
    const ring = loadKeyRing({ secret: newSecret, dataDir });
    expect(ring.all.map((k) => k.id)).toEqual([ring.current.id, old.current.id]);
    await resealSecrets(t.db, ring);
    expect((await revealCredential(t.db, loadKeyRing({ secret: newSecret, dataDir: fs.mkdtempSync(path.join(os.tmpdir(), "baton-empty-")) }), "FromSecret")).password).toBe("secret-era");
  });

  it("refuses a malformed previous-keys line with its file and line number", () => {
    fs.writeFileSync(path.join(dataDir, previousKeysFileName), "\nnot-a-key\n");
    expect(() => loadKeyRing({ dataDir })).toThrow(/baton\.key\.previous:2/);
  });
});
