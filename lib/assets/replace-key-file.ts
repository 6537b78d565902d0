import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { keyIdOf } from "@/lib/crypto/keyring";
import { previousKeysFileName } from "./key-ring-for-process";

/**
 * Starts a rotation for installations keyed by <dataDir>/baton.key: the current key is appended to
 * baton.key.previous (so existing envelopes stay readable) before a fresh key replaces baton.key.
 * The order matters: a crash between the two steps leaves the old key in both files, never lost.
 */
export function replaceKeyFile(dataDir: string): { previousKeyId: string; currentKeyId: string } {
  const keyFile = path.join(dataDir, "baton.key");
  if (!fs.existsSync(keyFile)) throw new Error(`There is no ${keyFile} to rotate (is BATON_DATA_DIR right?)`);
  const oldHex = fs.readFileSync(keyFile, "utf8").trim();
  if (!/^[0-9a-f]{64}$/i.test(oldHex)) throw new Error(`${keyFile} must hold 64 hex characters (a 256-bit key)`);
  const previousId = keyIdOf(Buffer.from(oldHex, "hex"));
  fs.appendFileSync(path.join(dataDir, previousKeysFileName), `# key ${previousId}, retired ${new Date().toISOString()}\n${oldHex}\n`, { mode: 0o600 });

  const fresh = crypto.randomBytes(32);
  const temp = `${keyFile}.${process.pid}.tmp`;
  fs.writeFileSync(temp, fresh.toString("hex") + "\n", { mode: 0o600, flag: "wx" });
  fs.renameSync(temp, keyFile);
  return { previousKeyId: previousId, currentKeyId: keyIdOf(fresh) };
}
