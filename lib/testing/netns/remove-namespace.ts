import { runIp } from "./ip-command";

/**
 * Kills every process inside a namespace, then deletes it (its end of a veth pair goes with it).
 * Deleting alone only unmounts the name: a namespace lives on while a process is in it.
 */
export async function removeNamespace(name: string): Promise<void> {
  const pids = (await runIp(["netns", "pids", name])).split(/\s+/).filter(Boolean).map(Number);
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGKILL");
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "ESRCH") throw err;
    }
  }
  await runIp(["netns", "delete", name]);
}

