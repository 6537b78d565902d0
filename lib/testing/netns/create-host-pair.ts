import type { ChildProcessWithoutNullStreams } from "node:child_process";
import { runIp } from "./ip-command";
import { newNamespaceBase } from "./namespace-names";
import { removeNamespace } from "./remove-namespace";
import { spawnInNamespace, type SpawnInNamespaceOptions } from "./spawn-in-namespace";
import { sweepStaleNamespaces } from "./sweep-stale-namespaces";

/** The name of each host's end of the veth pair, inside its own namespace. */
export const linkName = "baton0";
export const linkPrefixLength = 30;

/** A network host: a network namespace with its end of the link to the other host. */
export interface NamespaceHost {
  /** The namespace's name, for `ip netns exec` / `ip -n`. */
  readonly namespace: string;
  /** This host's address on the link (IPv4, in the pair's private /30). */
  readonly address: string;
  /** Starts a process inside this host; destroy() kills it if it is still running. */
  spawn(command: string, args: string[], options?: SpawnInNamespaceOptions): ChildProcessWithoutNullStreams;
  /** Takes this host's end of the link down (a pulled cable) or brings it back up. */
  setLinkUp(up: boolean): Promise<void>;
}

export interface HostPair {
  readonly a: NamespaceHost;
  readonly b: NamespaceHost;
  /** Kills every process in both hosts and deletes their namespaces (the veth pair goes with them). */
  destroy(): Promise<void>;
}

/**
 * The pair's /30 inside 10.233.0.0/16, from the names' random part, so two pairs never share
 * addresses even where a test looks at both. The addresses exist only inside the namespaces.
 */
function pairAddresses(random: Buffer): { a: string; b: string } {
  const index = random.readUInt16BE(0) & 0x3fff;
  const third = index >> 6;
  const base = (index & 0x3f) << 2;
  return { a: `10.233.${third}.${base + 1}`, b: `10.233.${third}.${base + 2}` };
}

/**
 * Two hosts, namespaces `baton-<pid>-<random>-a` and `-b`, joined by a veth pair whose ends are
 * created inside them (nothing is added to the root namespace), with loopback up in both.
 * Sweeps the namespaces of test processes that died without destroying theirs first.
 */
export async function createHostPair(): Promise<HostPair> {
  await sweepStaleNamespaces();
  const { base, random } = newNamespaceBase();
  const addresses = pairAddresses(random);
  const names = { a: `${base}-a`, b: `${base}-b` };
  const children = new Set<ChildProcessWithoutNullStreams>();
  const created: string[] = [];
  let destroyed: Promise<void> | null = null;

  const destroy = () =>
    (destroyed ??= (async () => {
      const exits = [...children].map((child) => new Promise((resolve) => child.once("exit", resolve)));
      for (const child of children) child.kill("SIGKILL");
      for (const name of created) await removeNamespace(name);
      await Promise.all(exits);
    })());

  try {
    for (const name of [names.a, names.b]) {
      await runIp(["netns", "add", name]);
      created.push(name);
      await runIp(["-n", name, "link", "set", "dev", "lo", "up"]);
    }
    await runIp(["link", "add", linkName, "netns", names.a, "type", "veth", "peer", "name", linkName, "netns", names.b]);
    for (const side of ["a", "b"] as const) {
      await runIp(["-n", names[side], "address", "add", `${addresses[side]}/${linkPrefixLength}`, "dev", linkName]);
      await runIp(["-n", names[side], "link", "set", "dev", linkName, "up"]);
    }
  } catch (err) {
    await destroy();
    throw err;
  }

  const host = (side: "a" | "b"): NamespaceHost => ({
    namespace: names[side],
    address: addresses[side],
    spawn(command, args, options) {
      const child = spawnInNamespace(names[side], command, args, options);
      children.add(child);
      child.once("exit", () => children.delete(child));
      child.once("error", () => children.delete(child));
      return child;
    },
    async setLinkUp(up) {
      await runIp(["-n", names[side], "link", "set", "dev", linkName, up ? "up" : "down"]);
    },
  });
  return { a: host("a"), b: host("b"), destroy };
}
