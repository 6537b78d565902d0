import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export interface MasterKey {
  id: string;
  key: Buffer;
  source: "BATON_SECRET" | "key file";
  file?: string;
}

export function keyIdOf(key: Buffer): string {
  return crypto.createHash("sha256").update(key).digest("hex").slice(0, 8);
}

/**
 * The master key: derived from BATON_SECRET when set, otherwise read from (or generated on first run
 * into) <dataDir>/baton.key with mode 0600. It encrypts secrets at rest and signs sessions.
 */
export function loadMasterKey(opts: { secret?: string; dataDir: string }): MasterKey {
  if (opts.secret) {
    const key = crypto.createHash("sha256").update(opts.secret, "utf8").digest();
    return { id: keyIdOf(key), key, source: "BATON_SECRET" };
  }
  const file = path.join(opts.dataDir, "baton.key");
  let hex: string;
  try {
    hex = fs.readFileSync(file, "utf8").trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    fs.mkdirSync(opts.dataDir, { recursive: true });
    hex = crypto.randomBytes(32).toString("hex");
    try {
      fs.writeFileSync(file, hex + "\n", { mode: 0o600, flag: "wx" });
    } catch (e) {
      // Another process (the worker) created it first: use theirs.
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      hex = fs.readFileSync(file, "utf8").trim();
    }
  }
  if (!/^[0-9a-f]{64}$/.test(hex)) throw new Error(`${file} must hold 64 hex characters (a 256-bit key)`);
  const key = Buffer.from(hex, "hex");
  return { id: keyIdOf(key), key, source: "key file", file };
}

/** A purpose-bound subkey, so the session-signing secret never equals the encryption key. */
export function deriveSubkey(master: MasterKey, purpose: string): Buffer {
  return Buffer.from(crypto.hkdfSync("sha256", master.key, Buffer.alloc(0), `baton:${purpose}`, 32));
}
