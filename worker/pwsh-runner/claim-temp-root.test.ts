import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { claimTempRoot } from "./claim-temp-root";

/** A pid that belonged to a process which has exited. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" }).stdout);
}

describe("claimTempRoot", () => {
  let parent: string;
  const prefix = "baton-worker-";
  beforeEach(() => {
    parent = fs.mkdtempSync(path.join(os.tmpdir(), "baton-claim-test-"));
  });
  afterEach(() => {
    fs.rmSync(parent, { recursive: true, force: true });
  });

  /** A worker temp root as a worker leaves it when killed: its pid file and a job's HOME/TMPDIR. */
  function leftover(name: string, pid: number): string {
    const dir = path.join(parent, `${prefix}${name}`);
    fs.mkdirSync(path.join(dir, `job-${pid}-abc123`, ".cache"), { recursive: true });
    fs.writeFileSync(path.join(dir, `job-${pid}-abc123`, "notes.txt"), "left behind");
    fs.writeFileSync(path.join(dir, "worker.pid"), `${pid}\n`);
    return dir;
  }

  it("removes the temp dirs of workers that are gone, its own name's included, and claims its own", () => {
    const gone = leftover("host-111", deadPid());
    const sameName = leftover("w1", deadPid());
    const own = path.join(parent, `${prefix}w1`);
    expect(claimTempRoot(own, prefix).removed.sort()).toEqual([gone, sameName].sort());
    expect(fs.existsSync(gone)).toBe(false);
    expect(fs.readdirSync(own)).toEqual(["worker.pid"]);
    expect(fs.readFileSync(path.join(own, "worker.pid"), "utf8")).toBe(`${process.pid}\n`);
  });

  it("leaves a live worker's dir, dirs without a pid file, other names and symlinks alone", () => {
    const live = leftover("live", process.ppid);
    const unowned = path.join(parent, `${prefix}legacy`);
    fs.mkdirSync(unowned);
    const other = path.join(parent, "someone-else");
    fs.mkdirSync(other);
    fs.writeFileSync(path.join(other, "worker.pid"), `${deadPid()}\n`);
    const target = leftover("target", deadPid());
    const link = path.join(parent, `${prefix}link`);
    fs.renameSync(target, path.join(parent, "moved"));
    fs.symlinkSync(path.join(parent, "moved"), link);
    expect(claimTempRoot(path.join(parent, `${prefix}me`), prefix).removed).toEqual([]);
    for (const dir of [live, unowned, other, path.join(parent, "moved")]) expect(fs.existsSync(dir)).toBe(true);
  });

  it("of workers starting together, each leftover is removed by exactly one, and none fails", async () => {
    const dead = deadPid();
    const leftovers = Array.from({ length: 24 }, (_, i) => leftover(`gone-${i}`, dead));
    for (const dir of leftovers) {
      for (let f = 0; f < 40; f++) fs.writeFileSync(path.join(dir, `job-${dead}-abc123`, `f${f}`), "x");
    }
    const cutShort = path.join(parent, `.removing-${prefix}crashed.${dead}`);
    fs.mkdirSync(path.join(cutShort, "job-1"), { recursive: true });
    const claimModule = path.join(import.meta.dirname, "claim-temp-root.ts");
    const claim = `import(${JSON.stringify(claimModule)}).then(({ claimTempRoot }) => process.stdout.write(JSON.stringify(claimTempRoot(process.argv[1], ${JSON.stringify(prefix)}).removed)))`;
    const runs = await Promise.all(
      ["a", "b", "c", "d"].map(
        (name) =>
          new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
            const child = spawn(process.execPath, ["--import", "tsx", "-e", claim, path.join(parent, `own-${name}`)], { stdio: ["ignore", "pipe", "pipe"] });
            let stdout = "";
            let stderr = "";
            child.stdout.on("data", (d: Buffer) => (stdout += d));
            child.stderr.on("data", (d: Buffer) => (stderr += d));
            child.on("close", (code) => resolve({ code, stdout, stderr }));
          }),
      ),
    );
    for (const run of runs) expect(run, run.stderr).toMatchObject({ code: 0 });
    // A claim also finishes removals it sees cut short, another claim's under way included.
    const removed = runs.flatMap((run) => JSON.parse(run.stdout) as string[]).filter((dir) => !path.basename(dir).startsWith(".removing-"));
    expect(removed.sort()).toEqual(leftovers.sort());
    expect(fs.readdirSync(parent).sort()).toEqual(["own-a", "own-b", "own-c", "own-d"]);
  });
});
