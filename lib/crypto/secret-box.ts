import crypto from "node:crypto";
import { AppError } from "@/lib/errors";
import type { MasterKey } from "./keyring";

/**
 * AES-256-GCM envelopes for secrets at rest: "v1.<keyId>.<iv>.<tag>.<ciphertext>" (base64url parts).
 * The key id says which master key sealed it, so a rotation can find and re-seal old envelopes.
 * `aad` binds an envelope to its place (e.g. "variable:<id>") so one cannot be copied to another row.
 */
export function seal(key: MasterKey, plaintext: string, aad: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", key.key, iv);
  cipher.setAAD(Buffer.from(aad, "utf8"));
  const ct = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return ["v1", key.id, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), ct.toString("base64url")].join(".");
}

export function envelopeKeyId(envelope: string): string {
  const [version, keyId] = envelope.split(".");
  if (version !== "v1" || !keyId) throw new AppError("bad_request", "Not a Baton secret envelope");
  return keyId;
}

/** Opens an envelope with whichever of the given keys sealed it. */
export function open(keys: readonly MasterKey[], envelope: string, aad: string): string {
  const [version, keyId, iv, tag, ct] = envelope.split(".");
  if (version !== "v1" || !keyId || !iv || !tag || ct === undefined) throw new AppError("bad_request", "Not a Baton secret envelope");
  const key = keys.find((k) => k.id === keyId);
  if (!key) throw new AppError("unavailable", `Secret was encrypted with key ${keyId}, which is not configured`);
  const decipher = crypto.createDecipheriv("aes-256-gcm", key.key, Buffer.from(iv, "base64url"));
  decipher.setAAD(Buffer.from(aad, "utf8"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(ct, "base64url")), decipher.final()]).toString("utf8");
}
