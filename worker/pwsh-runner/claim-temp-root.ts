import fs from "node:fs";
import path from "node:path";

const ownerFile = "worker.pid";

export interface ClaimedTempRoot {
  /** Directories of dead workers removed, with everything their jobs left (HOME, TMPDIR, files). */
  removed: string[];
}

/**
 * Makes `tempRoot` this worker's (its pid in worker.pid) after removing what killed workers left:
 * every sibling named like it (`<prefix>*`) whose worker.pid names a process that no longer exists.
 * A worker killed with SIGKILL cannot clean up its jobs' directories itself. Only directories that
 * this uid owns, that are not symlinks and that carry a worker.pid are touched, so nothing else in
 * the shared temp directory is, and a live worker's directory never is.
 */
export function claimTempRoot(tempRoot: string, prefix: string): ClaimedTempRoot {
  const parent = path.dirname(tempRoot);
  const removed: string[] = [];
  for (const name of fs.readdirSync(parent)) {
    if (!name.startsWith(prefix)) continue;
    const dir = path.join(parent, name);
    const stat = fs.lstatSync(dir, { throwIfNoEntry: false });
    if (!stat?.isDirectory() || stat.uid !== process.getuid?.()) continue;
    const owner = readOwner(dir);
    if (owner === undefined || owner === process.pid || isAlive(owner)) continue;
    fs.rmSync(dir, { recursive: true, force: true });
    removed.push(dir);
  }
  fs.mkdirSync(tempRoot, { recursive: true, mode: 0o700 });
  fs.writeFileSync(path.join(tempRoot, ownerFile), `${process.pid}\n`, { mode: 0o644 });
  return { removed };
}

function readOwner(dir: string): number | undefined {
  try {
    const pid = Number(fs.readFileSync(path.join(dir, ownerFile), "utf8").trim());
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code !== "ESRCH";
  }
}
