import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { locatePwsh } from "@/lib/pwsh/locate-pwsh";
import { signIn } from "./fixtures";

const root = path.resolve(import.meta.dirname, "..");
const bomScripts = path.join(root, "lib", "runbooks", "testing", "bom-scripts");
const pwshScripts = path.join(path.dirname(locatePwsh({ projectRoot: root })?.path ?? root), "*.ps1");

/** What `pwsh -File` prints for the script file as saved, byte-order mark included. */
function runFile(file: string, args: string[]): Promise<{ code: number; stdout: string }> {
  const pwsh = locatePwsh({ projectRoot: root });
  if (!pwsh) throw new Error("No PowerShell found: install it into .tools/pwsh or set BATON_PWSH");
  const env = { ...pwsh.env, HOME: process.env.HOME ?? "/tmp", NO_COLOR: "1", POWERSHELL_TELEMETRY_OPTOUT: "1" } as Record<string, string> as NodeJS.ProcessEnv;
  return new Promise((resolve, reject) => {
    execFile(pwsh.command, [...pwsh.args, "-NoLogo", "-NoProfile", "-NonInteractive", "-File", file, ...args], { env, timeout: 120_000 }, (error, stdout) => {
      if (error && typeof error.code !== "number") return reject(error);
      resolve({ code: error ? Number(error.code) : 0, stdout });
    });
  });
}

interface StreamRecord {
  type: string;
  text: string;
}

async function finishedJob(request: APIRequestContext, jobId: string): Promise<{ status: string; records: StreamRecord[] }> {
  let status = "";
  await expect
    .poll(async () => (status = ((await (await request.get(`/api/v1/jobs/${jobId}`)).json()) as { status: string }).status), { timeout: 90_000 })
    .toMatch(/^(Completed|Failed|Stopped)$/);
  const page = (await (await request.get(`/api/v1/jobs/${jobId}/streams?after=0`)).json()) as { items: StreamRecord[] };
  return { status, records: page.items };
}

/** The text of the records of these stream types, without line breaks (Write-Host -NoNewline writes one record per call). */
const textOf = (records: StreamRecord[], types: string[]) =>
  records
    .filter((r) => types.includes(r.type))
    .map((r) => r.text)
    .join("\n")
    .replace(/\n/g, "");

test("scripts saved with a byte-order mark run through the API as pwsh -File runs them", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page);
  const cases = [
    { file: "write-typewriter.ps1", parameters: { text: "Hi from a BOM script", speed: 1 }, args: ["-text", "Hi from a BOM script", "-speed", "1"], streams: ["information"] },
    // The job checks PowerShell's own scripts: its install is what the sandbox shows every job (README: What a runbook can reach).
    { file: "check-ps1-file.ps1", parameters: { filePattern: pwshScripts }, args: ["-filePattern", pwshScripts], streams: ["output"] },
  ];
  for (const c of cases) {
    const saved = fs.readFileSync(path.join(bomScripts, c.file));
    expect([...saved.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const content = new TextDecoder("utf-8", { ignoreBOM: true }).decode(saved);
    const created = await page.request.post("/api/v1/runbooks", { data: { name: `Bom-${path.parse(c.file).name}-${Date.now().toString(36)}`, content } });
    expect(created.status()).toBe(201);
    const id = (await created.json()).id as string;
    const published = await page.request.post(`/api/v1/runbooks/${id}/publish`);
    expect(published.status(), await published.text()).toBe(200);
    const started = await page.request.post(`/api/v1/runbooks/${id}/jobs`, { data: { parameters: c.parameters } });
    expect(started.status(), await started.text()).toBe(201);

    const job = await finishedJob(page.request, (await started.json()).id as string);
    const direct = await runFile(path.join(bomScripts, c.file), c.args);
    expect(direct.code, c.file).toBe(0);
    expect(job.status, c.file).toBe("Completed");
    expect(textOf(job.records, c.streams), c.file).toBe(direct.stdout.replace(/\r?\n/g, ""));
  }
});
