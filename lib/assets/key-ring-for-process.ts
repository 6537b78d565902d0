import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { keyIdOf, loadMasterKey, type MasterKey } from "@/lib/crypto/keyring";
import { getEnv } from "@/lib/env";

/** The key that seals new secrets, and every key that may still open an old envelope. */
export interface KeyRing {
  current: MasterKey;
  /** current first, then the previous keys; what `open()` is given. */
  all: MasterKey[];
}

/** Previous keys live beside baton.key, so rotation needs no new environment variable. */
export const previousKeysFileName = "baton.key.previous";

/**
 * Reads the key ring from the master key's sources: BATON_SECRET or <dataDir>/baton.key for the
 * current key, and <dataDir>/baton.key.previous for keys that sealed envelopes not yet re-sealed.
 *
 * baton.key.previous holds one key per line: 64 hex characters (a former baton.key) or
 * `secret:<former BATON_SECRET>`; blank lines and lines starting with # are ignored. Keys are
 * identified by their key id, so listing the current key there too is harmless.
 */
export function loadKeyRing(opts: { secret?: string; dataDir: string }): KeyRing {
  const current = loadMasterKey(opts);
  const file = path.join(opts.dataDir, previousKeysFileName);
  let text = "";
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  const all: MasterKey[] = [current];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith("#")) return;
    const key = parsePreviousKey(line, `${file}:${i + 1}`);
    if (!all.some((k) => k.id === key.id)) all.push(key);
  });
  return { current, all };
}

function parsePreviousKey(line: string, where: string): MasterKey {
  if (line.startsWith("secret:")) {
    // The same derivation loadMasterKey applies to BATON_SECRET, so ids match the envelopes.
    const key = crypto.createHash("sha256").update(line.slice("secret:".length), "utf8").digest();
    return { id: keyIdOf(key), key, source: "BATON_SECRET" };
  }
  if (!/^[0-9a-fA-F]{64}$/.test(line)) throw new Error(`${where}: expected 64 hex characters or secret:<former BATON_SECRET>`);
  const key = Buffer.from(line, "hex");
  return { id: keyIdOf(key), key, source: "key file", file: where };
}

const holder = globalThis as unknown as { __batonKeyRing?: KeyRing };

/** The web service's key ring, read once per process (a restart picks up a rotation). */
export function getKeyRing(): KeyRing {
  if (!holder.__batonKeyRing) {
    const env = getEnv();
    holder.__batonKeyRing = loadKeyRing({ secret: env.BATON_SECRET, dataDir: env.dataDir });
  }
  return holder.__batonKeyRing;
}
