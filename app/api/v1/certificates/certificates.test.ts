import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { revealCertificate } from "@/lib/assets/reveal-certificate";
import { makeTestCertificate } from "@/lib/assets/testing/make-certificate";
import { routeTarget } from "@/lib/testing/route-target";
import { testKeyRing } from "@/lib/assets/testing/key-rings";
import { call, createApiUser } from "@/app/api/testing/route-kit";
import { createTestDb, testProviders, type TestDb } from "@/lib/testing/test-db";
import * as collection from "./route";
import * as item from "./[name]/route";


const day = 86_400_000;
const now = Date.now();
const password = "pfx-Password-9876";
const longLived = makeTestCertificate({ commonName: "long.example", notBefore: new Date(now - day), notAfter: new Date(now + 400 * day), password, algorithm: "aes256" });
const soon = makeTestCertificate({ commonName: "soon.example", notBefore: new Date(now - day), notAfter: new Date(now + 10 * day), password });
const expired = makeTestCertificate({ commonName: "old.example", notBefore: new Date(now - 100 * day), notAfter: new Date(now - day), password });

describe.each(testProviders)("certificates API on %s", (provider) => {
  let t: TestDb;
  let author: string;
  const ring = testKeyRing();
  const create = (body: unknown) => call(collection.POST, { method: "POST", path: "/api/v1/certificates", token: author, body });

  beforeAll(async () => {
    t = await createTestDb(provider);
    routeTarget.db = t.db;
    routeTarget.ring = ring;
    author = await createApiUser(t.db, "Author", "author");
  });
  afterAll(async () => t?.drop());

  it("reads a .pfx's metadata, seals bytes and password, and returns neither", async () => {
    const res = await create({ name: "Signing", data: longLived.pfx, password, exportable: true });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({
      name: "Signing",
      format: "pfx",
      thumbprint: longLived.thumbprint,
      subject: "O=Baton Tests, CN=long.example",
      issuer: "O=Baton Tests, CN=long.example",
      hasPrivateKey: true,
      exportable: true,
      expiry: "valid",
    });
    const list = await call(collection.GET, { method: "GET", path: "/api/v1/certificates", token: author });
    expect(JSON.stringify([res.body, list.body])).not.toContain(password);
    expect(JSON.stringify(list.body)).not.toContain(longLived.pfx.slice(0, 40));
    const rows = JSON.stringify([await t.db.certificate.findMany(), await t.db.auditEvent.findMany()]);
    expect(rows).not.toContain(password);
    expect(rows).not.toContain(longLived.pfx.slice(0, 40));
    expect(await revealCertificate(t.db, ring, "signing")).toMatchObject({ format: "pfx", data: longLived.pfx, password, exportable: true });
  });

  it("accepts a .cer (DER or PEM) and flags expiry", async () => {
    const der = await create({ name: "Soon", data: soon.cer });
    expect(der.body).toMatchObject({ format: "cer", hasPrivateKey: false, expiry: "expiresSoon", thumbprint: soon.thumbprint });
    expect(der.body.daysUntilExpiry).toBeGreaterThanOrEqual(9);
    const pem = `-----BEGIN CERTIFICATE-----\n${expired.cer.match(/.{1,64}/g)!.join("\n")}\n-----END CERTIFICATE-----\n`;
    const old = await create({ name: "Old", data: Buffer.from(pem).toString("base64") });
    expect(old.body).toMatchObject({ format: "cer", expiry: "expired", thumbprint: expired.thumbprint });
    expect((await revealCertificate(t.db, ring, "Old")).password).toBeNull();
  });

  it("names the field for a wrong password, a .cer with a password, and unreadable data", async () => {
    const wrong = await create({ name: "Bad1", data: soon.pfx, password: "nope" });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error).toMatchObject({ field: "password", message: "password: is wrong for this .pfx file" });
    expect((await create({ name: "Bad2", data: soon.pfx })).body.error.field).toBe("password");
    expect((await create({ name: "Bad3", data: soon.cer, password: "x" })).body.error.field).toBe("password");
    expect((await create({ name: "Bad4", data: Buffer.from("not a certificate").toString("base64") })).body.error.field).toBe("data");
    expect((await create({ name: "Bad5", data: "!!!" })).body.error.field).toBe("data");
    expect(await t.db.certificate.count({ where: { name: { startsWith: "Bad" } } })).toBe(0);
  });

  it("replaces the certificate on renewal and keeps it when only metadata changes", async () => {
    const patch = (body: unknown) => call(item.PATCH, { method: "PATCH", path: "/api/v1/certificates/Soon", token: author, body, params: { name: "Soon" } });
    expect((await patch({ password: "x" })).body.error.field).toBe("password");
    const meta = await patch({ description: "renew in May", exportable: true });
    expect(meta.body).toMatchObject({ thumbprint: soon.thumbprint, description: "renew in May", exportable: true });
    const renewed = await patch({ data: longLived.pfx, password });
    expect(renewed.body).toMatchObject({ thumbprint: longLived.thumbprint, format: "pfx", hasPrivateKey: true, expiry: "valid" });
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { action: "certificate.update", targetName: "Soon" }, orderBy: { id: "desc" } });
    expect(audit.details).toMatchObject({ previousThumbprint: soon.thumbprint, thumbprint: longLived.thumbprint });
  });
});
