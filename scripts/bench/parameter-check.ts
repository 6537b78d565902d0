import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createDb } from "@/lib/db/client";
import { startJob } from "@/lib/jobs/start-job";
import { createPublishedRunbook } from "@/lib/jobs/testing/job-fixtures";
import type { PwshCommand } from "@/lib/pwsh/pwsh-command";
import { ScriptHelper } from "@/lib/pwsh/script-helper";
import { percentiles, type Percentiles } from "./job-latency";

/** A runbook's param() block as people write them: types, Mandatory, sets, validation, a ValidateScript. */
export const benchParamBlock = `[CmdletBinding(DefaultParameterSetName = 'ByName')]
param(
    [Parameter(Mandatory, ParameterSetName = 'ByName')][ValidateNotNullOrEmpty()][string]$ComputerName,
    [Parameter(Mandatory, ParameterSetName = 'ById')][int]$Id,
    [ValidateSet('Dev', 'Test', 'Prod')][string]$Environment = 'Dev',
    [ValidateRange(1, 64)][int]$Replicas = 2,
    [ValidatePattern('^[a-z0-9-]+$')][string]$Slug = 'web',
    [string[]]$Tags,
    [hashtable]$Options,
    [datetime]$NotBefore,
    [ValidateScript({ Test-Path $_ })][string]$ConfigPath,
    [switch]$Force
)
Write-Output "Deploying $ComputerName"`;

const values = (i: number) => ({ ComputerName: `web-${i}`, Environment: "Prod", Replicas: (i % 64) + 1, Slug: "api", Tags: ["a", "b"], Options: { retries: 3 }, NotBefore: "2026-05-01T09:30:00Z", Force: true });

export interface ParameterCheckCost {
  /** First check of a new helper: pwsh start, compiling the shared C#, parsing the block (ms). */
  coldCompiling: number;
  /** First check of a new helper whose compiled C# is cached (ms). */
  coldCached: number;
  /** Each further check (ms). */
  warm: Percentiles;
}

/** What PowerShell's check of one start's parameters costs in the web service's helper. */
export async function benchParameterCheck(pwsh: PwshCommand, projectRoot: string, samples: number): Promise<ParameterCheckCost> {
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), "baton-bench-helper-"));
  const timeFirst = async (assemblyCache?: string) => {
    const helper = new ScriptHelper({ pwsh, projectRoot, assemblyCache });
    try {
      const started = performance.now();
      await helper.checkParameters(benchParamBlock, values(0), 5_000);
      return Math.round(performance.now() - started);
    } finally {
      helper.close();
    }
  };
  try {
    const coldCompiling = await timeFirst(cache);
    const coldCached = await timeFirst(cache);
    const helper = new ScriptHelper({ pwsh, projectRoot, assemblyCache: cache });
    const times: number[] = [];
    try {
      await helper.checkParameters(benchParamBlock, values(0), 5_000);
      for (let i = 1; i <= samples; i++) {
        const started = performance.now();
        const answer = await helper.checkParameters(benchParamBlock, values(i), 5_000);
        times.push(performance.now() - started);
        if (answer.outcome !== "accepted") throw new Error(`The bench's values were refused: ${JSON.stringify(answer)}`);
      }
    } finally {
      helper.close();
    }
    return { coldCompiling, coldCached, warm: percentiles(times) };
  } finally {
    fs.rmSync(cache, { recursive: true, force: true });
  }
}

/** startJob end to end (reads, PowerShell's parameter check, the queued job's writes), one at a time, in ms. */
export async function benchStartJob(url: string, samples: number): Promise<Percentiles> {
  const { db } = createDb(url);
  try {
    const rb = await createPublishedRunbook(db, { content: benchParamBlock });
    const user = await db.user.upsert({ where: { username: "bench" }, create: { username: "bench", displayName: "Bench" }, update: {} });
    const start = (i: number) => startJob(db, { runbookId: rb.id, input: { parameters: values(i), runOn: "bench-start" }, startedBy: { kind: "user", userId: user.id, name: user.username } });
    await db.workerGroup.upsert({ where: { name: "bench-start" }, create: { name: "bench-start" }, update: {} });
    await start(0);
    const times: number[] = [];
    for (let i = 1; i <= samples; i++) {
      const started = performance.now();
      await start(i);
      times.push(performance.now() - started);
    }
    return percentiles(times);
  } finally {
    await db.$disconnect();
  }
}
