import fs from "node:fs";
import path from "node:path";

const ownerFile = "worker.pid";
/** A dead worker's directory is renamed to this before removal, so of workers starting together one removes it. */
const removingMark = ".removing-";

export interface ClaimedTempRoot {
  /** Directories of dead workers removed, with everything their jobs left (HOME, TMPDIR, files). */
  removed: string[];
}

/**
 * Makes `tempRoot` this worker's (its pid in worker.pid) after removing what killed workers left:
 * every sibling named like it (`<prefix>*`) whose worker.pid names a process that no longer exists.
 * A worker killed with SIGKILL cannot clean up its jobs' directories itself. Only directories that
 * this uid owns, that are not symlinks and that carry a worker.pid are touched, so nothing else in
 * the shared temp directory is, and a live worker's directory never is. Workers that start together
 * race for the same leftovers: each first renames a leftover out of the prefix (atomic, so one wins)
 * and removes what it renamed; a removal cut short by a crash is finished by the next worker.
 */
export function claimTempRoot(tempRoot: string, prefix: string): ClaimedTempRoot {
  const parent = path.dirname(tempRoot);
  const removed: string[] = [];
  for (const name of fs.readdirSync(parent)) {
    const removing = name.startsWith(removingMark + prefix);
    if (!removing && !name.startsWith(prefix)) continue;
    const dir = path.join(parent, name);
    const stat = fs.lstatSync(dir, { throwIfNoEntry: false });
    if (!stat?.isDirectory() || stat.uid !== process.getuid?.()) continue;
    if (!removing) {
      const owner = readOwner(dir);
      if (owner === undefined || owner === process.pid || isAlive(owner)) continue;
    }
    const doomed = removing ? dir : path.join(parent, `${removingMark}${name}.${process.pid}`);
    if (!removing && !renameUnlessTaken(dir, doomed)) continue;
    // Another starting worker may be finishing the same cut-short removal: its deletions are retried past.
    fs.rmSync(doomed, { recursive: true, force: true, maxRetries: 5 });
    removed.push(dir);
  }
  fs.mkdirSync(tempRoot, { recursive: true, mode: 0o700 });
  fs.writeFileSync(path.join(tempRoot, ownerFile), `${process.pid}\n`, { mode: 0o644 });
  return { removed };
}

/** False when another worker renamed or removed `from` first. */
function renameUnlessTaken(from: string, to: string): boolean {
  try {
    fs.renameSync(from, to);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return false;
    throw error;
  }
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
