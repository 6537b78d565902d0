import { namespaceOwnerPid } from "./namespace-names";
import { listNamespaces } from "./list-namespaces";
import { removeNamespace } from "./remove-namespace";

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the namespaces (and what runs in them) of test processes that are gone, so a run that
 * crashed before its destroy() does not leak them forever. Another live run's namespaces stay.
 */
export async function sweepStaleNamespaces(): Promise<void> {
  for (const name of await listNamespaces()) {
    const owner = namespaceOwnerPid(name);
    if (owner === null || isAlive(owner)) continue;
    // A concurrent sweep of another test file may remove it first.
    await removeNamespace(name).catch(async (err: unknown) => {
      if ((await listNamespaces()).includes(name)) throw err;
    });
  }
}
