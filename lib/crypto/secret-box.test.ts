import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadMasterKey } from "./keyring";
import { envelopeKeyId, open, seal } from "./secret-box";

describe("secret box", () => {
  const a = loadMasterKey({ secret: "a".repeat(40), dataDir: "/nonexistent" });
  const b = loadMasterKey({ secret: "b".repeat(40), dataDir: "/nonexistent" });

  it("round-trips and never contains the plaintext", () => {
    const env = seal(a, "P@ssw0rd!", "credential:1");
    expect(env).not.toContain("P@ssw0rd");
    expect(envelopeKeyId(env)).toBe(a.id);
    expect(open([b, a], env, "credential:1")).toBe("P@ssw0rd!");
  });

  it("refuses an envelope moved to another row, a tampered one, or one sealed by an unknown key", () => {
    const env = seal(a, "secret", "variable:1");
    expect(() => open([a], env, "variable:2")).toThrow();
    const parts = env.split(".");
    parts[4] = Buffer.from("other").toString("base64url");
    expect(() => open([a], parts.join("."), "variable:1")).toThrow();
    expect(() => open([b], env, "variable:1")).toThrow(/not configured/);
  });

  it("generates a key file once with mode 0600 and reuses it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-key-"));
    try {
      const k1 = loadMasterKey({ dataDir: dir });
      const k2 = loadMasterKey({ dataDir: dir });
      expect(k1.source).toBe("key file");
      expect(k2.key.equals(k1.key)).toBe(true);
      expect(fs.statSync(path.join(dir, "baton.key")).mode & 0o777).toBe(0o600);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
