import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { readModuleArchive } from "@/lib/modules/read-module-archive";
import { writeModuleFiles } from "@/lib/modules/write-module-files";
import { describeError } from "@/lib/db/describe-error";
import type { WorkerTransport } from "../transport/worker-transport";

/** What one job gets from the cache: the PSModulePath entries of the active modules, held until release. */
export interface ModuleCacheLease {
  /** One directory per active module, each holding `<ModuleName>/…`. */
  paths: string[];
  /** Active modules that could not be installed here, one sentence each, for the job's output. */
  problems: string[];
  release(): void;
}

/**
 * The worker's local copy of the active integration modules. Each version is extracted once into a
 * directory named by its archive's SHA-256, by the same checks as an upload (lib/modules), into a
 * temporary directory renamed into place, so a directory either holds a whole version or does not
 * exist. Before each job, `acquire` brings the cache in line with the platform's active set: new active versions
 * are fetched (only their archive, only once), directories no active version names are removed
 * unless a running job still holds them. Jobs get exactly the active set on their PSModulePath, so
 * an upload, activation or delete takes effect on the next job.
 */
export class ModuleCache {
  private readonly held = new Map<string, number>();
  private syncing: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly transport: Pick<WorkerTransport, "listActiveModules" | "readModuleArchive">,
    private readonly root: string,
  ) {
    fs.mkdirSync(root, { recursive: true, mode: 0o755 });
  }

  /** Syncs (one sync at a time) and holds the active modules' directories for a job. */
  acquire(): Promise<ModuleCacheLease> {
    const next = this.syncing.then(() => this.sync());
    this.syncing = next.catch(() => undefined);
    return next;
  }

  private async sync(): Promise<ModuleCacheLease> {
    const paths: string[] = [];
    const problems: string[] = [];
    for (const active of await this.transport.listActiveModules()) {
      const dir = path.join(this.root, active.sha256);
      try {
        if (!fs.existsSync(dir)) await this.install(active.name, active.versionId, active.sha256, dir);
        paths.push(dir);
      } catch (error) {
        problems.push(`Module ${active.name} ${active.version} could not be installed on this worker: ${describeError(error)}`);
      }
    }
    this.removeUnused(new Set(paths));
    for (const dir of paths) this.held.set(dir, (this.held.get(dir) ?? 0) + 1);
    let released = false;
    return {
      paths,
      problems,
      release: () => {
        if (released) return;
        released = true;
        for (const dir of paths) {
          const count = (this.held.get(dir) ?? 1) - 1;
          if (count > 0) this.held.set(dir, count);
          else this.held.delete(dir);
        }
      },
    };
  }

  private async install(name: string, versionId: string, sha256: string, dir: string): Promise<void> {
    const archive = await this.transport.readModuleArchive(versionId);
    if (!archive) throw new Error("the version was deleted while the worker fetched it");
    const actual = crypto.createHash("sha256").update(archive).digest("hex");
    if (actual !== sha256) throw new Error(`its archive's SHA-256 is ${actual}, not the ${sha256} recorded at upload`);
    const content = readModuleArchive(archive);
    if (content.name !== name) throw new Error(`the archive holds module ${content.name}`);
    const staging = fs.mkdtempSync(path.join(this.root, ".staging-"));
    try {
      writeModuleFiles(staging, content);
      // mkdtemp makes it 0700; jobs run as the job user and must read it (read-only: they cannot change it for the next job).
      fs.chmodSync(staging, 0o755);
      fs.renameSync(staging, dir);
    } catch (error) {
      fs.rmSync(staging, { recursive: true, force: true });
      throw error;
    }
  }

  private removeUnused(wanted: Set<string>): void {
    for (const entry of fs.readdirSync(this.root)) {
      const dir = path.join(this.root, entry);
      // Syncs never overlap, so a staging directory seen here was left by a crash.
      if (wanted.has(dir) || this.held.has(dir)) continue;
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}
