import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const run = promisify(execFile);

async function cli(script: string, args: string[], env: Record<string, string>) {
  try {
    const r = await run(process.execPath, ["--import", "tsx", script, ...args], { env: { ...process.env, ...env } });
    return { code: 0, out: r.stdout + r.stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout + err.stderr };
  }
}

describe("npm run doctor", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-doctor-"));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const env = { DATABASE_URL: `file:${path.join(dir, "baton.db")}`, BATON_DATA_DIR: dir };

  it("reports pending migrations and fails, then reports everything found once migrated", async () => {
    const before = await cli("scripts/doctor.ts", [], env);
    expect(before.code).toBe(1);
    expect(before.out).toMatch(/✗ database\s+sqlite .*: (\d+) of \1 migration\(s\) pending — run npm run db:migrate/);

    await cli("scripts/migrate.ts", ["deploy"], env);
    const after = await cli("scripts/doctor.ts", [], env);
    expect(after.out).toMatch(/✓ database\s+sqlite .*up to date/);
    expect(after.out).toMatch(/✓ pwsh\s+PowerShell 7\.\d+\.\d+ via /);
    expect(after.out).toMatch(/cold start \d+ ms/);
    expect(after.out).toMatch(/✓ isolation\s+jobs and module inspection run in a bubblewrap sandbox as (baton-job \(uid \d+\)|this process's user): own PID namespace/);
    expect(after.out).toMatch(new RegExp(`✓ secret key\\s+key file ${dir.replace(/[/.]/g, "\\$&")}/baton\\.key \\(key id [0-9a-f]{8}, mode 0600\\)`));
    expect(after.code).toBe(0);
  });

  it("names the bad variable in one line", async () => {
    const r = await cli("scripts/doctor.ts", [], { ...env, BATON_SECRET: "too-short" });
    expect(r.code).toBe(1);
    expect(r.out.trim()).toBe("Invalid environment variable BATON_SECRET: must be at least 32 characters");
  });

  it("says when the isolation jobs are configured for cannot work, and when it is weaker than the sandbox", async () => {
    const missing = await cli("scripts/doctor.ts", [], { ...env, BATON_JOB_USER: "no-such-job-user" });
    expect(missing.code).toBe(1);
    expect(missing.out).toMatch(/✗ isolation\s+The job user no-such-job-user does not exist/);
    const none = await cli("scripts/doctor.ts", [], { ...env, BATON_JOB_ISOLATION: "none" });
    expect(none.out).toMatch(/· isolation\s+jobs and module inspection run as \S+ without isolation: runbooks can read the worker's environment and files/);
  });

  it("checks the TLS files the portal would serve", async () => {
    const r = await cli("scripts/doctor.ts", [], { ...env, BATON_TLS_CERT: path.join(dir, "missing.pem"), BATON_TLS_KEY: path.join(dir, "key.pem"), BATON_URL: "https://baton.example.com" });
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/✗ https\s+Invalid environment variable BATON_TLS_CERT: cannot read .*missing\.pem \(ENOENT\)/);
  });
});
